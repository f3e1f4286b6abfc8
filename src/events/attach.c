/* attach.c - give each figure to the event it counts.
 *
 * A figure of a kind (data/en/event_figure_kinds.txt: killed -> ASSAULT,
 * arrested -> COERCE, forces -> MOBILIZE, ...) goes to the nearest event of
 * a fitting type named in its sentence, else to the latest fitting event
 * named before it; a running total ("cumulative") prefers a period event
 * (period.c), any other figure a point event. It is not for finding
 * figures (the figures stage). */
#include <string.h>

#include "events.h"
#include "lexicons.h"

#define EV_FIGURE_REACH 3 /* sentences back a figure may reach */

int ev_figure_fit(const char *kind, const char *type)
{
    const lex_entry *e = kind ? lex_get(&lex_en_event_figure_kinds, kind, strlen(kind)) : NULL;
    if (!e)
        return -1;
    size_t n = strlen(type);
    int rank = 0;
    for (const char *p = e->value; *p; rank++) {
        const char *sp = strchr(p, ' ');
        size_t len = sp ? (size_t)(sp - p) : strlen(p);
        if (len == n && !strncmp(p, type, n))
            return rank;
        p += len;
        while (*p == ' ')
            p++;
    }
    return -1;
}

/* The event named in the figure's sentence that it counts, or -1; -2
 * when that sentence denies such an event ("no deaths were reported"). */
static int in_sentence(ev_ctx *c, const rec_figure *f)
{
    int best = -1, brank = 0, denied = 0;
    size_t bd = 0, nd = 0;
    EV_EACH(&c->mentions_ix, f->sent, i) {
        const ev_mention *m = &c->m[i];
        if (m->event < 0)
            continue;
        int rank = ev_figure_fit(f->pub.kind, c->r->events[m->event].pub.type);
        size_t d = ev_dist(m->tok, f->num_tok);
        if (rank > 0 && c->r->events[m->event].pub.negated)
            continue; /* "hostages ... have not been released": still held */
        if (rank == 0 && c->r->events[m->event].pub.negated) {
            if (!denied || d < nd)
                denied = 1, nd = d; /* "no one was killed" counts nothing */
            continue;
        }
        if (rank >= 0 && !f->pub.cumulative != !c->st[m->event].period)
            rank += 8; /* a running total counts a period, not one event */
        if (rank >= 0 && (best < 0 || rank < brank || (rank == brank && d < bd)))
            best = m->event, brank = rank, bd = d;
    }
    /* the denial nearer than any event it may count: "no one was killed,
     * but dozens were injured" - the dozens count the injuring */
    if (denied && (best < 0 || nd <= bd))
        return -2;
    return best;
}

/* The figure's sentence is dated apart from event ev: its times (not of
 * a saying) all lie outside the event's days ("... since January, when 12
 * people were killed. About 25 police officers were at the memorial on
 * Wednesday"). */
static int dated_apart(const ev_ctx *c, const rec_figure *f, int ev)
{
    const dl_event *e = &c->r->events[ev].pub;
    long e0 = ev_day_number(e->when.start), e1 = ev_day_number(e->when.end);
    int apart = 0;
    if (e0 < 0 || e1 < 0)
        return 0;
    EV_EACH(&c->times_ix, f->sent, k) {
        const rec_time *tm = &c->r->times[k];
        long t0 = ev_day_number(tm->start), t1 = ev_day_number(tm->end);
        if (t0 < 0 || t1 < 0 || ev_reporting_time(c, tm))
            continue;
        if (ev_days_gap(t0, t1, e0, e1) > 1)
            apart = 1;
        else
            return 0; /* "Between 24 and 31 March": one end is the day */
    }
    return apart;
}

/* The latest fitting event named in the few sentences before the
 * figure's ("... opened fire. Twelve people died."), not one its own
 * sentence dates apart from: a point event, but a
 * period event for a running total ("An estimated 40,000 people have fled
 * since the start of the month" counts no shelling named before). */
/* A cue of what may yet happen stands in the figure's sentence ("50
 * hostages are expected to be released"): it counts no event told. */
static int hypothetical_sentence(const ev_ctx *c, const rec_figure *f)
{
    const text *t = &c->r->txt;
    size_t end = t->sents[f->sent].tok_end;
    for (size_t k = t->sents[f->sent].tok_start; k < end; k++)
        if (ev_is(c, k, EVR_HYP) || ev_cue_at(t, k, end, "hyp"))
            return 1;
    return 0;
}

static int before(ev_ctx *c, const rec_figure *f)
{
    if (hypothetical_sentence(c, f) || ev_sentence_after_disaster(c, f->sent))
        return -1; /* "50 hostages are expected to be released", "3 children
                    * died of malnutrition" */
    const ev_index *ix = &c->mentions_ix;
    /* the nearest sentence with events, one told over a period among them
     * and none of a day that fits, frames the figure as one more total of
     * that period ("Since the coup, 3,000 have been killed ... At least
     * 1.3 million people have been displaced"): its fitting period event,
     * or none, not an event of a day before it */
    size_t near = (size_t)-1;
    int framed = 0, period = -1;
    for (size_t k = EV_IX_BEFORE(ix, f->sent); k-- > 0;) {
        const ev_mention *m = &c->m[ix->idx[k]];
        if (m->sent + EV_FIGURE_REACH < f->sent)
            break;
        if (m->sent >= f->sent || m->event < 0 || c->r->events[m->event].pub.negated)
            continue;
        int fits = ev_figure_fit(f->pub.kind, c->r->events[m->event].pub.type) >= 0;
        if (near == (size_t)-1)
            near = m->sent;
        if (m->sent != near && framed && !f->pub.cumulative)
            return period;
        if (m->sent == near && !f->pub.cumulative && c->st[m->event].period) {
            framed = 1;
            if (fits && period < 0 && !dated_apart(c, f, m->event))
                period = m->event;
        }
        if (!c->st[m->event].period == !f->pub.cumulative && !dated_apart(c, f, m->event) &&
            fits)
            return m->event;
    }
    return framed && !f->pub.cumulative ? period : -1;
}

static dl_status give(ev_ctx *c, int ev, size_t fi, const char *rule)
{
    dl_record *r = c->r;
    rec_event *e = &r->events[ev];
    int *slot = VEC_PUSH(r->a, e->figs, e->nfigs, e->cap_figs);
    if (!slot)
        return DL_ENOMEM;
    *slot = (int)fi;
    r->figures[fi].pub.event = e->pub.id;
    ev_note(c, ev, "figure", r->figures[fi].pub.span, rule);
    ev_add_sentence(c, ev, r->figures[fi].sent);
    return DL_OK;
}

dl_status ev_attach_figures(ev_ctx *c)
{
    dl_record *r = c->r;
    for (size_t i = 0; i < r->nfigures; i++) {
        const rec_figure *f = &r->figures[i];
        r->figures[i].pub.event = NULL;
        if (f->tok_end > f->tok_start && ev_in_header(c, f->tok_start))
            continue;
        const char *rule = "figure.sentence";
        int ev = in_sentence(c, f);
        if (ev == -2)
            continue;
        if (ev < 0)
            ev = before(c, f), rule = "figure.discourse";
        if (ev < 0)
            continue;
        if ((ev = ev_elsewhere(c, ev, f)) < 0)
            return DL_ENOMEM;
        f = &r->figures[i];
        dl_status st = give(c, ev, i, rule);
        if (st)
            return st;
    }
    return DL_OK;
}
