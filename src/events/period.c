/* period.c - running totals: "175 peacekeepers have been killed since
 * 2013", "since the start of the conflict, 1,200 civilians have died".
 *
 * So is an event dated "since" a time ("since Tuesday, organizations
 * have delivered aid"). Such a mention names no single dated event but what happened over a
 * period: a period event, dated by a range from the period's start to the
 * report (or not dated at all), never by its start alone. It keeps apart
 * from the point events of the text (merging.c) and takes the running
 * totals (attach.c). Not for finding the figures: the figures stage marks
 * them `cumulative`. */
#include <string.h>

#include "events.h"

/* "since the coup", "since the attack": the mention names the start of a
 * period, a point event of its own. */
int ev_since_object(const text *t, const ev_mention *m)
{
    for (size_t k = 1; k <= 3 && k <= m->tok; k++) {
        size_t i = m->tok - k;
        if (t->toks[i].sent != m->sent || t->toks[i].kind == TOK_PUNCT)
            return 0;
        if (tok_is(t, i, "since"))
            return 1;
    }
    return 0;
}

/* A word of the sentence says the count runs over a period ("since", "so
 * far", "this year"), or a time of it is a span back from the report
 * ("over the last week": the time stage gave it its days). */
static int period_marker(const ev_ctx *c, size_t s)
{
    const text *t = &c->r->txt;
    const sentence *se = &t->sents[s];
    for (size_t i = se->tok_start; i < se->tok_end; i++)
        if (ev_cue_at(t, i, se->tok_end, "period"))
            return 1;
    EV_EACH(&c->times_ix, s, k)
        if (ev_span_back(&c->r->times[k]))
            return 1;
    return 0;
}

/* The mention of sentence s nearest figure f that the figure may count. */
static const ev_mention *counted_by(const ev_ctx *c, const rec_figure *f)
{
    const ev_mention *best = NULL;
    size_t bd = 0;
    EV_EACH(&c->mentions_ix, f->sent, i) {
        const ev_mention *o = &c->m[i];
        if ((o->flags & EVF_REF) || ev_since_object(&c->r->txt, o) ||
            ev_figure_fit(f->pub.kind, o->type) < 0)
            continue;
        size_t d = o->tok > f->num_tok ? o->tok - f->num_tok : f->num_tok - o->tok;
        if (!best || d < bd)
            best = o, bd = d;
    }
    return best;
}

/* The mention's own time follows "since" ("Since Tuesday, organizations
 * have delivered aid"): it runs from then on. */
int ev_since_time(const ev_ctx *c, const ev_mention *m)
{
    if (m->own_time < 0)
        return 0;
    const text *t = &c->r->txt;
    const rec_time *tm = &c->r->times[m->own_time];
    size_t i = tm->tok_start;
    if (i > 0 && tok_is(t, i - 1, "since"))
        return 1;
    /* "Since the February 1, 2021 coup, the junta has carried out more
     * than 600 airstrikes": the date of the noun after "since the", for a
     * mention past that noun's comma (the coup itself is the point) */
    if (i > 1 && tok_is(t, i - 1, "the") && tok_is(t, i - 2, "since")) {
        size_t j = tm->tok_end, end = t->sents[m->sent].tok_end;
        while (j < end && j < tm->tok_end + 3 && t->toks[j].kind == TOK_WORD)
            j++;
        return j > tm->tok_end && j < end && tok_punct(t, j, ',') && m->tok > j;
    }
    /* "Since fighting began in August 2023, forces have carried out
     * massacres": the time of a clause opened by "since", the mention
     * after that clause's comma */
    if (m->tok < tm->tok_end || !tok_punct(t, tm->tok_end, ','))
        return 0;
    size_t lo = t->sents[m->sent].tok_start;
    for (size_t k = i; k-- > lo && i - k <= 8;) {
        if (t->toks[k].kind == TOK_PUNCT)
            return 0;
        if (tok_is(t, k, "since"))
            return k == lo || tok_punct(t, k - 1, ',');
    }
    return 0;
}

int ev_is_period(ev_ctx *c, const ev_mention *m)
{
    const text *t = &c->r->txt;
    if ((m->flags & EVF_REF) || ev_since_object(t, m))
        return 0;
    /* "since June last year, when hundreds were killed": what the time's
     * own clause tells happened then, no running total */
    if (ev_time_clause_between(c, t->sents[m->sent].tok_start, m->tok + 1))
        return 0;
    if (ev_since_time(c, m))
        return 1;
    /* "Over the past three days, 104 servicemen have been killed and 23
     * civilians wounded": a mention after a running total's, in its
     * sentence and of its time, is part of it (among the 32 before it) */
    for (const ev_mention *p = m; p > c->m && p[-1].sent == m->sent && m - p < 32; p--)
        if (p[-1].period && m->own_time >= 0 && p[-1].own_time == m->own_time)
            return 1;
    int cumulative = 0; /* the cheap test first: most sentences have none */
    EV_EACH(&c->figures_ix, m->sent, i)
        cumulative |= c->r->figures[i].pub.cumulative;
    if (!cumulative)
        return 0;
    if (c->period_sent != m->sent) {
        c->period_sent = m->sent;
        c->period_word = period_marker(c, m->sent);
    }
    if (!c->period_word)
        return 0;
    EV_EACH(&c->figures_ix, m->sent, i) {
        const rec_figure *f = &c->r->figures[i];
        if (f->pub.cumulative && counted_by(c, f) == m)
            return 1;
    }
    return 0;
}

void ev_set_period(ev_ctx *c, int ev, int ti, int open)
{
    dl_record *r = c->r;
    dl_event *e = &r->events[ev].pub;
    const char *rep = r->doc.date;
    ev_set_date(c, ev, ti, "range");
    e->date = NULL; /* a period has no one date */
    if (!e->when.start) {
        e->when.type = NULL;
        return;
    }
    /* from its start up to the report ("since 2013", "since the coup on 1
     * February 2021"); a period of its own that closed before the report
     * keeps its end ("40 were detained in the first half of this year",
     * "500 were killed in 2022") */
    size_t i = r->times[ti].tok_start;
    int closed = !open && e->when.end && strcmp(e->when.end, e->when.start) > 0 &&
                 !(i > 0 && tok_is(&r->txt, i - 1, "since"));
    if (rep && strcmp(rep, e->when.start) > 0 &&
        (!closed || strcmp(rep, e->when.end) < 0))
        e->when.end = rep;
    else if (!rep && !closed)
        e->when.end = NULL; /* "since 2015" in an undated text: still open */
}

int ev_since_event_time(const ev_ctx *c, const ev_mention *m)
{
    EV_EACH(&c->mentions_ix, m->sent, i) {
        const ev_mention *o = &c->m[i];
        if (o != m && o->event >= 0 && ev_since_object(&c->r->txt, o) &&
            c->st[o->event].time >= 0)
            return c->st[o->event].time;
    }
    return -1;
}
