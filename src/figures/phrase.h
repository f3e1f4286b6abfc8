/* phrase.h - match the figures stage's word lists against runs of tokens.
 *
 * A run of tokens is read as its words joined by single spaces where the
 * text had space ("at least", "no-one", "no."), then looked up in a
 * lexicon. Used by every part of the figures stage; knows no word itself. */
#ifndef DL_FIG_PHRASE_H
#define DL_FIG_PHRASE_H

#include <stddef.h>

#include "../text/text.h"
#include "lexicon.h"

size_t phrase_at_run(const text *t, size_t i, size_t limit, const lex_table *tab,
                     const lex_entry **e);
/* Longest entry of `tab` made of tokens [i, i+n) with i+n <= limit. Returns
 * n (0: none) and the entry in *e (may be NULL). The first test inline:
 * most tokens start no key (the table's first-token bitset). */
static inline size_t phrase_at(const text *t, size_t i, size_t limit,
                               const lex_table *tab, const lex_entry **e)
{
    if (i >= t->ntoks || i >= limit || !lex_may_first(tab, t->toks[i].hash))
        return 0;
    return phrase_at_run(t, i, limit, tab, e);
}
/* Longest entry made of tokens [end-n, end) with end-n >= floor. */
size_t phrase_before(const text *t, size_t end, size_t floor,
                     const lex_table *tab, const lex_entry **e);
/* Token i is a word found in `tab`. */
int word_in(const text *t, size_t i, const lex_table *tab);

#endif
