/* write_csv.c - one row per event, in a column layout close to ACLED's
 * (docs/csv.md). Fields are quoted as RFC 4180 wants. Figures of a kind are
 * summed over the event's figures that state a value. */
#include <inttypes.h>
#include <string.h>

#include "../util/buf.h"
#include "record.h"

static const char header[] =
    "event_id,event_date,event_type,sub_event_type,actor1,actor2,country,"
    "location,latitude,longitude,fatalities,injuries,arrests,source,"
    "source_date,notes\n";

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
        if (!strcmp(f->kind, kind) && f->has_value) {
            sum += f->value;
            any = 1;
        }
    }
    if (any)
        buf_printf(b, "%" PRId64, sum);
    buf_puts(b, ",");
}

static void row(buf *b, const dl_record *r, const dl_event *e)
{
    const dl_place *p = e->place >= 0 ? &r->places[e->place].pub : NULL;
    buf_printf(b, "%.12s-%s,", r->doc.id, e->id);
    field(b, e->date, 0);
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
    char note[160];
    snprintf(note, sizeof note, "trigger \"%s\"%s%s", e->trigger_text ? e->trigger_text : "",
             e->negated ? "; negated" : "", e->hypothetical ? "; hypothetical" : "");
    field(b, note, 1);
}

dl_status write_csv(const dl_record *r, char **out)
{
    buf b = {0};
    for (size_t i = 0; i < r->nevents; i++)
        row(&b, r, &r->events[i].pub);
    *out = buf_take(&b);
    return *out ? DL_OK : DL_ENOMEM;
}
