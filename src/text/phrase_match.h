/* phrase_match.h - the lexicon keys spelled by runs of tokens.
 *
 * A run's text is its tokens joined by one space where the text had
 * whitespace ("at least", "no-one", "U.S.-led", "gen."), looked up ASCII
 * case folded, so a key only ever matches whole tokens. Shared by every
 * stage; what a match means is for the stage to decide. */
#ifndef DL_PHRASE_MATCH_H
#define DL_PHRASE_MATCH_H

#include <stddef.h>

#include "lexicon.h"
#include "text.h"

enum {
    PM_SAME_SENT = 1 << 0,  /* stay inside token i's sentence */
    PM_FIRST_WORD = 1 << 1, /* token i must be a word */
    PM_END_WORD = 1 << 2,   /* a match ends on a word or a '.' ("gen.") */
    PM_NO_PUNCT = 1 << 3,   /* span no punctuation but '-' and '\'' */
};

typedef struct {
    size_t limit;      /* only tokens before this one */
    size_t max_toks;   /* most tokens in one match */
    unsigned flags;    /* PM_* */
    const char *value; /* only keys with an entry of this value (NULL: any) */
} pm_opts;

/* Longest key of `tab` spelled by tokens [i, i+n) under the options.
 * Returns n (0: none) and, when e is not NULL, the key's first entry (with
 * o->value: its first entry of that value) in *e. */
size_t phrase_match(const text *t, size_t i, const lex_table *tab,
                    const pm_opts *o, const lex_entry **e);
/* The entry of `tab` spelled by exactly tokens [i, i+n), or NULL; with
 * value, the first entry of the key that has this value. */
const lex_entry *phrase_lookup(const text *t, size_t i, size_t n,
                               const lex_table *tab, const char *value);

/* lex_all / lex_get of token i's text, through its precomputed hash. */
static inline const lex_entry *tok_lex_all(const text *t, size_t i,
                                           const lex_table *tab, size_t *count)
{
    return lex_all_hashed(tab, t->toks[i].hash, tok_str(t, i), tok_len(t, i),
                          count);
}
static inline const lex_entry *tok_lex(const text *t, size_t i,
                                       const lex_table *tab)
{
    return tok_lex_all(t, i, tab, NULL);
}
static inline int tok_in(const text *t, size_t i, const lex_table *tab)
{
    return tok_lex_all(t, i, tab, NULL) != NULL;
}

#endif
