/* kind.c - what an amount counts: killed, injured, arrested, ...
 *
 * In order: a verb after the group ("134 people were killed", "four crew
 * members died", "11 others wounded"), an active verb before the number
 * ("killing 24", "arrested about 300 protesters"), the group's own noun
 * ("30000 troops", "over 1,000 refugees"), then running counts (toll.c).
 * Event nouns ("24 fatalities") decide before all of these.
 * Verbs come from data/en/figure_verbs.txt, links from figure_links.txt. */
#include <string.h>

#include "../text/phrase_match.h"
#include "figures_int.h"
#include "lexicons.h"
#include "phrase.h"

size_t fig_verb_at(const fig_ctx *c, size_t i, const char *uses,
                   const char **kind)
{
    const lex_entry *e = NULL;
    size_t n = phrase_at(c->t, i, c->hi, &lex_en_figure_verbs, &e);
    char k[16], u[8];
    if (!n || lex_field(e->value, 0, k, sizeof k) <= 0 ||
        lex_field(e->value, 1, u, sizeof u) <= 0)
        return 0;
    for (const char *p = uses; *p; p++)
        if (strchr(u, *p)) {
            *kind = fig_kind_name(k);
            return *kind ? n : 0;
        }
    return 0;
}

/* After a verb read without an auxiliary: an object follows ("30 soldiers
 * killed 20 civilians"), so the verb is active and the number its subject. */
static int object_follows(const fig_ctx *c, size_t i)
{
    const text *t = c->t;
    if (i >= c->hi)
        return 0;
    if (t->toks[i].kind == TOK_NUM)
        return 1;
    static const char *dets[] = {"the", "a", "an", "his", "her", "their",
                                 "its", "two", "three", "several", "dozens",
                                 "at", "more", "about", "some", NULL};
    for (const char **d = dets; *d; d++)
        if (tok_is(t, i, *d))
            return 1;
    fig_group g;
    fig_group_read(c, i, 0, &g);
    return g.head == HEAD_PERSON;
}

/* " of the town" between a group and its verb ("487 inhabitants of the
 * town were wounded", "one peacekeeper from Chad was killed": a word of
 * data/en/figure_group_preps.txt): where the link or verb after it starts,
 * or i when there is none within four words. */
static size_t skip_of(const fig_ctx *c, size_t i)
{
    const text *t = c->t;
    if (i + 2 >= c->hi || !word_in(t, i, &lex_en_figure_group_preps) ||
        tok_is(t, i + 1, "whom") || tok_is(t, i + 1, "which"))
        return i;
    const char *kind;
    for (size_t k = i + 2; k < c->hi && k <= i + 5; k++) {
        if (t->toks[k - 1].kind != TOK_WORD)
            return i;
        if (tok_is(t, k - 1, "the") || tok_is(t, k - 1, "those"))
            continue; /* "of the wounded": a noun */
        if (phrase_at(t, k, c->hi, &lex_en_figure_links, NULL) ||
            fig_verb_at(c, k, "pi", &kind))
            /* "killed three peacekeepers from Burkina Faso and wounded
             * eight others": a verb after "and" is another clause's */
            return tok_is(t, k - 1, "and") ? i : k;
    }
    return i;
}

/* Token i is a lower-case word in "-ed" ("summoned"). */
static int t_ed_word(const text *t, size_t i)
{
    size_t n = tok_len(t, i);
    return t->toks[i].kind == TOK_WORD && !(t->toks[i].flags & TF_CAP) && n > 4 &&
           !strncmp(tok_str(t, i) + n - 2, "ed", 2);
}

/* Token i ends in "ing". */
static int ing_form(const text *t, size_t i)
{
    size_t n = tok_len(t, i);
    return n > 4 && !strncmp(tok_str(t, i) + n - 3, "ing", 3);
}

/* ", Aliyev Elvin and Mammadov Rauf," between a group and its verb: the
 * names of those counted, capitalised words joined by "and" or commas;
 * where the link or verb after them starts, or i when there is none. */
static size_t skip_names(const fig_ctx *c, size_t i)
{
    const text *t = c->t;
    if (i + 3 >= c->hi || !tok_punct(t, i, ',') || !(t->toks[i + 1].flags & TF_CAP))
        return i;
    const char *kind;
    for (size_t k = i + 1; k + 1 < c->hi && k <= i + 12; k++) {
        if (tok_punct(t, k, ','))
            return k + 1 < c->hi && (phrase_at(t, k + 1, c->hi, &lex_en_figure_links, NULL) ||
                                     fig_verb_at(c, k + 1, "pi", &kind))
                       ? k + 1 : i;
        if (t->toks[k].kind != TOK_WORD ||
            !((t->toks[k].flags & TF_CAP) || tok_is(t, k, "and")))
            return i;
    }
    return i;
}

