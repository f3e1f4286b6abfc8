/* normalize.c - clean input for analysis and keep the map back to it.
 *
 * Undoes what PDF converters and Markdown leave behind: BOM, CR, NUL and
 * control bytes, curly quotes and dashes, odd spaces, `**bold**` markers,
 * `---` rules, `#` headings, and words hyphenated across a line break.
 * Everything kept or replaced is recorded in t->segs so spans can be mapped
 * back to the input as given (offsets.c). Paragraph structure is kept. */
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "furniture.h"
#include "text.h"
#include "utf8.h"

typedef struct {
    arena *a;
    text *t;
    size_t cap;
    furniture furn; /* page numbers and running headers to drop */
} builder;

static inline int reserve(builder *b, size_t extra)
{
    text *t = b->t;
    if (t->len + extra + 1 <= b->cap)
        return 0;
    size_t ncap = b->cap * 2 + extra + 16;
    char *n = arena_alloc_raw(b->a, ncap); /* written before read */
    if (!n)
        return -1;
    memcpy(n, t->norm, t->len);
    t->norm = n;
    b->cap = ncap;
    return 0;
}

static inline int add_seg(builder *b, size_t o, size_t on, size_t nn)
{
    text *t = b->t;
    if (t->nsegs) {
        text_seg *last = &t->segs[t->nsegs - 1];
        int linear = last->norm_end - last->norm_start ==
                     last->orig_end - last->orig_start;
        if (linear && on == nn && last->orig_end == o &&
            last->norm_end == t->len) {
            last->norm_end += nn;
            last->orig_end += on;
            return 0;
        }
    }
    text_seg *s = VEC_PUSH(b->a, t->segs, t->nsegs, t->cap_segs);
    if (!s)
        return -1;
    *s = (text_seg){t->len, t->len + nn, o, o + on};
    return 0;
}

/* Emit `nn` bytes of `str` standing for original bytes [o, o+on). */
static inline int emit(builder *b, size_t o, size_t on, const char *str, size_t nn)
{
    if (reserve(b, nn) || add_seg(b, o, on, nn))
        return -1;
    memcpy(b->t->norm + b->t->len, str, nn);
    b->t->len += nn;
    return 0;
}

static int is_blank(char c)
{
    return c == ' ' || c == '\t';
}

/* A byte a Markdown rule is made of. (NUL too, as strchr("-*_=", c)
 * answered before: a line of NUL bytes reads as a rule and goes.) */
static int rule_mark(char c)
{
    return c == '-' || c == '*' || c == '_' || c == '=' || c == 0;
}

/* A Markdown rule: only one of - * _ = (three or more) and blanks. */
static int rule_line(const char *s, size_t n, size_t i, size_t *end)
{
    char mark = 0;
    int count = 0;
    size_t j = i;
    for (; j < n && s[j] != '\n' && s[j] != '\r'; j++) {
        if (is_blank(s[j]))
            continue;
        if (!rule_mark(s[j]) || (mark && s[j] != mark))
            return 0;
        mark = s[j];
        count++;
    }
    *end = j;
    return count >= 3;
}

/* What to put for a known non-ASCII character, or NULL to keep it.
 * "" deletes it. */
static const char *replacement(int32_t cp)
{
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
        return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
    case 0x00AB: case 0x00BB:
        return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212:
        return "-";
    case 0x00A0: case 0x2002: case 0x2003: case 0x2007: case 0x2009:
    case 0x200A: case 0x202F: case 0x3000:
        return " ";
    case 0x2026:
        return "...";
    case 0x200B: case 0x200C: case 0x200D: case 0x00AD: case 0xFEFF:
    case 0x2060:
        return "";
    case 0x2028: case 0x2029:
        return "\n";
    default:
        return NULL;
    }
}

/* Line-end hyphenation at s[i] == '-': returns bytes to skip after the
 * hyphen (0 if none) and whether the hyphen itself goes (*drop). */
