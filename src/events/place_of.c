/* place_of.c - the place of an event in the sentence of its mention:
 * which of the sentence's places the deed happened at, and which are the
 * places of something else (a building's owner, a flight's goal, a
 * speaker, an actor's name). Carrying a place on from earlier sentences
 * is slots.c's. */
#include <string.h>

#include "../text/phrase_match.h"
#include "events.h"
#include "lexicons.h"

/* "the missile attack on the consular section of the Embassy of the
 * Islamic Republic of Iran in Damascus": the place after "in" inside the
 * name of a building that was hit (data/en/event_premises.txt, a target
 * word such as "on" a few words before it) is where it happened ("The U.S.
 * Embassy in Pretoria had no comment" is no such place). */
static int building_in(const ev_ctx *c, const rec_actor *a, const rec_place *p)
{
    const text *t = &c->r->txt;
    if (p->tok_start <= a->tok_start)
        return 0;
    /* "committed a massacre against the civilian population of Khojaly":
     * the people of a place, targeted, are where it happened */
    int of_people = tok_is(t, p->tok_start - 1, "of") && a->pub.sector &&
                    !strcmp(a->pub.sector, "civilians");
    if (!of_people && !tok_is(t, p->tok_start - 1, "in"))
        return 0;
    size_t s0 = t->sents[p->sent].tok_start, k = a->tok_start;
    int hit = 0;
    for (size_t back = 0; k > s0 && back < 6 && !hit; back++) {
        k--;
        if (t->toks[k].kind == TOK_PUNCT)
            break;
        hit = ev_is(c, k, EVR_TARGET);
    }
    /* "the Armenian population of Sumgait was subjected to massacres": the
     * people of a place as the subject of a passive are targeted too */
    if (!hit && of_people && a->tok_end < t->ntoks && ev_is(c, a->tok_end, EVR_BE))
        return 1;
    if (!hit)
        return 0;
    if (of_people)
        return 1;
    for (size_t k = a->tok_start; k < p->tok_start; k++)
        if (tok_in(t, k, &lex_en_event_premises))
            return 1;
    return 0;
}

/* Place p is part of an actor's name ("Ministry of Defense of the Soviet
 * Union", "people of Azerbaijan") or is the actor ("Estonia would not
 * hesitate": the state), not where something happened. */
int ev_place_in_actor(const ev_ctx *c, const rec_place *p, int whole)
{
    const dl_record *r = c->r;
    EV_EACH(&c->actors_ix, p->sent, i) {
        const rec_actor *a = &r->actors[i];
        if (a->tok_start <= p->tok_start &&
            a->tok_end >= p->tok_end &&
            (a->tok_end - a->tok_start) + (whole ? 1 : 0) > (p->tok_end - p->tok_start) &&
            !building_in(c, a, p))
            return 1;
    }
    return 0;
}

/* Token i is a direction or part before a place ("northeastern",
 * "central": `dir` in data/en/place_cues.txt). */
static int direction(const ev_ctx *c, size_t i)
{
    const text *t = &c->r->txt;
    if (t->toks[i].kind != TOK_WORD || (t->toks[i].flags & TF_CAP))
        return 0;
    const lex_entry *e = tok_lex(t, i, &lex_en_place_cues);
    return e && !strcmp(e->value, "dir");
}

static int place_score(const ev_ctx *c, const rec_place *p, size_t tok)
{
    int s = 0;
    size_t i = p->tok_start;
    if (i > 0 && direction(c, i - 1)) /* "in northeastern Jordan" */
        i--;
    if (i > 0 && ev_is(c, i - 1, EVR_DEF))
        i--;
    /* "the Nairobi bombing", "the Kenya embassy bombing": a place inside
     * the trigger's noun phrase names where as a place cue does; not a
     * country right before it, which names the doer ("US air strikes") */
    const text *t = &c->r->txt;
    const char *k = p->pub.kind ? p->pub.kind : "";
    if (ev_cue_before(c, i, 3, EVR_PLACE) != (size_t)-1 ||
        (p->tok_end == tok && strcmp(k, "country")) ||
        (p->tok_end + 1 == tok && tok_in(t, p->tok_end, &lex_en_event_premises)))
        s += 40;
    s += !strcmp(k, "city") ? 20 : !strcmp(k, "country") ? 0 : 10;
    size_t d = ev_dist(p->tok_start, tok);
    size_t a = p->tok_start < tok ? p->tok_end : tok, b = p->tok_start < tok ? tok : p->tok_start;
    return s - (int)(d > 30 ? 30 : d) / 3 - 12 * (int)ev_breaks_between(c, a, b);
}

