/* lexicon.h - read-only word lists compiled from data/LANG/NAME.txt.
 *
 * Keys are lower-case and sorted; look-ups fold ASCII case. Multi-word keys
 * ("at least") are matched against runs of tokens by text/phrase.c. The
 * tables are const and shared by all threads. */
#ifndef DL_LEXICON_H
#define DL_LEXICON_H

#include <stddef.h>

typedef struct {
    const char *key;
    const char *value;
} lex_entry;

typedef struct {
    const lex_entry *entries;
    size_t n;
    int max_words; /* most words in one key */
    const char *source;
} lex_table;

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
