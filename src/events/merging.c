/* merging.c - decide which event each mention names: one event per real
 * event.
 *
 * A mention joins an event of its type already named in the same sentence;
 * a definite mention ("the attack") or a reference ("the operation", "the
 * tragedy of 20 January") joins the latest compatible event named before;
 * anything else starts a new event. Slots are filled by slots.c. */
#include <stdlib.h>
#include <string.h>

#include "../text/phrase_match.h"
#include "events.h"
#include "lexicons.h"

/* The type list `types` ("ASSAULT", "ASSAULT PROTEST", "*") holds `type`
 * as one of its space-separated words. */
static int type_in(const char *type, const char *types)
{
    if (type == types) /* the mention's own type, the usual question */
        return 1;
    if (types[0] == '*' && types[1] == 0)
        return 1;
    for (const char *p = types; *p;) {
        const char *q = type;
        while (*q && *p == *q)
            p++, q++;
        if (!*q && (!*p || *p == ' '))
            return 1;
        while (*p && *p != ' ')
            p++;
        while (*p == ' ')
            p++;
    }
    return 0;
}


/* Same negation and hypothetical marks, and both a period (a running
 * total) or both a point event. */
static int same_modality(const ev_ctx *c, int ev, const ev_mention *m)
{
    const dl_event *e = &c->r->events[ev].pub;
    /* "the killings" with no time of its own may name a running total's
     * events ("killing at least eight people since 15 July") */
    int refers = (m->definite || (m->flags & EVF_REF)) && m->own_time < 0 && !m->period;
    /* what happened over a span of weeks or more back ("in the past two
     * years, the group has attacked dozens of schools") is many events: a
     * new one of a later sentence with no time of its own ("Gunmen
     * ambushed a patrol") is none of them */
    int ti = c->st[ev].time;
    if (ti >= 0 && m->own_time < 0 && !refers && c->r->times[ti].sent != m->sent &&
        ev_long_span_back(&c->r->times[ti]))
        return 0;
    return e->negated == m->negated && e->hypothetical == m->hypothetical &&
           (!c->st[ev].period == !m->period || (c->st[ev].period && refers));
}

/* The last word of a trigger, a trailing plural "s" dropped. */
static size_t head(const char *s, size_t n, const char **out)
{
    size_t i = n;
    while (i > 0 && s[i - 1] != ' ')
        i--;
    *out = s + i;
    n -= i;
    return (n > 3 && s[i + n - 1] == 's') ? n - 1 : n;
}

static int same_head(const ev_ctx *c, const dl_event *e, const ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t last = m->tok + m->ntok - 1;
    const char *a, *b;
    size_t na = head(tok_str(t, last), tok_len(t, last), &a);
    size_t nb = head(e->trigger_text, strlen(e->trigger_text), &b);
    return na == nb && strncasecmp(a, b, na) == 0;
}

/* What a mention's own sentence says of its date, worked out once per
 * mention rather than once per event it is compared with: its own date
 * as day numbers, and the end of its report's date. */
typedef struct {
    int own;             /* own date known: a0, a1 set */
    long a0, a1;
    const char *rep_end; /* report date's end, or NULL */
} m_dates;

/* "issued warrants of arrest ... the deportation of children": another
 * mode of a type other than an attack is another deed (one attack may
 * shoot and abduct). */
static int other_coercion(const dl_event *e, const ev_mention *m)
{
    return e->mode && m->mode && strcmp(e->mode, m->mode) && strcmp(e->type, "ASSAULT");
}

static void mention_dates(ev_ctx *c, const ev_mention *m, m_dates *d)
{
    dl_record *r = c->r;
    const char *s, *en, *g;
    d->own = 0;
    d->rep_end = NULL;
    if (m->own_time >= 0) {
        const rec_time *tm = &r->times[m->own_time];
        if (tm->start)
            s = tm->start, en = tm->end ? tm->end : tm->start;
        else if (!ev_value_interval(r->a, tm->pub.value, &s, &en, &g))
            s = en = NULL;
        if (s) {
            d->own = 1;
            d->a0 = ev_day_number(s);
            d->a1 = ev_day_number(en);
        }
    }
    if (m->report_time >= 0) {
        const rec_time *tm = &r->times[m->report_time];
        if (tm->start)
            en = tm->end ? tm->end : tm->start;
        else if (!ev_value_interval(r->a, tm->pub.value, &s, &en, &g))
            en = NULL;
        d->rep_end = en;
    }
}

