/* forces.c - forces and groups of people written as common nouns: "Soviet
 * troops", "special forces", "security forces", "the army", "civilians",
 * "peaceful population", "demonstrators", "peacekeepers", "crew members";
 * and the side a national adjective gives arms ("a Russian missile").
 * The nouns and their sectors are data/en/actor_groups.txt; a demonym or
 * country before the noun, or "of COUNTRY/ORGANISATION" after it, gives
 * the country. Not for capitalised organisation names (orgs.c). */
#include <string.h>

#include "../text/phrase_match.h"
#include "actors.h"
#include "lexicons.h"

/* The country prefix at i, if any: "Soviet", "US", "Iran's", "Saudi-led".
 * Its tokens are counted in *n. */
static const char *prefix_country(actx *x, size_t i, size_t lim, size_t *n)
{
    const text *t = x->t;
    *n = 0;
    if (!act_cap(t, i))
        return NULL;
    const char *c = country_at(x, i, lim, n);
    if (!c) {
        *n = 0;
        return NULL;
    }
    size_t j = i + *n;
    if (j + 1 < lim && !(t->toks[j].flags & TF_SPACE) &&
        !(t->toks[j + 1].flags & TF_SPACE) &&
        ((tok_punct(t, j, '\'') && tok_is(t, j + 1, "s")) ||
         (tok_punct(t, j, '-') && tok_is(t, j + 1, "led"))))
        *n += 2;
    return c;
}

static int any_taken(const actx *x, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (x->taken[i])
            return 1;
    return 0;
}

/* "Soviet troops": the demonym as written, then the noun in lower case. */
static const char *group_name(actx *x, size_t a, size_t k, const char *key)
{
    if (k == a)
        return key;
    return arena_printf(x->r->a, "%s %s", act_string(x->r, a, k), key);
}

/* The group noun at k, or after one modifier when a country came before
 * ("Russian occupation forces"): its length in *m, the modifier in *mod. */
static const lex_entry *noun_at(const text *t, size_t k, size_t lim, int prefixed,
                                size_t *m, size_t *mod)
{
    const lex_entry *e = NULL;
    *mod = 0;
    *m = act_phrase(t, k, lim, &lex_en_actor_groups, &e);
    if (*m || !prefixed || !act_word(t, k) || act_cap(t, k) ||
        tok_in(t, k, &lex_en_function_words))
        return *m ? e : NULL;
    *m = act_phrase(t, k + 1, lim, &lex_en_actor_groups, &e);
    *mod = *m ? 1 : 0;
    return *m ? e : NULL;
}

/* "a Russian missile", "an Israeli air strike", "Russian cruise missiles"
 * (data/en/actor_arms.txt, perhaps after one lower-case modifier): the
 * national adjective [i, i + pn) stands for the side that used them, a
 * military actor of its own; not "Iranian-made drones" nor a possessive
 * ("Russia's missiles" are Russia's, an actor of states.c). */
static size_t arms_match(actx *x, size_t i, size_t pn, const char *country, size_t lim)
{
    const text *t = x->t;
    size_t k = i + pn;
    const lex_entry *d = NULL;
    if (k >= lim || !(t->toks[k].flags & TF_SPACE) || act_cap(t, k) ||
        act_phrase(t, i, lim, &lex_en_demonyms, &d) != pn ||
        (i > 0 && act_cap(t, i - 1) && !(t->toks[i - 1].flags & TF_SENT_START)))
        return 0; /* nor the end of a longer name: "North Korean" */
    const lex_entry *e = NULL;
    if (!act_phrase(t, k, lim, &lex_en_actor_arms, &e) &&
        !(act_word(t, k) && !tok_in(t, k, &lex_en_function_words) &&
          act_phrase(t, k + 1, lim, &lex_en_actor_arms, &e)))
        return 0;
    if (!act_add(x, i, k, "group.demonym_arms", act_string(x->r, i, k), country, "military",
                 NULL))
        return 0;
    return pn;
}

/* "U.S. and NATO forces", "British, Egyptian, Syrian and Moroccan forces":
 * a country prefix [i, i + pn) before a list of capitalised names (up to
 * three words each, after commas, its last after "and") and a group noun
 * is that country's group too, an actor of its own on the prefix's words
 * (the last conjunct is found as it stands). No key for later mentions:
 * "the troops" after "U.S. and Arab troops" are no one side's. */
