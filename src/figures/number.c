/* number.c - the number reader of the figures stage (see number.h).
 *
 * Number words, multipliers, ordinals and vague amounts come from
 * data/en/numbers.txt, number_multipliers.txt, ordinals.txt and
 * vague_amounts.txt. Values are capped (NUM_MAX) so nothing overflows. */
#include "number.h"

#include <string.h>

#include "../text/phrase_match.h"
#include "arena.h"
#include "fig_words.h"
#include "lexicons.h"
#include "phrase.h"

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Token i is punctuation c glued to both neighbours ("thirty-four"). */
static int glued(const text *t, size_t i, size_t limit, char c)
{
    return i + 1 < limit && tok_punct(t, i, c) &&
           !(t->toks[i].flags & TF_SPACE) &&
           !(t->toks[i + 1].flags & TF_SPACE);
}

/* The whole number a data value starts with ("30|ten" -> 30): strtol
 * without the library call (values are short and never negative). */
static int64_t value_int(const char *v)
{
    int64_t n = 0;
    for (; *v >= '0' && *v <= '9'; v++)
        n = n * 10 + (*v - '0');
    return n;
}

/* Multiplier named by s[0..n) ("m", "bn", "million"), or 0. */
static int64_t multiplier(const char *s, size_t n)
{
    const lex_entry *e = lex_get(&lex_en_number_multipliers, s, n);
    return e ? value_int(e->value) : 0;
}

/* The digits of one token: mantissa, decimal divisor, suffix multiplier. */
typedef struct {
    int64_t mant, div, mult;
    int ordinal, bad;
} digits;

/* "30,000", "1.5m", "19th", "1990s". Separators: ',' groups of three; one
 * '.' is a decimal point (more is a date like 19.01.2009). */
static digits read_digits(const char *s, size_t n)
{
    digits d = {0, 1, 1, 0, 0};
    size_t k = 0, dots = 0, commas = 0, group = 0, nd = 0;
    for (; k < n && (is_digit(s[k]) || s[k] == ',' || s[k] == '.'); k++) {
        if (s[k] == ',') {
            d.bad |= dots || (commas ? group != 3 : group == 0 || group > 3);
            commas++, group = 0;
        } else if (s[k] == '.') {
            d.bad |= dots > 0 || (commas && group != 3);
            dots++, group = 0;
        } else {
            if (++nd > 15)
                d.bad = 1;
            else
                d.mant = d.mant * 10 + (s[k] - '0');
            if (dots)
                d.div *= nd <= 15 ? 10 : 1;
            group++;
        }
    }
    d.bad |= commas && !dots && group != 3;
    const char *suf = s + k;
    size_t sn = n - k;
    if (sn == 2 && !dots && (!strncmp(suf, "st", 2) || !strncmp(suf, "nd", 2) ||
                             !strncmp(suf, "rd", 2) || !strncmp(suf, "th", 2)))
        d.ordinal = 1;
    else if (sn)
        d.mult = multiplier(suf, sn); /* 0 for "1990s", "5km", "10am" */
    d.bad |= d.mult == 0;
    return d;
}

/* value = mant * mult / div when that is a whole number within NUM_MAX. */
static int scaled(int64_t mant, int64_t mult, int64_t div, int64_t *value)
{
    if (mult <= 0 || mant > NUM_MAX / mult)
        return 0;
    int64_t v = mant * mult;
    if (v % div)
        return 0;
    *value = v / div;
    return 1;
}

/* "30 000": a group of three digits after space continues a number. */
static size_t spaced_groups(const text *t, size_t i, size_t limit)
{
    size_t j = i + 1;
    if (tok_len(t, i) > 3)
        return j;
    while (j < limit && t->toks[j].kind == TOK_NUM && tok_len(t, j) == 3 &&
           (t->toks[j].flags & TF_SPACE) && !(t->toks[j].flags & TF_NEWLINE)) {
        const char *s = tok_str(t, j);
        if (!is_digit(s[0]) || !is_digit(s[1]) || !is_digit(s[2]))
            break;
        j++;
    }
    return j;
}