/* After a relative clause's opening at j: the verb of a kind after the
 * first "was"/"were" (perhaps "later", an "-ly" adverb) within ten words
 * with no punctuation or verb of a kind before it; 0 when there is none. */
static size_t main_clause_verb(const fig_ctx *c, size_t j)
{
    const text *t = c->t;
    const char *kind;
    for (size_t k = j; k < c->hi && k < j + 10; k++) {
        if (t->toks[k].kind == TOK_PUNCT || fig_verb_at(c, k, "pi", &kind))
            return 0;
        if (!tok_is(t, k, "were") && !tok_is(t, k, "was"))
            continue;
        size_t v = k + 1;
        if (v < c->hi && (tok_is(t, v, "later") || tok_ly_adverb(t, v)))
            v++;
        return v < c->hi && fig_verb_at(c, v, "p", &kind) ? v : 0;
    }
    return 0;
}

/* A verb after the group, past links: "were killed", "have reportedly been
 * detained", "died", "dead". Returns 1 with the kind and rule (2 when it
 * is a relative clause's: "people who had gathered"), -1 when the group is
 * the subject of an active verb ("two soldiers killed three"). */
static int verb_after(const fig_ctx *c, size_t i, fig_reading *rd)
{
    size_t j = skip_names(c, skip_of(c, fig_skip_aside(c, i))), links = 0;
    const lex_entry *e;
    size_t n;
    int rel = 0;
    for (int k = 0; k < 6; k++) {
        if ((n = phrase_at(c->t, j, c->hi, &lex_en_figure_links, &e))) {
            j += n;
            if (strcmp(e->value, "rel"))
                links++;
            else
                rel = 1;
        }
        else if (tok_ly_adverb(c->t, j) && !fig_verb_at(c, j, "pi", &(const char *){NULL}) &&
                 (links || (k == 0 && fig_verb_at(c, j + 1, "pi", &(const char *){NULL}))))
            j++; /* "have been illegally detained", "were brutally killed"
                  * (not "forcibly transferred", a verb of its own); with
                  * no auxiliary, right before the verb: "33 journalists
                  * currently behind bars", "12 people reportedly killed" */
        else
            break;
    }
    const char *kind = NULL;
    /* "have been summoned or arrested": the verb of a kind after "or" */
    if (!fig_verb_at(c, j, "pi", &kind) && j + 2 < c->hi && links &&
        t_ed_word(c->t, j) && (tok_is(c->t, j + 1, "or") || tok_is(c->t, j + 1, "and")) &&
        fig_verb_at(c, j + 2, "p", &kind))
        j += 2;
    /* "two armed militants who opened fire on the forces were
     * neutralised": past a relative clause with no verb of a kind, the
     * main clause's "were" and its verb (no punctuation between) */
    if (rel && !links && !fig_verb_at(c, j, "pi", &kind)) {
        size_t k = main_clause_verb(c, j);
        if (k) {
            j = k, rel = 0, links = 1;
        }
    }
    if (!(n = fig_verb_at(c, j, "pi", &kind)))
        return 0;
    if (ing_form(c->t, j + n - 1)) {
        /* "10 other people fleeing Cuba drowned": a participle describes
         * the group; a finite verb soon after says what happened to it */
        for (size_t k = j + n; k < c->hi && k < j + n + 5; k++) {
            const char *later = NULL;
            size_t m = fig_verb_at(c, k, "pi", &later);
            if (m && !ing_form(c->t, k + m - 1)) {
                kind = later, j = k, n = m;
                break;
            }
        }
    }
    /* no auxiliary and an object after: active ("200 people held a vigil") */
    if (!links && !fig_verb_at(c, j, "i", &(const char *){NULL}) &&
        object_follows(c, j + n))
        return -1;
    rd->kind = kind;
    rd->rule = links ? "fig_passive" : "fig_group_verb";
    return rel ? 2 : 1;
}

/* Where the amount at `start` begins with the possessive before it
 * ("his three sons"), or start. */
static size_t with_possessive(const fig_ctx *c, size_t start)
{
    return start > c->lo && word_in(c->t, start - 1, &lex_en_figure_possessives)
               ? start - 1 : start;
}

/* An active verb just before the amount: "killing 24", "injured four
 * others", "arrested about 300 protesters", "killed his three sons". */