static size_t pair_match(actx *x, size_t i, size_t pn, const char *country, size_t lim)
{
    const text *t = x->t;
    size_t j = i + pn, k = j, m, mod;
    int and = 0;
    while (k + 1 < lim && !and && (tok_punct(t, k, ',') || tok_is(t, k, "and"))) {
        if (tok_punct(t, k, ',') && tok_is(t, k + 1, "and"))
            k++;
        and = tok_is(t, k, "and");
        size_t c = ++k;
        while (k < lim && k < c + 3 && act_cap(t, k))
            k++;
        if (k == c)
            return 0;
    }
    const lex_entry *e = and ? noun_at(t, k, lim, 0, &m, &mod) : NULL;
    if (!e)
        return 0;
    const char *sector = act_field(x->r, e->value, 0);
    if (!act_add(x, i, j, "group.demonym_pair", group_name(x, i, j, e->key), country, sector,
                 NULL))
        return 0;
    return pn;
}

/* "officers of the Bosnian Serb Army", "members of the Philippine
 * National Police": an armed body found by name right after "of" (and
 * "the"): its sector is the group's. The body, or NULL. */
static const rec_actor *armed_body_after_of(const actx *x, size_t nend, size_t lim)
{
    const text *t = x->t;
    if (nend + 1 >= lim || !tok_is(t, nend, "of"))
        return NULL;
    size_t j = nend + 1 + (size_t)tok_is(t, nend + 1, "the");
    if (j >= lim || !x->taken[j])
        return NULL;
    for (size_t k = 0; k < x->r->nactors; k++) {
        const rec_actor *a = &x->r->actors[k];
        const char *sc = a->pub.sector;
        if ((a->tok_start == j || a->tok_start == nend + 1) && a->sent != (size_t)-1 &&
            (!strcmp(sc, "military") || !strcmp(sc, "police") || !strcmp(sc, "rebels")))
            return a;
    }
    return NULL;
}

size_t forces_match(actx *x, size_t i, size_t lim)
{
    const text *t = x->t;
    if (x->taken[i] || !act_word(t, i))
        return 0;
    size_t pn, m, mod;
    const char *country = prefix_country(x, i, lim, &pn);
    const lex_entry *e = noun_at(t, i + pn, lim, pn > 0, &m, &mod);
    if (!e && pn && country) {
        size_t n = arms_match(x, i, pn, country, lim);
        if (n)
            return n;
    }
    if (!e && pn && country) {
        size_t n = pair_match(x, i, pn, country, lim);
        if (n)
            return n;
    }
    if (!e && pn) { /* "Georgian" alone may be a noun's start: retry bare */
        country = NULL;
        pn = 0;
        e = noun_at(t, i, lim, 0, &m, &mod);
    }
    size_t k = i + pn + mod, nend = k + m; /* the noun is [k, nend) */
    if (!e || any_taken(x, i, nend))
        return 0;
    char flag[8] = "";
    lex_field(e->value, 1, flag, sizeof flag);
    if (!strcmp(flag, "adj") && nend < lim && !act_stands_alone(t, k, nend))
        return 0;
    char art[8] = "";
    lex_field(e->value, 2, art, sizeof art);
    if (!strcmp(art, "art") && k == i && k > 0 && tok_in(t, k - 1, &lex_en_function_words) &&
        !tok_is(t, k - 1, "the") && !tok_is(t, k - 1, "a"))
        return 0; /* "went to court", "in court" */
    size_t cend;
    const char *of = country_of_complement(x, nend, lim, &cend, NULL);
    if (!strcmp(flag, "of") && !country && !of)
        return 0;
    const char *sector = act_field(x->r, e->value, 0);
    const rec_actor *body = armed_body_after_of(x, nend, lim);
    if (body) {
        sector = body->pub.sector;
        if (!country)
            country = body->pub.country;
    }
    const char *rule = country ? "group.demonym" : of ? "group.of" : "group.noun";
    if (!country)
        country = of;
    /* "the security forces in Myanmar", "police in Kenya": a country's own
     * police and security forces where they act (not troops, which may be
     * another country's) */
    if (!country && nend + 1 < lim && tok_is(t, nend, "in") &&
        (!strcmp(sector, "police") || !strcmp(sector, "security"))) {
        size_t ce = act_name_end(t, nend + 1, lim);
        if (ce > nend + 1 && country_exact(x, nend + 1, ce)) {
            country = country_in(x, nend + 1, ce);
            rule = "group.in_country";
        }
    }
    /* "the people of Azerbaijan": a country named after the noun joins the
     * mention; an organisation already found there stays its own actor. */
    size_t end = of && !any_taken(x, nend, cend) ? cend : nend;
    const char *name = group_name(x, i, k, e->key);
    if (end > nend)
        name = arena_printf(x->r->a, "%s %s", name, act_string(x->r, nend, end));
    if (!act_add(x, i, end, rule, name, country, sector, e->key))
        return 0;
    return end - i;
}
