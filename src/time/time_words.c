/* time_words.c - the words time expressions are made of: phrases from the
 * data/en/time_*.txt tables, counts ("nineteen", "twenty-five", "3"),
 * ordinals ("third", "20th"), units and the start filter (tense is
 * time_tense.c's).
 *
 * Knows no patterns; time_scan*.c combine these into expressions. */
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "../text/phrase_match.h"
#include "lexicons.h"
#include "time.h"

/* Does key spell tokens [i, k] (joined by one space where the text had
 * whitespace, ASCII case folded; keys are lower case)? */
static int key_spells(const char *key, const text *t, size_t i, size_t k)
{
    for (size_t j = i; j <= k; j++) {
        if (j > i && (t->toks[j].flags & TF_SPACE) && *key++ != ' ')
            return 0;
        const char *s = tok_str(t, j);
        for (size_t c = 0, n = tok_len(t, j); c < n; c++)
            if (*key++ != tok_fold(s[c]))
                return 0; /* also stops at the key's NUL */
    }
    return !*key;
}

/* The first entry of the key of hash h spelled by tokens [i, k], or NULL
 * (lex_all_hashed, comparing the key with the tokens in place). */
static const lex_entry *key_at(const lex_table *lex, uint32_t h, const text *t,
                               size_t i, size_t k)
{
    uint32_t mask = (1u << lex->slot_bits) - 1, s;
    for (uint32_t j = (h * LEX_HASH_MIX) >> (32 - lex->slot_bits); (s = lex->slots[j]);
         j = (j + 1) & mask)
        if (lex->slot_hash[j] == h && key_spells(lex->entries[s - 1].key, t, i, k))
            return &lex->entries[s - 1];
    return NULL;
}

/* phrase_match (text/phrase_match.c) with PM_NO_PUNCT and no other option,
 * written for the time lists: the run's hash grows a token at a time, and
 * a key of its hash is checked against the tokens in place. The same
 * answers: the longest key, runs of at most 127 bytes, no punctuation but
 * '-' and '\''. */
size_t tw_phrase_match(const text *t, size_t i, size_t limit, const lex_table *lex,
                       const lex_entry **e)
{
    if (limit > t->ntoks)
        limit = t->ntoks;
    if (i >= limit || !lex_may_first(lex, t->toks[i].hash))
        return 0;
    uint32_t h = LEX_HASH_INIT;
    size_t len = 0, best = 0;
    for (size_t k = i; k < limit; k++) {
        const token *tk = &t->toks[k];
        if (tk->kind == TOK_PUNCT && !tok_punct(t, k, '-') && !tok_punct(t, k, '\''))
            break;
        int sp = k > i && (tk->flags & TF_SPACE);
        if (len + tk->len + (size_t)sp >= 128)
            break;
        if (sp)
            h = lex_hash_byte(h, ' ');
        h = lex_hash_join(h, tk->hash, tk->len);
        len += tk->len + (size_t)sp;
        if (!lex_may_start(lex, h))
            break;
        const lex_entry *hit = key_at(lex, h, t, i, k);
        if (hit) {
            best = k + 1 - i;
            if (e)
                *e = hit;
        }
    }
    return best;
}

int tw_digits(const text *t, size_t i, int *ndigits)
{
    if (i >= t->ntoks || t->toks[i].kind != TOK_NUM)
        return -1;
    const char *s = tok_str(t, i);
    size_t n = tok_len(t, i);
    if (n > 9)
        return -1;
    int v = 0;
    for (size_t k = 0; k < n; k++) {
        if (s[k] < '0' || s[k] > '9')
            return -1;
        v = v * 10 + (s[k] - '0');
    }
    if (ndigits)
        *ndigits = (int)n;
    return v;
}

