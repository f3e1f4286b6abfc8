/* triggers.c - find the words that name events (data/en/event_triggers.txt).
 *
 * Scans the body's tokens in order, longest phrase first, and records one
 * mention per trigger with its type, mode, flags and determiner. It does not
 * decide which event a mention belongs to (merging.c) or what fills its
 * slots (slots.c). */
#include <string.h>

#include "events.h"
#include "lexicons.h"
#include "../text/phrase_match.h"

#define EV_FORCES_AFTER 6 /* tokens after a "mil" trigger its forces may stand */

static unsigned parse_flags(const char *s)
{
    /* the flags field, words joined by commas: one pass, each word
     * compared whole */
    static const struct {
        const char *w;
        unsigned f;
    } names[] = {{"mil", EVF_MIL},         {"ref", EVF_REF},       {"toll", EVF_TOLL},
                 {"det", EVF_DET},         {"foreign", EVF_FOREIGN}, {"aimed", EVF_AIMED},
                 {"noun", EVF_NOUN},       {"wide", EVF_WIDE},     {"people", EVF_PEOPLE},
                 {"impact", EVF_IMPACT},   {"light", EVF_LIGHT},   {"mutual", EVF_MUTUAL},
                 {"now", EVF_NOW}};
    unsigned f = 0;
    while (*s) { /* most triggers: no flags, no loop */
        size_t n = strcspn(s, ",");
        for (size_t k = 0; k < sizeof names / sizeof *names; k++)
            if (strlen(names[k].w) == n && !memcmp(names[k].w, s, n))
                f |= names[k].f;
        s += n + (s[n] == ',');
    }
    return f;
}

/* Where weapons named before token j are aimed: a target word or "at"
 * at j, after a passive ("missiles were thrown at officers"), or after
 * "and" and the next weapons of the list ("launched 16 drones and two
 * ballistic missiles against Ukraine"); 0 if nowhere. */
static size_t aim_after(const ev_ctx *c, size_t j, size_t sent)
{
    const text *t = &c->r->txt;
    /* "missiles were thrown at officers": a passive between */
    if (j + 2 < t->ntoks && t->toks[j + 2].sent == sent && ev_is(c, j, EVR_BE) &&
        tok_in(t, j + 1, &lex_en_event_aim_verbs) &&
        (ev_is(c, j + 2, EVR_TARGET) || tok_is(t, j + 2, "at")))
        return j + 2;
    size_t end = j + 1 < t->ntoks && tok_is(t, j, "and") ? j + 7 : j + 1;
    for (size_t k = j; k < end && k + 1 < t->ntoks && t->toks[k].sent == sent; k++) {
        if (ev_is(c, k, EVR_TARGET) || tok_is(t, k, "at"))
            return k;
        if (t->toks[k].kind == TOK_PUNCT)
            break;
    }
    return 0;
}

/* A time expression starts at token k, or right after "the" there. */
static int time_at(const ev_ctx *c, size_t k)
{
    const dl_record *r = c->r;
    EV_EACH(&c->times_ix, r->txt.toks[k].sent, i) {
        size_t s = r->times[i].tok_start;
        if (s == k || (s == k + 1 && tok_is(&r->txt, k, "the")))
            return 1;
    }
    return 0;
}

/* Token k lies inside a time expression ("ABUJA, March 3": the month is no
 * march; "Fall 2021"). */
static int in_time(const ev_ctx *c, size_t k)
{
    const dl_record *r = c->r;
    EV_EACH(&c->times_ix, r->txt.toks[k].sent, i)
        if (r->times[i].tok_start <= k && k < r->times[i].tok_end)
            return 1;
    return 0;
}

/* A person's name at token k: two capitalised words or more, in the
 * sentence, where no place begins ("released Alexei Navalny", not
 * "released New York"). */
static int person_named_at(const ev_ctx *c, size_t k, size_t sent)
{
    const text *t = &c->r->txt;
    if (k + 1 >= t->ntoks || t->toks[k + 1].sent != sent)
        return 0;
    for (size_t j = k; j <= k + 1; j++)
        if (t->toks[j].kind != TOK_WORD || !(t->toks[j].flags & TF_CAP) ||
            (t->toks[j].flags & TF_UPPER))
            return 0;
    EV_EACH(&c->places_ix, sent, i)
        if (c->r->places[i].tok_start == k)
            return 0;
    return 1;
}