static int verb_before(const fig_ctx *c, const fig_amount *am, fig_reading *rd)
{
    size_t start = with_possessive(c, am->start);
    for (size_t n = 4; n >= 1; n--) {
        if (start < c->lo + n)
            continue;
        const char *kind = NULL;
        if (fig_verb_at(c, start - n, "a", &kind) == n) {
            rd->kind = kind;
            rd->rule = "fig_active";
            return 1;
        }
    }
    return 0;
}

/* "at least two children were among the 34 people killed": a part of a
 * group counted after "among the" (a number, its noun, its verb); the
 * kind is that verb's. k is after "the". */
static int among_counted(const fig_ctx *c, size_t k, fig_reading *rd)
{
    const text *t = c->t;
    if (k >= c->hi || !(t->toks[k].kind == TOK_NUM || word_in(t, k, &lex_en_numbers)))
        return 0;
    for (size_t i = k + 1; i < c->hi && i <= k + 5; i++) {
        if (t->toks[i].kind == TOK_PUNCT)
            return 0;
        const char *kind = NULL;
        if (fig_verb_at(c, i, "p", &kind) && kind) {
            rd->kind = kind;
            rd->rule = "fig_subset";
            return 1;
        }
    }
    return 0;
}

/* A subset of a group counted before it: "including 5 children", "two
 * soldiers among them", "31 soldiers were among the wounded". Its kind is
 * named ("among the wounded") or that of the figure before it. */
static int subset(const fig_ctx *c, const fig_amount *am, fig_reading *rd)
{
    const lex_entry *e = NULL;
    size_t j0 = rd->g.end > rd->g.start ? rd->g.end : am->end, j = j0, n;
    /* "including 5 children"; "Among the dead were 12 children": a
     * form of "be" between */
    size_t at = am->start;
    if (at > c->lo + 1 && (tok_is(c->t, at - 1, "were") || tok_is(c->t, at - 1, "was") ||
                           tok_is(c->t, at - 1, "are") || tok_is(c->t, at - 1, "is")) &&
        phrase_before(c->t, at - 1, c->lo, &lex_en_figure_subset, &e) &&
        !strncmp(e->key, "among", 5))
        at--;
    /* "Of the wounded, 12 are in critical condition": a comma between;
     * "Of these, 101 deaths were recorded": so too opening the sentence */
    if (at > c->lo + 1 && tok_punct(c->t, at - 1, ',') &&
        phrase_before(c->t, at - 1, c->lo, &lex_en_figure_subset, &e) &&
        (!strncmp(e->key, "of the", 6) || at - 1 - c->lo <= 3))
        at--;
    if (!phrase_before(c->t, at, c->lo, &lex_en_figure_subset, &e)) {
        while ((n = phrase_at(c->t, j, c->hi, &lex_en_figure_links, NULL)))
            j += n;
        if (tok_is(c->t, j, "among") && tok_is(c->t, j + 1, "the") &&
            among_counted(c, j + 2, rd))
            return 1;
        if (tok_is(c->t, j, "including") ||
            !phrase_at(c->t, j, c->hi, &lex_en_figure_subset, &e))
            return 0;
    }
    const char *kind = strcmp(e->value, "-") ? fig_kind_name(e->value)
                                             : c->prev_kind;
    /* "13 hostages were released. Among them are four children": the
     * previous sentence's count, for a subset opening the sentence */
    if (!kind && !strcmp(e->value, "-") && !c->prev_kind && at > c->lo &&
        at - c->lo <= 3 && (!strncmp(e->key, "among", 5) || !strncmp(e->key, "of th", 5)))
        kind = c->before_kind;
    /* "1,275 were taken hostage, of whom 150 remain missing", "three of
     * the wounded died": a verb of its own says what happened to the part */
    fig_reading own = *rd;
    const char *whole = kind;
    if (kind && verb_after(c, j0, &own) > 0)
        kind = own.kind;
    /* "detained 17 men and executed 6 of them": the verb before the part */
    else if (kind && verb_before(c, am, &own) && own.kind)
        kind = own.kind;
    if (!kind)
        return 0;
    rd->kind = kind;
    /* "Two of the wounded later died": a part of the wounded, but deaths of
     * their own, to count with the dead (no part of a count of its kind) */
    rd->rule = whole && strcmp(whole, kind) ? "fig_part_other_kind" : "fig_subset";
    /* "Two of the hostages were freed": whom the part is of, when the
     * phrase names them (not "of them", "of those killed") */
    if (rd->g.end <= rd->g.start && !strncmp(e->key, "of the ", 7) &&
        phrase_at(c->t, am->end, c->hi, &lex_en_figure_subset, NULL) == 3) {
        fig_group g;
        fig_group_read(c, am->end + 2, 0, &g);
        if (g.head == HEAD_PERSON && !g.anonymous && g.end > g.start)
            rd->g = g;
    }
    return 1;
}