/* Value v names a day ("XXXX-WXX-2", "XXXX-XX-XXTEV"). */
static int day_value(const char *v)
{
    size_t n = strlen(v);
    return n >= 10 && (v[5] == 'W' ? v[8] == '-' : v[7] == '-');
}

/* Values a and b are both unresolved ("XXXX-WXX-2", "XXXX-XX") and name
 * other times: neither is the start of the other, nor a time of day alone
 * beside a day. */
static int unresolved_apart(const char *a, const char *b)
{
    if (!a || !b || !strchr(a, 'X') || !strchr(b, 'X') || a[0] == 'P' || b[0] == 'P')
        return 0;
    /* a time of day alone fits any day ("late on Tuesday" ... "shortly
     * after sunset"), not a month or week ("Last month") */
    if (!strncmp(a, "XXXX-XX-XXT", 11) || !strncmp(b, "XXXX-XX-XXT", 11))
        return !day_value(a) || !day_value(b);
    size_t na = strlen(a), nb = strlen(b);
    return strncmp(a, b, na < nb ? na : nb) != 0;
}

/* m's trigger is followed by "of" and a count ("the killing of 23
 * civilians"): it counts its own victims. */
static int counts_its_own(const ev_ctx *c, const ev_mention *m)
{
    const dl_record *r = c->r;
    size_t of = m->tok + m->ntok;
    if (!tok_is(&r->txt, of, "of"))
        return 0;
    EV_EACH(&c->figures_ix, m->sent, i)
        if (r->figures[i].tok_start > of && r->figures[i].tok_start <= of + 2)
            return 1;
    return 0;
}

/* The mention's own sentence dates or places it differently from event
 * ev (more than a day apart; another country, first-level region or
 * city). */
static int conflicts(ev_ctx *c, int ev, const ev_mention *m, const m_dates *d)
{
    dl_record *r = c->r;
    const rec_event *e = &r->events[ev];
    const char *ws = e->pub.when.start;
    if (ws && d->own) {
        ev_state *st = &c->st[ev];
        const char *we = e->pub.when.end ? e->pub.when.end : ws;
        if (st->days_of != ws || st->days_end != we) { /* read once a date */
            st->days_of = ws, st->days_end = we;
            st->day0 = ev_day_number(ws), st->day1 = ev_day_number(we);
        }
        long gap = ev_days_gap(d->a0, d->a1, st->day0, st->day1);
        /* a day's slack for a date carried over ("late on the 19th" and
         * "the tragedy of the 20th"), none against one the text gave */
        if (gap > (c->st[ev].date_explicit ? 0 : 1))
            return 1;
        /* a day's (or month's) deed and a tally over a range of weeks,
         * both dated by the text ("killed ... between 1 January and 22
         * March"; "attacked residents on 14 March"; "crimes committed
         * between August 2003 and April 2004" and "300 men were executed
         * in March 2004"): not one event, though the range holds it */
        if (c->st[ev].date_explicit && 2 * (d->a1 - d->a0) < st->day1 - st->day0 &&
            e->pub.when.type && !strcmp(e->pub.when.type, "range") &&
            st->day1 - st->day0 > 7 && st->time >= 0 && r->times[st->time].sent != m->sent)
            return 1;
    }
    /* a mention over a span back of its own ("in the past two years, the
     * group has attacked ..."), a dated one against an event over such a
     * span ("over the last five years ... killed last year"), or two
     * running totals over spans ("in the past 24 hours ... over the last
     * week"): what happened at another time, even where one holds the
     * other */
    int et = c->st[ev].time;
    if (d->own &&
        (ev_span_back(&r->times[m->own_time]) || (et >= 0 && ev_span_back(&r->times[et])) ||
         (c->st[ev].period && m->period)) &&
        (et < 0 || strcmp(r->times[et].pub.value, r->times[m->own_time].pub.value)))
        return 1;
    /* with no document date, two relative times left unresolved that
     * differ, neither a mere part of the other nor a time of day alone
     * ("late on Tuesday" and "Last month"): other times */
    if (!ws && !d->own && et >= 0 && m->own_time >= 0 && et != m->own_time &&
        unresolved_apart(r->times[et].pub.value, r->times[m->own_time].pub.value))
        return 1;
    /* reported before the event began: not that event */
    if (ws && d->rep_end && strcmp(d->rep_end, ws) < 0)
        return 1;
    int pi = m->own_place;
    /* "the killing of 23 civilians" in Bucha: a deed that counts its own
     * victims at a place of its own is not one carried elsewhere (in
     * Yahidne) */
    if (pi >= 0 && e->pub.place >= 0 && !c->st[ev].place_explicit && pi != e->pub.place &&
        counts_its_own(c, m)) {
        const dl_place *a = &r->places[pi].pub, *b = &r->places[e->pub.place].pub;
        if (!ev_narrower(a, b) && !ev_narrower(b, a) && a->name && b->name &&
            strcmp(a->name, b->name))
            return 1;
    }
    if (pi >= 0 && e->pub.place >= 0 && c->st[ev].place_explicit && pi != e->pub.place) {
        const dl_place *a = &r->places[pi].pub, *b = &r->places[e->pub.place].pub;
        if (a->country && b->country && strcmp(a->country, b->country))
            return 1;
        if (a->kind && b->kind && !strcmp(a->kind, "city") && !strcmp(b->kind, "city") &&
            a->name && b->name && strcmp(a->name, b->name))
            return 1;
        /* another first-level region: "in Sagaing region" then "in
         * Mandalay" (a city of Mandalay Region) */
        if (a->admin1 && b->admin1 && strcmp(a->admin1, b->admin1))
            return 1;
    }
    return 0;
}