/* People right after a "people" trigger ending at token k: a figure or an
 * actor within a few words, a noun such as "hostages" after "the",
 * "all" ("the release of 13 hostages", "of all detainees"; not "the
 * release of the report"), or when `names`, a person's name ("sentenced
 * Aung San Suu Kyi"). */
static int people_after(const ev_ctx *c, size_t k, size_t sent, int names)
{
    const dl_record *r = c->r;
    EV_EACH(&c->figures_ix, sent, i)
        if (r->figures[i].tok_start >= k && r->figures[i].tok_start < k + 4)
            return 1;
    EV_EACH(&c->actors_ix, sent, i)
        if (r->actors[i].tok_start >= k && r->actors[i].tok_start < k + 3)
            return 1;
    const text *t = &r->txt;
    if (names && person_named_at(c, k, sent))
        return 1; /* "sentenced Aung San Suu Kyi" */
    for (size_t j = k; j < k + 4 && j < t->ntoks && t->toks[j].sent == sent; j++) {
        const lex_entry *e = t->toks[j].kind == TOK_WORD ? tok_lex(t, j, &lex_en_figure_nouns) : NULL;
        if (e)
            return 1;
        if (!ev_is(c, j, EVR_DEF) && !ev_is(c, j, EVR_INDEF) && !tok_is(t, j, "all") &&
            !tok_is(t, j, "remaining") && t->toks[j].kind != TOK_NUM &&
            !tok_in(t, j, &lex_en_numbers)) /* "sentenced three activists" */
            return 0;
    }
    return 0;
}

/* A count of hostages right after the trigger [i, i + n) or right before
 * it, an auxiliary between ("seized 27 students", "27 students were
 * seized"). */
static int hostages_beside(const ev_ctx *c, size_t i, size_t n, size_t sent)
{
    const dl_record *r = c->r;
    EV_EACH(&c->figures_ix, sent, k) {
        const rec_figure *f = &r->figures[k];
        if (strcmp(f->pub.kind, "hostages"))
            continue;
        if ((f->tok_start >= i + n && f->tok_start < i + n + 4) ||
            (f->tok_end <= i && i - f->tok_end <= 2))
            return 1;
    }
    return 0;
}

static int is_armed_sector(const char *s)
{
    return ev_state_force(s) || (s && !strcmp(s, "rebels"));
}

/* Armed forces do what a "mil" trigger says ("troops moved", "dispatched
 * a team of peacekeepers"): an armed actor or a count of forces before it
 * in its sentence, or a word such as "troops" before it or just after. */
static int forces_at(const ev_ctx *c, size_t s, size_t tok)
{
    const dl_record *r = c->r;
    EV_EACH(&c->actors_ix, s, i)
        if (r->actors[i].tok_end <= tok &&
            is_armed_sector(r->actors[i].pub.sector))
            return 1;
    EV_EACH(&c->figures_ix, s, i)
        if (r->figures[i].tok_end <= tok &&
            r->figures[i].pub.kind && !strcmp(r->figures[i].pub.kind, "forces"))
            return 1;
    const sentence *se = &r->txt.sents[s];
    size_t end = tok + EV_FORCES_AFTER < se->tok_end ? tok + EV_FORCES_AFTER : se->tok_end;
    for (size_t i = se->tok_start; i < end; i++)
        if (r->txt.toks[i].kind == TOK_WORD && !(r->txt.toks[i].flags & TF_CAP && i > se->tok_start) &&
            ev_is(c, i, EVR_FORCE))
            return 1;
    return 0;
}

/* "Russia struck Kramatorsk": a country right before the verb at token
 * i and a place right after it (perhaps after "the"): a state's forces
 * struck a place. */
static int state_strikes_place(const ev_ctx *c, size_t i, size_t n)
{
    const dl_record *r = c->r;
    size_t s = r->txt.toks[i].sent, after = i + n;
    if (after < r->txt.ntoks && tok_is(&r->txt, after, "the"))
        after++;
    int country = 0, place = 0;
    EV_EACH(&c->places_ix, s, k) {
        const rec_place *p = &r->places[k];
        country |= p->tok_end == i && p->pub.kind && !strcmp(p->pub.kind, "country");
        place |= p->tok_start == after;
    }
    return country && place;
}

