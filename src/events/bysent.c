/* bysent.c - per-sentence indexes of the record's lists (times, places,
 * actors, figures) and of the mentions, so slot filling looks only at the
 * items of one sentence instead of scanning whole lists for every mention:
 * the stage stays linear in the length of a document.
 *
 * Items whose sentence is unknown (the issuer as actor) are left out. */
#include <stdlib.h>
#include <string.h>

#include "events.h"

/* Counting sort by sentence; stable, so text order holds within one. The
 * index lives in stage scratch (ev_index_lists, ev_index_mentions: one
 * malloc'd block per call, freed by ev_index_free), not in the record's
 * arena. off (nsents + 2 counters) must be zeroed, idx room for n. */
static void build(ev_index *ix, size_t *off, size_t *idx, size_t nsents,
                  const void *base, size_t n, size_t stride, size_t sent_off)
{
    ix->off = off;
    ix->idx = idx;
    ix->nsents = nsents;
    const unsigned char *b = base;
    for (size_t i = 0; i < n; i++) {
        size_t s;
        memcpy(&s, b + i * stride + sent_off, sizeof s);
        if (s < nsents)
            ix->off[s + 2]++;
    }
    for (size_t s = 2; s < nsents + 2; s++)
        ix->off[s] += ix->off[s - 1];
    for (size_t i = 0; i < n; i++) {
        size_t s;
        memcpy(&s, b + i * stride + sent_off, sizeof s);
        if (s < nsents)
            ix->idx[ix->off[s + 1]++] = i;
    }
}

/* One block for the counters of k indexes (zeroed) and n items in all. */
static size_t *scratch(size_t k, size_t nsents, size_t n)
{
    size_t noff = k * (nsents + 2);
    size_t *p = malloc((noff + n + 1) * sizeof *p);
    if (p)
        memset(p, 0, noff * sizeof *p);
    return p;
}

#define BUILD(ix, k, arr, n, type)                                           \
    build((ix), p + (k) * (ns + 2), idx, ns, (arr), (n), sizeof(type),       \
          offsetof(type, sent)),                                             \
        idx += (n)

dl_status ev_index_lists(ev_ctx *c)
{
    dl_record *r = c->r;
    size_t ns = r->txt.nsents;
    size_t *p = scratch(4, ns, r->ntimes + r->nplaces + r->nactors + r->nfigures);
    if (!p)
        return DL_ENOMEM;
    c->lists_scratch = p;
    size_t *idx = p + 4 * (ns + 2);
    BUILD(&c->times_ix, 0, r->times, r->ntimes, rec_time);
    BUILD(&c->places_ix, 1, r->places, r->nplaces, rec_place);
    BUILD(&c->actors_ix, 2, r->actors, r->nactors, rec_actor);
    BUILD(&c->figures_ix, 3, r->figures, r->nfigures, rec_figure);
    return DL_OK;
}

dl_status ev_index_mentions(ev_ctx *c)
{
    size_t ns = c->r->txt.nsents;
    size_t *p = scratch(1, ns, c->nm);
    if (!p)
        return DL_ENOMEM;
    c->mentions_scratch = p;
    size_t *idx = p + ns + 2;
    BUILD(&c->mentions_ix, 0, c->m, c->nm, ev_mention);
    return DL_OK;
}

void ev_index_free(ev_ctx *c)
{
    ev_index *all[] = {&c->times_ix, &c->places_ix, &c->actors_ix,
                       &c->figures_ix, &c->mentions_ix};
    for (size_t k = 0; k < sizeof all / sizeof *all; k++)
        all[k]->off = all[k]->idx = NULL;
    free(c->lists_scratch);
    free(c->mentions_scratch);
    c->lists_scratch = c->mentions_scratch = NULL;
}
