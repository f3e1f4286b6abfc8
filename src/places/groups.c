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
    pl_mention **p = arena_alloc(r->a, (n + 1) * sizeof *p);
    if (!p)
        return NULL;
    for (size_t k = 0; k < n; k++)
        p[k] = &m[k];
    if (n > 1)
        qsort(p, n, sizeof *p, cmp_mention);
    return p;
}

/* For each mention, how many others of its name chose its prior country. */
void pl_same_votes(pl_mention **p, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && pl_same_name(p[j], p[i]))
            j++;
        for (size_t k = i; k < j; k++) {
            p[k]->same_votes = 0;
            if (!p[k]->prior_cc)
                continue;
            /* members share candidates, so their priors mostly agree:
             * count against the first few distinct ones only */
            uint16_t cc = pl_cc(p[k]->prior_cc);
            for (size_t q = i; q < j && q < i + 64; q++)
                if (q != k && p[q]->prior_cc && pl_cc(p[q]->prior_cc) == cc)
                    p[k]->same_votes++;
            if (j - i > 64 && (p[i]->prior_cc ? pl_cc(p[i]->prior_cc) : 0) == cc)
                p[k]->same_votes += (int)(j - i - 64);
        }
        i = j;
    }
}