/* "This was a brutal and senseless attack", "\"It was an attack on all
 * of us\"": a sentence or quotation opening with "this"/"it", a form of
 * "to be" and "a", and the trigger a few words on, calls the event just
 * told by a name; it tells no new one. */
static int called_back(const ev_ctx *c, const ev_mention *m, size_t prev_end)
{
    const text *t = &c->r->txt;
    for (size_t k = m->tok; k > prev_end && k + 6 > m->tok; k--) {
        size_t i = k - 1; /* the article */
        if (!ev_is(c, i, EVR_INDEF))
            continue;
        if (i < 2 || !ev_is(c, i - 1, EVR_BE) ||
            !(tok_is(t, i - 2, "it") || tok_is(t, i - 2, "this")))
            return 0;
        size_t s = i - 2;
        return s == t->sents[m->sent].tok_start || (s > 0 && tok_punct(t, s - 1, '"'));
    }
    return 0;
}

/* An attack or show of force is named among the first n mentions: "the
 * rockets" after it are its weapons ("The missiles landed in the sea"
 * alone tells a launch). */
static int strike_before(const ev_ctx *c, size_t n)
{
    /* backwards: the nearest is found first, a run of such weapons in one
     * step each */
    for (size_t k = n; k-- > 0;)
        if (!strcmp(c->m[k].type, "ASSAULT") || !strcmp(c->m[k].type, "MOBILIZE"))
            return 1;
    return 0;
}

/* An actor of sentence sent ends at token e. */
static int actor_ends_at(const ev_ctx *c, size_t e, size_t sent)
{
    EV_EACH(&c->actors_ix, sent, a)
        if (c->r->actors[a].tok_end == e && c->r->actors[a].tok_end > c->r->actors[a].tok_start + 1)
            return 1;
    return 0;
}

/* "the operation", "this crime" (definite) or "a military operation"
 * (indefinite): look back over a few modifiers for a determiner. A verb
 * ("the troops moved") has no determiner of its own. */
