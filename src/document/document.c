/* document.c - the document stage: issuer, kind, title, dateline, date.
 *
 * Order matters: kind labels and datelines are claimed first so that the
 * issuer and title searches skip them. The document date is the anchor for
 * every relative time in later stages. */
#include <stdio.h>
#include <string.h>

#include "document.h"

/* A dateline that gave a month and day but no year ("WASHINGTON, Dec. 21
 * (AP)") takes the year of the date found elsewhere, or the one before when
 * its day would fall after that date. */
static void complete_dateline(dl_record *r, const header *h, const char *iso)
{
    int y, m, d;
    if (!h->has_partial || !r->doc.dateline || r->dateline.date || !iso ||
        sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3)
        return;
    date_parts p = h->partial;
    p.year = (p.month > m || (p.month == m && p.day > d + 1)) ? y - 1 : y;
    if (p.day > date_days_in_month(p.year, p.month))
        return;
    char buf[16];
    date_format(&p, buf, sizeof buf);
    r->dateline.date = arena_strdup(r->a, buf);
}

static void choose_date(dl_record *r, header *h)
{
    date_parts d;
    char buf[16];
    if (r->opt.date) {
        r->doc.date = r->opt.date;
        r->doc.date_source = "option";
    } else if (r->doc.dateline && r->doc.dateline->date) {
        r->doc.date = r->doc.dateline->date;
        r->doc.date_source = "dateline";
    } else if (header_date(r, h, &d)) {
        date_format(&d, buf, sizeof buf);
        r->doc.date = arena_strdup(r->a, buf);
        r->doc.date_source = "header";
    } else {
        r->doc.date = NULL;
        r->doc.date_source = "none";
    }
    complete_dateline(r, h, r->doc.date);
}

dl_status document_extract(dl_record *r)
{
    header h;
    header_find(&r->txt, &h);
    header_kind(r, &h);
    header_dateline(r, &h);
    header_issuer(r, &h);
    header_title(r, &h);
    header_letter_author(r);
    if (!r->doc.issuer)
        header_title_issuer(r);
    choose_date(r, &h);
    lead_issuer(r, &h);
    issuer_case(r);
    if (!r->doc.kind)
        r->doc.kind = "other";
    return DL_OK;
}