/* How many of the latest events a reference may reach back to: every one
 * in a statement, a bounded cost per mention in a book-length input. */
#define EV_RECALL 128

/* The event m refers back to: same head word first, then the latest
 * named, among compatible events of the allowed types. */
static int antecedent(ev_ctx *c, const ev_mention *m, const char *types)
{
    int best = -1, best_head = 0;
    m_dates d;
    mention_dates(c, m, &d);
    size_t n = c->r->nevents, from = n > EV_RECALL ? n - EV_RECALL : 0;
    for (size_t i = from; i < n; i++) {
        const dl_event *e = &c->r->events[i].pub;
        if (!same_modality(c, (int)i, m) || !type_in(e->type, types) ||
            other_coercion(e, m) || conflicts(c, (int)i, m, &d))
            continue;
        /* "His mother died ... repelled their invasion in 1961": a deed
         * its sentence dates is no deaths told without one */
        if (!(m->flags & EVF_TOLL) && m->own_time >= 0 && !c->st[i].deed)
            continue;
        /* the same word first, then the same mode ("Those detained" name
         * the arrests, not the dispersal named since) */
        int h = 2 * same_head(c, e, m) + (m->mode && e->mode && !strcmp(m->mode, e->mode));
        /* "the war" names the whole conflict: an event named so or as
         * fighting, or a running total over it, not the day's attack */
        if ((m->flags & EVF_WIDE) && h < 2 && !c->st[i].period && !c->st[i].wide)
            continue;
        if (best < 0 || h > best_head ||
            (h == best_head && c->st[i].last_seen > c->st[best].last_seen)) {
            best = (int)i;
            best_head = h;
        }
    }
    return best;
}

/* A word such as "after" or a semicolon between tokens a and b keeps two
 * mentions of a sentence apart ("the killing began hours after the plane
 * was shot"). */
static int barrier_between(const ev_ctx *c, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (ev_is(c, i, EVR_BARRIER) || tok_punct(&c->r->txt, i, ';'))
            return 1; /* "...; that night, settlers set fire to homes" */
    return 0;
}

/* "a 64-year-old man died after a drone hit his car", "died following a
 * stabbing": "after" or "following" right
 * after a toll verb o (or one "-ly" adverb on: "died shortly after")
 * names the deed that caused it, no other event; "the killing began hours
 * after the plane was shot" keeps two. */
static int toll_caused_by(const ev_ctx *c, const ev_mention *o, const ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t k = o->tok + o->ntok;
    if (!(o->flags & EVF_TOLL) || (o->flags & EVF_NOUN) || o->definite)
        return 0;
    if (k < m->tok && tok_ly_adverb(t, k))
        k++;
    return k < m->tok && (tok_is(t, k, "after") || tok_is(t, k, "following")) &&
           !barrier_between(c, k + 1, m->tok);
}