int ev_hyphened_at(const ev_ctx *c, size_t k)
{
    const text *t = &c->r->txt;
    return k + 1 < t->ntoks && tok_punct(t, k, '-') && !(t->toks[k].flags & TF_SPACE) &&
           !(t->toks[k + 1].flags & TF_SPACE) && t->toks[k + 1].kind == TOK_WORD &&
           !(t->toks[k + 1].flags & (TF_CAP | TF_UPPER)); /* not "Iraq-Kuwait border" */
}

/* Place p is the first part of a hyphened word ("Iran-backed militias",
 * "Saudi-led coalition"): who backs or leads, not where. */
int ev_hyphened_place(const ev_ctx *c, const rec_place *p)
{
    return ev_hyphened_at(c, p->tok_end);
}

static int cap_word(const text *t, size_t i)
{
    return t->toks[i].kind == TOK_WORD && (t->toks[i].flags & TF_CAP);
}

/* Place p says where an actor is, not where the event was: "groups
 * operating in Syria", "militias based in Iraq" (an actor, a `where` word
 * of data/en/place_cues.txt, a preposition, the place, or a list of places
 * after it). */
static int actor_whereabouts(const ev_ctx *c, const rec_place *p)
{
    const dl_record *r = c->r;
    const text *t = &r->txt;
    size_t i = p->tok_start;
    /* back over "Syria and" in "operating in Syria and Iraq" */
    while (i >= 2 && tok_is(t, i - 1, "and") && cap_word(t, i - 2)) {
        i -= 2;
        while (i > 0 && cap_word(t, i - 1))
            i--;
    }
    if (i < 3 || t->toks[i - 1].kind != TOK_WORD || t->toks[i - 2].kind != TOK_WORD)
        return 0;
    size_t v = i - 2;
    const lex_entry *e = tok_lex(t, v, &lex_en_place_cues);
    if (!e || strcmp(e->value, "where") || (t->toks[v].flags & TF_CAP) ||
        !ev_is(c, i - 1, EVR_PLACE))
        return 0;
    EV_EACH(&c->actors_ix, p->sent, k)
        if (r->actors[k].tok_end == v)
            return 1;
    return 0;
}

/* Token i leads to where people fled: "to", "into", "across", or "in"
 * after "refuge". */
static int flight_prep(const text *t, size_t i)
{
    return tok_is(t, i, "to") || tok_is(t, i, "into") || tok_is(t, i, "across") ||
           tok_is(t, i, "towards") || tok_is(t, i, "toward") ||
           (i > 0 && tok_is(t, i, "in") && tok_is(t, i - 1, "refuge"));
}

/* A verb of fleeing or of carrying people off (`flight` in
 * data/en/place_cues.txt) within five words before token prep, at token
 * lo or after ("fled the city to", "refuge in", "transferred them to",
 * "fled across the border to", "fled with their families to"). */
static int flight_verb_before(const text *t, size_t prep, size_t lo)
{
    for (size_t k = 1; k <= 5 && k <= prep && prep - k >= lo; k++) {
        size_t v = prep - k;
        if (t->toks[v].kind != TOK_WORD)
            return 0;
        const lex_entry *e = tok_lex(t, v, &lex_en_place_cues);
        if (e && !strcmp(e->value, "flight"))
            return 1;
    }
    return 0;
}

/* Place p is where people fled to: a verb of fleeing (`flight` in
 * data/en/place_cues.txt), a flight_prep word, perhaps one word such as
 * "neighboring", then the place ("to flee to neighboring Chad", "sought
 * refuge in Chad"). */