/* A number written with digits at token i. */
static size_t read_numeral(const text *t, size_t i, size_t limit, num_value *o)
{
    size_t j = spaced_groups(t, i, limit);
    digits d = read_digits(tok_str(t, i), tok_len(t, i));
    for (size_t k = i + 1; k < j && !d.bad; k++) {
        const char *s = tok_str(t, k);
        if (d.mant > NUM_MAX / 1000) { /* "30 030 000 030 000 000 ...": no count */
            d.bad = 1;
            break;
        }
        d.mant = d.mant * 1000 + (s[0] - '0') * 100 + (s[1] - '0') * 10 +
                 (s[2] - '0');
    }
    o->digits = 1;
    o->ntoks = j - i;
    o->yearlike = j == i + 1 && tok_len(t, i) == 4 && d.div == 1 &&
                  d.mult == 1 && !d.ordinal && d.mant >= 1000 && d.mant <= 2199;
    if (d.bad) {
        o->kind = NUM_OTHER;
        return o->ntoks;
    }
    if (d.ordinal) {
        o->kind = NUM_ORDINAL;
        o->value = d.mant;
        return o->ntoks;
    }
    /* a multiplier word: "1.5 million", "3 thousand" */
    if (d.mult == 1 && j < limit && t->toks[j].kind == TOK_WORD &&
        tok_len(t, j) > 2 &&
        lex_may_first(&lex_en_number_multipliers, t->toks[j].hash)) {
        int64_t m = multiplier(tok_str(t, j), tok_len(t, j));
        if (m > 1)
            d.mult = m, j++, o->ntoks++;
    }
    o->kind = scaled(d.mant, d.mult, d.div, &o->value) ? NUM_COUNT : NUM_OTHER;
    return o->ntoks;
}

enum { W_NONE, W_A, W_UNIT, W_TEN, W_HUNDRED, W_BIG, W_DOZEN };

/* Type and value of number word i ("thirty" -> W_TEN, 30), or W_NONE. */
static int word_type(const text *t, size_t i, size_t limit, int64_t *v)
{
    if (i >= limit || t->toks[i].kind != TOK_WORD ||
        !lex_may_first(&lex_en_numbers, t->toks[i].hash))
        return W_NONE;
    const lex_entry *e = tok_lex(t, i, &lex_en_numbers);
    if (!e)
        return W_NONE;
    char ty[8];
    lex_field(e->value, 1, ty, sizeof ty);
    *v = value_int(e->value);
    if (!strcmp(ty, "unit"))
        return W_UNIT;
    if (!strcmp(ty, "ten"))
        return W_TEN;
    if (!strcmp(ty, "dozen"))
        return W_DOZEN;
    return *v == 100 ? W_HUNDRED : W_BIG;
}

/* Can a word of type `ty` (value v) follow one of type `last`, given the
 * running group `cur`? Keeps "one two" and "twenty thirty" apart. */
static int may_follow(int last, int ty, int64_t v, int64_t cur, int64_t big)
{
    switch (ty) {
    case W_UNIT:
        return last == W_NONE || last == W_HUNDRED ||
               (last == W_BIG && cur == 0) || (last == W_TEN && v < 10);
    case W_TEN:
        return last == W_NONE || last == W_HUNDRED || (last == W_BIG && cur == 0);
    case W_HUNDRED:
        return (last == W_UNIT || last == W_A) && cur < 10;
    case W_BIG:
        return last != W_NONE && last != W_BIG && cur > 0 && cur < 1000 &&
               (big == 0 || v < big);
    case W_DOZEN:
        return last != W_NONE && last != W_BIG && cur > 0 && cur < 100;
    }
    return 0;
}

/* Token j continues a number of words: "and" after a scale word ("one
 * hundred and thirty"), or a hyphen between tens and units ("thirty-four"). */