static void determiner(const ev_ctx *c, ev_mention *m, size_t prev_end)
{
    const text *t = &c->r->txt;
    if (called_back(c, m, prev_end)) {
        m->definite = 1;
        return;
    }
    if (ev_ends_in_ed(t, m->tok + m->ntok - 1) || ev_ends_in_ed(t, m->tok)) {
        /* "those detained", "the wounded", "those arbitrarily detained":
         * people of an event named */
        size_t d = m->tok;
        while (d > prev_end + 1 && d - 1 > 0 && tok_ly_adverb(t, d - 1))
            d--;
        if (d > prev_end && d > 0 && t->toks[d - 1].sent == m->sent &&
            (tok_is(t, d - 1, "those") || tok_is(t, d - 1, "the")))
            m->definite = 1;
        /* "rescued 42 kidnapped hostages": between a count and its noun,
         * what was done to the people counted */
        size_t after = m->tok + m->ntok;
        if (m->ntok == 1 && m->tok > prev_end && m->tok > 0 && after < t->ntoks &&
            t->toks[m->tok - 1].sent == m->sent && t->toks[after].kind == TOK_WORD &&
            t->toks[after].sent == m->sent &&
            (t->toks[m->tok - 1].kind == TOK_NUM ||
             (t->toks[m->tok - 1].kind == TOK_WORD && tok_lex(t, m->tok - 1, &lex_en_numbers))))
            m->definite = m->prenominal = 1;
        return;
    }
    /* "three attacks", "12 raids": a count makes a plural noun, indefinite
     * unless a definite word stands before it ("the three attacks"); not
     * a participle ("11,000 flown in") */
    size_t last = m->tok + m->ntok - 1; /* "1,710 ceasefire violations" */
    const char *w = tok_str(t, last);
    if (w[tok_len(t, last) - 1] == 's' && m->tok > prev_end && m->tok > 0 &&
        t->toks[m->tok - 1].sent == m->sent &&
        (t->toks[m->tok - 1].kind == TOK_NUM ||
         (t->toks[m->tok - 1].kind == TOK_WORD && tok_lex(t, m->tok - 1, &lex_en_numbers)))) {
        size_t i = m->tok - 1;
        if (i > prev_end && ev_is(c, i - 1, EVR_DEF))
            m->definite = 1;
        else
            m->indefinite = 1;
        /* "fired at least 10 missiles": a light verb before the count's
         * qualifier */
        for (size_t k = 0; k <= 2 && k < i && i - k > prev_end && !m->light; k++)
            m->light = ev_cue_before(c, i - k, 3, EVR_LIGHT) != (size_t)-1;
        /* "launched 16 drones and two ballistic missiles": the light verb
         * before the object this one is listed with */
        if (!m->light && i > prev_end + 2 && tok_is(t, i - 1, "and"))
            for (size_t j = i - 2; j + 6 >= i && j > prev_end && !m->light; j--)
                m->light = ev_cue_before(c, j, 3, EVR_LIGHT) != (size_t)-1;
        return;
    }
    /* three words back, a hyphened one in lower case ("large-scale", not
     * "the Nagorno-Karabakh conflict") counting as one */
    int only_indef = 0; /* past a force word or a hyphened one: "a" only */
    for (size_t k = 1, hy = 0; k <= 3 + 2 * hy && k <= m->tok && m->tok - k >= prev_end; k++) {
        if (k > 3)
            only_indef = 1;
        size_t i = m->tok - k;
        const token *tk = &t->toks[i];
        hy += tok_punct(t, i, '-') && hy < 2 && i > 0 && !(t->toks[i - 1].flags & TF_CAP) &&
              !(t->toks[i + 1].flags & TF_CAP);
        if (tk->sent != m->sent)
            return;
        if (tk->kind == TOK_PUNCT && !tok_punct(t, i, '-'))
            return;
        /* "the Armed Forces of the Russian Federation struck": before a
         * verb (a past form: "-ed" or listed, actor_after_noun.txt) the
         * article is the name's, which ends right before the trigger;
         * "the Security Council embargo" keeps it */
        if (k == 1 && (tk->flags & TF_CAP) &&
            (ev_ends_in_ed(t, m->tok) || tok_in(t, m->tok, &lex_en_actor_after_noun)) &&
            actor_ends_at(c, i + 1, m->sent))
            return;
        uint32_t ro = ev_roles(c, i);
        if (ro & (EV_ROLE(EVR_DEF) | EV_ROLE(EVR_INDEF))) {
            if (only_indef && (ro & EV_ROLE(EVR_DEF)))
                return; /* "the military would respond", "its long-range missiles" */
            if (ro & EV_ROLE(EVR_DEF))
                m->definite = 1;
            else
                m->indefinite = 1;
            m->light = ev_cue_before(c, i, 3, EVR_LIGHT) != (size_t)-1;
            return;
        }
        const uint32_t stops = EV_ROLE(EVR_FORCE) | EV_ROLE(EVR_BE) | EV_ROLE(EVR_AGENT) |
                               EV_ROLE(EVR_OBJ) | EV_ROLE(EVR_PLACE) | EV_ROLE(EVR_TARGET) |
                               EV_ROLE(EVR_AFTER) | EV_ROLE(EVR_STOP) | EV_ROLE(EVR_AUX);
        /* "a large-scale military aggression": a force word in the
         * singular right before the trigger may describe it */
        if (k == 1 && (ro & EV_ROLE(EVR_FORCE)) && !(ro & (stops & ~EV_ROLE(EVR_FORCE))) &&
            tok_str(t, i)[tok_len(t, i) - 1] != 's') {
            only_indef = 1;
            continue;
        }
        if (ro & stops)
            return;
    }
}

/* "in the aftermath of the events": the reference only anchors time. */
static int after_cue(const ev_ctx *c, const ev_mention *m)
{
    size_t end = m->tok;
    if (end > 0 && ev_is(c, end - 1, EVR_DEF))
        end--;
    return ev_cue_before(c, end, 5, EVR_AFTER) != (size_t)-1;
}

/* "during the dispersal": the reference dates its sentence's events. */
static int during_cue(const ev_ctx *c, const ev_mention *m)
{
    size_t end = m->tok;
    if (end > 0 && ev_is(c, end - 1, EVR_DEF))
        end--;
    return ev_cue_before(c, end, 3, EVR_DURING) != (size_t)-1;
}

