/* slots.c - fill an event's date, place, actor and target from the sentence
 * of each of its mentions and, where that sentence lacks them, from the
 * discourse (a date or place set earlier carries on until changed).
 *
 * Reads the earlier stages' lists by sentence and token position only.
 * The date and place of a mention's own sentence are date_of.c's and
 * place_of.c's, actor and target roles roles.c's, figures attached in
 * attach.c, dates turned into `when` in when.c. */
#include <stdlib.h>
#include <string.h>

#include "../text/phrase_match.h"
#include "events.h"
#include "lexicons.h"

/* The paragraph where the narrative starts: the first that names an
 * event. Letterheads and reference lines before it carry nothing on. */
static size_t narrative_start(const ev_ctx *c)
{
    const text *t = &c->r->txt;
    if (c->nm == 0)
        return 0;
    size_t p = t->sents[c->m[0].sent].para;
    return p < t->nparas ? t->paras[p].sent_start : c->m[0].sent;
}

static int latest_time(ev_ctx *c, size_t s, int unresolved);

/* The date that carries on into sentence s: the latest time of an earlier
 * sentence precise enough (a day, month or year: not "the twentieth
 * century"), but the date of the latest dated event when no newer sentence
 * set another ("ambushed ... on Tuesday, the army said on Wednesday").
 * None when a later sentence gives a time that cannot be anchored ("Last
 * month" in an undated wire): the story is there, and the known date from
 * before it does not carry past it. */
static int carried_time(ev_ctx *c, size_t s)
{
    int t = latest_time(c, s, 0);
    int e = c->last_dated;
    if (e >= 0 && c->r->times[e].sent < s && !ev_long_span_back(&c->r->times[e]) &&
        (t < 0 || c->r->times[t].sent <= c->r->times[e].sent))
        t = e;
    if (t < 0 || c->r->times[t].pub.value[0] == 'X')
        return t;
    int x = latest_time(c, s, 1);
    return x >= 0 && c->r->times[x].sent > c->r->times[t].sent ? -1 : t;
}

/* A time of what may yet happen: a cue such as "will", "expected to",
 * "could" (role `hyp`) shortly before it in its clause ("They are expected
 * to arrive in Israel later tonight"). It dates no later sentence. */
static int hypothetical_time(const ev_ctx *c, const rec_time *tm)
{
    const text *t = &c->r->txt;
    size_t s = t->sents[tm->sent].tok_start;
    for (size_t k = tm->tok_start; k > s && tm->tok_start - k < 10;) {
        k--;
        if (tok_punct(t, k, ',') || tok_punct(t, k, ';'))
            return 0;
        if (ev_is(c, k, EVR_HYP) || ev_cue_at(t, k, tm->tok_start, "hyp"))
            return 1;
    }
    return 0;
}

/* "since 7 October": the start of a running period, which dates no later
 * sentence ("... since 7 October has risen to 11,320. More than 29,200
 * people have been injured": not on 7 October). */
static int period_start(const ev_ctx *c, const rec_time *tm)
{
    return tm->tok_start > 0 && ev_is(c, tm->tok_start - 1, EVR_PERIOD);
}

/* The latest time of a sentence before s that can date what follows; of
 * those that cannot be anchored ("XXXX-XX") when `unresolved`, else of
 * the others. */
static int latest_time(ev_ctx *c, size_t s, int unresolved)
{
    const dl_record *r = c->r;
    const ev_index *ix = &c->times_ix;
    for (size_t k = EV_IX_BEFORE(ix, s); k-- > 0;) {
        size_t i = ix->idx[k];
        const rec_time *tm = &r->times[i];
        const char *v = tm->pub.value;
        if (tm->sent < s && tm->sent >= narrative_start(c) && ev_datable(c, tm) &&
            !ev_quoted(&r->txt, tm) && !ev_owned_time(&r->txt, tm) && !ev_reporting_time(c, tm) &&
            !period_start(c, tm) && !ev_comparison_baseline(c, tm) &&
            (v[0] == 'P' ? !ev_long_span_back(tm) && !unresolved
                         : (v[0] == 'X') == !!unresolved && strlen(v) >= 4) &&
            !hypothetical_time(c, tm))
            return (int)i;
    }
    return -1;
}


/* The best place of the latest sentence before s (from the narrative's
 * start) that names one where something can happen. */
/* Sentence s opens an item of a bulleted list: its first token, at a
 * line's start, is a dash, bullet or star. */
