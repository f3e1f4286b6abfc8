/* invaders.c - the doer of an invasion that names none ("the invasion",
 * "aggression"): the armed forces of another country than the place's,
 * nearest in the text (trigger flag `foreign`), never a speaker. */
#include <stdlib.h>
#include <string.h>

#include "events.h"

/* Actor a speaks ("Pentagon officials said"): a source, not a doer. */
static int speaker(const ev_ctx *c, const rec_actor *a)
{
    const text *t = &c->r->txt;
    for (size_t k = 0; k < 2 && a->tok_end + k < t->ntoks; k++)
        if (ev_is(c, a->tok_end + k, EVR_SAY))
            return 1;
    return 0;
}

/* Armed forces that may be an invader: military, of a country, named in
 * the text and not as a speaker. */
static int invader_candidate(const ev_ctx *c, const rec_actor *a)
{
    const char *s = a->pub.sector;
    return a->sent != (size_t)-1 && a->pub.country && s && !strcmp(s, "military") &&
           !speaker(c, a);
}

/* How far the search for the nearest foreign forces walks each way past
 * forces of the place's own country: all of them in a statement, a bounded
 * cost per event in a book-length input. */
#define EV_INVADER_WALK 256

/* The candidate (of cand[0..n), in text order) nearest token tok walking
 * from cand[from] by step, of a country other than cc and not actor `not`;
 * -1 when none. */
static long walk_forces(const dl_record *r, const int *cand, size_t n, size_t from,
                        int step, const char *cc, int not)
{
    for (size_t k = from, w = 0; k < n && w < EV_INVADER_WALK; k += (size_t)step, w++) {
        const rec_actor *a = &r->actors[cand[k]];
        if (cand[k] != not && strcmp(a->pub.country, cc))
            return (long)k;
    }
    return -1;
}

/* The armed forces nearest token tok of a country other than cc, not
 * actor `not` nor a speaker, or EV_NONE; on a tie the one named first. */
static int foreign_forces(const dl_record *r, const int *cand, size_t n,
                          const char *cc, size_t tok, int not)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r->actors[cand[mid]].tok_start < tok)
            lo = mid + 1;
        else
            hi = mid;
    }
    long left = lo ? walk_forces(r, cand, n, lo - 1, -1, cc, not) : -1;
    long right = walk_forces(r, cand, n, lo, 1, cc, not);
    if (left < 0 && right < 0)
        return EV_NONE;
    if (left < 0 || right < 0)
        return cand[left < 0 ? right : left];
    size_t dl = tok - r->actors[cand[left]].tok_start;
    size_t dr = r->actors[cand[right]].tok_start - tok;
    if (dl != dr)
        return cand[dl < dr ? left : right];
    return cand[left] < cand[right] ? cand[left] : cand[right];
}

static int by_start(const void *x, const void *y, void *ctx)
{
    const dl_record *r = ctx;
    const rec_actor *a = &r->actors[*(const int *)x], *b = &r->actors[*(const int *)y];
    if (a->tok_start != b->tok_start)
        return a->tok_start < b->tok_start ? -1 : 1;
    return *(const int *)x - *(const int *)y;
}

void ev_fill_invaders(ev_ctx *c)
{
    dl_record *r = c->r;
    int *cand = NULL;
    size_t n = 0;
    for (size_t i = 0; i < r->nevents; i++) {
        dl_event *e = &r->events[i].pub;
        if (!c->st[i].foreign || e->actor >= 0 || e->place < 0 ||
            !r->places[e->place].pub.country)
            continue;
        if (!cand) { /* the candidates, once, in text order */
            if (!(cand = arena_alloc(r->a, (r->nactors + 1) * sizeof *cand)))
                return;
            for (size_t k = 0; k < r->nactors; k++)
                if (invader_candidate(c, &r->actors[k]))
                    cand[n++] = (int)k;
            qsort_r(cand, n, sizeof *cand, by_start, r);
        }
        int a = foreign_forces(r, cand, n, r->places[e->place].pub.country,
                               r->events[i].trig_tok, e->target);
        if (a != EV_NONE) {
            e->actor = a;
            ev_note(c, (int)i, "actor", r->actors[a].pub.span, "actor.invader");
        }
    }
}