/* An impact right after a weapon, or after one adverb between
 * ("missiles struck", "rockets reportedly hit", "shells fell on"). */
static int impact_after(const ev_ctx *c, size_t k, size_t sent)
{
    const text *t = &c->r->txt;
    if (k + 1 < t->ntoks && t->toks[k].sent == sent && tok_ly_adverb(t, k))
        k++;
    if (k >= t->ntoks || t->toks[k].sent != sent)
        return 0;
    return ev_is(c, k, EVR_IMPACT) ||
           ev_cue_at(t, k, t->sents[sent].tok_end, "impact") > 1;
}

/* A ban of data/en/event_bans.txt ends at most two words before token i
 * in its sentence. */
static int banned_before(const ev_ctx *c, size_t i)
{
    const text *t = &c->r->txt;
    size_t s = t->toks[i].sent;
    for (size_t gap = 0; gap <= 2; gap++) {
        if (i < gap + 1 || t->toks[i - gap - 1].sent != s)
            return 0;
        size_t end = i - gap; /* the ban ends before token end */
        for (size_t n = 1; n <= 2 && n <= end; n++)
            if (t->toks[end - n].sent == s &&
                phrase_lookup(t, end - n, n, &lex_en_event_bans, NULL))
                return 1;
        if (t->toks[i - gap - 1].kind != TOK_WORD)
            return 0;
    }
    return 0;
}

/* The plural trigger at [i, i + n) opens its sentence with no article,
 * only adjectives before it, and a verb of data/en/event_generic_verbs.txt
 * follows within twelve words, no punctuation between: deeds of a kind
 * spoken of in general ("Deliberate attacks against civilians are war
 * crimes"). */
static int generic_plural(const ev_ctx *c, size_t i, size_t n)
{
    const text *t = &c->r->txt;
    size_t s = t->toks[i].sent, e = i + n - 1, lo = t->sents[s].tok_start;
    if (tok_len(t, e) < 4 || tok_str(t, e)[tok_len(t, e) - 1] != 's' || i - lo > 2)
        return 0;
    for (size_t k = lo; k < i; k++)
        if (t->toks[k].kind != TOK_WORD || tok_is(t, k, "the") || tok_is(t, k, "these") ||
            tok_is(t, k, "those") || tok_is(t, k, "such"))
            return 0;
    for (size_t k = i + n; k < t->sents[s].tok_end && k < i + n + 12; k++) {
        if (t->toks[k].kind == TOK_PUNCT)
            return 0;
        /* ("Clashes are continuing", "Protests are planned": a deed told) */
        if (!(t->toks[k].flags & TF_CAP) &&
            phrase_lookup(t, k, 1, &lex_en_event_generic_verbs, NULL))
            return !(k + 1 < t->ntoks && t->toks[k + 1].kind == TOK_WORD &&
                     tok_len(t, k + 1) > 4 &&
                     (!strncmp(tok_str(t, k + 1) + tok_len(t, k + 1) - 3, "ing", 3) ||
                      !strncmp(tok_str(t, k + 1) + tok_len(t, k + 1) - 2, "ed", 2)));
        if (k + 1 < t->sents[s].tok_end &&
            phrase_lookup(t, k, 2, &lex_en_event_generic_verbs, NULL))
            return 1;
    }
    return 0;
}

/* "Two HIMARS rockets were also intercepted": after weapons ending at k,
 * a passive of data/en/event_interceptions.txt (an adverb may stand
 * after the auxiliary). */
static int intercepted_after(const ev_ctx *c, size_t k, size_t sent)
{
    const text *t = &c->r->txt;
    if (k + 1 >= t->ntoks || t->toks[k].sent != sent || !ev_is(c, k, EVR_BE))
        return 0;
    k++;
    if (k + 1 < t->ntoks && (tok_is(t, k, "also") || tok_ly_adverb(t, k)))
        k++;
    return k < t->ntoks && t->toks[k].sent == sent &&
           (phrase_lookup(t, k, 1, &lex_en_event_interceptions, NULL) ||
            (k + 1 < t->ntoks && phrase_lookup(t, k, 2, &lex_en_event_interceptions, NULL)));
}

