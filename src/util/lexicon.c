/* lexicon.c - look-ups in the compiled word lists through their hash index.
 *
 * Comparison folds ASCII letters only; non-ASCII bytes compare as they are,
 * so data files must hold their non-ASCII keys in lower case. */
#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

/* LEX_HASH_B^n for short n (checked by test_lexicon). */
const uint32_t lex_hash_pow32[32] = {
    1u, 1000003u, 3573587337u, 583896283u, 1525764945u, 3865227315u,
    272515929u, 1071616587u, 3986661281u, 2992458019u, 72493609u,
    3368458939u, 3503535345u, 3593305363u, 474194425u, 1393333803u,
    3347538753u, 4040473603u, 3830643401u, 3626398875u, 1362459281u,
    957838835u, 3871966361u, 535045643u, 1697237729u, 594352867u,
    4190736233u, 3185613435u, 2798724145u, 3002079955u, 1310616377u,
    2448540139u,
};

uint32_t lex_hash_pow_long(size_t n)
{
    uint32_t p = lex_hash_pow32[31];
    for (; n > 31; n--)
        p *= LEX_HASH_B;
    return p;
}

uint32_t lex_hash(uint32_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = lex_hash_byte(h, (unsigned char)s[i]);
    return h;
}

/* key (NUL-terminated) equals s[0..n) folded. */
static int same_key(const char *key, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if ((unsigned char)key[i] != c)
            return 0; /* also stops at the key's NUL */
    }
    return key[n] == 0;
}

/* Two keys are equal (the generated table may share one string for both;
 * the first byte tells most others apart). */
static int same_entry_key(const char *a, const char *b)
{
    return a == b || (a[0] == b[0] && !strcmp(a, b));
}

const lex_entry *lex_all_hashed(const lex_table *t, uint32_t h, const char *s,
                                size_t n, size_t *count)
{
    if (count)
        *count = 0;
    uint32_t mask = (1u << t->slot_bits) - 1;
    uint32_t j = (h * LEX_HASH_MIX) >> (32 - t->slot_bits);
    for (; t->slots[j]; j = (j + 1) & mask) {
        if (t->slot_hash[j] != h)
            continue;
        const lex_entry *e = &t->entries[t->slots[j] - 1];
        if (!same_key(e->key, s, n))
            continue;
        if (count) {
            size_t k = 1, i = (size_t)(e - t->entries);
            while (i + k < t->n && same_entry_key(t->entries[i + k].key, e->key))
                k++;
            *count = k;
        }
        return e;
    }
    return NULL;
}

const lex_entry *lex_all(const lex_table *t, const char *s, size_t n,
                         size_t *count)
{
    return lex_all_hashed(t, lex_hash(LEX_HASH_INIT, s, n), s, n, count);
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
    /* one pass, no library calls: values are short, and some stages read
     * several fields of every match */
    const char *p = value;
    for (; i > 0; i--) {
        while (*p && *p != '|')
            p++;
        if (!*p)
            return -1;
        p++;
    }
    size_t len = 0;
    while (p[len] && p[len] != '|')
        len++;
    if (cap) {
        size_t m = len < cap - 1 ? len : cap - 1;
        for (size_t k = 0; k < m; k++)
            buf[k] = p[k];
        buf[m] = 0;
    }
    return (int)len;
}