int tw_clock_token(const text *t, size_t i, int *value, int *ndigits)
{
    if (i >= t->ntoks || t->toks[i].kind != TOK_NUM)
        return 0;
    const char *s = tok_str(t, i);
    size_t n = tok_len(t, i), k = 0;
    int v = 0;
    for (; k < n && k < 4 && s[k] >= '0' && s[k] <= '9'; k++)
        v = v * 10 + (s[k] - '0');
    if (k == 0 || n - k < 2 || n - k > 3)
        return 0;
    char suf[4] = {0};
    for (size_t j = k; j < n; j++)
        suf[j - k] = (char)(s[j] | 0x20);
    int code = !strcmp(suf, "am") ? TW_AM : !strcmp(suf, "pm") ? TW_PM
             : !strcmp(suf, "hrs") ? TW_HRS : 0;
    if (code) {
        *value = v;
        *ndigits = (int)k;
    }
    return code;
}

/* Digits with thousands commas ("1,000") as a count. */
static int comma_count(const text *t, size_t i)
{
    if (t->toks[i].kind != TOK_NUM)
        return -1;
    const char *s = tok_str(t, i);
    size_t n = tok_len(t, i);
    long v = 0;
    for (size_t k = 0; k < n; k++) {
        if (s[k] == ',')
            continue;
        if (s[k] < '0' || s[k] > '9' || v > 100000000)
            return -1;
        v = v * 10 + (s[k] - '0');
    }
    return (int)v;
}

size_t tw_count(const text *t, size_t i, size_t limit, int *val)
{
    if (i >= limit)
        return 0;
    if (t->toks[i].kind == TOK_NUM) {
        int v = comma_count(t, i);
        if (v < 0)
            return 0;
        *val = v;
        return 1;
    }
    const lex_entry *e = NULL;
    size_t n = tw_phrase(t, i, limit, &lex_en_time_numbers, &e);
    if (!n)
        return 0;
    if (e->value[0] == 'X') {
        *val = -1;
        return n;
    }
    *val = tw_int(e->value);
    /* "two thousand", "three hundred" */
    const lex_entry *m = NULL;
    if (*val > 1 && *val < 100 && i + n < limit &&
        tw_phrase(t, i + n, i + n + 1, &lex_en_time_numbers, &m) == 1 &&
        (!strcmp(m->value, "100") || !strcmp(m->value, "1000"))) {
        *val *= tw_int(m->value);
        return n + 1;
    }
    /* "twenty-five", "twenty five" */
    if (*val >= 20 && *val < 100 && *val % 10 == 0 && i + n < limit) {
        size_t j = i + n + (tok_punct(t, i + n, '-') ? 1 : 0);
        const lex_entry *u = NULL;
        if (j < limit && tw_phrase(t, j, j + 1, &lex_en_time_numbers, &u) == 1 &&
            u->value[0] != 'X' && tw_int(u->value) < 10 && t->toks[j].kind == TOK_WORD) {
            *val += tw_int(u->value);
            return j + 1 - i;
        }
    }
    return n;
}

size_t tw_ordinal(const text *t, size_t i, size_t limit, int *val)
{
    if (i >= limit)
        return 0;
    if (t->toks[i].kind == TOK_NUM) {
        const char *s = tok_str(t, i);
        size_t n = tok_len(t, i), k = 0;
        int v = 0;
        for (; k < n && s[k] >= '0' && s[k] <= '9' && k < 4; k++)
            v = v * 10 + (s[k] - '0');
        if (k == 0 || n - k != 2)
            return 0;
        const char *suf = s + k;
        if (strncmp(suf, "st", 2) && strncmp(suf, "nd", 2) &&
            strncmp(suf, "rd", 2) && strncmp(suf, "th", 2))
            return 0;
        *val = v;
        return 1;
    }
    const lex_entry *e = NULL;
    if (tw_phrase(t, i, i + 1, &lex_en_time_ordinals, &e) == 1) {
        *val = tw_int(e->value);
        return 1;
    }
    /* "twenty-first" */
    if (tw_phrase(t, i, i + 1, &lex_en_time_numbers, &e) == 1 &&
        e->value[0] != 'X' && tw_int(e->value) >= 20 && i + 2 < limit &&
        tok_punct(t, i + 1, '-') &&
        tw_phrase(t, i + 2, i + 3, &lex_en_time_ordinals, &e) == 1 &&
        tw_int(e->value) < 10) {
        *val = tw_int(e->value) + (int)lex_int(&lex_en_time_numbers,
                                             tok_str(t, i), tok_len(t, i), 0);
        return 3;
    }
    return 0;
}