static const char *field(dl_record *r, const char *value, int i)
{
    char buf[64];
    if (lex_field(value, i, buf, sizeof buf) <= 0)
        return NULL;
    return arena_strdup(r->a, buf);
}

/* "It did not give a death toll", "declined to provide casualty figures",
 * "has not commented on the number of casualties": a toll up to five
 * words after a verb that gives it, no punctuation between
 * (data/en/event_toll_givers.txt), with no count just after it ("gave a
 * death toll of 40"), tells of no casualties. */
static int toll_only_given(const ev_ctx *c, size_t i, size_t n)
{
    const dl_record *r = c->r;
    const text *t = &r->txt;
    size_t s = t->toks[i].sent, k;
    /* "has yet to comment on the killings": the deeds told, named again */
    if (i > 0 && tok_is(t, i - 1, "the"))
        return 0;
    for (k = i; k > 0 && i - k < 5 && t->toks[k - 1].sent == s &&
                t->toks[k - 1].kind == TOK_WORD; k--)
        if (tok_in(t, k - 1, &lex_en_event_toll_givers))
            break;
    if (k == 0 || i - k >= 5 || !tok_in(t, k - 1, &lex_en_event_toll_givers))
        return 0;
    for (size_t f = 0; f < r->nfigures; f++)
        if (r->figures[f].tok_start >= i + n && r->figures[f].tok_start <= i + n + 3 &&
            r->figures[f].sent == s)
            return 0;
    return 1;
}