/* The event of the nearest earlier mention in m's sentence that m may
 * join: allowed type, same modality, nothing between that keeps them
 * apart, no other date or place of its own. */
static int same_sentence(ev_ctx *c, const ev_mention *m, const char *types)
{
    for (const ev_mention *o = m; o-- > c->m;) {
        if (o->sent != m->sent)
            break;
        if (o->event < 0)
            continue;
        const dl_event *e = &c->r->events[o->event].pub;
        if (!type_in(e->type, types) || !same_modality(c, o->event, m))
            continue;
        /* "Since fighting began ..., forces have carried out massacres":
         * the start of a period is no event of its main clause */
        if (ev_since_object(&c->r->txt, o) && !ev_since_object(&c->r->txt, m))
            continue;
        /* "Troops neutralised 18 terrorists and rescued 42 kidnapped
         * hostages": what was done to those counted is another deed */
        if (m->prenominal && m->mode && (!e->mode || strcmp(e->mode, m->mode)))
            continue;
        /* "declared a state of emergency and ordered officials to be
         * placed under house arrest": two coercions of other modes */
        if (other_coercion(e, m))
            continue;
        m_dates d;
        mention_dates(c, m, &d);
        if ((barrier_between(c, o->tok + o->ntok, m->tok) && !toll_caused_by(c, o, m)) ||
            ev_time_clause_between(c, o->tok + o->ntok, m->tok) ||
            conflicts(c, o->event, m, &d))
            return -1;
        return o->event;
    }
    return -1;
}

/* Sentence s names a time counted from the story's own ("The day before,
 * ... 11 gendarmes had been killed", "A year later"): what it tells is set
 * apart from the events of the sentences before. */
static int shifted_time_in(const ev_ctx *c, size_t s)
{
    EV_EACH(&c->times_ix, s, k) {
        const char *rule = c->r->times[k].pub.rule;
        if (rule && !strcmp(rule, "rel.anaphoric_shift"))
            return 1;
    }
    return 0;
}

/* Wire reports and police releases give a sentence or two a paragraph:
 * m's paragraph goes on with the one just before when m opens its
 * sentence's deed there (no other mention before it in its sentence) and
 * its sentence names the day it tells of ("Officers were called to the
 * park shortly before 7pm on Saturday following reports that a man had
 * attacked ..."); the days must then agree (conflicts). */
static int story_goes_on(const ev_ctx *c, const ev_mention *m)
{
    if (m->own_time < 0 || m->definite || m->indefinite || (m->flags & (EVF_AIMED | EVF_NOUN)))
        return 0; /* "One short-range ballistic missile, fired at 8:51": a part */
    return !(m > c->m && m[-1].sent == m->sent);
}

/* "Soldiers opened fire. Seven people were killed.": the same kind of
 * event named last in the sentence just before, in the same paragraph,
 * continues. */
static int named_just_before(ev_ctx *c, const ev_mention *m)
{
    const text *t = &c->r->txt;
    if (m->sent == 0 ||
        (t->sents[m->sent - 1].para != t->sents[m->sent].para && !story_goes_on(c, m)))
        return -1;
    if (shifted_time_in(c, m->sent))
        return -1;
    for (const ev_mention *o = m; o-- > c->m;) {
        if (o->sent + 1 < m->sent)
            break;
        /* "Several hundred men were detained and taken to Mozdok, where
         * many of them were beaten": a sentence that began a deed of its
         * own goes on with it, not with the one told before */
        if (o->sent == m->sent && o->event >= 0 && c->r->events[o->event].sent == m->sent)
            return -1;
        if (o->sent == m->sent || o->event < 0)
            continue;
        const dl_event *e = &c->r->events[o->event].pub;
        if (other_coercion(e, m))
            continue;
        /* "Since fighting began in August 2023, ... In Bahir Dar in August,
         * soldiers killed at least 20 civilians": a deed a sentence dates
         * is one of the conflict's, not the conflict */
        if (c->st[o->event].wide && !(m->flags & EVF_WIDE) && m->own_time >= 0)
            continue;
        if (!strcmp(e->type, m->type) && same_modality(c, o->event, m)) {
            m_dates d;
            mention_dates(c, m, &d);
            return conflicts(c, o->event, m, &d) ? -1 : o->event;
        }
    }
    return -1;
}

