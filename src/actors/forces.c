/* forces.c - forces and groups of people written as common nouns: "Soviet
 * troops", "special forces", "security forces", "the army", "civilians",
 * "peaceful population", "demonstrators", "peacekeepers", "crew members".
 * The nouns and their sectors are data/en/actor_groups.txt; a demonym or
 * country before the noun, or "of COUNTRY/ORGANISATION" after it, gives
 * the country. Not for capitalised organisation names (orgs.c). */
#include <string.h>

#include "actors.h"
#include "lexicons.h"

/* Past forms ("opened", "arrested") read as verbs after the noun. */
static int past_form(const text *t, size_t i)
{
    size_t n = tok_len(t, i);
    return n > 3 && !memcmp(tok_str(t, i) + n - 2, "ed", 2);
}

/* A noun that can also modify another ("military" in "military equipment")
 * counts only when what follows is not a word that it could modify. */
static int stands_alone(const text *t, size_t noun, size_t i)
{
    const token *n = &t->toks[noun];
    if ((n->flags & TF_CAP) && !(n->flags & TF_SENT_START))
        return 1; /* "the Government calls" */
    if (!act_word(t, i) || (t->toks[i].flags & TF_CAP))
        return 1;
    return past_form(t, i) ||
           lex_has(&lex_en_function_words, tok_str(t, i), tok_len(t, i)) ||
           lex_has(&lex_en_actor_after_noun, tok_str(t, i), tok_len(t, i));
}

/* The country prefix at i, if any ("Soviet", "US"): its tokens in *n. */
static const char *prefix_country(actx *x, size_t i, size_t lim, size_t *n)
{
    *n = 0;
    if (!act_cap(x->t, i))
        return NULL;
    const char *c = country_at(x, i, lim, n);
    if (!c)
        *n = 0;
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

size_t forces_match(actx *x, size_t i, size_t lim)
{
    const text *t = x->t;
    if (x->taken[i] || !act_word(t, i))
        return 0;
    size_t pn;
    const char *country = prefix_country(x, i, lim, &pn);
    size_t k = i + pn;
    const lex_entry *e = NULL;
    size_t m = act_phrase(t, k, lim, &lex_en_actor_groups, &e);
    if (!m && pn) { /* "Georgian" alone may be a noun's start: retry bare */
        country = NULL;
        k = i;
        m = act_phrase(t, k, lim, &lex_en_actor_groups, &e);
    }
    if (!m || any_taken(x, i, k + m))
        return 0;
    char flag[8] = "";
    lex_field(e->value, 1, flag, sizeof flag);
    if (!strcmp(flag, "adj") && k + m < lim && !stands_alone(t, k, k + m))
        return 0;
    size_t cend;
    const char *of = country_of_complement(x, k + m, lim, &cend);
    if (!strcmp(flag, "of") && !country && !of)
        return 0;
    const char *rule = country ? "group.demonym" : of ? "group.of" : "group.noun";
    if (!country)
        country = of;
    /* "the people of Azerbaijan": a country named after the noun joins the
     * mention; an organisation already found there stays its own actor. */
    size_t end = of && !any_taken(x, k + m, cend) ? cend : k + m;
    const char *name = group_name(x, i, k, e->key);
    if (end > k + m)
        name = arena_printf(x->r->a, "%s %s", name, act_string(x->r, k + m, end));
    const char *sector = act_field(x->r, e->value, 0);
    if (!act_add(x, i, end, rule, name, country, sector, e->key))
        return 0;
    return end - i;
}