/* "the killing of 3 journalists", "the arrest of 12 activists", "injuries
 * to 27 people". */
static int event_of(const fig_ctx *c, const fig_amount *am, fig_reading *rd)
{
    const lex_entry *e = NULL;
    size_t k = am->start;
    if (k < c->lo + 2 || !(tok_is(c->t, k - 1, "of") || tok_is(c->t, k - 1, "to")) ||
        !phrase_before(c->t, k - 1, c->lo, &lex_en_figure_event_nouns, &e))
        return 0;
    /* "endanger the lives of", "saved the lives of": lives kept, no
     * deaths (data/en/figure_life_keepers.txt) */
    size_t v = k - 2;
    if (v > c->lo && tok_is(c->t, v, "lives")) {
        size_t w = v - 1;
        if (w > c->lo && tok_is(c->t, w, "the"))
            w--;
        if (word_in(c->t, w, &lex_en_figure_life_keepers))
            return 0;
    }
    char kind[16];
    lex_field(e->value, 0, kind, sizeof kind);
    rd->kind = fig_kind_name(kind);
    rd->rule = "fig_event_of";
    return rd->kind != NULL;
}

int fig_victim_kind(const char *k)
{
    return !strcmp(k, "killed") || !strcmp(k, "injured") || !strcmp(k, "arrested") ||
           !strcmp(k, "missing") || !strcmp(k, "hostages") || !strcmp(k, "displaced");
}

/* "14 soldiers and 4 civilians were injured": the first of two groups
 * joined by "and" shares the verb after the second, when it says what
 * befell them (a victim's kind): 1 with its kind in rd, else 0. */
static int shared_verb(const fig_ctx *c, size_t i, fig_reading *rd)
{
    const text *t = c->t;
    size_t n = i + 1;
    if (n < c->hi && word_in(t, n, &lex_en_figure_possessives))
        n++; /* "a woman and her two children were killed" */
    if (n + 1 >= c->hi || !tok_is(t, i, "and") ||
        !(t->toks[n].kind == TOK_NUM || word_in(t, n, &lex_en_numbers) ||
          tok_is(t, n, "a") || tok_is(t, n, "an")))
        return 0;
    for (size_t k = i + 2; k < c->hi && k <= i + 9; k++) {
        if (t->toks[k].kind == TOK_PUNCT && !tok_punct(t, k, '-'))
            return 0;
        fig_reading own = *rd;
        if (verb_after(c, k, &own) > 0) {
            if (!own.kind || !fig_victim_kind(own.kind))
                return 0;
            rd->kind = own.kind;
            rd->rule = "fig_shared_verb";
            return 1;
        }
    }
    return 0;
}

/* "killed 2 soldiers and 1 civilian": the second object shares the verb of
 * the figure just before it. */
static int coordinated(const fig_ctx *c, const fig_amount *am, fig_reading *rd)
{
    /* "50 hostages and 150 prisoners": a noun names only its own group */
    if (!c->prev_kind || am->start <= c->prev_end || c->prev_noun)
        return 0;
    for (size_t k = c->prev_end, e = with_possessive(c, am->start); k < e; k++)
        if (!tok_is(c->t, k, "and") && !tok_punct(c->t, k, ','))
            return 0; /* "a woman and her two children" */
    /* "..., including 22 French nationals, and more than 150 hostages have
     * been taken": a noun of another victim's kind, or a verb of its own,
     * opens a clause of its own ("killed 2 soldiers and 3 policemen" still
     * shares the verb) */
    fig_reading own = *rd;
    if ((rd->g.kind && fig_victim_kind(rd->g.kind) && strcmp(rd->g.kind, c->prev_kind)) ||
        verb_after(c, rd->g.end > rd->g.start ? rd->g.end : am->end, &own) > 0)
        return 0;
    rd->kind = c->prev_kind;
    /* a part named in the aside after the group ("three people, two
     * protesters and a police officer, were killed") is a subset */
    rd->rule = c->prev_subset || am->start < c->prev_aside_end ? "fig_subset"
                                                                : "fig_coordinated";
    return 1;
}

/* A group its noun alone would count that is no count of people: "the
 * two forces" (units below ten, data/en/figure_unit_nouns.txt) or a sum
 * of losses ("combat losses ... amounted to 1,200 personnel",
 * data/en/figure_loss_words.txt before it in the sentence). */