static size_t hyphen_break(const builder *b, const char *s, size_t n, size_t i,
                           int *drop)
{
    const text *t = b->t;
    if (t->len == 0)
        return 0;
    char prev = t->norm[t->len - 1];
    if (!((prev >= 'a' && prev <= 'z') || (prev >= 'A' && prev <= 'Z')))
        return 0;
    size_t j = i + 1;
    while (j < n && is_blank(s[j]))
        j++;
    if (j < n && s[j] == '\r')
        j++;
    if (j >= n || s[j] != '\n')
        return 0;
    j++;
    if (furniture_at(&b->furn, j))
        return 0;
    while (j < n && is_blank(s[j]))
        j++;
    if (j >= n)
        return 0;
    char next = s[j];
    if (next >= 'a' && next <= 'z')
        *drop = 1;
    else if (next >= 'A' && next <= 'Z')
        *drop = 0;
    else
        return 0;
    return j - (i + 1);
}

/* Handle what may start a line: rules and heading marks. Returns the new
 * position. */
static size_t line_start(const char *s, size_t n, size_t i)
{
    size_t end;
    if (rule_line(s, n, i, &end))
        return end;
    size_t j = i;
    while (j < n && is_blank(s[j]))
        j++;
    size_t h = j;
    while (h < n && s[h] == '#' && h - j < 6)
        h++;
    if (h > j && h < n && s[h] == ' ')
        return h + 1;
    return i;
}

/* Drop the last normalised byte (a hyphen before a page break). */
static void unemit(builder *b)
{
    text *t = b->t;
    text_seg *g = &t->segs[t->nsegs - 1];
    t->len--;
    g->norm_end--;
    if (g->orig_end - g->orig_start == g->norm_end + 1 - g->norm_start)
        g->orig_end--;
    if (g->norm_end == g->norm_start)
        t->nsegs--;
}

static int ends_sentence(const text *t)
{
    size_t i = t->len;
    while (i > 0 && (t->norm[i - 1] == ' ' || t->norm[i - 1] == '\n'))
        i--;
    return i == 0 || strchr(".!?:;", t->norm[i - 1]) ||
           (i >= 2 && strchr("\"')", t->norm[i - 1]) && strchr(".!?", t->norm[i - 2]));
}

/* A line break at s[i] followed by page furniture ("Page 1 of 2", a running
 * footer, a form feed): the furniture goes; the text around it is joined
 * when the sentence runs on, else a paragraph break is kept. */
static int page_break(builder *b, const char *s, size_t n, size_t *pi)
{
    int crossed;
    size_t i = *pi, k = furniture_skip(&b->furn, s, n, i + 1, &crossed);
    if (!crossed)
        return 1;
    size_t j = k;
    while (j < n && is_blank(s[j]))
        j++;
    int lower = j < n && s[j] >= 'a' && s[j] <= 'z';
    text *t = b->t;
    *pi = k;
    if (lower && !ends_sentence(t)) {
        size_t l = t->len;
        if (l >= 2 && t->norm[l - 1] == '-' && ((t->norm[l - 2] | 32) >= 'a' &&
                                                  (t->norm[l - 2] | 32) <= 'z')) {
            unemit(b); /* "re-" + page break + "newed" */
            return 0;
        }
        return emit(b, i, 1, "\n", 1);
    }
    return emit(b, i, 1, "\n\n", 2);
}

static int step_ascii(builder *b, const char *s, size_t n, size_t *pi)
{
    size_t i = *pi;
    char c = s[i];
    if (b->furn.n && (c == '\n' || (c == '\r' && i + 1 < n && s[i + 1] == '\n'))) {
        size_t nl = c == '\n' ? i : i + 1;
        int rc = page_break(b, s, n, &nl);
        if (rc != 1) {
            *pi = nl;
            return rc;
        }
    }
    if (c == '\r') {
        *pi = i + 1;
        if (i + 1 < n && s[i + 1] == '\n')
            return 0; /* dropped; the \n follows */
        return emit(b, i, 1, "\n", 1);
    }
    if ((c == '*' || c == '_') && i + 1 < n && s[i + 1] == c) {
        *pi = i + 2;
        return 0;
    }
    if (c == '-') {
        int drop = 0;
        size_t skip = hyphen_break(b, s, n, i, &drop);
        if (skip) {
            *pi = i + 1 + skip;
            return drop ? 0 : emit(b, i, 1, "-", 1);
        }
    }
    *pi = i + 1;
    if (c == '\f' || c == '\v')
        return emit(b, i, 1, "\n", 1);
    if ((unsigned char)c < 0x20 && c != '\n' && c != '\t')
        return emit(b, i, 1, " ", 1);
    if (c == 0x7f)
        return emit(b, i, 1, " ", 1);
    return emit(b, i, 1, s + i, 1);
}

