/* word16.h - the tokenizer's common word (a run of ASCII letters and
 * digits shorter than sixteen bytes) read with SSE2 in one step: where it
 * ends, its lexicon hash and its case, with no branch per byte.
 *
 * The hash is the polynomial of lexicon.h, h' = h * LEX_HASH_B + c over the
 * folded bytes: each byte times its power of LEX_HASH_B as if sixteen bytes
 * were there (pmaddwd on 16-bit halves of the powers), then the extra
 * powers taken out with the inverse of LEX_HASH_B (odd, so invertible
 * modulo 2^32). Needs sixteen readable bytes from the word's first byte:
 * the normaliser leaves sixteen NUL bytes after the text. x86 only; other
 * machines use the byte loop of tokens.c. */
#ifndef DL_WORD16_H
#define DL_WORD16_H

#ifdef __SSE2__
#include <emmintrin.h>
#include <stdint.h>

#include "lexicon.h"

/* LEX_HASH_B^k modulo 2^32 */
#define W16_P0 1u
#define W16_P1 ((uint32_t)(W16_P0 * LEX_HASH_B))
#define W16_P2 ((uint32_t)(W16_P1 * LEX_HASH_B))
#define W16_P3 ((uint32_t)(W16_P2 * LEX_HASH_B))
#define W16_P4 ((uint32_t)(W16_P3 * LEX_HASH_B))
#define W16_P5 ((uint32_t)(W16_P4 * LEX_HASH_B))
#define W16_P6 ((uint32_t)(W16_P5 * LEX_HASH_B))
#define W16_P7 ((uint32_t)(W16_P6 * LEX_HASH_B))
#define W16_P8 ((uint32_t)(W16_P7 * LEX_HASH_B))
#define W16_P9 ((uint32_t)(W16_P8 * LEX_HASH_B))
#define W16_P10 ((uint32_t)(W16_P9 * LEX_HASH_B))
#define W16_P11 ((uint32_t)(W16_P10 * LEX_HASH_B))
#define W16_P12 ((uint32_t)(W16_P11 * LEX_HASH_B))
#define W16_P13 ((uint32_t)(W16_P12 * LEX_HASH_B))
#define W16_P14 ((uint32_t)(W16_P13 * LEX_HASH_B))
#define W16_P15 ((uint32_t)(W16_P14 * LEX_HASH_B))
#define W16_P16 ((uint32_t)(W16_P15 * LEX_HASH_B))
/* the inverse of LEX_HASH_B modulo 2^32 */
#define W16_INV 0x78819a6bu
_Static_assert((uint32_t)(W16_INV * LEX_HASH_B) == 1u,
               "W16_INV is the inverse of LEX_HASH_B modulo 2^32");

/* p = H * 65536 + L modulo 2^32 with H and L signed 16-bit (pmaddwd
 * multiplies signed words). */
#define W16_LO(p) ((short)((int)((p) & 0xFFFFu) - (((p) & 0x8000u) ? 0x10000 : 0)))
#define W16_HI(p) W16_LO(((uint32_t)(p) - (uint32_t)(int)W16_LO(p)) >> 16)

static const uint32_t w16_pow[17] = {
    W16_P0,  W16_P1,  W16_P2,  W16_P3,  W16_P4,  W16_P5,  W16_P6,
    W16_P7,  W16_P8,  W16_P9,  W16_P10, W16_P11, W16_P12, W16_P13,
    W16_P14, W16_P15, W16_P16,
};

/* W16_INV^k for k = 0..16 */
#define W16_I1 W16_INV
#define W16_I2 ((uint32_t)(W16_I1 * W16_I1))
#define W16_I4 ((uint32_t)(W16_I2 * W16_I2))
#define W16_I8 ((uint32_t)(W16_I4 * W16_I4))
static const uint32_t w16_inv[17] = {
    1u,
    W16_I1,
    W16_I2,
    (uint32_t)(W16_I2 * W16_I1),
    W16_I4,
    (uint32_t)(W16_I4 * W16_I1),
    (uint32_t)(W16_I4 * W16_I2),
    (uint32_t)(W16_I4 * W16_I2 * W16_I1),
    W16_I8,
    (uint32_t)(W16_I8 * W16_I1),
    (uint32_t)(W16_I8 * W16_I2),
    (uint32_t)(W16_I8 * W16_I2 * W16_I1),
    (uint32_t)(W16_I8 * W16_I4),
    (uint32_t)(W16_I8 * W16_I4 * W16_I1),
    (uint32_t)(W16_I8 * W16_I4 * W16_I2),
    (uint32_t)(W16_I8 * W16_I4 * W16_I2 * W16_I1),
    (uint32_t)(W16_I8 * W16_I8),
};

