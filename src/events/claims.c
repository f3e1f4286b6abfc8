/* claims.c - an event is a claim: who claims it (the issuer), when it was
 * reported (the document date), the sentences that support it, and how
 * each slot was filled (for `dateline explain`).
 *
 * Also marks events dated after the report as hypothetical: a statement
 * cannot report as done what has not happened yet. */
#include <stdlib.h>
#include <string.h>

#include "events.h"

void ev_note(ev_ctx *c, int ev, const char *slot, dl_span span,
             const char *rule)
{
    rec_event *e = &c->r->events[ev];
    dl_event_fill *f = VEC_PUSH(c->r->a, e->fills, e->nfills, e->cap_fills);
    if (!f)
        return; /* explain loses a line; the record itself is whole */
    f->slot = slot;
    f->span = span;
    f->rule = rule;
}

void ev_add_sentence(ev_ctx *c, int ev, size_t sent)
{
    ev_state *st = &c->st[ev];
    for (size_t i = 0; i < st->nsents; i++)
        if (st->sents[i] == sent)
            return;
    if (st->nsents < sizeof st->sents / sizeof *st->sents)
        st->sents[st->nsents++] = sent;
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

static dl_status evidence(ev_ctx *c, int ev)
{
    dl_record *r = c->r;
    rec_event *e = &r->events[ev];
    ev_state *st = &c->st[ev];
    qsort(st->sents, st->nsents, sizeof *st->sents, cmp_size);
    for (size_t i = 0; i < st->nsents; i++) {
        const sentence *s = &r->txt.sents[st->sents[i]];
        dl_span *sp = VEC_PUSH(r->a, e->ev, e->nev, e->cap_ev);
        if (!sp)
            return DL_ENOMEM;
        *sp = text_span(&r->txt, s->start, s->end);
    }
    e->pub.evidence = e->ev;
    e->pub.nevidence = e->nev;
    return DL_OK;
}

/* Dated after the report: not something that has happened. */
static void future(ev_ctx *c, int ev)
{
    dl_event *e = &c->r->events[ev].pub;
    const char *rep = c->r->doc.date;
    if (e->hypothetical || !rep || !e->when.start || strcmp(e->when.start, rep) <= 0 ||
        !strcmp(e->type, "THREATEN")) /* a threat is made now, of later deeds */
        return;
    e->hypothetical = 1;
    ev_note(c, ev, "hypothetical", e->trigger, "hypothetical.future_date");
}

dl_status ev_finish(ev_ctx *c)
{
    dl_record *r = c->r;
    for (size_t i = 0; i < r->nevents; i++) {
        rec_event *e = &r->events[i];
        e->pub.claimed_by = r->doc.issuer;
        e->pub.reported = r->doc.date;
        e->pub.figures = e->figs;
        e->pub.nfigures = e->nfigs;
        if (e->pub.negated)
            ev_note(c, (int)i, "negated", e->pub.trigger, "negation.cue");
        if (e->pub.hypothetical)
            ev_note(c, (int)i, "hypothetical", e->pub.trigger, "hypothetical.cue");
        else
            future(c, (int)i);
        dl_status st = evidence(c, (int)i);
        if (st)
            return st;
    }
    return DL_OK;
}

size_t dl_record_event_nfills(const dl_record *r, size_t i)
{
    return i < r->nevents ? r->events[i].nfills : 0;
}

const dl_event_fill *dl_record_event_fill(const dl_record *r, size_t i, size_t j)
{
    if (i >= r->nevents || j >= r->events[i].nfills)
        return NULL;
    return &r->events[i].fills[j];
}