/* Length of the run from s[i] that is copied unchanged: printable ASCII
 * other than the marks step_ascii looks at ('*', '_', '-'). */
static size_t plain_run(const char *s, size_t n, size_t i)
{
    /* 1 for bytes copied as they are; bytes from 0x80 are all 0 */
    static const unsigned char plain[256] = {
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
    };
    size_t j = i;
#ifdef __SSE2__
    /* sixteen bytes at a time: the first byte that is not plain ends it */
    const __m128i lo = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7F);
    const __m128i star = _mm_set1_epi8('*'), dash = _mm_set1_epi8('-'),
                  under = _mm_set1_epi8('_');
    while (j + 16 <= n) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + j));
        /* signed: bytes from 0x80 are below 0x20 too */
        __m128i bad = _mm_or_si128(_mm_cmplt_epi8(v, lo), _mm_cmpeq_epi8(v, del));
        bad = _mm_or_si128(bad, _mm_or_si128(_mm_cmpeq_epi8(v, star),
                                             _mm_cmpeq_epi8(v, dash)));
        bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, under));
        unsigned m = (unsigned)_mm_movemask_epi8(bad);
        if (m)
            return j + (size_t)__builtin_ctz(m) - i;
        j += 16;
    }
#else
    /* eight bytes at a time while all are plain: none below 0x20 or above
     * 0x7E, none of '*', '-', '_' (a false alarm only ends the fast part) */
    const uint64_t ones = 0x0101010101010101u, highs = ones * 0x80;
    while (j + 8 <= n) {
        uint64_t x, bad;
        memcpy(&x, s + j, 8);
        bad = ((x - ones * 0x20) & ~x) | x | (x + ones);
        uint64_t a = x ^ (ones * '*'), b = x ^ (ones * '-'), c = x ^ (ones * '_');
        bad |= ((a - ones) & ~a) | ((b - ones) & ~b) | ((c - ones) & ~c);
        if (bad & highs)
            break;
        j += 8;
    }
#endif
    while (j < n && plain[(unsigned char)s[j]])
        j++;
    return j - i;
}

static int step_utf8(builder *b, const char *s, size_t n, size_t *pi)
{
    size_t i = *pi;
    int32_t cp;
    int k = utf8_decode(s + i, n - i, &cp);
    if (k < 0) {
        *pi = i + 1;
        return emit(b, i, 1, "\xEF\xBF\xBD", 3);
    }
    *pi = i + (size_t)k;
    const char *r = replacement(cp);
    if (!r)
        return emit(b, i, (size_t)k, s + i, (size_t)k);
    size_t rn = strlen(r);
    return rn ? emit(b, i, (size_t)k, r, rn) : 0;
}

dl_status text_normalize(arena *a, text *t)
{
    const char *s = t->orig;
    size_t n = t->orig_len;
    builder b = {a, t, n + n / 8 + 64, {NULL, 0}};
    t->norm = arena_alloc_raw(a, b.cap); /* written before read */
    if (!t->norm)
        return DL_ENOMEM;
    t->len = 0;
    size_t i = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    if (furniture_scan(a, s, n, &b.furn))
        return DL_ENOMEM;
    if (b.furn.n) {
        int crossed;
        i = furniture_skip(&b.furn, s, n, i, &crossed);
    }
    int at_line_start = 1;
    while (i < n) {
        if (at_line_start) {
            i = line_start(s, n, i);
            at_line_start = 0;
            if (i >= n)
                break;
        }
        size_t run = plain_run(s, n, i);
        if (run) {
            if (emit(&b, i, run, s + i, run))
                return DL_ENOMEM;
            i += run;
            continue;
        }
        int rc = ((unsigned char)s[i] < 0x80) ? step_ascii(&b, s, n, &i)
                                              : step_utf8(&b, s, n, &i);
        if (rc)
            return DL_ENOMEM;
        if (t->len && t->norm[t->len - 1] == '\n')
            at_line_start = 1;
    }
    /* a NUL, then room for the tokenizer to read sixteen bytes from any
     * byte of the text (word16.h) */
    if (reserve(&b, 16))
        return DL_ENOMEM;
    memset(t->norm + t->len, 0, 16);
    return text_index_segs(a, t);
}
