/* lexicon.h - read-only word lists compiled from data/LANG/NAME.txt.
 *
 * Keys are lower-case and sorted; look-ups fold ASCII case and go through a
 * hash index built with the table. Multi-word keys ("at least") are matched
 * against runs of tokens by text/phrase_match.c. The tables are const and
 * shared by all threads. */
#ifndef DL_LEXICON_H
#define DL_LEXICON_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    const char *key;
    const char *value;
} lex_entry;

typedef struct {
    const lex_entry *entries;
    size_t n;
    int max_words; /* most words in one key */
    const char *source;
    const uint32_t *slots; /* by hash: a key's first entry + 1; 0 empty */
    const uint32_t *slot_hash; /* the hash of that key */
    int slot_bits;         /* 2^slot_bits slots, by the mixed hash's top bits */
    const uint8_t *prefix; /* bitset: the bit of each key prefix's hash set */
    int prefix_bits;       /* 2^prefix_bits bits, the same way */
    const uint8_t *first;  /* bitset: the prefixes that may be a key's first
                              token (they end where a token may end), two
                              bits each (lex_may_first) */
    int first_bits;        /* 2^first_bits bits, the same way */
    /* With at most 32 distinct values (else NULL, 0): per entry, bit k set
     * for each value of its key that is values[k] (the distinct values in
     * byte order), so one look-up tells all the values of a key. */
    const uint32_t *value_masks;
    const char *const *values;
    int nvalues;
} lex_table;

/* The key hash: from LEX_HASH_INIT, h' = h * LEX_HASH_B + c modulo 2^32
 * over the ASCII-folded bytes c. tools/lexgen.sh computes the same. */
#define LEX_HASH_INIT 2166136261u
#define LEX_HASH_B 1000003u
/* Tables use the top bits of h * LEX_HASH_MIX (modulo 2^32). */
#define LEX_HASH_MIX 2654435769u

static inline uint32_t lex_hash_byte(uint32_t h, unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        c = (unsigned char)(c + 32);
    return h * LEX_HASH_B + c;
}

/* LEX_HASH_B^n modulo 2^32. */
extern const uint32_t lex_hash_pow32[32]; /* for n < 32 */
uint32_t lex_hash_pow_long(size_t n);
static inline uint32_t lex_hash_pow(size_t n)
{
    return n < 32 ? lex_hash_pow32[n] : lex_hash_pow_long(n);
}
/* The hash of a||b from the hashes of a and of b, nb = strlen(b). */
static inline uint32_t lex_hash_join(uint32_t ha, uint32_t hb, size_t nb)
{
    return (ha - LEX_HASH_INIT) * lex_hash_pow(nb) + hb;
}
/* Continue hash h over s[0..n) (the hash of s: lex_hash(LEX_HASH_INIT..)). */
uint32_t lex_hash(uint32_t h, const char *s, size_t n);
/* lex_all for a key whose hash the caller already has. */
const lex_entry *lex_all_hashed(const lex_table *t, uint32_t h, const char *s,
                                size_t n, size_t *count);
/* False when no key starts with the text of hash h; true when one does
 * (and, rarely, when none does). */
static inline int lex_may_start(const lex_table *t, uint32_t h)
{
    uint32_t b = (h * LEX_HASH_MIX) >> (32 - t->prefix_bits);
    return (t->prefix[b >> 3] >> (b & 7)) & 1;
}

/* False when no key's first token can be the token whose hash is h (a
 * token spelling a whole key's prefix up to a space, hyphen, dot,
 * apostrophe or other non-alphanumeric byte, or the whole key); true when
 * one can (and, rarely, when none can). Stricter than lex_may_start for the
 * first token of a run. */
static inline int lex_may_first(const lex_table *t, uint32_t h)
{
    uint32_t r = h * LEX_HASH_MIX;
    uint32_t b = r >> (32 - t->first_bits);
    if (!((t->first[b >> 3] >> (b & 7)) & 1))
        return 0;
    b = (r >> 2) & ((1u << t->first_bits) - 1);
    return (t->first[b >> 3] >> (b & 7)) & 1;
}

/* The table holds a key of hash h (or, rarely, only another key of that
 * hash: the text still has to be compared). */
static inline int lex_has_hash(const lex_table *t, uint32_t h)
{
    uint32_t mask = (1u << t->slot_bits) - 1;
    for (uint32_t j = (h * LEX_HASH_MIX) >> (32 - t->slot_bits); t->slots[j];
         j = (j + 1) & mask)
        if (t->slot_hash[j] == h)
            return 1;
    return 0;
}

/* First entry whose key equals s[0..n) ignoring ASCII case, or NULL. */
const lex_entry *lex_get(const lex_table *t, const char *s, size_t n);
/* All entries with that key: returns the first, sets *count. */
const lex_entry *lex_all(const lex_table *t, const char *s, size_t n,
                         size_t *count);
/* True when the key is present. */
int lex_has(const lex_table *t, const char *s, size_t n);
/* Value of the key as an integer, or `dflt` when absent. */
long lex_int(const lex_table *t, const char *s, size_t n, long dflt);
/* The value's field number `i` (0-based, '|'-separated) into buf. Returns
 * the field length, or -1 when it has fewer fields. */
int lex_field(const char *value, int i, char *buf, size_t cap);

#endif
