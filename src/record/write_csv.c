/* write_csv.c - one row per event, in a column layout close to ACLED's
 * (docs/csv.md). Fields are quoted as RFC 4180 wants. Figures of a kind are
 * summed over the event's figures that state a value, leaving out subsets
 * ("including 5 children": part of a figure already counted); the notes
 * column carries the evidence sentence and the claim's status; the last,
 * whom the issuer cites for it. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"
#include "record.h"

static const char header[] =
    "event_id,event_date,event_type,sub_event_type,actor1,actor2,country,"
    "location,latitude,longitude,fatalities,injuries,arrests,source,"
    "source_date,notes,cited\n";

#define NOTE_MAX 400 /* bytes of evidence quoted in notes */

const char *dl_csv_header(void)
{
    return header;
}

static void field(buf *b, const char *s, int last)
{
    if (s && strpbrk(s, ",\"\n\r")) {
        buf_puts(b, "\"");
        for (const char *p = s; *p; p++) {
            if (*p == '"')
                buf_puts(b, "\"");
            buf_add(b, p, 1);
        }
        buf_puts(b, "\"");
    } else if (s) {
        buf_puts(b, s);
    }
    buf_puts(b, last ? "\n" : ",");
}

static void count(buf *b, const dl_record *r, const dl_event *e, const char *kind)
{
    int64_t sum = 0;
    int any = 0;
    for (size_t i = 0; i < e->nfigures; i++) {
        const dl_figure *f = &r->figures[e->figures[i]].pub;
        if (f->kind && !strcmp(f->kind, kind) && f->has_value &&
            !(f->rule && !strcmp(f->rule, "fig_subset"))) {
            sum += f->value;
            any = 1;
        }
    }
    if (any)
        buf_printf(b, "%" PRId64, sum);
    buf_puts(b, ",");
}

/* The event's date as far as it is known (YYYY-MM-DD, YYYY-MM, YYYY, ...):
 * the TIMEX3 value without its time of day ("1990-01-19TNI"). */
static void event_date(buf *b, const dl_event *e)
{
    if (e->date && e->date[0] >= '0' && e->date[0] <= '9')
        buf_add(b, e->date, strcspn(e->date, "T"));
    buf_puts(b, ",");
}

/* The first evidence sentence, whitespace folded, cut at NOTE_MAX bytes
 * (on a UTF-8 boundary), then the date as written and the claim's status. */
static void notes(buf *b, const dl_record *r, const dl_event *e)
{
    buf n = {0};
    if (e->nevidence > 0) {
        const char *s = r->input + e->evidence[0].start;
        size_t len = e->evidence[0].end - e->evidence[0].start, out = 0;
        int space = 0;
        for (size_t i = 0; i < len && out < NOTE_MAX; i++) {
            char c = s[i];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                space = out > 0;
                continue;
            }
            if (out >= NOTE_MAX - 4 && ((unsigned char)c & 0xC0) != 0x80)
                break;
            if (space)
                buf_puts(&n, " "), out++;
            space = 0;
            buf_add(&n, &c, 1);
            out++;
        }
    }
    if (!e->date && e->when.start && e->when.end) /* a running total */
        buf_printf(&n, " [period %s to %s", e->when.start, e->when.end);
    else
        buf_printf(&n, " [date %s", e->date ? e->date : "unknown");
    buf_printf(&n, "; trigger \"%s\"%s%s]", e->trigger_text ? e->trigger_text : "",
               e->negated ? "; negated" : "", e->hypothetical ? "; hypothetical" : "");
    char *s = buf_take(&n);
    field(b, s ? s : "", 0);
    free(s);
}

static void row(buf *b, const dl_record *r, const dl_event *e)
{
    const dl_place *p = e->place >= 0 ? &r->places[e->place].pub : NULL;
    buf_printf(b, "%.12s-%s,", r->doc.id, e->id);
    event_date(b, e);
    field(b, e->type, 0);
    field(b, e->mode, 0);
    field(b, e->actor >= 0 ? r->actors[e->actor].pub.name : NULL, 0);
    field(b, e->target >= 0 ? r->actors[e->target].pub.name : NULL, 0);
    field(b, p ? p->country : NULL, 0);
    field(b, p ? p->name : NULL, 0);
    if (p && p->has_coords)
        buf_printf(b, "%.5f,%.5f,", p->lat, p->lon);
    else
        buf_puts(b, ",,");
    count(b, r, e, "killed");
    count(b, r, e, "injured");
    count(b, r, e, "arrested");
    field(b, e->claimed_by, 0);
    field(b, e->reported, 0);
    notes(b, r, e);
    field(b, e->attributed_to.text, 1);
}

dl_status write_csv(const dl_record *r, char **out)
{
    buf b = {0};
    for (size_t i = 0; i < r->nevents; i++)
        row(&b, r, &r->events[i].pub);
    *out = buf_take(&b);
    return *out ? DL_OK : DL_ENOMEM;
}