static dl_status add_mention(ev_ctx *c, size_t i, size_t n, const lex_entry *e)
{
    dl_record *r = c->r;
    const text *t = &r->txt;
    char fl[32] = "";
    lex_field(e->value, 2, fl, sizeof fl);
    unsigned flags = parse_flags(fl);
    if (e->value[0] == '-' && !(flags & EVF_AIMED))
        return DL_OK; /* "riot police": not a trigger */
    if (ev_hyphened_at(c, i + n))
        return DL_OK; /* "the fought-over child", "war-torn": a modifier */
    /* "lift the ban on demonstrations", "banned protests": a protest
     * banned is none told (data/en/event_bans.txt, up to two words
     * before: "banned all protests", "a ban on public rallies") */
    if (!strncmp(e->value, "PROTEST|", 8) && banned_before(c, i))
        return DL_OK;
    if (generic_plural(c, i, n))
        return DL_OK; /* "Attacks on hospitals constitute war crimes" */
    /* "beaten by officers after they had surrendered": a surrender told
     * as the background of another deed, by a pronoun, is no event */
    if (e->value[0] == 'C' && strstr(e->value, "|surrender|") && i >= 2 &&
        tok_is(t, i - 1, "had") &&
        (tok_is(t, i - 2, "they") || tok_is(t, i - 2, "he") || tok_is(t, i - 2, "she")))
        return DL_OK;
    /* "detained for peaceful protest", "the right to peaceful protest":
     * protest as a right, no protest told (an article makes one: "a
     * peaceful protest") */
    if (n == 1 && tok_is(t, i, "protest") && i >= 2 && tok_is(t, i - 1, "peaceful") &&
        t->toks[i - 2].kind == TOK_WORD && !tok_is(t, i - 2, "a") &&
        !tok_is(t, i - 2, "the") && !tok_is(t, i - 2, "their") && !tok_is(t, i - 2, "this") &&
        !tok_is(t, i - 2, "its") && !tok_is(t, i - 2, "his") && !tok_is(t, i - 2, "her"))
        return DL_OK;
    /* "found the burned houses": a participle of a state between a
     * determiner and a noun (data/en/event_state_participles.txt) */
    if (n == 1 && i > 0 && i + 1 < t->ntoks && t->toks[i + 1].kind == TOK_WORD &&
        !(t->toks[i + 1].flags & TF_CAP) && t->toks[i + 1].sent == t->toks[i].sent &&
        tok_in(t, i, &lex_en_event_state_participles) &&
        (tok_is(t, i - 1, "the") || tok_is(t, i - 1, "a") || tok_is(t, i - 1, "their") ||
         tok_is(t, i - 1, "its") || tok_is(t, i - 1, "his") || tok_is(t, i - 1, "her")))
        return DL_OK;
    /* "an arrest warrant", "a deployment point": a noun of
     * data/en/event_compound_heads.txt after a one-word trigger */
    if (n == 1 && i + 1 < t->ntoks && t->toks[i + 1].sent == t->toks[i].sent &&
        (t->toks[i + 1].flags & TF_SPACE) && !(t->toks[i + 1].flags & TF_CAP) &&
        tok_in(t, i + 1, &lex_en_event_compound_heads) && !ev_ends_in_ed(t, i))
        return DL_OK;
    if ((flags & EVF_MIL) && !forces_at(c, t->toks[i].sent, i) && !state_strikes_place(c, i, n))
        return DL_OK;
    /* "a second strike hit the market": a word of many senses names an
     * attack only as it strikes something */
    if ((flags & EVF_IMPACT) && !impact_after(c, i + n, t->toks[i].sent))
        return DL_OK;
    if ((flags & EVF_TOLL) && toll_only_given(c, i, n))
        return DL_OK;
    /* "the missile was fired at 08:51", "fired at dawn": a time, no target */
    if (n > 1 && tok_is(t, i + n - 1, "at") && i + n < t->ntoks && time_at(c, i + n))
        return DL_OK;
    ev_mention *m = VEC_PUSH(r->a, c->m, c->nm, c->cap_m);
    if (!m)
        return DL_ENOMEM;
    m->type = field(r, e->value, 0);
    m->mode = field(r, e->value, 1);
    m->flags = flags;
    m->tok = i;
    m->ntok = n;
    m->sent = t->toks[i].sent;
    m->event = -1;
    m->rule = (flags & EVF_REF)    ? "trigger.reference"
              : (flags & EVF_MIL)  ? "trigger.with_forces"
              : (flags & EVF_TOLL) ? "trigger.casualties"
              : n > 1              ? "trigger.phrase"
                                   : "trigger.word";
    if (!m->type)
        return DL_ENOMEM;
    /* "launched two missiles at Odesa": weapons aimed at a target (not at
     * a time: "on Monday", "at dawn"); "missiles struck a power plant" */
    size_t aim = (flags & EVF_AIMED) ? aim_after(c, i + n, m->sent) : 0;
    if ((flags & EVF_AIMED) &&
        ((aim && !time_at(c, aim + 1)) || impact_after(c, i + n, m->sent) ||
         intercepted_after(c, i + n, m->sent))) {
        m->type = "ASSAULT";
        m->mode = m->mode && *m->mode ? m->mode : "explosives"; /* "mustard gas": CBRN */
        m->rule = "trigger.aimed";
    } else if (!strcmp(m->type, "-")) {
        c->nm--; /* "possess chemical weapons": arms aimed at nothing */
        return DL_OK;
    }
    /* "gunmen seized 27 students", "27 students were seized": people
     * seized are hostages, and the seizure an abduction */
    if (!strcmp(m->type, "COERCE") && m->mode && !strcmp(m->mode, "seize") &&
        hostages_beside(c, i, n, m->sent)) {
        m->type = "ASSAULT";
        m->mode = "abduct";
        m->rule = "trigger.people_seized";
    }
    /* a name after "released" may be a document's ("released New
     * Guidelines"); one sentenced is a person */
    if ((flags & EVF_PEOPLE) &&
        !people_after(c, i + n, m->sent, strcmp(m->type, "CONCEDE") != 0)) {
        c->nm--; /* "the release of the report": no people released */
        return DL_OK;
    }
    determiner(c, m, c->nm > 1 ? c->m[c->nm - 2].tok + c->m[c->nm - 2].ntok : 0);
    if ((flags & EVF_DET) && !m->definite && !m->indefinite) {
        c->nm--; /* "the world did not act": a verb, not "this act" */
        return DL_OK;
    }
    if ((flags & EVF_LIGHT) && !m->light) {
        c->nm--; /* "the release of the hostages": none taken here */
        return DL_OK;
    }
    if ((flags & EVF_AIMED) && m->definite && !strcmp(m->type, "MOBILIZE") &&
        strike_before(c, c->nm - 1)) {
        c->nm--; /* "Most of the rockets were destroyed": the weapons named */
        return DL_OK;
    }
    if (flags & EVF_REF)
        m->after = after_cue(c, m);
    if (m->definite || (flags & EVF_REF))
        m->during = during_cue(c, m);
    return DL_OK;
}