static int flight_goal(const ev_ctx *c, const rec_place *p)
{
    const text *t = &c->r->txt;
    size_t i = p->tok_start;
    if (i < 2)
        return 0;
    size_t prep = i - 1;
    if (!flight_prep(t, prep)) {
        /* one word between: "neighboring", "nearby" */
        if (i < 3 || t->toks[prep].kind != TOK_WORD || (t->toks[prep].flags & TF_CAP) ||
            !flight_prep(t, prep - 1))
            return 0;
        prep--;
    }
    /* the count of those who fled right before it ("displaced an
     * estimated 135,000 people towards"): the verb is before the count */
    for (size_t f = 0; f < c->r->nfigures; f++)
        if (c->r->figures[f].tok_end == prep && c->r->figures[f].tok_start < prep) {
            prep = c->r->figures[f].tok_start;
            break;
        }
    return flight_verb_before(t, prep, 0);
}

/* "Several hundred men were detained and taken to filtration points in
 * Mozdok": a place up to six words after a verb of fleeing or carrying
 * off and its preposition (as in flight_goal, here with words between and
 * no punctuation), after mention m, is where people were taken or fled,
 * not where m was done. */
static int moved_to(const ev_ctx *c, const rec_place *p, const ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t end = m->tok + m->ntok;
    for (size_t k = p->tok_start; k-- > end && p->tok_start - k <= 7;) {
        if (t->toks[k].kind == TOK_PUNCT)
            return 0;
        if (flight_prep(t, k) && flight_verb_before(t, k, end))
            return 1;
    }
    return 0;
}

/* Place p follows "to" or "into" after a "from" in the clause of an
 * expulsion m ("the deportation of children from occupied areas of Ukraine
 * to the Russian Federation"): where they were taken, not where it was
 * done. */
static int taken_to(const ev_ctx *c, const rec_place *p, const ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t i = p->tok_start;
    if (m && moved_to(c, p, m))
        return 1;
    if (!m || !m->mode || strcmp(m->mode, "expel"))
        return 0;
    if (i > 0 && ev_is(c, i - 1, EVR_DEF))
        i--;
    if (i < 3 || !(tok_is(t, i - 1, "to") || tok_is(t, i - 1, "into")))
        return 0;
    size_t s0 = t->sents[p->sent].tok_start;
    for (size_t k = i - 1; k-- > s0 && i - k <= 12;) {
        if (t->toks[k].kind == TOK_PUNCT && !tok_punct(t, k, '(') && !tok_punct(t, k, ')'))
            return 0;
        if (tok_is(t, k, "from"))
            return 1;
    }
    return 0;
}

/* "The abduction came hours after a bomb blast in Abuja killed 71
 * people": "after" or "before" set off by "came" (one word may stand
 * between: "came shortly after") or a span of time ("two days after")
 * opens another deed (a mention between it and place p), whose place p
 * is; not m's. */
static int anothers_place(const ev_ctx *c, const rec_place *p, const ev_mention *m)
{
    const text *t = &c->r->txt;
    if (!m || p->tok_start <= m->tok || p->sent != m->sent)
        return 0;
    size_t k = m->tok + m->ntok;
    while (k < p->tok_start &&
           !(ev_is(c, k, EVR_BARRIER) && (tok_is(t, k, "after") || tok_is(t, k, "before"))))
        k++;
    if (k >= p->tok_start || k == 0)
        return 0;
    int set_off = tok_in(t, k - 1, &lex_en_event_sequel_verbs) ||
                  (k > m->tok + m->ntok && tok_in(t, k - 2, &lex_en_event_sequel_verbs));
    EV_EACH(&c->times_ix, m->sent, i)
        set_off |= c->r->times[i].tok_end == k && !strcmp(c->r->times[i].pub.type, "DURATION");
    if (!set_off)
        return 0;
    for (const ev_mention *o = m + 1; o < c->m + c->nm && o->sent == m->sent; o++)
        if (o->tok > k && o->tok < p->tok_start)
            return 1;
    return 0;
}

/* "Among those killed were citizens of Britain, France and Canada": a
 * place in a list after a word of event_nationality_words.txt says whose
 * people they were, not where. */
