/* country.c - which country an actor belongs to, from the words that name
 * one: a place the places stage resolved, an ISO 3166 name (generated from
 * iso-codes), a common variant, or a demonym ("Soviet", "Azerbaijani").
 * Not a gazetteer: cities and regions come only from r->places. */
#include <string.h>

#include "actor_starts.h"
#include "actors.h"
#include "iso_countries.h"
#include "lexicons.h"

const char *country_dominant(const dl_record *r)
{
    const char *cand = NULL;
    size_t votes = 0, total = 0, n = 0;
    for (size_t k = 0; k < r->nplaces; k++) { /* majority vote, then count */
        const char *c = r->places[k].pub.country;
        if (!c)
            continue;
        total++;
        if (!votes)
            cand = c, votes = 1;
        else
            votes += !strcmp(cand, c) ? 1 : (size_t)-1;
    }
    for (size_t k = 0; cand && k < r->nplaces; k++)
        n += r->places[k].pub.country && !strcmp(r->places[k].pub.country, cand);
    return n * 2 > total ? cand : NULL;
}

/* The place starting at token i and ending by lim, and its country in *cc
 * (as x->place_cc reads it), or NULL. */
static const rec_place *place_at(const actx *x, size_t i, size_t lim,
                                 const char **cc)
{
    uint32_t k = x->place_at[i];
    if (!k)
        return NULL;
    const rec_place *p = &x->r->places[k - 1];
    *cc = x->place_cc[k - 1];
    return p->tok_end <= lim && *cc ? p : NULL;
}

/* Longest match of a name table at i. Short keys ("US", "UK") must be
 * written in capitals; every other match must start capitalised. */
static size_t name_at(const text *t, size_t i, size_t lim, const lex_table *tab,
                      const lex_entry **e)
{
    if (!act_cap(t, i))
        return 0;
    size_t n = act_phrase(t, i, lim, tab, e);
    if (n == 1 && strlen((*e)->key) <= 3 && !(t->toks[i].flags & TF_UPPER))
        return 0;
    return n;
}

static const char *country_at_uncached(actx *x, size_t i, size_t lim, size_t *n)
{
    const text *t = x->t;
    *n = 0;
    const char *best = NULL;
    const rec_place *p = place_at(x, i, lim, &best);
    if (p)
        *n = p->tok_end - i;
    else
        best = NULL;
    /* no table's key can start here: the union's first-token bitset
     * (mk/actors.mk) says so at once */
    if (!act_cap(t, i) || !lex_may_first(&lex_actor_country_starts, t->toks[i].hash))
        return best;
    static const lex_table *const tabs[] = {&lex_iso_countries,
                                            &lex_en_actor_country_names,
                                            &lex_en_demonyms};
    for (size_t k = 0; k < sizeof tabs / sizeof *tabs; k++) {
        const lex_entry *e = NULL;
        size_t m = name_at(t, i, lim, tabs[k], &e);
        /* a demonym is never a place: "British" is not the Virgin Islands */
        if (m > *n || (m && m == *n && tabs[k] == &lex_en_demonyms)) {
            *n = m;
            best = e->value;
        }
    }
    return best;
}

const char *country_at(actx *x, size_t i, size_t lim, size_t *n)
{
    *n = 0;
    if (i >= lim)
        return NULL;
    if (x->last_country.lim != lim || x->last_country.i != i) {
        x->last_country.c = country_at_uncached(x, i, lim, &x->last_country.n);
        x->last_country.i = i;
        x->last_country.lim = lim;
    }
    *n = x->last_country.n;
    return x->last_country.c;
}

const char *country_in(actx *x, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        size_t n;
        const char *c = country_at(x, i, b, &n);
        if (c)
            return c;
    }
    return NULL;
}

int country_exact(actx *x, size_t a, size_t b)
{
    size_t n;
    if (a < b && tok_is(x->t, a, "the"))
        a++;
    return a < b && country_at(x, a, b, &n) && a + n == b;
}

/* The actor already found that starts at token i, or NULL. */
static const rec_actor *actor_at(const actx *x, size_t i)
{
    return x->actor_at[i] ? &x->r->actors[x->actor_at[i] - 1] : NULL;
}

const char *country_of_complement(actx *x, size_t i, size_t lim, size_t *end,
                                  const rec_actor **who)
{
    const text *t = x->t;
    *end = i;
    if (who)
        *who = NULL;
    if (i >= lim || !tok_is(t, i, "of"))
        return NULL;
    size_t k = i + 1;
    if (k < lim && tok_is(t, k, "the"))
        k++;
    if (k < lim && tok_is(t, k, "former"))
        k++;
    const rec_actor *ac = k < x->t->ntoks ? actor_at(x, k) : NULL;
    if (ac) {
        *end = ac->tok_end;
        if (who)
            *who = ac;
        return ac->pub.country;
    }
    size_t e = act_name_end(t, k, lim);
    if (e == k)
        return NULL;
    /* "of the former Soviet army": the noun after the demonym is the
     * complement's, no actor of its own */
    const lex_entry *g = NULL;
    size_t m = act_phrase(t, e, lim, &lex_en_actor_groups, &g);
    *end = e + m;
    return country_in(x, k, e);
}