/* A capitalised word inside a sentence is a name ("March", "Operation
 * Desert Storm"), not a trigger; the first word of a sentence, or one after
 * a dash or bracket ("(Beirut) - Airstrikes hit"), may be capitalised,
 * unless it is part of a time expression ("ABUJA, March 3 -"). */
static int can_start(const ev_ctx *c, size_t i)
{
    const text *t = &c->r->txt;
    const token *tk = &t->toks[i];
    if (tk->kind != TOK_WORD || ev_in_header(c, i))
        return 0;
    if (!(tk->flags & (TF_CAP | TF_UPPER)))
        return 1;
    if (in_time(c, i))
        return 0; /* "March 12, 2024" on a line of its own */
    if (tk->flags & TF_SENT_START)
        return 1;
    if ((tk->flags & TF_UPPER) || i == 0 || t->toks[i - 1].kind != TOK_PUNCT)
        return 0;
    for (size_t k = t->sents[tk->sent].tok_start; k < i; k++)
        if (t->toks[k].kind == TOK_WORD && !(t->toks[k].flags & TF_CAP))
            return 0; /* a lower-case word before: inside the sentence (the
                       * numbers of a dateline's date are none) */
    return 1;
}

/* The first word at or after i whose hash may start a trigger
 * (lex_may_first of the trigger table, its fields read once), or ntoks:
 * the prefix test turns away most words, cheaply. */
static size_t next_start(const text *t, size_t i)
{
    const lex_table *tab = &lex_en_event_triggers;
    const uint8_t *bits = tab->first;
    const unsigned shift = 32u - (unsigned)tab->first_bits;
    const uint32_t mask = (1u << tab->first_bits) - 1;
    for (; i < t->ntoks; i++) {
        const token *k = &t->toks[i];
        uint32_t r = k->hash * LEX_HASH_MIX, b = r >> shift;
        if (!((bits[b >> 3] >> (b & 7)) & 1) || k->kind != TOK_WORD)
            continue;
        b = (r >> 2) & mask;
        if ((bits[b >> 3] >> (b & 7)) & 1)
            return i;
    }
    return i;
}

/* "launched a massive strike on Ukrainian cities, using more than 40
 * missiles": weapons in a sentence that names an attack are its weapons,
 * not a show of force of their own. */
static void weapons_of_attacks(ev_ctx *c)
{
    for (size_t i = 0; i < c->nm; i++) {
        ev_mention *m = &c->m[i];
        if (!(m->flags & EVF_AIMED) || strcmp(m->type, "MOBILIZE"))
            continue;
        /* the mentions of its sentence, in text order around it (a few
         * dozen at most: a hostile sentence of weapons stays linear) */
        size_t lo = i, hi = i + 1;
        while (lo > 0 && i - lo < 32 && c->m[lo - 1].sent == m->sent)
            lo--;
        while (hi < c->nm && hi - i < 32 && c->m[hi].sent == m->sent)
            hi++;
        for (size_t j = lo; j < hi; j++) {
            const ev_mention *o = &c->m[j];
            if (j != i && !(o->flags & (EVF_REF | EVF_AIMED)) && !strcmp(o->type, "ASSAULT")) {
                m->type = "ASSAULT";
                m->mode = "explosives";
                m->rule = "trigger.weapon";
                break;
            }
        }
    }
}

dl_status ev_find_triggers(ev_ctx *c)
{
    const text *t = &c->r->txt;
    for (size_t i = next_start(t, 0); i < t->ntoks; i = next_start(t, i)) {
        size_t n = 0;
        const lex_entry *e = NULL;
        if (can_start(c, i))
            e = ev_match(t, &lex_en_event_triggers, i,
                         t->sents[t->toks[i].sent].tok_end, &n);
        if (!e) {
            i++;
            continue;
        }
        dl_status st = add_mention(c, i, n, e);
        if (st)
            return st;
        i += n;
    }
    weapons_of_attacks(c);
    return DL_OK;
}