static int nationality_of(const ev_ctx *c, const rec_place *p)
{
    const text *t = &c->r->txt;
    size_t i = p->tok_start;
    if (i < 2 || !(tok_is(t, i - 1, "of") || tok_is(t, i - 1, "and") || tok_punct(t, i - 1, ',')))
        return 0;
    for (int hops = 0; hops < 12 && i >= 2; hops++) {
        if (phrase_lookup(t, i - 2, 2, &lex_en_event_nationality_words, NULL))
            return 1;
        /* back over one name of the list and its comma or "and" */
        size_t k = i - 1;
        if (!(tok_punct(t, k, ',') || tok_is(t, k, "and")))
            return 0;
        if (k > 0 && tok_is(t, k, "and") && tok_punct(t, k - 1, ','))
            k--;
        while (k > 0 && t->toks[k - 1].kind == TOK_WORD && (t->toks[k - 1].flags & TF_CAP))
            k--;
        if (k == i - 1)
            return 0;
        i = k;
    }
    return 0;
}

/* Place p follows "by" ("carried out by the Russian Federation"): who did
 * it, not where. */
static int agent_place(const ev_ctx *c, const rec_place *p)
{
    size_t i = p->tok_start;
    if (i > 0 && ev_is(c, i - 1, EVR_DEF))
        i--;
    return i > 0 && tok_is(&c->r->txt, i - 1, "by");
}

/* Place p owns the building after it, which the place after a place cue
 * locates ("the U.S. embassies in Kenya and Tanzania",
 * data/en/event_premises.txt): whose it is, not where. Without that
 * place, the country may be where ("the Kenya embassy bombing"). */
static int premises_owner(const ev_ctx *c, const rec_place *p)
{
    const text *t = &c->r->txt;
    size_t k = p->tok_end;
    if (k + 1 >= t->ntoks || !tok_in(t, k, &lex_en_event_premises) ||
        !ev_is(c, k + 1, EVR_PLACE))
        return 0;
    size_t at = k + 2 < t->ntoks && ev_is(c, k + 2, EVR_DEF) ? k + 3 : k + 2;
    EV_EACH(&c->places_ix, p->sent, i)
        if (c->r->places[i].tok_start == at)
            return 1;
    return 0;
}

/* Place b lies inside place a, a country or region ("Pakistan", then "the
 * town of Khar in Bajur district"): same country, and a region's own
 * first-level region when both are known. */
int ev_narrower(const dl_place *a, const dl_place *b)
{
    if (!a->kind || !b->kind || !a->country || !b->country || strcmp(a->country, b->country))
        return 0;
    if (!strcmp(a->kind, "country"))
        return strcmp(b->kind, "country") != 0;
    return !strcmp(a->kind, "region") && strcmp(b->kind, "region") && strcmp(b->kind, "country") &&
           a->admin1 && b->admin1 && !strcmp(a->admin1, b->admin1);
}

/* "near Boni, in the Mopti region": a place right before the region it
 * lies in names where, not the region. */
static int inner_before(const dl_record *r, int best, size_t s)
{
    const rec_place *reg = &r->places[best];
    if (!reg->pub.kind || strcmp(reg->pub.kind, "region"))
        return best;
    for (int k = best; k-- > 0;) {
        const rec_place *p = &r->places[k];
        if (p->sent != s || reg->tok_start - p->tok_end > 4)
            break;
        if (ev_narrower(&reg->pub, &p->pub))
            return k;
    }
    return best;
}

/* "about 80 km (50 miles) north of Kaya": a place after a distance and a
 * direction ("north of") is a landmark, not where (a distance in
 * brackets may follow the first). */
