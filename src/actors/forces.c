/* forces.c - forces and groups of people written as common nouns: "Soviet
 * troops", "special forces", "security forces", "the army", "civilians",
 * "peaceful population", "demonstrators", "peacekeepers", "crew members".
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

size_t forces_match(actx *x, size_t i, size_t lim)
{
    const text *t = x->t;
    if (x->taken[i] || !act_word(t, i))
        return 0;
    size_t pn, m, mod;
    const char *country = prefix_country(x, i, lim, &pn);
    const lex_entry *e = noun_at(t, i + pn, lim, pn > 0, &m, &mod);
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
    size_t cend;
    const char *of = country_of_complement(x, nend, lim, &cend, NULL);
    if (!strcmp(flag, "of") && !country && !of)
        return 0;
    const char *rule = country ? "group.demonym" : of ? "group.of" : "group.noun";
    if (!country)
        country = of;
    /* "the people of Azerbaijan": a country named after the noun joins the
     * mention; an organisation already found there stays its own actor. */
    size_t end = of && !any_taken(x, nend, cend) ? cend : nend;
    const char *name = group_name(x, i, k, e->key);
    if (end > nend)
        name = arena_printf(x->r->a, "%s %s", name, act_string(x->r, nend, end));
    const char *sector = act_field(x->r, e->value, 0);
    if (!act_add(x, i, end, rule, name, country, sector, e->key))
        return 0;
    return end - i;
}