int tw_unit(const text *t, size_t i, char *letter, int *clock, int *mult,
            int *gran)
{
    if (i >= t->ntoks || t->toks[i].kind != TOK_WORD)
        return 0;
    const lex_entry *e = tw_lex(t, i, &lex_en_time_units);
    if (!e)
        return 0;
    /* letter|clock|multiplier|granularity, read in one pass */
    const char *f[4] = {e->value, "", "", ""};
    const char *p = e->value;
    for (int k = 1; k < 4; k++) {
        while (*p && *p != '|')
            p++;
        if (!*p)
            break;
        f[k] = ++p;
    }
    *letter = f[0][0] == '|' ? 0 : f[0][0];
    *clock = tw_int(f[1]);
    *mult = tw_int(f[2]);
    size_t n = 0;
    while (f[3][n] && f[3][n] != '|')
        n++;
    /* the granularity names of time_units.txt's last field, told apart by
     * their first letter and length, then compared */
    const char *name = NULL;
    int g = G_NONE;
    switch (f[3][0]) {
    case 's': name = "second", g = G_TIME; break;
    case 'm': name = n == 6 ? "minute" : "month", g = n == 6 ? G_TIME : G_MONTH; break;
    case 'h': name = "hour", g = G_TIME; break;
    case 'd': name = n == 3 ? "day" : "decade", g = n == 3 ? G_DAY : G_DECADE; break;
    case 'w': name = "week", g = G_WEEK; break;
    case 'q': name = "quarter", g = G_QUARTER; break;
    case 'y': name = "year", g = G_YEAR; break;
    case 'c': name = "century", g = G_CENTURY; break;
    default: break;
    }
    *gran = name && strlen(name) == n && !memcmp(name, f[3], n) ? g : G_NONE;
    return 1;
}

/* Number i can begin no expression: what scan_may_begin says of a number
 * (time_scan_any.c) when the token after it continues nothing. A count
 * that is no year (not four characters, ending in a digit) and no dotted
 * date (fewer than two dots) begins something only before a token that
 * follows a number: another number, "'", '-', '/', ':', a ',' after a
 * clock time with a dot ("at 21.30, 4 May"), or a word whose
 * entry in time_starts.txt has follow letters. cls[i + 1] is already set
 * (tw_classes runs backwards). */
static int idle_number(const text *t, const uint16_t *cls, size_t i)
{
    const char *s = tok_str(t, i);
    size_t n = tok_len(t, i);
    if (n == 4 || s[n - 1] < '0' || s[n - 1] > '9')
        return 0;
    int dots = 0;
    for (size_t c = 0; c < n; c++)
        dots += s[c] == '.';
    if (dots >= 2)
        return 0;
    size_t j = i + 1;
    if (j >= t->ntoks)
        return 1;
    if (t->toks[j].kind == TOK_NUM)
        return 0;
    if (t->toks[j].kind == TOK_PUNCT) {
        char c = tok_str(t, j)[0];
        /* "at 21.30, 4 May": a clock time before its date */
        if (c == ',' && dots == 1 && tw_dot_clock_shape(s, n))
            return 0;
        return c != '\'' && c != '-' && c != '/' && c != ':';
    }
    unsigned e = cls[j] >> TS_BITS;
    return !e || !time_start_follows[e - 1];
}