int ev_landmark(const ev_ctx *c, const rec_place *p)
{
    const text *t = &c->r->txt;
    size_t i = p->tok_start;
    /* "in the region, which borders Venezuela": a neighbour */
    if (i > 0 && (tok_in(t, i - 1, &lex_en_place_neighbour_words) ||
                  (i > 1 && phrase_lookup(t, i - 2, 2, &lex_en_place_neighbour_words, NULL))))
        return 1;
    if (i < 3 || !tok_is(t, i - 1, "of") || !direction(c, i - 2))
        return 0;
    size_t u = i - 3;
    if (tok_punct(t, u, ')')) { /* "(50 miles)" */
        while (u > 0 && i - u < 8 && !tok_punct(t, u, '('))
            u--;
        if (u == 0 || !tok_punct(t, u, '('))
            return 0;
        u--;
    }
    return tok_in(t, u, &lex_en_event_distance_units);
}

/* "a village in Sudan's El Gezira state": a country's possessive before a
 * place inside it names where by that place. */
static int inner_possessed(const ev_ctx *ctx, int best, size_t s)
{
    const dl_record *r = ctx->r;
    const rec_place *c = &r->places[best], *p;
    if (!c->pub.kind || strcmp(c->pub.kind, "country") || (size_t)best + 1 >= r->nplaces)
        return best;
    p = &r->places[best + 1];
    const text *t = &r->txt;
    size_t e = c->tok_end;
    /* a direction may stand between: "Colombia's northeastern Catatumbo" */
    int dir = p->tok_start == e + 3 && direction(ctx, e + 2);
    if (p->sent != s || (p->tok_start != e + 2 && !dir) || !tok_punct(t, e, '\'') ||
        !tok_is(t, e + 1, "s") || !ev_narrower(&c->pub, &p->pub))
        return best;
    return best + 1;
}

/* "U.S. missile attacks on alleged terrorist sites in Sudan": a country
 * right before the trigger, with a place in the trigger's own phrase after
 * it (a few words on, no verb's auxiliary between, not after "since"), is
 * whose the attack is, not where ("the Kenya embassy bombing", "suspects
 * in the Kenya bombing have been handed over to the United States" stay
 * where). */
static int country_of_doer(const ev_ctx *c, const rec_place *p, const ev_mention *m)
{
    const dl_record *r = c->r;
    const text *t = &r->txt;
    if (!m || p->tok_end != m->tok || !p->pub.kind || strcmp(p->pub.kind, "country"))
        return 0;
    EV_EACH(&c->places_ix, p->sent, i) {
        const rec_place *q = &r->places[i];
        if (q->tok_start > m->tok + m->ntok + 8)
            break; /* places come in text order */
        if (q->tok_start <= m->tok || tok_is(t, q->tok_start - 1, "since"))
            continue;
        size_t k = m->tok + m->ntok;
        while (k < q->tok_start && !ev_is(c, k, EVR_BE) && !ev_is(c, k, EVR_AUX) &&
               t->toks[k].kind != TOK_PUNCT)
            k++;
        if (k == q->tok_start)
            return 1;
    }
    return 0;
}

/* Place p is part of m's noun phrase: right after "in", "of" or "at"
 * right after the trigger ("the genocide in Rwanda", "the genocide
 * committed in Srebrenica"), or after its
 * determiner ("the Halabja chemical attack"): what a remembered
 * event keeps of its sentence's places ("Survivors of the genocide
 * gathered in Kigali" tells where they gathered). */
static int place_of_noun(const ev_ctx *c, const rec_place *p, const ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t end = m->tok + m->ntok;
    if (p->tok_end <= m->tok) /* "the Halabja chemical attack": between the
                               * determiner and the trigger, one word apart */
        return m->tok - p->tok_end <= 1 && p->tok_start > 0 &&
               ev_is(c, p->tok_start - 1, EVR_DEF);
    /* "the genocide committed in Srebrenica": a participle of doing it */
    size_t k = end + ev_done_participle(t, end);
    if (k > end && p->tok_start == k + 1 && (tok_is(t, k, "in") || tok_is(t, k, "at")))
        return 1;
    return p->tok_start == end + 1 &&
           (tok_is(t, end, "in") || tok_is(t, end, "of") || tok_is(t, end, "at"));
}

/* Place p is a country speaking: a verb of saying right after it ("The
 * Philippines said that Chinese coast guard personnel boarded ..."), or
 * after one "-ly" adverb or auxiliary: the source, not where. */