static int bullet_item(const ev_ctx *c, size_t s)
{
    const text *t = &c->r->txt;
    size_t i = t->sents[s].tok_start;
    if (i >= t->ntoks || t->toks[i].kind != TOK_PUNCT ||
        !(i == 0 || (t->toks[i].flags & TF_NEWLINE)))
        return 0;
    return tok_punct(t, i, '-') || tok_punct(t, i, '*') ||
           (tok_len(t, i) == 3 && !memcmp(tok_str(t, i), "\xE2\x80\xA2", 3)); /* • */
}

static int carried_place(ev_ctx *c, size_t s)
{
    const dl_record *r = c->r;
    size_t from = narrative_start(c);
    const ev_index *ix = &c->places_ix;
    /* the items of a list of incidents are each their own: no place
     * carries from one to the next (one before the list still does) */
    int item = bullet_item(c, s), passed = 0;
    for (size_t k = EV_IX_BEFORE(ix, s); k-- > 0;) {
        const rec_place *p = &r->places[ix->idx[k]];
        if (p->sent >= s || p->tok_end <= p->tok_start || ev_in_header(c, p->tok_start) ||
            ev_place_in_actor(c, p, 1) || ev_hyphened_place(c, p) ||
            (item && bullet_item(c, p->sent)))
            continue;
        if (p->sent < from)
            return -1;
        /* a sentence whose places are none of a deed's ("fled across the
         * border to Kyrgyzstan") passes the question to the one before
         * (once: a bounded cost) */
        int pi = ev_sentence_place(c, p->sent, r->txt.sents[p->sent].tok_start, NULL);
        if (pi >= 0 || passed++)
            return pi;
        while (k > 0 && r->places[ix->idx[k - 1]].sent == p->sent)
            k--;
    }
    return -1;
}

/* A place named in the headline: where the whole story happens, when the
 * body names no place before the event ("Nigeria: Torture by police squad
 * must end"). */
static int title_place(ev_ctx *c, const ev_mention *m)
{
    const dl_record *r = c->r;
    dl_span ts = r->doc.title_span;
    int best = -1;
    for (size_t i = 0; i < r->nplaces && ts.end > ts.start; i++) {
        const dl_place *p = &r->places[i].pub;
        const rec_place *rp = &r->places[i];
        if (p->span.start >= ts.end)
            break; /* places are in text order */
        if (rp->sent == m->sent && ev_in_report_clause(c, m, rp->tok_start))
            continue; /* a one-sentence text: its own reporting clause */
        dl_span is = r->doc.issuer_span;
        if (r->doc.issuer && p->span.start >= is.start && p->span.end <= is.end)
            continue; /* "Statement by France ...": the author, no place */
        /* (not a place inside an actor: "U.S. forces left ...") */
        if (p->span.start >= ts.start && p->span.end <= ts.end && !ev_hyphened_place(c, &r->places[i]) &&
            !ev_place_in_actor(c, rp, 1) && !ev_landmark(c, rp) &&
            (best < 0 || (p->kind && !strcmp(p->kind, "city"))))
            best = (int)i;
    }
    return best;
}

static int more_specific(const char *nv, const char *old)
{
    size_t n = strlen(old);
    return strlen(nv) > n && !strncmp(nv, old, n);
}

/* Time ti begins after the report in m's sentence ended. */
static int after_report(ev_ctx *c, int ti, const ev_mention *m)
{
    if (m->report_time < 0)
        return 0;
    const char *s1, *e1, *s2, *e2, *g;
    const rec_time *rt = &c->r->times[m->report_time], *tt = &c->r->times[ti];
    if (!ev_value_interval(c->r->a, rt->pub.value, &s1, &e1, &g) &&
        !(rt->start && (e1 = rt->end ? rt->end : rt->start)))
        return 0;
    if (rt->end)
        e1 = rt->end;
    if (tt->start)
        s2 = tt->start;
    else if (!ev_value_interval(c->r->a, tt->pub.value, &s2, &e2, &g))
        return 0;
    return strcmp(s2, e1) > 0;
}

/* An adverb of data/en/event_later_words.txt within the three words
 * before the trigger ("were later executed", "subsequently died"). */
static int later_adverb(const ev_ctx *c, const ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t lo = t->sents[m->sent].tok_start;
    for (size_t k = m->tok; k-- > lo && m->tok - k <= 3;) {
        if (t->toks[k].kind != TOK_WORD)
            return 0;
        if (tok_in(t, k, &lex_en_event_later_words))
            return 1;
    }
    return 0;
}

/* Sentence s holds a span of unknown length after the story's time ("In
 * the months that followed", "in the following days": a DURATION whose
 * count is X with a word of data/en/event_later_spans.txt): its unit's
 * letter ('D', 'W', 'M', 'Y' ...), or 0. */