/* "e" and the number n (> 0) in decimal: what printf "e%d" writes. */
static const char *event_id(arena *a, int n)
{
    char buf[16];
    size_t k = sizeof buf;
    buf[--k] = 0;
    do
        buf[--k] = (char)('0' + n % 10);
    while ((n /= 10) > 0 && k > 1);
    buf[--k] = 'e';
    return arena_strndup(a, buf + k, sizeof buf - 1 - k);
}

/* Sentence s says it tells of another event ("in a separate operation",
 * "Elsewhere, ..."): its mentions join none of an earlier sentence. */
static int sentence_apart(const ev_ctx *c, size_t s)
{
    const sentence *se = &c->r->txt.sents[s];
    for (size_t k = se->tok_start; k < se->tok_end; k++)
        if (c->r->txt.toks[k].kind == TOK_WORD && ev_is(c, k, EVR_APART))
            return 1;
    return 0;
}

/* A new, cleared event and its state: its index, or -1. */
static int push_event(ev_ctx *c)
{
    dl_record *r = c->r;
    rec_event *e = VEC_PUSH(r->a, r->events, r->nevents, r->cap_events);
    if (!e)
        return -1;
    memset(e, 0, sizeof *e); /* the slot may be reused when run again */
    if (r->nevents > c->cap_st) { /* stage scratch: malloc'd, not cleared */
        size_t ncap = c->cap_st ? c->cap_st * 2 : 8;
        while (ncap < r->nevents)
            ncap *= 2;
        ev_state *st = realloc(c->st, ncap * sizeof *st);
        if (!st)
            return -1;
        c->st = st;
        c->cap_st = ncap;
    }
    int ev = (int)(r->nevents - 1);
    memset(&c->st[ev], 0, sizeof c->st[ev]);
    return ev;
}

int ev_copy_event(ev_ctx *c, int from)
{
    int ev = push_event(c);
    if (ev < 0)
        return -1;
    dl_record *r = c->r;
    rec_event *e = &r->events[ev], *o = &r->events[from];
    e->pub = o->pub;
    e->pub.id = event_id(r->a, ev + 1);
    e->trig_tok = o->trig_tok;
    e->sent = o->sent;
    c->st[ev] = c->st[from];
    for (size_t i = 0; i < o->nfills; i++)
        if (strcmp(o->fills[i].slot, "place") && strcmp(o->fills[i].slot, "figure"))
            ev_note(c, ev, o->fills[i].slot, o->fills[i].span, o->fills[i].rule);
    return ev;
}

static int new_event(ev_ctx *c, const ev_mention *m)
{
    dl_record *r = c->r;
    int ev = push_event(c);
    if (ev < 0)
        return -1;
    rec_event *e = &r->events[ev];
    c->st[ev].time = -1;
    c->st[ev].period = m->period;
    c->st[ev].wide = (m->flags & EVF_WIDE) != 0;
    c->st[ev].deed = !(m->flags & EVF_TOLL);
    c->st[ev].named_only = m->definite && !(m->flags & (EVF_REF | EVF_TOLL | EVF_WIDE));
    e->pub.id = event_id(r->a, ev + 1);
    e->pub.type = m->type;
    e->pub.mode = m->mode;
    e->pub.trigger = rec_tok_span(r, m->tok, m->tok + m->ntok);
    e->pub.trigger_text = rec_span_text(r, e->pub.trigger);
    e->pub.rule = m->rule;
    e->pub.place = e->pub.actor = e->pub.target = -1;
    e->pub.attributed_to.actor = -1;
    e->pub.negated = m->negated;
    e->pub.hypothetical = m->hypothetical;
    e->trig_tok = m->tok;
    e->sent = m->sent;
    ev_note(c, ev, "trigger", e->pub.trigger, m->rule);
    dl_span cue = m->ncue ? rec_tok_span(r, m->cue, m->cue + m->ncue) : e->pub.trigger;
    if (m->negated)
        ev_note(c, ev, "negated", cue, "negation.cue");
    if (m->hypothetical)
        ev_note(c, ev, "hypothetical", cue, "hypothetical.cue");
    return ev;
}

