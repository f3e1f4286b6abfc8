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
    const uint32_t *slots; /* hash of a key -> its first entry + 1; 0 empty */
    uint32_t slot_mask;    /* slots - 1 (a power of two) */
    const uint8_t *prefix; /* bit (hash & prefix_mask) set for each key prefix */
    uint32_t prefix_mask;
} lex_table;

/* The key hash: h' = (h * B + c) mod P over the ASCII-folded bytes, from
 * h = 0. tools/lexgen.sh computes the same in awk. */
#define LEX_HASH_B 1000003u
#define LEX_HASH_P 2147483647u

static inline uint32_t lex_hash_byte(uint32_t h, unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        c = (unsigned char)(c + 32);
    return (uint32_t)(((uint64_t)h * LEX_HASH_B + c) % LEX_HASH_P);
}

/* Continue hash h over s[0..n). */
uint32_t lex_hash(uint32_t h, const char *s, size_t n);
/* lex_all for a key whose hash the caller already has. */
const lex_entry *lex_all_hashed(const lex_table *t, uint32_t h, const char *s,
                                size_t n, size_t *count);
/* False when no key starts with the text of hash h; true when one does
 * (and, rarely, when none does). */
static inline int lex_may_start(const lex_table *t, uint32_t h)
{
    uint32_t b = h & t->prefix_mask;
    return (t->prefix[b >> 3] >> (b & 7)) & 1;
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