static char later_span(ev_ctx *c, size_t s)
{
    const text *t = &c->r->txt;
    EV_EACH(&c->times_ix, s, i) {
        const rec_time *tm = &c->r->times[i];
        const char *v = tm->pub.value;
        if (!tm->pub.type || strcmp(tm->pub.type, "DURATION") || !v || v[0] != 'P' ||
            (v[1] != 'X' && !(v[1] == 'T' && v[2] == 'X')))
            continue;
        for (size_t k = tm->tok_start; k < tm->tok_end; k++)
            if (tok_in(t, k, &lex_en_event_later_spans))
                return v[1] == 'T' ? 'H' : v[2];
    }
    return 0;
}

/* What a sentence tells "in the days that followed" is of the month of
 * the story's date (approximate), "in the months that followed" of its
 * year; after years, of no date. */
static void date_later(ev_ctx *c, int ev, const ev_mention *m, char unit)
{
    dl_record *r = c->r;
    size_t keep = unit == 'H' || unit == 'D' || unit == 'W' ? 7 : unit == 'M' ? 4 : 0;
    int ti = keep ? carried_time(c, m->sent) : -1;
    const char *v = ti >= 0 ? r->times[ti].pub.value : NULL;
    if (!v || strlen(v) < keep || v[0] < '0' || v[0] > '9' || (keep == 7 && v[4] != '-'))
        return;
    ev_set_date_coarse(c, ev, v, keep);
    ev_note(c, ev, "date", r->times[ti].pub.span, "date.later_span");
}

static void fill_date(ev_ctx *c, int ev, const ev_mention *m)
{
    dl_record *r = c->r;
    ev_state *st = &c->st[ev];
    int ti = m->own_time;
    if (st->period) { /* a running total: its own period, nothing carried */
        const char *rule = "date.period";
        if (ti < 0 && (ti = ev_since_event_time(c, m)) >= 0)
            rule = "date.period_since_event"; /* "since the coup" */
        if (ti >= 0 && !st->date_explicit) {
            ev_set_period(c, ev, ti,
                          !strcmp(rule, "date.period_since_event") || ev_since_time(c, m));
            st->date_explicit = 1;
            ev_note(c, ev, "date", r->times[ti].pub.span, rule);
        }
        return;
    }
    if (ti >= 0) {
        const char *old = st->time >= 0 ? r->times[st->time].pub.value : NULL;
        if (!st->date_explicit || !old || more_specific(r->times[ti].pub.value, old)) {
            ev_set_date(c, ev, ti, NULL);
            st->date_explicit = 1;
            c->last_dated = ti;
            ev_note(c, ev, "date", r->times[ti].pub.span, "date.sentence");
        }
        return;
    }
    if (r->events[ev].pub.date || m->hypothetical || ev_object_dated(c, m))
        return; /* what may happen takes no date from what did */
    if (ev_anniversary_date(c, ev, m)) {
        st->date_explicit = 1;
        return;
    }
    if (c->after_sent == m->sent && c->after_event >= 0 && c->after_event != ev &&
        r->events[c->after_event].pub.date) {
        ev_set_date_after(c, ev, c->after_event);
        ev_note(c, ev, "date", r->events[c->after_event].pub.trigger, "date.aftermath");
        return;
    }
    /* "He condemns the crackdown": the statement's own act takes no date
     * told before it; nor does what came after the story's time ("Most of
     * them were later executed", "In the months that followed") */
    if ((m->flags & EVF_NOW) || later_adverb(c, m))
        return;
    char later = later_span(c, m->sent);
    if (later) {
        date_later(c, ev, m, later);
        return;
    }
    ti = carried_time(c, m->sent);
    if (ti >= 0 && after_report(c, ti, m))
        ti = -1; /* "said last week that troops had killed": earlier than that */
    if (ti >= 0) {
        ev_set_date(c, ev, ti, NULL);
        ev_note(c, ev, "date", r->times[ti].pub.span, "date.discourse");
    }
}

/* Sentence s names a place of p's kind by "the" and a kind of place
 * (`settlement` or `type` in data/en/place_cues.txt): "delivered aid to
 * 4,000 people in the city" points back to the city named before. */
static int points_back(const ev_ctx *c, size_t s, const rec_place *p)
{
    const text *t = &c->r->txt;
    const char *kind = p->pub.kind;
    for (size_t i = t->sents[s].tok_start + 1; i < t->sents[s].tok_end; i++) {
        if (!tok_is(t, i - 1, "the"))
            continue;
        const lex_entry *e = tok_lex(t, i, &lex_en_place_cues);
        if (e && ((!strcmp(e->value, "settlement") &&
                   (!strcmp(kind, "city") || !strcmp(kind, "other"))) ||
                  (!strcmp(e->value, "type") && !strcmp(kind, "region"))))
            return 1;
    }
    return 0;
}

