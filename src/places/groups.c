/* groups.c - mentions of the same name within a statement, found by
 * sorting (O(n log n), so long hostile inputs stay fast).
 *
 * resolve.c uses the groups to let a name resolved on evidence decide its
 * other mentions, and to keep a name from voting for its own country. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "places.h"

static int cmp_mention(const void *a, const void *b)
{
    const pl_mention *x = *(pl_mention *const *)a, *y = *(pl_mention *const *)b;
    uintptr_t p = (uintptr_t)x->hits[0].e, q = (uintptr_t)y->hits[0].e;
    if (p != q)
        return p < q ? -1 : 1;
    if (x->nhits != y->nhits)
        return x->nhits < y->nhits ? -1 : 1;
    p = (uintptr_t)x->hits[x->nhits - 1].e;
    q = (uintptr_t)y->hits[y->nhits - 1].e;
    if (p != q)
        return p < q ? -1 : 1;
    return x < y ? -1 : x > y; /* text order within a group */
}

int pl_same_name(const pl_mention *a, const pl_mention *b)
{
    return a->nhits == b->nhits && a->hits[0].e == b->hits[0].e &&
           a->hits[a->nhits - 1].e == b->hits[b->nhits - 1].e;
}

pl_mention **pl_groups(dl_record *r, pl_mention *m, size_t n)
{
    pl_mention **p = arena_alloc_raw(r->a, (n + 1) * sizeof *p);
    if (!p)
        return NULL;
    p[n] = NULL;
    for (size_t k = 0; k < n; k++)
        p[k] = &m[k];
    /* a statement's few mentions: insertion sort, without qsort's buffer
     * and calls (cmp_mention is a total order, so both give one order) */
    if (n > 24) {
        qsort(p, n, sizeof *p, cmp_mention);
        return p;
    }
    for (size_t k = 1; k < n; k++) {
        pl_mention *x = p[k];
        size_t j = k;
        for (; j > 0 && cmp_mention(&p[j - 1], &x) > 0; j--)
            p[j] = p[j - 1];
        p[j] = x;
    }
    return p;
}

/* The count of each prior country among members [a, b) (at most 64 of
 * them, so at most 64 countries): codes in cc, counts in n; returns how
 * many countries. */
static size_t count_priors(pl_mention **p, size_t a, size_t b, uint16_t *cc, size_t *n)
{
    size_t nc = 0;
    for (size_t q = a; q < b; q++) {
        if (!p[q]->prior_cc)
            continue;
        uint16_t c = pl_cc(p[q]->prior_cc);
        size_t i = 0;
        while (i < nc && cc[i] != c)
            i++;
        if (i == nc) {
            cc[nc] = c;
            n[nc++] = 0;
        }
        n[i]++;
    }
    return nc;
}

/* For each mention, how many others of its name chose its prior country
 * (counted among the group's first 64 members: members share candidates,
 * so their priors mostly agree, and the first member stands for the rest). */
void pl_same_votes(pl_mention **p, size_t n)
{
    uint16_t cc[64];
    size_t cnt[64];
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && pl_same_name(p[j], p[i]))
            j++;
        size_t w = j - i > 64 ? i + 64 : j; /* the window [i, w) */
        size_t nc = count_priors(p, i, w, cc, cnt);
        uint16_t lead = p[i]->prior_cc ? pl_cc(p[i]->prior_cc) : 0;
        for (size_t k = i; k < j; k++) {
            p[k]->same_votes = 0;
            if (!p[k]->prior_cc)
                continue;
            uint16_t c = pl_cc(p[k]->prior_cc);
            for (size_t q = 0; q < nc; q++)
                if (cc[q] == c) /* less itself when it is in the window */
                    p[k]->same_votes = (int)(cnt[q] - (k < w ? 1 : 0));
            if (j - i > 64 && lead == c)
                p[k]->same_votes += (int)(j - i - 64);
        }
        i = j;
    }
}