static dl_status join(ev_ctx *c, ev_mention *m, int ev, const char *rule)
{
    rec_event *e = &c->r->events[ev];
    if (!e->pub.mode && m->mode && !(m->flags & EVF_REF) && !strcmp(e->pub.type, m->type))
        e->pub.mode = m->mode;
    ev_note(c, ev, "merge", rec_tok_span(c->r, m->tok, m->tok + m->ntok), rule);
    m->event = ev;
    c->st[ev].wide |= (m->flags & EVF_WIDE) != 0;
    c->st[ev].deed |= !(m->flags & EVF_TOLL);
    if (!m->definite && !(m->flags & EVF_REF))
        c->st[ev].named_only = 0;
    return DL_OK;
}

static dl_status fresh_event(ev_ctx *c, ev_mention *m)
{
    int ev = new_event(c, m);
    if (ev < 0)
        return DL_ENOMEM;
    m->event = ev;
    return DL_OK;
}

/* "Kurdistan Region commemorates 31st anniversary of the Halabja chemical
 * attack ... On 16 March 1988, the Iraqi regime bombarded the city of
 * Halabja": an event named first only by a definite noun, undated by any
 * time of its own, is told now by deed m of its type at its place. The
 * latest such event, or -1. */
static int told_later(ev_ctx *c, const ev_mention *m)
{
    const dl_record *r = c->r;
    if (m->own_place < 0 || m->definite || m->negated || m->hypothetical ||
        (m->flags & (EVF_REF | EVF_TOLL | EVF_WIDE)))
        return -1;
    const dl_place *p = &r->places[m->own_place].pub;
    m_dates d;
    mention_dates(c, m, &d);
    size_t n = r->nevents, from = n > EV_RECALL ? n - EV_RECALL : 0;
    for (size_t i = n; i-- > from;) {
        const dl_event *e = &r->events[i].pub;
        if (!c->st[i].named_only || c->st[i].time >= 0 || e->place < 0 ||
            strcmp(e->type, m->type) || !same_modality(c, (int)i, m) ||
            conflicts(c, (int)i, m, &d))
            continue;
        const dl_place *q = &r->places[e->place].pub;
        if (p->gazetteer_id && q->gazetteer_id && !strcmp(p->gazetteer_id, q->gazetteer_id))
            return (int)i;
    }
    return -1;
}

/* The country of the people figure f counts, by the demonym opening its
 * group ("Palestinians", "Ukrainian civilians"), or NULL. */
static const char *victims_country(const rec_figure *f)
{
    const char *w = f->pub.who;
    char key[32];
    size_t n = 0;
    if (!w || !(w[0] >= 'A' && w[0] <= 'Z'))
        return NULL;
    while (w[n] && w[n] != ' ' && n + 1 < sizeof key) {
        key[n] = (char)(w[n] >= 'A' && w[n] <= 'Z' ? w[n] + 32 : w[n]);
        n++;
    }
    key[n] = 0;
    const lex_entry *e = lex_get(&lex_en_demonyms, key, n);
    if (!e && n > 1 && key[n - 1] == 's') /* "Palestinians" */
        e = lex_get(&lex_en_demonyms, key, n - 1);
    return e ? e->value : NULL;
}

/* "More than 5,000 Palestinians have reportedly been killed" after an
 * attack by a Palestinian group: victims a demonym names as the doer's
 * own people are no casualties of that deed (their deaths are another
 * event). */
static int own_side_victims(const ev_ctx *c, const ev_mention *m, int ev)
{
    const dl_record *r = c->r;
    int a = r->events[ev].pub.actor;
    const char *cc = a >= 0 ? r->actors[a].pub.country : NULL;
    if (!cc)
        return 0;
    EV_EACH(&c->figures_ix, m->sent, i) {
        const char *vc = victims_country(&r->figures[i]);
        if (vc && !strcmp(vc, cc))
            return 1;
    }
    return 0;
}

/* A deed of violence named later in toll m's sentence, new to the text,
 * that m may join ("a 64-year-old man died after a drone hit his car",
 * "two people were killed when a missile struck"): the toll is that
 * deed's, not one told before. */
static int deed_later_in_sentence(const ev_ctx *c, const ev_mention *m)
{
    for (const ev_mention *o = m + 1; o < c->m + c->nm && o->sent == m->sent; o++)
        if (!strcmp(o->type, "ASSAULT") && !(o->flags & (EVF_TOLL | EVF_REF | EVF_WIDE)) &&
            !o->definite && !o->negated && !o->hypothetical &&
            (!barrier_between(c, m->tok + m->ntok, o->tok) || toll_caused_by(c, m, o)))
            return 1;
    return 0;
}

