/* offsets.c - map normalised offsets back to the original input.
 *
 * The segments from normalize.c are sorted by both offsets; a binary search
 * finds the one holding a byte. Deleted input bytes belong to no segment. */
#include "text.h"

/* Index of the last segment starting at or before normalised byte `pos`
 * (the one holding it), searched between lo and hi - 1. */
static size_t seg_search(const text *t, size_t pos, size_t lo, size_t hi)
{
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->segs[mid].norm_start <= pos)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* The segment holding normalised byte `pos`: between the segments of the
 * indexed bytes around it (a large document has hundreds of thousands of
 * segments, and the stages map spans all the time). */
static size_t seg_of(const text *t, size_t pos)
{
    size_t k = pos >> TEXT_SEG_BITS;
    if (k + 1 < t->nseg_first)
        return seg_search(t, pos, t->seg_first[k], (size_t)t->seg_first[k + 1] + 1);
    return seg_search(t, pos, 0, t->nsegs);
}

dl_status text_index_segs(arena *a, text *t)
{
    t->seg_first = NULL;
    t->nseg_first = 0;
    if (t->nsegs >= UINT32_MAX)
        return DL_OK; /* searched whole */
    size_t nb = (t->len >> TEXT_SEG_BITS) + 1;
    uint32_t *f = arena_alloc_raw(a, nb * sizeof *f);
    if (!f)
        return DL_ENOMEM;
    size_t g = 0;
    for (size_t k = 0; k < nb; k++) {
        size_t pos = k << TEXT_SEG_BITS;
        while (g + 1 < t->nsegs && t->segs[g + 1].norm_start <= pos)
            g++;
        f[k] = (uint32_t)g;
    }
    t->seg_first = f;
    t->nseg_first = nb;
    return DL_OK;
}

static int linear(const text_seg *s)
{
    return s->norm_end - s->norm_start == s->orig_end - s->orig_start;
}

static size_t orig_start(const text *t, size_t pos)
{
    const text_seg *s = &t->segs[seg_of(t, pos)];
    return linear(s) ? s->orig_start + (pos - s->norm_start) : s->orig_start;
}

/* Original offset just past normalised byte pos-1. */
static size_t orig_end(const text *t, size_t pos)
{
    const text_seg *s = &t->segs[seg_of(t, pos - 1)];
    return linear(s) ? s->orig_start + (pos - s->norm_start) : s->orig_end;
}

dl_span text_span(const text *t, size_t nstart, size_t nend)
{
    if (t->nsegs == 0 || nend <= nstart) {
        size_t o = t->nsegs ? orig_start(t, nstart < t->len ? nstart : 0) : 0;
        return (dl_span){o, o};
    }
    return (dl_span){orig_start(t, nstart), orig_end(t, nend)};
}

dl_span text_tok_span(const text *t, size_t first, size_t last)
{
    if (last <= first || first >= t->ntoks)
        return (dl_span){0, 0};
    return text_span(t, t->toks[first].start, tok_end(t, last - 1));
}

size_t text_norm_offset(const text *t, size_t orig)
{
    size_t lo = 0, hi = t->nsegs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->segs[mid].orig_end <= orig)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo >= t->nsegs)
        return t->len;
    const text_seg *s = &t->segs[lo];
    if (orig <= s->orig_start || !linear(s))
        return s->norm_start;
    return s->norm_start + (orig - s->orig_start);
}