static int speaking_place(const ev_ctx *c, const rec_place *p)
{
    const text *t = &c->r->txt;
    size_t k = p->tok_end;
    if (k < t->ntoks && (tok_ly_adverb(t, k) || tok_in(t, k, &lex_en_event_auxiliaries)))
        k++;
    return k < t->ntoks && t->toks[k].sent == p->sent && ev_is(c, k, EVR_SAY);
}

/* "detained at the airport as he tried to leave for Dubai", "a flight
 * bound for Istanbul", "boarding buses for Colombo": where someone was
 * headed, no place of the deed. */
static int destination_of(const ev_ctx *c, const rec_place *p)
{
    const text *t = &c->r->txt;
    size_t i = p->tok_start;
    return i >= 2 && tok_is(t, i - 1, "for") &&
           (tok_is(t, i - 2, "leave") || tok_is(t, i - 2, "left") ||
            tok_is(t, i - 2, "leaving") || tok_is(t, i - 2, "bound") ||
            tok_is(t, i - 2, "depart") || tok_is(t, i - 2, "departed") ||
            tok_is(t, i - 2, "headed") || tok_is(t, i - 2, "heading") ||
            /* "as commuters were boarding buses for Colombo" */
            tok_is(t, i - 2, "buses") || tok_is(t, i - 2, "bus") ||
            tok_is(t, i - 2, "flight") || tok_is(t, i - 2, "flights") ||
            tok_is(t, i - 2, "train") || tok_is(t, i - 2, "trains"));
}

/* "pursued towards the border with Nigeria", "near the frontier with
 * Mali": the neighbour a border is shared with, no place of the deed. */
static int border_neighbour(const ev_ctx *c, const rec_place *p)
{
    const text *t = &c->r->txt;
    size_t i = p->tok_start;
    /* ("closed its borders with Mali": the borders of the one sanctioned) */
    return i >= 2 && tok_is(t, i - 1, "with") &&
           (tok_is(t, i - 2, "border") || tok_is(t, i - 2, "frontier"));
}

/* "A 27-year-old man from Swindon was arrested": a place after "from"
 * right after one person counted is where he comes from, not where (a
 * group "from" a place is often taken there: "civilians from Kuwait City
 * are being rounded up"). */
static int origin_of(const ev_ctx *c, const rec_place *p)
{
    const text *t = &c->r->txt;
    size_t i = p->tok_start;
    if (i < 2 || !tok_is(t, i - 1, "from"))
        return 0;
    EV_EACH(&c->figures_ix, p->sent, f) {
        const dl_figure *g = &c->r->figures[f].pub;
        if (c->r->figures[f].tok_end == i - 1 && g->has_value && g->value == 1)
            return 1;
    }
    return 0;
}

int ev_sentence_place(ev_ctx *c, size_t s, size_t tok, const ev_mention *m)
{
    /* what is remembered keeps only its own noun phrase's places */
    int memory = m && m->definite && (ev_remembered(c, m) || ev_after_point(c, m));
    const dl_record *r = c->r;
    int best = -1, bs = 0;
    EV_EACH(&c->places_ix, s, i) {
        const rec_place *p = &r->places[i];
        if (p->tok_end <= p->tok_start || ev_in_header(c, p->tok_start) ||
            country_of_doer(c, p, m) ||
            ev_place_in_actor(c, p, 1) || ev_hyphened_place(c, p) || actor_whereabouts(c, p) ||
            flight_goal(c, p) || agent_place(c, p) || ev_place_in_figure(c, p) ||
            premises_owner(c, p) || taken_to(c, p, m) || ev_landmark(c, p) ||
            anothers_place(c, p, m) || nationality_of(c, p) || origin_of(c, p) ||
            border_neighbour(c, p) || destination_of(c, p) ||
            (m && ev_in_report_clause(c, m, p->tok_start)) ||
            (memory && !place_of_noun(c, p, m)) ||
            speaking_place(c, p))
            continue;
        int sc = place_score(c, p, tok);
        if (best < 0 || sc > bs)
            best = (int)i, bs = sc;
    }
    return best < 0 ? best : inner_possessed(c, inner_before(r, best, s), s);
}
