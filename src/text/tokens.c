/* tokens.c - split normalised text into words, numbers and punctuation.
 *
 * Words keep letters, digits and marks; "U.S." and initials keep their dots.
 * Numbers keep inner separators and a letter suffix ("30,000", "19.01.2009",
 * "19th", "1990s", "2.3m"). Hyphens, slashes and apostrophes are tokens of
 * their own; TF_SPACE tells whether whitespace came before. The dot after a
 * known abbreviation ("Jan.", "Dr.") is marked TF_ABBR. */
#include <string.h>

#include "lexicons.h"
#include "text.h"
#include "utf8.h"
#include "word16.h"

/* Byte classes of ASCII (bytes from 0x80 are C_HIGH): one table look-up
 * instead of a chain of comparisons on the hot paths. */
enum { C_SPACE = 1, C_UPPER = 2, C_LOWER = 4, C_DIGIT = 8, C_HIGH = 16 };
#define C_ALPHA (C_UPPER | C_LOWER)
#define C_ALNUM (C_ALPHA | C_DIGIT)

static const unsigned char cls[256] = {
    ['\t'] = C_SPACE, ['\n'] = C_SPACE, ['\v'] = C_SPACE, ['\f'] = C_SPACE,
    ['\r'] = C_SPACE, [' '] = C_SPACE,
    ['0'] = C_DIGIT, ['1'] = C_DIGIT, ['2'] = C_DIGIT, ['3'] = C_DIGIT,
    ['4'] = C_DIGIT, ['5'] = C_DIGIT, ['6'] = C_DIGIT, ['7'] = C_DIGIT,
    ['8'] = C_DIGIT, ['9'] = C_DIGIT,
    ['A'] = C_UPPER, ['B'] = C_UPPER, ['C'] = C_UPPER, ['D'] = C_UPPER,
    ['E'] = C_UPPER, ['F'] = C_UPPER, ['G'] = C_UPPER, ['H'] = C_UPPER,
    ['I'] = C_UPPER, ['J'] = C_UPPER, ['K'] = C_UPPER, ['L'] = C_UPPER,
    ['M'] = C_UPPER, ['N'] = C_UPPER, ['O'] = C_UPPER, ['P'] = C_UPPER,
    ['Q'] = C_UPPER, ['R'] = C_UPPER, ['S'] = C_UPPER, ['T'] = C_UPPER,
    ['U'] = C_UPPER, ['V'] = C_UPPER, ['W'] = C_UPPER, ['X'] = C_UPPER,
    ['Y'] = C_UPPER, ['Z'] = C_UPPER,
    ['a'] = C_LOWER, ['b'] = C_LOWER, ['c'] = C_LOWER, ['d'] = C_LOWER,
    ['e'] = C_LOWER, ['f'] = C_LOWER, ['g'] = C_LOWER, ['h'] = C_LOWER,
    ['i'] = C_LOWER, ['j'] = C_LOWER, ['k'] = C_LOWER, ['l'] = C_LOWER,
    ['m'] = C_LOWER, ['n'] = C_LOWER, ['o'] = C_LOWER, ['p'] = C_LOWER,
    ['q'] = C_LOWER, ['r'] = C_LOWER, ['s'] = C_LOWER, ['t'] = C_LOWER,
    ['u'] = C_LOWER, ['v'] = C_LOWER, ['w'] = C_LOWER, ['x'] = C_LOWER,
    ['y'] = C_LOWER, ['z'] = C_LOWER,
#define H8(b) [b] = C_HIGH, [b + 1] = C_HIGH, [b + 2] = C_HIGH, [b + 3] = C_HIGH, \
              [b + 4] = C_HIGH, [b + 5] = C_HIGH, [b + 6] = C_HIGH, [b + 7] = C_HIGH
    H8(0x80), H8(0x88), H8(0x90), H8(0x98), H8(0xA0), H8(0xA8), H8(0xB0), H8(0xB8),
    H8(0xC0), H8(0xC8), H8(0xD0), H8(0xD8), H8(0xE0), H8(0xE8), H8(0xF0), H8(0xF8),
#undef H8
};