/* The event told last before m's sentence, in the sentence just before,
 * is another deed than ev, of another type and on other days ("On Monday,
 * militants attacked ... On Tuesday, troops arrested 15 suspects. One
 * soldier was lightly injured"): casualties then are of that deed's day,
 * not of ev. */
static int other_deed_between(const ev_ctx *c, const ev_mention *m, int ev)
{
    for (const ev_mention *o = m; o-- > c->m;) {
        if (o->sent == m->sent || o->event < 0)
            continue;
        if (o->sent + 1 < m->sent || o->event == ev)
            return 0;
        const dl_event *a = &c->r->events[o->event].pub, *b = &c->r->events[ev].pub;
        if (!strcmp(a->type, b->type) || !a->when.start || !b->when.start)
            return 0;
        long a0 = ev_day_number(a->when.start), b0 = ev_day_number(b->when.start);
        long a1 = ev_day_number(a->when.end ? a->when.end : a->when.start);
        long b1 = ev_day_number(b->when.end ? b->when.end : b->when.start);
        return a0 >= 0 && b0 >= 0 && ev_days_gap(a0, a1, b0, b1) > 0;
    }
    return 0;
}

/* "Gunmen abducted about 100 schoolgirls ... The attackers arrived on
 * motorcycles ... and set fire to several buildings": an attack whose
 * subject is a definite noun naming the doers of an attack
 * (data/en/event_doer_references.txt), with no other trigger between,
 * goes on with the latest attack it may join (antecedent's checks), in
 * another paragraph too. */
static int doers_told_before(ev_ctx *c, const ev_mention *m)
{
    const dl_record *r = c->r;
    const text *t = &r->txt;
    if (strcmp(m->type, "ASSAULT") || (m->flags & (EVF_NOUN | EVF_WIDE)) || m->negated ||
        m->hypothetical)
        return -1;
    /* "The attackers" opening the sentence (after one word at most) */
    size_t s0 = t->sents[m->sent].tok_start, i = s0 + 1;
    if (i < m->tok && !ev_is(c, s0, EVR_DEF))
        i++;
    if (i >= m->tok || !ev_is(c, i - 1, EVR_DEF) || !tok_in(t, i, &lex_en_event_doer_references))
        return -1;
    EV_EACH(&c->actors_ix, m->sent, k) {
        const rec_actor *a = &r->actors[k];
        if (a->tok_start == i && a->tok_end == i + 1 &&
            !ev_trigger_between(c, m, a->tok_end, m->tok))
            return antecedent(c, m, "ASSAULT");
    }
    return -1;
}

/* "... fired on demonstrators in Bahir Dar on June 6, 2024 ... Witnesses
 * said soldiers arrived at about 11 a.m. and opened fire": a deed of one
 * mode told again in a later paragraph, dated by its own sentence within
 * the day of an event of that type and mode told before (dated to that
 * exact day), at its place or none, is that event. The earliest such. */
static int same_deed_again(ev_ctx *c, const ev_mention *m)
{
    const dl_record *r = c->r;
    const text *t = &r->txt;
    if (m->definite || m->indefinite || !m->mode || !*m->mode || m->own_time < 0 ||
        m->negated || m->hypothetical || (m->flags & (EVF_NOUN | EVF_WIDE | EVF_TOLL)))
        return -1;
    const char *v = r->times[m->own_time].pub.value;
    if (!v || strlen(v) < 10 || v[4] != '-' || v[7] != '-' || v[0] < '0' || v[0] > '9')
        return -1;
    char day[11];
    memcpy(day, v, 10);
    day[10] = 0;
    size_t para = t->sents[m->sent].para;
    size_t n = r->nevents, from = n > EV_RECALL ? n - EV_RECALL : 0;
    for (size_t i = from; i < n; i++) {
        const dl_event *e = &r->events[i].pub;
        /* dated to that day, or to the month or year that holds it ("the
         * bombing ... more than four years ago" then "exploded ... on 3
         * February 2019") */
        if (strcmp(e->type, m->type) || !e->mode || strcmp(e->mode, m->mode) ||
            !e->when.type || strcmp(e->when.type, "exact") || !e->when.start ||
            !e->when.end || strcmp(e->when.start, day) > 0 || strcmp(e->when.end, day) < 0 ||
            !same_modality(c, (int)i, m) || t->sents[r->events[i].sent].para >= para)
            continue;
        int pi = m->own_place;
        if (pi >= 0 && e->place >= 0 && pi != e->place) {
            const dl_place *a = &r->places[pi].pub, *b = &r->places[e->place].pub;
            if (!(a->name && b->name && !strcmp(a->name, b->name)) && !ev_narrower(b, a))
                continue;
        }
        return (int)i;
    }
    return -1;
}