static int joiner(const text *t, size_t j, size_t limit, int last)
{
    int64_t v;
    int next = word_type(t, j + 1, limit, &v);
    if ((last == W_HUNDRED || last == W_BIG) && tok_is(t, j, "and"))
        return next == W_UNIT || next == W_TEN;
    if (last == W_TEN && glued(t, j, limit, '-'))
        return next == W_UNIT && v > 0 && v < 10;
    return 0;
}

/* A number in words at token i: "nineteen", "a hundred", "two dozen",
 * "half a million", "one hundred and thirty-four". */
static size_t read_words(const text *t, size_t i, size_t limit, num_value *o)
{
    int64_t total = 0, cur = 0, big = 0, v = 0;
    int last = W_NONE;
    size_t j = i, end = i;
    if (tok_is(t, i, "half") && (tok_is(t, i + 1, "a") || tok_is(t, i + 1, "an"))) {
        int nt = word_type(t, i + 2, limit, &v); /* "half a million" */
        if ((nt != W_HUNDRED && nt != W_BIG && nt != W_DOZEN) || v % 2)
            return 0;
        o->kind = NUM_COUNT;
        o->value = v / 2;
        o->ntoks = 3;
        return 3;
    }
    if (tok_is(t, i, "a") || tok_is(t, i, "an")) {
        int nt = word_type(t, i + 1, limit, &v);
        if (nt != W_HUNDRED && nt != W_BIG && nt != W_DOZEN)
            return 0;
        cur = 1, last = W_A, j = i + 1;
    }
    while (j < limit) {
        int ty = word_type(t, j, limit, &v);
        if (ty == W_NONE) {
            if (last != W_NONE && last != W_A && joiner(t, j, limit, last)) {
                j++;
                continue;
            }
            break;
        }
        if (!may_follow(last, ty, v, cur, big))
            break;
        if (ty == W_UNIT || ty == W_TEN)
            cur += v;
        else if (ty == W_HUNDRED || ty == W_DOZEN)
            cur *= v;
        else
            total += cur * v, big = v, cur = 0;
        last = ty;
        end = ++j;
    }
    if (end == i || last == W_A || tok_is(t, end, "another"))
        return 0; /* "one another" counts nobody */
    o->kind = NUM_COUNT;
    o->value = total + cur;
    o->ntoks = end - i;
    return o->ntoks;
}

/* A vague amount ("dozens", "tens of thousands", "mass"). */
static size_t read_vague(const text *t, size_t i, size_t limit, num_value *o)
{
    const lex_entry *e = NULL;
    size_t n = phrase_at(t, i, limit, &lex_en_vague_amounts, &e);
    if (!n)
        return 0;
    o->kind = NUM_VAGUE;
    o->ntoks = n;
    o->prefix = !strcmp(e->value, "prefix");
    return n;
}

/* What follows a count may make it something else: "30%", "30 per cent"
 * (a percentage), "five-year", "30-year-old" (part of a word). */
static void read_after(const text *t, size_t limit, num_value *o, size_t end)
{
    int word = end < t->ntoks && t->toks[end].kind == TOK_WORD;
    if (tok_punct(t, end, '%') ||
        (word && (tok_is(t, end, "percent") || tok_is(t, end, "pc") ||
                  (tok_is(t, end, "per") && tok_is(t, end + 1, "cent"))))) {
        o->kind = NUM_PERCENT;
        return;
    }
    int64_t v;
    if (glued(t, end, limit, '-') && t->toks[end + 1].kind == TOK_WORD &&
        word_type(t, end + 1, limit, &v) == W_NONE) {
        o->compound = 1;
        o->strong = tok_is(t, end + 1, "strong");
    }
}

/* "thirty-fifth": a word of tens, a glued hyphen and an ordinal of one to
 * nine; its value in *out (NUM_ORDINAL), or 0. */
