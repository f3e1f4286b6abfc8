/* write_text.c - a readable summary of a record for a terminal.
 *
 * Not a contract: for machines use JSON. One block for the document, then a
 * line per item of each list. */
#include <inttypes.h>

#include "../util/buf.h"
#include "record.h"

#define OR(s) ((s) ? (s) : "-")

static void document(buf *b, const dl_record *r)
{
    const dl_document *d = &r->doc;
    buf_printf(b, "document  %s (%zu bytes)\n", OR(d->source), d->bytes);
    buf_printf(b, "  issuer  %s\n", OR(d->issuer));
    buf_printf(b, "  kind    %s\n", OR(d->kind));
    buf_printf(b, "  title   %s\n", OR(d->title));
    if (d->dateline)
        buf_printf(b, "  dateline %s, %s\n", OR(d->dateline->place),
                   OR(d->dateline->date));
    buf_printf(b, "  date    %s (from %s)\n", OR(d->date), OR(d->date_source));
}

static void lists(buf *b, const dl_record *r)
{
    if (r->ntimes)
        buf_printf(b, "times (%zu)\n", r->ntimes);
    for (size_t i = 0; i < r->ntimes; i++) {
        const dl_time *t = &r->times[i].pub;
        buf_printf(b, "  %-9s %-16s %s", t->type, t->value, t->text);
        buf_printf(b, t->mod ? "  (mod %s)\n" : "\n", t->mod);
    }
    if (r->nfigures)
        buf_printf(b, "figures (%zu)\n", r->nfigures);
    for (size_t i = 0; i < r->nfigures; i++) {
        const dl_figure *f = &r->figures[i].pub;
        if (f->has_value)
            buf_printf(b, "  %-9s %-9s %" PRId64 "  %s\n", f->kind, f->qualifier,
                       f->value, f->text);
        else
            buf_printf(b, "  %-9s %-9s -  %s\n", f->kind, f->qualifier, f->text);
    }
    if (r->nplaces)
        buf_printf(b, "places (%zu)\n", r->nplaces);
    for (size_t i = 0; i < r->nplaces; i++) {
        const dl_place *p = &r->places[i].pub;
        buf_printf(b, "  %-8s %-3s %s\n", OR(p->kind), OR(p->country), OR(p->name));
    }
    if (r->nactors)
        buf_printf(b, "actors (%zu)\n", r->nactors);
    for (size_t i = 0; i < r->nactors; i++) {
        const dl_actor *a = &r->actors[i].pub;
        buf_printf(b, "  %-13s %-3s %s\n", OR(a->sector), OR(a->country), OR(a->name));
    }
}

/* s with each run of white space as one space (a source may span lines). */
static void folded(buf *b, const char *s)
{
    for (int sp = 0; *s; s++) {
        int w = *s == ' ' || *s == '\n' || *s == '\t' || *s == '\r';
        if (!w || !sp)
            buf_add(b, w ? " " : s, 1);
        sp = w;
    }
}

static void events(buf *b, const dl_record *r)
{
    if (r->nevents)
        buf_printf(b, "events (%zu)\n", r->nevents);
    for (size_t i = 0; i < r->nevents; i++) {
        const dl_event *e = &r->events[i].pub;
        buf_printf(b, "  %s %-9s %-12s %s", e->id, e->type, OR(e->mode), OR(e->date));
        if (e->place >= 0)
            buf_printf(b, " in %s", r->places[e->place].pub.name);
        if (e->actor >= 0)
            buf_printf(b, " by %s", r->actors[e->actor].pub.name);
        if (e->target >= 0)
            buf_printf(b, " against %s", r->actors[e->target].pub.name);
        for (size_t k = 0; k < e->nfigures; k++) {
            const dl_figure *f = &r->figures[e->figures[k]].pub;
            if (f->has_value)
                buf_printf(b, "; %s %" PRId64, f->kind, f->value);
            else
                buf_printf(b, "; %s (%s)", f->kind, f->qualifier);
        }
        if (e->attributed_to.text) {
            buf_puts(b, " [citing ");
            folded(b, e->attributed_to.text);
            buf_puts(b, "]");
        }
        buf_printf(b, "%s%s\n", e->negated ? " [negated]" : "",
                   e->hypothetical ? " [hypothetical]" : "");
    }
}

dl_status write_text(const dl_record *r, char **out)
{
    buf b = {0};
    document(&b, r);
    lists(&b, r);
    events(&b, r);
    *out = buf_take(&b);
    return *out ? DL_OK : DL_ENOMEM;
}