dl_status ev_resolve(ev_ctx *c, ev_mention *m)
{
    int ref = (m->flags & EVF_REF) != 0;
    if (ref && m->after) {
        c->after_event = antecedent(c, m, m->type);
        c->after_sent = m->sent;
        return DL_OK;
    }
    int ev = same_sentence(c, m, m->type);
    if (ev >= 0)
        return join(c, m, ev, "merge.same_sentence");
    /* "a tragedy": no event; "launched a large-scale military aggression":
     * a new one, the object of a light verb */
    if (ref && m->indefinite) {
        if (!m->light || !ev_ref_as_new(c, m))
            return DL_OK;
        ref = 0;
    }
    if (sentence_apart(c, m->sent)) {
        if (ref && !ev_ref_as_new(c, m))
            return DL_OK;
        return fresh_event(c, m);
    }
    /* "Those detained" name the arrests told before, not the dispersal
     * of the sentence just before: a definite mention with a mode goes to
     * an event of that mode first */
    if (!ref && m->definite && m->mode && (ev = antecedent(c, m, m->type)) >= 0 &&
        c->r->events[ev].pub.mode && !strcmp(c->r->events[ev].pub.mode, m->mode))
        return join(c, m, ev, "merge.definite");
    if (m->prenominal && m->mode)
        return fresh_event(c, m); /* "42 kidnapped hostages": an abduction */
    /* "3 children died of malnutrition" after a killing told just before:
     * a disaster's casualties join no attack */
    if ((m->flags & EVF_TOLL) && !ref && ev_after_disaster(c, m))
        return DL_OK;
    if (!ref && !m->indefinite && (ev = named_just_before(c, m)) >= 0 &&
        !((m->flags & EVF_TOLL) && own_side_victims(c, m, ev)))
        return join(c, m, ev, "merge.next_sentence");
    if (ref || m->definite) {
        ev = antecedent(c, m, m->type);
        if (ev >= 0)
            return join(c, m, ev, ref ? "merge.reference" : "merge.definite");
        if (ref && !ev_ref_as_new(c, m))
            return DL_OK; /* refers to nothing named: no event */
    }
    if (!ref && !m->indefinite && (ev = doers_told_before(c, m)) >= 0)
        return join(c, m, ev, "merge.doers");
    if (!ref && (ev = same_deed_again(c, m)) >= 0)
        return join(c, m, ev, "merge.same_day");
    if (!ref && (ev = told_later(c, m)) >= 0)
        return join(c, m, ev, "merge.told_later");
    if (m->flags & EVF_TOLL) {
        /* "the death toll from Monday's earthquake" counts no attack */
        if (ev_after_disaster(c, m) || ev_denied_toll(c, m))
            return DL_OK;
        if (deed_later_in_sentence(c, m))
            return fresh_event(c, m);
        /* "The Commission said on June 12 that it had confirmed 22
         * deaths": a toll a source gives on a day of its saying, dated no
         * other way, is a claim about the deed told, whatever was told
         * between */
        int claimed = m->report_time >= 0 && m->own_time < 0;
        if (!m->definite && (ev = antecedent(c, m, "ASSAULT")) >= 0 &&
            !(c->st[ev].wide && m->own_time >= 0) && /* a dated deed of a conflict */
            !(c->r->events[ev].sent == m->sent &&
              ev_time_clause_between(c, c->r->events[ev].trig_tok, m->tok)) &&
            !(c->r->events[ev].sent != m->sent && !claimed && shifted_time_in(c, m->sent)) &&
            !own_side_victims(c, m, ev) && (claimed || !other_deed_between(c, m, ev)))
            return join(c, m, ev, "merge.casualties");
    }
    return fresh_event(c, m);
}