static int tens_ordinal(const text *t, size_t i, size_t limit, num_value *out)
{
    if (i + 2 >= limit || !glued(t, i + 1, limit, '-') || t->toks[i + 2].kind != TOK_WORD ||
        !lex_may_first(&lex_en_numbers, t->toks[i].hash) ||
        !lex_may_first(&lex_en_ordinals, t->toks[i + 2].hash))
        return 0;
    const lex_entry *tens = tok_lex(t, i, &lex_en_numbers);
    const lex_entry *unit = tok_lex(t, i + 2, &lex_en_ordinals);
    int64_t a = tens ? value_int(tens->value) : 0, b = unit ? value_int(unit->value) : 0;
    if (a < 20 || a > 90 || a % 10 || b < 1 || b > 9)
        return 0;
    out->kind = NUM_ORDINAL;
    out->ntoks = 3;
    out->value = a + b;
    return 1;
}

/* "seven (7) soldiers": a count in words repeated in digits in brackets
 * right after it, as official communiqués write; the tokens of "(7)", or
 * 0. */
static size_t digits_repeated(const text *t, size_t j, size_t limit, int64_t value)
{
    if (j + 2 >= limit || !tok_punct(t, j, '(') || t->toks[j + 1].kind != TOK_NUM ||
        !tok_punct(t, j + 2, ')'))
        return 0;
    /* plain digits, perhaps grouped by commas ("(1,200)") */
    const char *d = tok_str(t, j + 1);
    int64_t v = 0;
    for (size_t k = 0, n = tok_len(t, j + 1); k < n; k++) {
        if (is_digit(d[k]))
            v = v * 10 + (d[k] - '0');
        else if (d[k] != ',' || v > NUM_MAX / 10)
            return 0;
    }
    return v == value ? 3 : 0;
}

size_t num_read(const text *t, size_t i, size_t limit, num_value *out)
{
    memset(out, 0, sizeof *out);
    if (limit > t->ntoks)
        limit = t->ntoks;
    if (i >= limit)
        return 0;
    if (t->toks[i].kind == TOK_NUM && is_digit(tok_str(t, i)[0])) {
        read_numeral(t, i, limit, out);
    } else if (t->toks[i].kind == TOK_WORD) {
        const lex_entry *e = lex_may_first(&lex_en_ordinals, t->toks[i].hash)
                                 ? tok_lex(t, i, &lex_en_ordinals) : NULL;
        if (e) {
            out->kind = NUM_ORDINAL;
            out->ntoks = 1;
            out->value = value_int(e->value);
        } else if (!tens_ordinal(t, i, limit, out) && !read_vague(t, i, limit, out)) {
            read_words(t, i, limit, out);
        }
    }
    if (out->kind == NUM_COUNT && !out->digits)
        out->ntoks += digits_repeated(t, i + out->ntoks, limit, out->value);
    if (out->kind == NUM_COUNT || out->kind == NUM_VAGUE)
        read_after(t, limit, out, i + out->ntoks);
    return out->ntoks;
}

int num_parse(const char *s, size_t n, int64_t *value)
{
    arena *a = arena_new();
    text t;
    int ok = 0;
    memset(&t, 0, sizeof t);
    /* a word in front, so that the text layer reads a line of digits as
     * text and not as a page number to drop */
    char *buf = a && n < ((size_t)1 << 20) ? arena_alloc(a, n + 3) : NULL;
    if (buf) {
        memcpy(buf, "n ", 2);
        memcpy(buf + 2, s, n);
    }
    if (buf && text_check_utf8(s, n, &(size_t){0}) == DL_OK &&
        text_build(a, &t, buf, n + 2) == DL_OK && t.ntoks > 1) {
        num_value nv;
        if (num_read(&t, 1, t.ntoks, &nv) == t.ntoks - 1 &&
            nv.kind == NUM_COUNT && !nv.compound) {
            *value = nv.value;
            ok = 1;
        }
    }
    arena_free(a);
    return ok;
}