typedef struct {
    unsigned len;   /* bytes of the run (16: it may go on; not read) */
    uint32_t hash;  /* lex_hash of the run, ASCII case folded */
    unsigned caps;  /* bit m: byte m is a capital */
    unsigned lower; /* bit m: byte m is a lower-case letter */
    unsigned digit; /* bit m: byte m is a digit */
} word16;

/* Sum of byte m of v (16-bit lanes of lo: bytes 0-7, hi: 8-15) times
 * LEX_HASH_B^(15-m), modulo 2^32. */
static inline uint32_t w16_poly(__m128i lo, __m128i hi)
{
    /* _mm_set_epi16 lists lanes from the last: lane 0 (byte 0) is last */
    const __m128i llo = _mm_set_epi16(
        W16_LO(W16_P8), W16_LO(W16_P9), W16_LO(W16_P10), W16_LO(W16_P11),
        W16_LO(W16_P12), W16_LO(W16_P13), W16_LO(W16_P14), W16_LO(W16_P15));
    const __m128i lhi = _mm_set_epi16(
        W16_LO(W16_P0), W16_LO(W16_P1), W16_LO(W16_P2), W16_LO(W16_P3),
        W16_LO(W16_P4), W16_LO(W16_P5), W16_LO(W16_P6), W16_LO(W16_P7));
    const __m128i hlo = _mm_set_epi16(
        W16_HI(W16_P8), W16_HI(W16_P9), W16_HI(W16_P10), W16_HI(W16_P11),
        W16_HI(W16_P12), W16_HI(W16_P13), W16_HI(W16_P14), W16_HI(W16_P15));
    const __m128i hhi = _mm_set_epi16(
        W16_HI(W16_P0), W16_HI(W16_P1), W16_HI(W16_P2), W16_HI(W16_P3),
        W16_HI(W16_P4), W16_HI(W16_P5), W16_HI(W16_P6), W16_HI(W16_P7));
    __m128i sl = _mm_add_epi32(_mm_madd_epi16(lo, llo), _mm_madd_epi16(hi, lhi));
    __m128i sh = _mm_add_epi32(_mm_madd_epi16(lo, hlo), _mm_madd_epi16(hi, hhi));
    __m128i t = _mm_add_epi32(sl, _mm_slli_epi32(sh, 16));
    t = _mm_add_epi32(t, _mm_shuffle_epi32(t, _MM_SHUFFLE(1, 0, 3, 2)));
    t = _mm_add_epi32(t, _mm_shuffle_epi32(t, _MM_SHUFFLE(2, 3, 0, 1)));
    return (uint32_t)_mm_cvtsi128_si32(t);
}

/* The run of ASCII letters and digits at p (at least one byte). */
static inline void w16_scan(const char *p, word16 *w)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i f = _mm_or_si128(v, _mm_set1_epi8(0x20)); /* folded */
    /* signed compares: bytes from 0x80 are neither */
    __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                  _mm_cmpgt_epi8(_mm_set1_epi8('9' + 1), v));
    __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(f, _mm_set1_epi8('a' - 1)),
                                   _mm_cmpgt_epi8(_mm_set1_epi8('z' + 1), f));
    __m128i cap = _mm_and_si128(
        letter, _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8(0x20)),
                               _mm_setzero_si128()));
    unsigned alnum = (unsigned)_mm_movemask_epi8(_mm_or_si128(digit, letter));
    unsigned k = (unsigned)__builtin_ctz(~alnum); /* 0 to 16 */
    unsigned keep = (1u << k) - 1;
    w->len = k;
    w->caps = (unsigned)_mm_movemask_epi8(cap) & keep;
    w->lower = (unsigned)_mm_movemask_epi8(letter) & keep & ~w->caps;
    w->digit = (unsigned)_mm_movemask_epi8(digit) & keep;
    /* the folded bytes of the run, zero after it */
    const __m128i idx = _mm_set_epi8(15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4,
                                     3, 2, 1, 0);
    __m128i in = _mm_cmplt_epi8(idx, _mm_set1_epi8((char)k));
    __m128i b = _mm_and_si128(f, in);
    __m128i z = _mm_setzero_si128();
    uint32_t s = w16_poly(_mm_unpacklo_epi8(b, z), _mm_unpackhi_epi8(b, z));
    w->hash = LEX_HASH_INIT * w16_pow[k] + s * w16_inv[16 - k];
}

#endif /* __SSE2__ */
#endif
