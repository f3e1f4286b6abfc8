/* lexicon.c - look-ups in the compiled word lists through their hash index.
 *
 * Comparison folds ASCII letters only; non-ASCII bytes compare as they are,
 * so data files must hold their non-ASCII keys in lower case. */
#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

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

const lex_entry *lex_all_hashed(const lex_table *t, uint32_t h, const char *s,
                                size_t n, size_t *count)
{
    if (count)
        *count = 0;
    uint32_t mask = (1u << t->slot_bits) - 1;
    uint32_t j = (h * LEX_HASH_MIX) >> (32 - t->slot_bits);
    for (; t->slots[j]; j = (j + 1) & mask) {
        const lex_entry *e = &t->entries[t->slots[j] - 1];
        if (!same_key(e->key, s, n))
            continue;
        if (count) {
            size_t k = 1, i = (size_t)(e - t->entries);
            while (i + k < t->n && !strcmp(t->entries[i + k].key, e->key))
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
