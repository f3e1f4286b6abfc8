/* furniture.c - find page numbers and running headers in PDF-extracted text.
 *
 * A line is furniture when it is only a page number ("12", "- 12 -",
 * "Page 3 of 7"), or when, with its digits taken out, it is a short line that
 * occurs at least twice and carries a page number or a "|" separator
 * ("OCHA Sudan | Flash Update No. 12 | Page 1 of 2"). Text is not changed
 * here; normalize.c skips these lines and keeps its offset map. */
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "furniture.h"

#define MAX_FURNITURE_LINE 120

typedef struct {
    size_t start, len; /* the line */
    char key[MAX_FURNITURE_LINE]; /* letters and punctuation, digits dropped */
    int marked;
} line_key;

static int blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static int digit(char c)
{
    return c >= '0' && c <= '9';
}

static size_t line_end(const char *s, size_t n, size_t i)
{
    const char *nl = i < n ? memchr(s + i, '\n', n - i) : NULL;
    return nl ? (size_t)(nl - s) : n;
}

/* s[i..) starts with the lower-case ASCII word w, in any case. */
static int starts_ci(const char *s, size_t i, size_t b, const char *w)
{
    for (; *w; w++, i++)
        if (i >= b || (s[i] | 0x20) != *w)
            return 0;
    return 1;
}

/* "12", "- 12 -", "Page 3", "Page 3 of 7", "3/7" alone on a line. */
static int page_number_line(const char *s, size_t a, size_t b)
{
    while (a < b && blank(s[a]))
        a++;
    while (b > a && blank(s[b - 1]))
        b--;
    if (b - a > 5 && starts_ci(s, a, b, "page") && s[a + 4] == ' ')
        a += 5;
    int digits = 0;
    for (size_t i = a; i < b;) {
        if (digit(s[i])) {
            digits++;
            i++;
        } else if (s[i] == '-' || s[i] == ' ' || s[i] == '/') {
            i++;
        } else if (starts_ci(s, i, b, "of")) {
            i += 2;
        } else {
            return 0;
        }
    }
    return digits > 0 && digits <= 6;
}

static void make_key(line_key *k, const char *s)
{
    size_t n = 0;
    int digits = 0, bar = 0;
    for (size_t i = 0; i < k->len && n + 1 < sizeof k->key; i++) {
        char c = s[k->start + i];
        if (digit(c)) {
            digits++;
            continue;
        }
        bar |= c == '|';
        if (blank(c) && (n == 0 || k->key[n - 1] == ' '))
            continue;
        k->key[n++] = blank(c) ? ' ' : c;
    }
    while (n && k->key[n - 1] == ' ')
        n--;
    k->key[n] = 0;
    /* only lines that carry a page number or a separator can repeat as
     * furniture; "Thank you." twice is text */
    if (!digits && !bar)
        k->key[0] = 0;
}

static int cmp_key(const void *a, const void *b)
{
    int c = strcmp(((const line_key *)a)->key, ((const line_key *)b)->key);
    if (c)
        return c;
    size_t x = ((const line_key *)a)->start, y = ((const line_key *)b)->start;
    return (x > y) - (x < y);
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

static int push(arena *a, furniture *f, size_t *cap, size_t start)
{
    size_t *slot = VEC_PUSH(a, f->starts, f->n, *cap);
    if (!slot)
        return -1;
    *slot = start;
    return 0;
}

/* s[i, e) holds a digit or a '|' (sixteen bytes at a time with SSE2). */
static int digit_or_bar(const char *s, size_t i, size_t e)
{
#ifdef __SSE2__
    const __m128i lo = _mm_set1_epi8('0' - 1), hi = _mm_set1_epi8('9' + 1),
                  bar = _mm_set1_epi8('|');
    for (; i + 16 <= e; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i d = _mm_and_si128(_mm_cmpgt_epi8(v, lo), _mm_cmpgt_epi8(hi, v));
        if (_mm_movemask_epi8(_mm_or_si128(d, _mm_cmpeq_epi8(v, bar))))
            return 1;
    }
#endif
    for (; i < e; i++)
        if (digit(s[i]) || s[i] == '|')
            return 1;
    return 0;
}

/* The key of a short line [i, e) when it has one (only lines that carry
 * a page number or a separator can repeat as furniture; "Thank you." twice
 * is text): added to keys. Returns -1 when out of memory. */
static int add_key(arena *a, const char *s, size_t i, size_t e,
                   line_key **keys, size_t *nk, size_t *cap)
{
    if (e - i < 4 || e - i >= MAX_FURNITURE_LINE || !digit_or_bar(s, i, e))
        return 0;
    line_key *k = VEC_PUSH(a, *keys, *nk, *cap);
    if (!k)
        return -1;
    k->start = i;
    k->len = e - i;
    make_key(k, s);
    if (!k->key[0])
        (*nk)--; /* digits and blanks only */
    return 0;
}

int furniture_scan(arena *a, const char *s, size_t n, furniture *f)
{
    size_t cap = 0, nk = 0, kcap = 0, content = 0;
    line_key *keys = NULL;
    memset(f, 0, sizeof *f);
    for (size_t i = 0; i < n;) {
        size_t e = line_end(s, n, i), j = i;
        while (j < e && blank(s[j]))
            j++;
        /* a page number line starts with a digit, '-', '/', "page" or "of" */
        char c = j < e ? s[j] : 0, l = (char)(c | 0x20);
        if ((digit(c) || c == '-' || c == '/' || l == 'p' || l == 'o') &&
            page_number_line(s, i, e)) {
            if (push(a, f, &cap, i))
                return -1;
        } else {
            content += j < e;
        }
        if (add_key(a, s, i, e, &keys, &nk, &kcap))
            return -1;
        i = e + 1;
    }
    /* furniture surrounds text: a text of nothing but numbers keeps them */
    if (!content) {
        f->n = 0;
        return 0;
    }
    if (nk)
        qsort(keys, nk, sizeof *keys, cmp_key);
    for (size_t i = 0; i + 1 < nk; i++) {
        if (strcmp(keys[i].key, keys[i + 1].key))
            continue;
        for (size_t j = i; j < nk && !strcmp(keys[j].key, keys[i].key); j++)
            if (!page_number_line(s, keys[j].start, keys[j].start + keys[j].len) &&
                push(a, f, &cap, keys[j].start))
                return -1;
        while (i + 1 < nk && !strcmp(keys[i].key, keys[i + 1].key))
            i++;
    }
    if (f->n)
        qsort(f->starts, f->n, sizeof *f->starts, cmp_size);
    return 0;
}

int furniture_at(const furniture *f, size_t pos)
{
    size_t lo = 0, hi = f->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (f->starts[mid] < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < f->n && f->starts[lo] == pos;
}

size_t furniture_skip(const furniture *f, const char *s, size_t n, size_t pos,
                      int *crossed)
{
    *crossed = 0;
    while (pos < n) {
        size_t e = line_end(s, n, pos), j = pos;
        while (j < e && blank(s[j]))
            j++;
        if (j < e && !furniture_at(f, pos))
            return pos;
        if (j < e)
            *crossed = 1;
        pos = e + 1;
    }
    return n;
}