static inline unsigned char cls_at(const text *t, size_t i)
{
    return cls[(unsigned char)t->norm[i]];
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Length of the letter at s[i], or 0. */
static inline int letter_at(const text *t, size_t i)
{
    unsigned char c = cls_at(t, i);
    if (!(c & C_HIGH))
        return (c & C_ALPHA) != 0;
    int32_t cp;
    int k = utf8_decode(t->norm + i, t->len - i, &cp);
    return (k > 0 && utf8_is_letter(cp)) ? k : 0;
}

/* Where a scan from i may stop: the end of the text, or just past the
 * longest token (cut_long then cuts there whatever lies beyond, so a run
 * of millions of letters costs no more than its length). */
static size_t scan_limit(const text *t, size_t i)
{
    return t->len - i > TOK_MAX_LEN ? i + TOK_MAX_LEN + 1 : t->len;
}

/* "U.S.", "p.m.", "J.": letters each followed by a dot. Returns the end. */
static size_t dotted(const text *t, size_t i)
{
    size_t j = i, groups = 0, lim = scan_limit(t, i);
    while (j < lim) {
        int k = letter_at(t, j);
        if (!k || j + (size_t)k >= t->len || t->norm[j + (size_t)k] != '.')
            break;
        size_t after = j + (size_t)k + 1;
        groups++;
        j = after;
        if (j >= t->len || !letter_at(t, j))
            break;
        /* "U.S." continues only with a single letter then a dot */
        int k2 = letter_at(t, j);
        if (j + (size_t)k2 >= t->len || t->norm[j + (size_t)k2] != '.')
            break;
    }
    return groups ? j : i;
}

static size_t scan_word(const text *t, size_t i)
{
    size_t d = dotted(t, i);
    if (d > i) {
        /* a lone letter+dot is an initial only when upper-case */
        size_t k = (size_t)letter_at(t, i);
        if (d - i > k + 1 || (t->norm[i] >= 'A' && t->norm[i] <= 'Z'))
            return d;
    }
    size_t j = i, lim = scan_limit(t, i);
    while (j < lim) {
        if (cls_at(t, j) & C_ALNUM) { /* ASCII letters and digits */
            j++;
            continue;
        }
        int k = letter_at(t, j);
        if (k) {
            j += (size_t)k;
            continue;
        }
        if (is_digit(t->norm[j])) {
            j++;
            continue;
        }
        int32_t cp;
        int n = utf8_decode(t->norm + j, t->len - j, &cp);
        /* combining marks stay with their letter */
        if (n > 0 && cp >= 0x300 && cp <= 0x36F) {
            j += (size_t)n;
            continue;
        }
        break;
    }
    return j;
}

static size_t scan_number(const text *t, size_t i)
{
    size_t j = i, lim = scan_limit(t, i);
    while (j < lim) {
        char c = t->norm[j];
        if (is_digit(c)) {
            j++;
        } else if ((c == ',' || c == '.') && j + 1 < t->len &&
                   is_digit(t->norm[j + 1])) {
            j++;
        } else {
            break;
        }
    }
    while (j < lim && letter_at(t, j) == 1)
        j++;
    return j;
}

/* 1 for an upper-case letter, 2 for a lower-case one, else 0. */
static int case_of(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') ? 1 : (cp >= 'a' && cp <= 'z') ? 2 : 0;
    return utf8_is_upper(cp) ? 1 : utf8_is_lower(cp) ? 2 : 0;
}

static void set_case_flags(text *t, token *tk)
{
    size_t upper = 0, lower = 0, other = 0;
    size_t i = tk->start, end = (size_t)tk->start + tk->len;
    /* ASCII first: a table look-up per byte; only whether some lower-case
     * letter occurs matters, not how many */
    unsigned seen = 0;
    for (; i < end; i++) {
        unsigned char c = cls_at(t, i);
        if (c & C_HIGH)
            break;
        seen |= c;
        upper += c & C_UPPER;
        if (!(c & C_ALPHA))
            other += t->norm[i] != '.';
    }
    upper /= C_UPPER;
    lower = (seen & C_LOWER) != 0;
    if (i > tk->start && (cls_at(t, tk->start) & C_UPPER))
        tk->flags |= TF_CAP;
    for (; i < end;) {
        int32_t cp = (unsigned char)t->norm[i];
        int k = 1;
        if (cp >= 0x80 && (k = utf8_decode(t->norm + i, end - i, &cp)) <= 0)
            k = 1;
        int cs = case_of(cp);
        if (cs == 1)
            upper++;
        else if (cs == 2)
            lower++;
        else if (cp != '.')
            other++;
        if (i == tk->start && cs == 1)
            tk->flags |= TF_CAP;
        i += (size_t)k;
    }
    if (upper >= 2 && lower == 0)
        tk->flags |= TF_UPPER;
    if (other == 0 && upper + lower > 0)
        tk->flags |= TF_ALPHA;
}

/* A token of more than TOK_MAX_LEN bytes (hostile input: a line of
 * letters) ends after that many, at a character boundary. */
static size_t cut_long(const text *t, size_t i, size_t e)
{
    if (e - i <= TOK_MAX_LEN)
        return e;
    e = i + TOK_MAX_LEN;
    while (e > i + 1 && ((unsigned char)t->norm[e] & 0xC0) == 0x80)
        e--;
    return e;
}

static int push(arena *a, text *t, size_t s, size_t e, int kind, int flags)
{
    token *tk = VEC_PUSH(a, t->toks, t->ntoks, t->cap_toks);
    if (!tk)
        return -1;
    tk->start = (uint32_t)s;
    tk->len = (uint16_t)(e - s);
    tk->kind = (uint8_t)kind;
    tk->flags = (uint8_t)flags;
    tk->hash = e - s == 1 ? lex_hash_byte(LEX_HASH_INIT, (unsigned char)t->norm[s])
                          : lex_hash(LEX_HASH_INIT, t->norm + s, e - s);
    if (kind == TOK_WORD)
        set_case_flags(t, tk);
    return 0;
}

/* The '.' at i follows an abbreviation ("Jan", "Dr", "No"), the word p
 * before it. */
/* Abbreviations marked "number" in data/en/abbreviations.txt ("No.",
 * "para.") hold their dot only before a number: "the answer was no." ends
 * a sentence. `i` is the position of the dot. */
static int abbr_dot(const text *t, const token *p, size_t i)
{
    if (!p || p->kind != TOK_WORD)
        return 0;
    const lex_entry *e = lex_all_hashed(&lex_en_abbreviations, p->hash,
                                        t->norm + p->start, p->len, NULL);
    if (!e)
        return 0;
    if (!e->value || strcmp(e->value, "number"))
        return 1;
    size_t j = i + 1;
    while (j < t->len && (t->norm[j] == ' ' || t->norm[j] == '\t'))
        j++;
    return j < t->len && is_digit(t->norm[j]);
}

/* Any other token at i: non-ASCII letters, numbers, other characters. */
static size_t general_token(arena *a, text *t, size_t i, int flags)
{
    char c = t->norm[i];
    size_t e;
    int kind;
    if (letter_at(t, i)) {
        e = scan_word(t, i);
        kind = TOK_WORD;
    } else if (is_digit(c)) {
        e = scan_number(t, i);
        kind = TOK_NUM;
    } else {
        int32_t cp;
        int k = utf8_decode(t->norm + i, t->len - i, &cp);
        e = i + (size_t)(k > 0 ? k : 1);
        kind = TOK_PUNCT;
    }
    if (t->ntoks >= UINT32_MAX - 1 || e > UINT32_MAX)
        return 0;
    e = cut_long(t, i, e);
    if (push(a, t, i, e, kind, flags))
        return (size_t)-1;
    return e;
}

/* Size the token list once, for a token per three bytes (text has one per
 * five or six): it rarely grows. A list of 256 KiB or more has a mapping of
 * its own (arena.c), whose pages cost nothing until tokens reach them, and
 * which grows in place when hostile text needs more. */
static dl_status size_tokens(arena *a, text *t)
{
    size_t bound = t->len / 3 + 16;
    if (bound > t->cap_toks && bound < UINT32_MAX) {
        token *k = arena_alloc_raw(a, bound * sizeof *k); /* written first */
        if (!k)
            return DL_ENOMEM;
        if (t->ntoks)
            memcpy(k, t->toks, t->ntoks * sizeof *k);
        t->toks = k;
        t->cap_toks = bound;
    }
    return DL_OK;
}

/* The common word at i: ASCII letters and digits only, ended by an ASCII
 * byte, read in one pass with its hash and case flags (what scan_word,
 * lex_hash and set_case_flags would give): letters and digits all have the
 * 0x20 bit once folded, so folding is b | 0x20, and capitals are counted
 * only in the rare word with no lower-case letter. Writes the token to *tk
 * and returns its end, or returns i when the word needs the general path. */
static inline size_t ascii_word(const char *s, size_t n, size_t i,
                                unsigned flags, token *tk)
{
    size_t lim = n - i > TOK_MAX_LEN ? i + TOK_MAX_LEN : n, j = i;
    uint32_t h = LEX_HASH_INIT;
    unsigned seen = 0;
    do {
        unsigned char b = (unsigned char)s[j];
        unsigned c = cls[b];
        if (!(c & C_ALNUM))
            break;
        seen |= c;
        h = h * LEX_HASH_B + (b | 0x20u);
    } while (++j < lim);
    if (cls[(unsigned char)s[j]] & C_HIGH) /* norm[len] is a NUL */
        return i; /* a letter or mark may follow */
    if (cls[(unsigned char)s[i]] & C_UPPER)
        flags |= TF_CAP;
    if ((seen & (C_UPPER | C_LOWER)) == C_UPPER && j - i >= 2) {
        unsigned upper = 0;
        for (size_t k = i; k < j && upper < 2; k++)
            upper += (cls[(unsigned char)s[k]] & C_UPPER) != 0;
        if (upper >= 2)
            flags |= TF_UPPER;
    }
    if (!(seen & C_DIGIT))
        flags |= TF_ALPHA;
    *tk = (token){.start = (uint32_t)i, .len = (uint16_t)(j - i),
                  .kind = TOK_WORD, .flags = (uint8_t)flags, .hash = h};
    return j;
}

/* The word at s[i] read in one SSE2 step (word16.h) into *tk. Returns its
 * length, or 0 when it runs to sixteen bytes or more or a non-ASCII byte
 * follows it (and without SSE2): then ascii_word or the general path. */
static inline size_t short_word(const char *s, size_t i, unsigned flags,
                                token *tk)
{
#ifdef __SSE2__
    word16 w;
    w16_scan(s + i, &w);
    if (w.len >= 16 || (cls[(unsigned char)s[i + w.len]] & C_HIGH))
        return 0;
    flags |= (w.caps & 1) ? TF_CAP : 0;
    if ((w.caps & (w.caps - 1)) && !w.lower)
        flags |= TF_UPPER;
    flags |= w.digit ? 0 : TF_ALPHA;
    *tk = (token){.start = (uint32_t)i, .len = (uint16_t)w.len,
                  .kind = TOK_WORD, .flags = (uint8_t)flags, .hash = w.hash};
    return w.len;
#else
    (void)s, (void)i, (void)flags, (void)tk;
    return 0;
#endif
}

/* Tokens of norm. A token's flags tell what came before it; two line
 * breaks before it (a blank line) mark it TF_PARA_START for text_split, as
 * does being the first. The list and its count stay in locals while the
 * common tokens (ASCII words and punctuation) are written. */
dl_status text_tokenize(arena *a, text *t)
{
    if (t->len >= UINT32_MAX)
        return DL_ELIMIT;
    dl_status st = size_tokens(a, t);
    if (st)
        return st;
    const char *s = t->norm;
    const size_t n = t->len;
    token *toks = t->toks;
    size_t nt = t->ntoks, i = 0;
    unsigned flags = TF_NEWLINE | TF_PARA_START;
    while (i < n) {
        unsigned char b = (unsigned char)s[i];
        unsigned c = cls[b];
        if (c & C_SPACE) {
            flags |= TF_SPACE;
            if (b == '\n')
                flags |= (flags & TF_NEWLINE) ? TF_PARA_START : TF_NEWLINE;
            i++;
            continue;
        }
        if (nt == t->cap_toks) { /* a short text outgrew its guess */
            t->ntoks = nt;
            if (!(toks = arena_grow(a, t->toks, &t->cap_toks, nt + 1, sizeof *toks)))
                return DL_ENOMEM;
            t->toks = toks;
        }
        if ((c & C_ALPHA) && s[i + 1] != '.') { /* not "U.S.", "J." */
            size_t len = short_word(s, i, flags, &toks[nt]);
            size_t e = len ? i + len : ascii_word(s, n, i, flags, &toks[nt]);
            if (e > i) {
                nt++;
                flags = 0;
                i = e;
                continue;
            }
        } else if (!c) { /* ASCII punctuation */
            if (b == '.' && !(flags & TF_SPACE) &&
                abbr_dot(t, nt ? &toks[nt - 1] : NULL, i))
                flags |= TF_ABBR;
            toks[nt++] = (token){.start = (uint32_t)i, .len = 1,
                                 .kind = TOK_PUNCT, .flags = (uint8_t)flags,
                                 .hash = lex_hash_byte(LEX_HASH_INIT, b)};
            flags = 0;
            i++;
            continue;
        }
        t->ntoks = nt;
        size_t e = general_token(a, t, i, (int)flags);
        if (e == (size_t)-1)
            return DL_ENOMEM;
        if (e == 0)
            return DL_ELIMIT;
        toks = t->toks;
        nt = t->ntoks;
        flags = 0;
        i = e;
    }
    t->ntoks = nt;
    return DL_OK;
}
