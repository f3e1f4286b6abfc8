/* actors.c - the actors stage: who acts or is acted upon. Adds the
 * document's issuer, then organisation names and acronyms, then officials,
 * forces and groups, one actor per mention in text order, and fills in
 * countries from context. The matchers live in orgs.c, acronyms.c,
 * officials.c and forces.c; countries in country.c and context.c. */
#include <stdlib.h>
#include <string.h>

#include "actors.h"
#include "lexicons.h"

static dl_status add_issuer(actx *x)
{
    dl_record *r = x->r;
    size_t a, b;
    if (!r->doc.issuer || !act_span_tokens(r, r->doc.issuer_span, &a, &b))
        return DL_OK;
    const char *country, *sector;
    orgs_describe(x, a, b, &country, &sector);
    rec_actor *ac = act_add(x, a, b, "issuer", r->doc.issuer, country, sector,
                            r->doc.issuer);
    if (!ac)
        return DL_ENOMEM;
    ac->pub.span = r->doc.issuer_span;
    ac->pub.text = rec_span_text(r, ac->pub.span);
    return DL_OK;
}

/* For each token, the longest place the places stage found starting there. */
static void index_places(actx *x)
{
    const dl_record *r = x->r;
    for (size_t k = 0; k < r->nplaces; k++) {
        const rec_place *p = &r->places[k];
        if (p->tok_start >= p->tok_end || p->tok_end > x->t->ntoks)
            continue;
        uint32_t *slot = &x->place_at[p->tok_start];
        if (!*slot || r->places[*slot - 1].tok_end < p->tok_end)
            *slot = (uint32_t)k + 1;
    }
}

typedef size_t (*matcher)(actx *, size_t, size_t);

static dl_status run_pass(actx *x, const matcher *ms, size_t nm)
{
    const text *t = x->t;
    for (size_t i = 0; i < t->ntoks;) {
        size_t lim = act_sent_end(t, i), used = 0;
        for (size_t k = 0; k < nm && !used; k++)
            used = ms[k](x, i, lim);
        i += used ? used : 1;
    }
    return DL_OK;
}

typedef struct {
    rec_actor ac;
    const char *key;
} keyed;

static int by_position(const void *pa, const void *pb)
{
    const keyed *a = pa, *b = pb;
    if (a->ac.tok_start != b->ac.tok_start)
        return a->ac.tok_start < b->ac.tok_start ? -1 : 1;
    return 0;
}

/* Text order, keeping each actor's coreference key beside it. */
static dl_status sort_actors(actx *x)
{
    dl_record *r = x->r;
    if (r->nactors < 2)
        return DL_OK;
    keyed *tmp = arena_alloc(r->a, r->nactors * sizeof *tmp);
    if (!tmp)
        return DL_ENOMEM;
    for (size_t k = 0; k < r->nactors; k++)
        tmp[k] = (keyed){r->actors[k], x->keys[k]};
    qsort(tmp, r->nactors, sizeof *tmp, by_position);
    for (size_t k = 0; k < r->nactors; k++) {
        r->actors[k] = tmp[k].ac;
        x->keys[k] = tmp[k].key;
    }
    return DL_OK;
}

dl_status actors_extract(dl_record *r)
{
    actx x = {.r = r, .t = &r->txt};
    if (r->txt.ntoks == 0)
        return DL_OK;
    size_t n = r->txt.ntoks;
    x.taken = arena_alloc(r->a, n);
    x.place_at = arena_alloc(r->a, n * sizeof *x.place_at);
    x.actor_at = arena_alloc(r->a, n * sizeof *x.actor_at);
    if (!x.taken || !x.place_at || !x.actor_at)
        return DL_ENOMEM;
    index_places(&x);
    static const matcher names[] = {acronym_match, orgs_match, known_match};
    static const matcher nouns[] = {officials_match, forces_match};
    size_t n0 = r->nactors;
    dl_status st = add_issuer(&x);
    if (st == DL_OK)
        st = run_pass(&x, names, 3);
    if (st != DL_OK)
        return st;
    actors_coordinate(&x);
    st = run_pass(&x, nouns, 2);
    if (st == DL_OK && r->nactors > n0 && !x.keys)
        st = DL_ENOMEM;
    if (st == DL_OK)
        st = sort_actors(&x);
    if (st == DL_OK)
        st = actors_context(&x);
    return st;
}