/* The class in data/en/time_starts.txt and entry number above TS_BITS of
 * a word of hash h whose slot j in the filter's table is not empty, by the
 * hash alone (no string compare: a collision only makes one more token a
 * candidate) (tw_classes). */
static unsigned start_word(uint32_t h, uint32_t j, size_t len)
{
    const uint32_t mask = (1u << TIME_START_FILTER_BITS) - 1;
    unsigned c;
    for (; (c = time_start_filter_cls[j]); j = (j + 1) & mask)
        if (time_start_filter_hash[j] == h)
            return len > 20 ? TS_NONE : c;
    return TS_NONE;
}

/* The class of a token that is no word ("'" by its hash, as a word) or
 * whose slot is not empty (tw_classes). */
static unsigned start_other(const text *t, const uint16_t *cls, const token *tk,
                            uint32_t j)
{
    if (tk->kind == TOK_WORD)
        return start_word(tk->hash, j, tk->len);
    /* a number that can begin nothing is no candidate, though it still
     * completes a lead word before it */
    if (tk->kind == TOK_NUM)
        return idle_number(t, cls, (size_t)(tk - t->toks)) ? TS_TAIL : TS_FULL | TS_TAIL;
    return tk->hash == LEX_HASH_INIT * LEX_HASH_B + '\'' ? TS_LEAD : TS_NONE;
}

size_t tw_classes(const text *t, uint16_t *cls, uint32_t *cand)
{
    const token *toks = t->toks, *tk = toks + t->ntoks;
    size_t n = t->ntoks, k = n;
    /* most tokens are words of no entry: cls 0 for all first, then only
     * the others written */
    memset(cls, 0, (n + 1) * sizeof *cls);
    /* backwards, keeping the nearest later tail: a lead word needs one
     * within four tokens in its sentence; the candidates fill the end of
     * cand, then move to its start */
    size_t tail = (size_t)-1 / 2;
    while (tk-- > toks) {
        uint32_t j = (tk->hash * LEX_HASH_MIX) >> (32 - TIME_START_FILTER_BITS);
        unsigned c = time_start_filter_cls[j];
        /* the common case in one load and two tests: a word of no slot */
        if (!c && tk->kind == TOK_WORD)
            continue;
        /* the next: a word found in its first slot */
        if (!(tk->kind == TOK_WORD && time_start_filter_hash[j] == tk->hash && tk->len <= 20) &&
            !(c = start_other(t, cls, tk, j)))
            continue;
        size_t i = (size_t)(tk - toks);
        if ((c & TS_FULL) || ((c & TS_LEAD) && tail <= i + 4 &&
                              toks[tail].sent == tk->sent))
            c |= TS_CAN;
        if (c & TS_TAIL)
            tail = i;
        if (c & TS_CAN)
            cand[--k] = (uint32_t)i;
        cls[i] = (uint16_t)c;
    }
#ifdef TW_NOFILTER /* every token a candidate (for debugging the filter) */
    for (k = 0; k < n; k++) {
        cls[k] |= TS_CAN;
        cand[k] = (uint32_t)k;
    }
#endif
    memmove(cand, cand + k, (n - k) * sizeof *cand);
    return n - k;
}

void tw_part_suffix(const lex_entry *e, tx *x)
{
    const char *bar = strchr(e->value, '|');
    size_t n = bar ? (size_t)(bar - e->value) : strlen(e->value);
    if (n >= sizeof x->suffix)
        n = sizeof x->suffix - 1;
    memcpy(x->suffix, e->value, n);
    x->suffix[n] = 0;
    if (bar && bar[1])
        x->mod = bar + 1;
}

int tw_any(const text *t, size_t i, const char *const *words)
{
    if (i >= t->ntoks || t->toks[i].kind != TOK_WORD)
        return 0;
    char c = (char)(tok_str(t, i)[0] | 0x20);
    for (; *words; words++)
        if (((*words)[0] | 0x20) == c && tw_is(t, i, *words))
            return 1;
    return 0;
}
