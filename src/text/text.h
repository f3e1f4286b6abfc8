/* text.h - the analysed text of one document: normalised bytes, the map back
 * to the original input, paragraphs, lines, sentences and tokens.
 *
 * Every later stage works on `norm` and converts its spans back with
 * text_span(); nothing else knows how the text was cleaned. */
#ifndef DL_TEXT_H
#define DL_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "../util/arena.h"
#include "dateline.h"

/* A run of normalised bytes and the original bytes it came from. When the
 * lengths are equal the run maps byte for byte; otherwise it is one
 * replacement (a curly quote became a straight one, say). */
typedef struct {
    size_t norm_start, norm_end;
    size_t orig_start, orig_end;
} text_seg;

enum tok_kind { TOK_WORD, TOK_NUM, TOK_PUNCT };

enum tok_flag {
    TF_SPACE = 1 << 0,      /* whitespace precedes it */
    TF_NEWLINE = 1 << 1,    /* a line break precedes it */
    TF_CAP = 1 << 2,        /* starts with an upper-case letter */
    TF_UPPER = 1 << 3,      /* every letter upper-case (and at least two) */
    TF_SENT_START = 1 << 4, /* first token of a sentence */
    TF_PARA_START = 1 << 5, /* first token of a paragraph */
    TF_ABBR = 1 << 6,       /* a '.' that ends an abbreviation, not a sentence */
    TF_ALPHA = 1 << 7       /* letters only */
};

/* 16 bytes: a large document has a token per five or six bytes of text.
 * A token is at most TOK_MAX_LEN bytes (a longer run is cut). */
typedef struct {
    uint32_t start;      /* into norm; it ends at start + len */
    uint16_t len;
    uint8_t kind, flags;
    uint32_t sent;       /* index of its sentence */
    uint32_t hash;       /* lex_hash of its text, for lexicon look-ups */
} token;
#define TOK_MAX_LEN 65535

typedef struct {
    size_t start, end;         /* into norm */
    size_t tok_start, tok_end; /* token range [tok_start, tok_end) */
    size_t para;
} sentence;

typedef struct {
    size_t start, end; /* into norm, blank lines excluded */
    size_t sent_start, sent_end;
} paragraph;

typedef struct {
    size_t start, end; /* into norm, without the newline */
} line;

typedef struct text {
    const char *orig;
    size_t orig_len;
    char *norm;
    size_t len;
    text_seg *segs;
    size_t nsegs, cap_segs;
    /* seg_first[k]: the segment holding normalised byte k << TEXT_SEG_BITS,
     * so that a look-up searches a few segments, not all (offsets.c) */
    uint32_t *seg_first;
    size_t nseg_first;
    token *toks;
    size_t ntoks, cap_toks;
    sentence *sents;
    size_t nsents, cap_sents;
    paragraph *paras;
    size_t nparas, cap_paras;
    line *lines;
    size_t nlines, cap_lines;
    /* numeric dates "a/b/yyyy" of this text put the day first (1), the
     * month first (-1), or say neither (0): set by date_numeric_order */
    int day_first;
} text;

/* Check UTF-8. On the first invalid sequence returns DL_EINPUT with its
 * offset in *bad. (With --lossy the normaliser turns each invalid byte into
 * U+FFFD instead; spans still refer to the input as given.) */
dl_status text_check_utf8(const char *s, size_t n, size_t *bad);
/* Build `t` from the input bytes: normalise, then split. */
dl_status text_build(arena *a, text *t, const char *s, size_t n);

/* Normalise only (text_build calls it): fills norm, len and segs. */
dl_status text_normalize(arena *a, text *t);
/* Split into lines, paragraphs, sentences and tokens. */
dl_status text_split(arena *a, text *t);
dl_status text_tokenize(arena *a, text *t);

#define TEXT_SEG_BITS 8
/* Index the segments for text_span (text_normalize calls it). */
dl_status text_index_segs(arena *a, text *t);
/* Original span of the normalised bytes [nstart, nend). */
dl_span text_span(const text *t, size_t nstart, size_t nend);
/* Original span of tokens [first, last) */
dl_span text_tok_span(const text *t, size_t first, size_t last);
/* Normalised offset of an original one (the nearest mapped byte at or after). */
size_t text_norm_offset(const text *t, size_t orig);

/* Token helpers. */
static inline const char *tok_str(const text *t, size_t i)
{
    return t->norm + t->toks[i].start;
}
static inline size_t tok_len(const text *t, size_t i)
{
    return t->toks[i].len;
}
/* Where token i ends in norm. */
static inline size_t tok_end(const text *t, size_t i)
{
    return (size_t)t->toks[i].start + t->toks[i].len;
}
/* ASCII lower case of c. */
static inline char tok_fold(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}
/* Token i's text equals word (ASCII case folded). Inline: the stages ask
 * it at most tokens, and most answers are settled by the first byte. */
static inline int tok_is(const text *t, size_t i, const char *word)
{
    if (i >= t->ntoks)
        return 0;
    const char *s = tok_str(t, i);
    size_t n = tok_len(t, i);
    for (size_t k = 0; k < n; k++) {
        char w = tok_fold(word[k]);
        if (tok_fold(s[k]) != w || !w)
            return 0; /* a shorter word stops at its NUL */
    }
    return word[n] == 0;
}
/* Token i is a lower-case word in "-ly" of five letters or more: an
 * adverb ("illegally", "reportedly"; English, as the stages that ask). */
static inline int tok_ly_adverb(const text *t, size_t i)
{
    size_t n = i < t->ntoks && t->toks[i].kind == TOK_WORD ? t->toks[i].len : 0;
    const char *s = n ? t->norm + t->toks[i].start : NULL;
    return n >= 5 && !(t->toks[i].flags & (TF_CAP | TF_UPPER)) && s[n - 2] == 'l' &&
           s[n - 1] == 'y';
}

/* Token i is the single punctuation character c. */
static inline int tok_punct(const text *t, size_t i, char c)
{
    return i < t->ntoks && t->toks[i].kind == TOK_PUNCT && t->toks[i].len == 1 &&
           t->norm[t->toks[i].start] == c;
}

#endif
