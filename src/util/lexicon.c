/* lexicon.c - binary search over the compiled word lists.
 *
 * Comparison folds ASCII letters only; non-ASCII bytes compare as they are,
 * so data files must hold their non-ASCII keys in lower case. */
#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

static int lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

/* Compare key (NUL-terminated) with s[0..n) folded. */
static int cmp_key(const char *key, const char *s, size_t n)
{
    size_t i = 0;
    for (; i < n; i++) {
        unsigned char k = (unsigned char)key[i];
        unsigned char c = (unsigned char)lower((unsigned char)s[i]);
        if (k == 0)
            return -1;
        if (k != c)
            return k < c ? -1 : 1;
    }
    return key[i] ? 1 : 0;
}

static size_t lower_bound(const lex_table *t, const char *s, size_t n)
{
    size_t lo = 0, hi = t->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cmp_key(t->entries[mid].key, s, n) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

const lex_entry *lex_all(const lex_table *t, const char *s, size_t n,
                         size_t *count)
{
    size_t i = lower_bound(t, s, n), j = i;
    while (j < t->n && cmp_key(t->entries[j].key, s, n) == 0)
        j++;
    if (count)
        *count = j - i;
    return j > i ? &t->entries[i] : NULL;
}

const lex_entry *lex_get(const lex_table *t, const char *s, size_t n)
{
    return lex_all(t, s, n, NULL);
}

int lex_has(const lex_table *t, const char *s, size_t n)
{
    return lex_get(t, s, n) != NULL;
}

long lex_int(const lex_table *t, const char *s, size_t n, long dflt)
{
    const lex_entry *e = lex_get(t, s, n);
    return e ? strtol(e->value, NULL, 10) : dflt;
}

int lex_field(const char *value, int i, char *buf, size_t cap)
{
    const char *p = value;
    for (; i > 0; i--) {
        p = strchr(p, '|');
        if (!p)
            return -1;
        p++;
    }
    const char *e = strchr(p, '|');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    if (cap) {
        size_t m = len < cap - 1 ? len : cap - 1;
        memcpy(buf, p, m);
        buf[m] = 0;
    }
    return (int)len;
}