/* Place p stands right after m's trigger in its clause, no other trigger
 * nor punctuation between ("The attack happened in the town of Khar"),
 * and the event's place before it was not the whole of a country
 * ("killed across Rwanda"). */
static int names_its_place(const ev_ctx *c, const ev_mention *m, const rec_place *p,
                           const rec_place *was)
{
    const text *t = &c->r->txt;
    size_t end = m->tok + m->ntok;
    if (p->tok_start < end || p->tok_start > end + 8 || ev_trigger_between(c, m, end, p->tok_start))
        return 0;
    for (size_t k = end; k < p->tok_start; k++)
        if (t->toks[k].kind == TOK_PUNCT)
            return 0; /* "these evil acts ...," Clinton said */
    return !(was->tok_start > 0 && (tok_is(t, was->tok_start - 1, "across") ||
                                    tok_is(t, was->tok_start - 1, "throughout")));
}

static void fill_place(ev_ctx *c, int ev, const ev_mention *m)
{
    dl_record *r = c->r;
    ev_state *st = &c->st[ev];
    int pi = m->own_place;
    if (pi >= 0 && !st->place_explicit) {
        r->events[ev].pub.place = pi;
        st->place_explicit = 1;
        ev_note(c, ev, "place", r->places[pi].pub.span, "place.sentence");
        return;
    }
    /* a later mention of the event names a place inside its own: "The
     * attack happened in the town of Khar" after "in northwestern
     * Pakistan" */
    int cur = r->events[ev].pub.place;
    if (pi >= 0 && cur >= 0 && pi != cur && ev_narrower(&r->places[cur].pub, &r->places[pi].pub) &&
        names_its_place(c, m, &r->places[pi], &r->places[cur])) {
        r->events[ev].pub.place = pi;
        ev_note(c, ev, "place", r->places[pi].pub.span, "place.narrower");
        return;
    }
    if (pi >= 0 || r->events[ev].pub.place >= 0)
        return;
    /* a reference back to an event told before ("Since the coup, ..."):
     * where the story is now is not where that event was */
    if ((m->definite || (m->flags & EVF_REF)) && st->nsents && st->sents[0] < m->sent)
        return;
    /* nor is the start of a period named in passing ("Since the military
     * coup of 1 February 2021, ..."), which only the title's place may
     * hold */
    pi = ev_since_object(&r->txt, m) ? -1 : carried_place(c, m->sent);
    /* a running total counts over its own area: the town of an earlier
     * paragraph ("Since the coup, security forces have killed 3,200") is
     * not it, unless the sentence points back to it ("in the city") */
    if (st->period && pi >= 0 &&
        r->txt.sents[r->places[pi].sent].para != r->txt.sents[m->sent].para &&
        !points_back(c, m->sent, &r->places[pi]))
        return;
    const char *rule = "place.discourse";
    if (pi < 0)
        pi = title_place(c, m), rule = "place.title";
    if (pi >= 0) {
        r->events[ev].pub.place = pi;
        ev_note(c, ev, "place", r->places[pi].pub.span, rule);
    }
}

void ev_fill_from_mention(ev_ctx *c, int ev, const ev_mention *m)
{
    ev_add_sentence(c, ev, m->sent);
    c->st[ev].last_seen = ++c->seen;
    if (m->flags & EVF_FOREIGN)
        c->st[ev].foreign = 1;
    fill_date(c, ev, m);
    fill_place(c, ev, m);
    ev_fill_actors(c, ev, m);
}

/* Give event ev the date of event from (the one "during" names). */
static void date_from(ev_ctx *c, int ev, int from, const ev_mention *d)
{
    dl_record *r = c->r;
    ev_set_date(c, ev, c->st[from].time, NULL);
    c->st[ev].date_explicit = 1;
    ev_note(c, ev, "date", rec_tok_span(r, d->tok, d->tok + d->ntok), "date.during");
}

void ev_date_during(ev_ctx *c)
{
    for (size_t i = 0; i < c->nm; i++) {
        const ev_mention *d = &c->m[i];
        if (!d->during || d->event < 0 || c->st[d->event].time < 0)
            continue;
        EV_EACH(&c->mentions_ix, d->sent, k) {
            const ev_mention *o = &c->m[k];
            if (o == d || o->event < 0 || o->event == d->event || o->own_time >= 0 ||
                c->st[o->event].date_explicit || c->st[o->event].period)
                continue;
            date_from(c, o->event, d->event, d);
        }
    }
}