static int units_or_losses(const fig_ctx *c, const fig_amount *am, const fig_group *g)
{
    if (am->has_value && am->value < 10 && g->end > g->start &&
        word_in(c->t, g->end - 1, &lex_en_figure_unit_nouns))
        return 1;
    /* the loss word heads the count's clause: no comma between them
     * ("Despite heavy losses, 5,000 troops advanced" counts the troops) */
    for (size_t k = am->start; k-- > c->lo;) {
        if (tok_punct(c->t, k, ',') || tok_punct(c->t, k, ';'))
            return 0;
        if (word_in(c->t, k, &lex_en_figure_loss_words))
            return 1;
    }
    return 0;
}

/* "Gunmen numbering about 100", "protesters numbering some 5,000": the
 * size of a group named before "numbering" or "numbered" (both words of
 * data/en/figure_strength_words.txt): its noun's kind, or forces for an
 * armed group (data/en/figure_armed_nouns.txt). */
static int strength_before(const fig_ctx *c, const fig_amount *am, fig_reading *rd)
{
    const text *t = c->t;
    size_t k = am->start;
    if (k < c->lo + 2 || !word_in(t, k - 1, &lex_en_figure_strength_words))
        return 0;
    size_t n = k - 2;
    const lex_entry *e = tok_lex(t, n, &lex_en_figure_nouns);
    const char *kind = e && strcmp(e->value, "-") ? fig_kind_name(e->value)
                       : word_in(t, n, &lex_en_figure_armed_nouns) ? "forces" : NULL;
    if (!kind)
        return 0;
    rd->kind = kind;
    rd->rule = "fig_strength";
    rd->g.start = n;
    rd->g.end = n + 1;
    rd->g.head = HEAD_PERSON;
    return 1;
}

int fig_read_kind(const fig_ctx *c, const fig_amount *am, fig_reading *rd)
{
    memset(rd, 0, sizeof *rd);
    fig_group *g = &rd->g;
    fig_group_read(c, am->end, !am->has_value, g);
    if (am->strong) { /* "a 5,000-strong force" */
        rd->kind = "forces";
        rd->rule = "fig_strong";
        return 1;
    }
    if (g->head == HEAD_THING)
        return 0; /* "59 cruise missiles", "3 days" */
    if (!am->negated && !am->prefix && subset(c, am, rd))
        return 1;
    if (am->prefix) { /* "mass arrests" */
        if (g->head != HEAD_EVENT || g->start != am->end)
            return 0;
        rd->kind = g->kind;
        rd->rule = "fig_vague_event";
        return rd->kind != NULL;
    }
    if (g->head == HEAD_EVENT && g->kind) {
        rd->kind = g->kind;
        rd->rule = "fig_event_noun";
        return 1;
    }
    if (am->negated == 2 && g->head != HEAD_PERSON && g->head != HEAD_UNKNOWN)
        return 0; /* "no" needs a group: "no civilians were hurt" */
    int after = verb_after(c, g->end, rd);
    if (after > 0 && tok_punct(c->t, g->end, ',')) {
        size_t e = fig_skip_count_aside(c, g->end);
        rd->aside_end = e > g->end ? e : 0;
    }
    /* "killed more than 100 people, including children, who had gathered":
     * the verb before the number says what happened to them, the relative
     * clause who they were */
    fig_reading before = *rd;
    if (after == 2 && !am->negated && verb_before(c, am, &before)) {
        *rd = before;
        return 1;
    }
    if (after)
        return after > 0; /* the doers of a killing are not counted here */
    /* "132 martyrs and 252 injured": a noun that names what befell them
     * shares no verb of the next group */
    int own = g->head == HEAD_PERSON && g->kind && fig_victim_kind(g->kind);
    if (!am->negated && (verb_before(c, am, rd) || event_of(c, am, rd) ||
                         coordinated(c, am, rd) || (!own && shared_verb(c, g->end, rd)) ||
                         fig_gapped(c, am, rd)))
        return 1;
    if (g->head == HEAD_PERSON && g->done) { /* "rescued 42 kidnapped hostages" */
        rd->kind = g->done;
        rd->rule = "fig_participle";
        return 1;
    }
    if (g->head == HEAD_PERSON && g->kind && !units_or_losses(c, am, g)) {
        rd->kind = g->kind;
        rd->rule = "fig_group_noun";
        return 1;
    }
    if (g->head == HEAD_NONE && fig_read_toll(c, am, rd))
        return 1;
    if (g->head == HEAD_NONE && !am->negated && strength_before(c, am, rd))
        return 1;
    return 0;
}
