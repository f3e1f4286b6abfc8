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
 * index is scratch of the stage (malloc'd; ev_index_free), not kept in the
 * record's arena. */
static dl_status build(ev_index *ix, size_t nsents, const void *base,
                       size_t n, size_t stride, size_t sent_off)
{
    ix->off = calloc(nsents + 2, sizeof *ix->off);
    ix->idx = malloc((n ? n : 1) * sizeof *ix->idx);
    if (!ix->off || !ix->idx)
        return DL_ENOMEM;
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
    return DL_OK;
}

#define BUILD(ix, arr, n, type)                                              \
    build((ix), ns, (arr), (n), sizeof(type), offsetof(type, sent))

dl_status ev_index_lists(ev_ctx *c)
{
    dl_record *r = c->r;
    size_t ns = r->txt.nsents;
    dl_status st = BUILD(&c->times_ix, r->times, r->ntimes, rec_time);
    if (!st)
        st = BUILD(&c->places_ix, r->places, r->nplaces, rec_place);
    if (!st)
        st = BUILD(&c->actors_ix, r->actors, r->nactors, rec_actor);
    if (!st)
        st = BUILD(&c->figures_ix, r->figures, r->nfigures, rec_figure);
    return st;
}

dl_status ev_index_mentions(ev_ctx *c)
{
    dl_record *r = c->r;
    size_t ns = r->txt.nsents;
    return BUILD(&c->mentions_ix, c->m, c->nm, ev_mention);
}

void ev_index_free(ev_ctx *c)
{
    ev_index *all[] = {&c->times_ix, &c->places_ix, &c->actors_ix,
                       &c->figures_ix, &c->mentions_ix};
    for (size_t k = 0; k < sizeof all / sizeof *all; k++) {
        free(all[k]->off);
        free(all[k]->idx);
        all[k]->off = all[k]->idx = NULL;
    }
}
