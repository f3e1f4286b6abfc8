/* number.h - read one written number from tokens or from a string.
 *
 * Digits with separators and multipliers ("30,000", "30 000", "1.5 million",
 * "2.3m", "10k"), number words ("one hundred and thirty-four", "a dozen"),
 * vague amounts ("dozens", "tens of thousands"), and what only looks like a
 * count (ordinals, percentages, "1990s", "five-year"). It does not decide
 * whether a number counts people: that is the figures stage's job. */
#ifndef DL_FIG_NUMBER_H
#define DL_FIG_NUMBER_H

#include <stddef.h>
#include <stdint.h>

#include "../text/text.h"
#include "fig_words.h"
#include "lexicon.h"

typedef enum {
    NUM_NONE = 0, /* no number here */
    NUM_COUNT,    /* a cardinal: value is set */
    NUM_VAGUE,    /* "dozens", "many": no value */
    NUM_ORDINAL,  /* "19th", "twentieth": value is the rank */
    NUM_PERCENT,  /* "30%", "30 per cent" */
    NUM_OTHER     /* "1990s", "2.5", "19.01.2009", "5km": not a count */
} num_kind;

typedef struct {
    num_kind kind;
    int64_t value;  /* NUM_COUNT, NUM_ORDINAL */
    size_t ntoks;   /* tokens read */
    int digits;     /* written in digits */
    int yearlike;   /* four plain digits between 1000 and 2199 */
    int compound;   /* glued to a word by a hyphen: "five-year", "30-year-old" */
    int prefix;     /* a vague word that only counts before an event noun */
    int strong;     /* "5,000-strong": the size of a force */
} num_value;

/* Largest count accepted; bigger numbers are NUM_OTHER. */
#define NUM_MAX ((int64_t)1000000000000000)

/* The first token at or after i and before hi where a number may start
 * (hi: none). A quick test by kind, first digit and one bitset of the
 * words that may start an amount (mk/figures.mk: number words, ordinals,
 * vague amounts, negations such as "no one", "half"/"a"/"an"); rarely true
 * by mistake: num_read decides. The table's fields are read once, not per
 * token. */
static inline size_t num_next_start(const text *t, size_t i, size_t hi)
{
    const uint8_t *bits = lex_fig_starts.first;
    const unsigned shift = 32u - (unsigned)lex_fig_starts.first_bits;
    const uint32_t mask = (1u << lex_fig_starts.first_bits) - 1;
    for (; i < hi; i++) {
        const token *k = &t->toks[i];
        if (k->kind == TOK_NUM) {
            unsigned char c = (unsigned char)t->norm[k->start];
            if (c >= '0' && c <= '9')
                return i;
        } else if (k->kind == TOK_WORD) {
            uint32_t r = k->hash * LEX_HASH_MIX, b = r >> shift;
            if (!((bits[b >> 3] >> (b & 7)) & 1))
                continue;
            b = (r >> 2) & mask; /* the second bit, as lex_may_first */
            if ((bits[b >> 3] >> (b & 7)) & 1)
                return i;
        }
    }
    return hi;
}

/* Read the number starting at token i, reading no token at or after limit.
 * Returns the tokens read (out->ntoks; 0 when out->kind is NUM_NONE). */
size_t num_read(const text *t, size_t i, size_t limit, num_value *out);

/* Parse a whole string as one count ("30,000", "1.5 million", "one hundred
 * and thirty-four"). Returns 1 and sets *value when the entire string is a
 * count, else 0. Safe on any bytes (for fuzzing); longer than 1 MiB is 0. */
int num_parse(const char *s, size_t n, int64_t *value);

#endif
