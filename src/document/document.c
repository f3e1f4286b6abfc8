/* document.c - the document stage: issuer, kind, title, dateline, date.
 *
 * Order matters: kind labels and datelines are claimed first so that the
 * issuer and title searches skip them. The document date is the anchor for
 * every relative time in later stages. */
#include <string.h>

#include "document.h"

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
}

dl_status document_extract(dl_record *r)
{
    header h;
    header_find(&r->txt, &h);
    header_kind(r, &h);
    header_dateline(r, &h);
    header_issuer(r, &h);
    choose_date(r, &h);
    header_title(r, &h);
    if (!r->doc.kind)
        r->doc.kind = "other";
    return DL_OK;
}
