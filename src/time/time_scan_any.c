/* time_scan_any.c - the best reading of a time expression at a token:
 * runs the recognisers that can begin there (scan_may_begin, from the
 * letters of data/en/time_starts.txt, the phrase lists' bitsets and the
 * number's shape: docs/time.md), keeps the longest, then joins what belongs
 * together in one TIMEX3: modifiers ("early 1990s", "mid-2008"), qualified
 * durations ("more than a decade"), a part of the day with its date ("late
 * at night on January 19, 1990", "Wednesday night"), a clock time with its
 * day, and the first day of a range (time_scan_night.c). */
#include <string.h>

#include "../text/phrase_match.h"
#include "date_parse.h"
#include "lexicons.h"
#include "time.h"

enum { C_DATE, C_YEAR, C_MONTH, C_WEEKDAY, C_QUARTER, C_SEASON, C_PHRASE,
       C_DURATION, C_SET, C_CLOCK, C_PART_OF_DAY, C_HOLIDAY, C_FRAC, C_PERIOD,
       C_NCORE, C_NIGHT = C_NCORE, C_RANGE, C_MODIFIER, C_APPROX };

const tw_scanner scan_core[] = {
    [C_DATE] = scan_date,         [C_YEAR] = scan_year,
    [C_MONTH] = scan_month,       [C_WEEKDAY] = scan_weekday,
    [C_QUARTER] = scan_quarter,   [C_SEASON] = scan_season,
    [C_PHRASE] = scan_phrase,     [C_DURATION] = scan_duration,
    [C_SET] = scan_set,           [C_CLOCK] = scan_clock,
    [C_PART_OF_DAY] = scan_part_of_day, [C_HOLIDAY] = scan_holiday,
    [C_FRAC] = scan_duration_frac, [C_PERIOD] = scan_period,
    [C_NIGHT] = scan_night_of,    [C_RANGE] = scan_range_head,
};
const size_t scan_ncore = sizeof scan_core / sizeof scan_core[0];

/* A recogniser's bit in a mask is its letter's in data/en/time_leads.txt
 * and time_starts.txt (bit c - 'a'); those no word list names have letters
 * of their own here. */
#define L(c) (1u << ((c) - 'a'))
enum {
    B_DATE = L('d'), B_YEAR = L('y'), B_MONTH = L('m'), B_WEEKDAY = L('w'),
    B_QUARTER = L('q'), B_SEASON = L('s'), B_PHRASE = L('h'), B_DURATION = L('u'),
    B_SET = L('e'), B_CLOCK = L('c'), B_PART_OF_DAY = L('p'), B_HOLIDAY = L('o'),
    B_FRAC = L('f'), B_PERIOD = L('r'), B_NIGHT = L('n'), B_RANGE = L('g'),
    B_MODIFIER = L('i'), B_APPROX = L('a'),
    B_SET_AFTER_NUMBER = L('x'), /* follows a number: "3 [times] a day" */
    B_COUNT_UNIT = L('k'),   /* follows a count into a duration: "3 [years]" */
    B_COUNT_FRAC = L('z'),   /* follows a count into a fraction or range:
                              * "2 [1/2] years", "two [and] a half", "12 [to] 18" */
    B_BARE_UNIT = L('v'),    /* lets a bare unit after it be one: "[for] years" */
};
const unsigned scan_core_bits[] = {
    [C_DATE] = B_DATE,       [C_YEAR] = B_YEAR,         [C_MONTH] = B_MONTH,
    [C_WEEKDAY] = B_WEEKDAY, [C_QUARTER] = B_QUARTER,   [C_SEASON] = B_SEASON,
    [C_PHRASE] = B_PHRASE,   [C_DURATION] = B_DURATION, [C_SET] = B_SET,
    [C_CLOCK] = B_CLOCK,     [C_PART_OF_DAY] = B_PART_OF_DAY,
    [C_HOLIDAY] = B_HOLIDAY, [C_FRAC] = B_FRAC,         [C_PERIOD] = B_PERIOD,
    [C_NIGHT] = B_NIGHT,     [C_RANGE] = B_RANGE,
};

/* The lists matched as phrases (phrase_match): the letter in
 * time_starts.txt of the words their keys begin with, which
 * may_begin then checks with the next token, and what each begins (the
 * count words also lead into a year or an ordinal: "nineteen ninety-six",
 * "twenty-first century", when another number word or a '-' follows). */
#define B_COUNT_WORD L('b')
static const struct {
    const lex_table *lex;
    unsigned letter, begins, leads;
} phrase_lists[] = {
    {&lex_en_time_numbers, B_COUNT_WORD, B_DURATION | B_FRAC | B_SET, B_YEAR | B_QUARTER},
    {&lex_en_time_holidays, B_HOLIDAY, B_HOLIDAY, 0},
    {&lex_en_time_phrases, B_PHRASE, B_PHRASE, 0},
    {&lex_en_time_modifiers, B_MODIFIER, B_MODIFIER, 0},
    {&lex_en_time_approx, B_APPROX, B_APPROX, 0},
};
/* The entry of phrase_lists of each letter bit (its letter field). */
static const unsigned char phrase_list_of[32] = {
    ['b' - 'a'] = 0, ['o' - 'a'] = 1, ['h' - 'a'] = 2, ['i' - 'a'] = 3, ['a' - 'a'] = 4,
};

/* The recognisers token j can continue after a word with leads in
 * time_starts.txt ("the [third] quarter", "last [January]"), or after a
 * number (`after_number`: "19 [January]", "11 [p.m.]", "3 [times] a day"). */
static unsigned follow_bits(const text *t, const uint16_t *cls, size_t j,
                            int after_number)
{
    if (j >= t->ntoks)
        return 0;
    const token *k = &t->toks[j];
    if (k->kind == TOK_NUM) {
        if (after_number) /* "2 [1]/2 years" */
            return B_COUNT_FRAC;
        /* by its shape, as number_bits: "the 19th", "the 1990s", "fiscal
         * 1989", "the 3rd quarter", "the past 2 years" */
        size_t n = tok_len(t, j);
        char last = tok_str(t, j)[n - 1];
        int digit = last >= '0' && last <= '9';
        unsigned m = n == 4 ? B_YEAR | B_PERIOD : 0;
        if (n <= 4 || memchr(tok_str(t, j), '.', n))
            m |= B_DATE;
        return m | (digit ? B_DURATION | B_FRAC | B_SET : B_YEAR | B_QUARTER);
    }
    if (k->kind == TOK_PUNCT) { /* one character (a non-ASCII one matches none) */
        switch (tok_str(t, j)[0]) {
        case '\'': return B_YEAR | B_PERIOD; /* "1990's" */
        case '-': /* "late-night", "19-20", "two-year", "12-18 months" */
            return B_PART_OF_DAY | B_DATE | B_RANGE | B_YEAR | B_QUARTER | B_COUNT_UNIT |
                   B_COUNT_FRAC;
        case '/': return B_DATE; /* "1/19/2009" */
        case ':': return B_CLOCK; /* "11:30" */
        default: return 0;
        }
    }
    /* every word of the lists, or first word of a key, is in the start
     * filter (test_time_words checks) */
    unsigned e = cls[j] >> TS_BITS;
    return e ? time_start_follows[e - 1] : 0;
}

/* The recognisers a number can begin, by its shape: a year is four digits
 * ("1990") or digits with letters ("1990s", "20th"); a clock time one or two
 * digits, or four ("1400 GMT"); a range's first day one or two digits or an
 * ordinal ("19-20", "11th to 14th"); a quarter an ordinal; a period a
 * year; a count ends in a digit ("1,000"). */
static unsigned number_bits(const text *t, size_t i)
{
    size_t n = tok_len(t, i);
    char last = tok_str(t, i)[n - 1];
    int digit = last >= '0' && last <= '9';
    unsigned m = B_DATE | B_SET | B_FRAC;
    if (n == 4 || !digit)
        m |= B_YEAR;
    int v, nd;
    if ((digit && (n <= 2 || n == 4)) || (!digit && tw_clock_token(t, i, &v, &nd)) ||
        tw_dot_clock_shape(tok_str(t, i), n))
        m |= B_CLOCK; /* "10am", "2200hrs", "11.30pm" too */
    if (n <= 2 || (!digit && n <= 4)) /* "19", "19th" */
        m |= B_RANGE;
    if (digit)
        m |= B_DURATION;
    if (!digit)
        m |= B_QUARTER;
    if (n == 4)
        m |= B_PERIOD;
    return m;
}

/* Durations and fractions of them name a unit ("two years", "half an
 * hour"): is there a word of time_units.txt in [i, limit)? */
static int unit_ahead(const text *t, const uint16_t *cls, size_t i, size_t limit)
{
    for (size_t j = i; j < limit; j++)
        if ((cls[j] >> TS_BITS) && (time_start_begins[(cls[j] >> TS_BITS) - 1] & B_DURATION) &&
            t->toks[j].kind == TOK_WORD)
            return 1;
    return 0;
}

/* Is a key of lex token i's text (by hash)? */
static int one_may(const text *t, const lex_table *lex, size_t i)
{
    uint32_t h = t->toks[i].hash;
    uint32_t mask = (1u << lex->slot_bits) - 1;
    for (uint32_t s = (h * LEX_HASH_MIX) >> (32 - lex->slot_bits); lex->slots[s];
         s = (s + 1) & mask)
        if (lex->slot_hash[s] == h)
            return 1;
    return 0;
}

/* The hash of tokens i and i + 1 together as phrase_match joins them (0
 * when they cannot be joined: i + 1 at `limit`, or punctuation other than
 * '-' and '\''), for "can a key start with them" (lex_may_start). */
static int two_hash(const text *t, size_t i, size_t limit, uint32_t *h2)
{
    uint32_t h = t->toks[i].hash;
    size_t j = i + 1;
    if (j >= limit || j >= t->ntoks ||
        (t->toks[j].kind == TOK_PUNCT && !tok_punct(t, j, '-') && !tok_punct(t, j, '\'')))
        return 0;
    if (t->toks[j].flags & TF_SPACE)
        h = lex_hash_byte(h, ' ');
    *h2 = lex_hash_join(h, t->toks[j].hash, tok_len(t, j));
    return 1;
}

/* What a count can begin when the token after it follows with bits f: a
 * duration ("3 years", "3 more years", "two-year") or a fraction or range
 * ("2 1/2 years", "12 to 18 months"); a set ("3 times a day"). */
static unsigned count_bits(unsigned f)
{
    return (f & B_COUNT_UNIT ? B_DURATION : 0) | (f & B_COUNT_FRAC ? B_FRAC : 0) |
           (f & B_SET_AFTER_NUMBER ? B_SET : 0);
}

/* What scan_may_begin says before the unit test. */
static unsigned may_begin(const text *t, const uint16_t *cls, size_t i, size_t limit)
{
    const token *k = &t->toks[i];
    if (k->kind == TOK_NUM) {
        /* a date at a number goes on with a month, "of", '-' or '/' ("19
         * January", "2009-01-19") or is one token ("19.01.2009"); a set
         * with "times", a clock time with ':' or "p.m.", a range with "to",
         * a period with "'s" */
        unsigned m = number_bits(t, i), f = follow_bits(t, cls, i + 1, 1);
        unsigned need = B_DATE | B_SET | B_CLOCK | B_RANGE | B_PERIOD | B_DURATION | B_FRAC;
        unsigned ok = (f & (B_DATE | B_CLOCK | B_RANGE | B_PERIOD)) | count_bits(f);
        const char *s = tok_str(t, i);
        int dots = 0;
        for (size_t c = tok_len(t, i); c-- > 0;)
            dots += s[c] == '.';
        if (dots >= 2)
            ok |= B_DATE;
        else if (dots == 1 && (m & B_CLOCK))
            ok |= B_CLOCK; /* "11.30pm", "10.45 GMT": scan_clock decides */
        if (!(s[tok_len(t, i) - 1] >= '0' && s[tok_len(t, i) - 1] <= '9'))
            ok |= B_CLOCK; /* "10am": a clock time by itself */
        return m & (~need | ok);
    }
    if (k->kind == TOK_PUNCT) /* "'90s" */
        return tok_punct(t, i, '\'') && i + 1 < t->ntoks && t->toks[i + 1].kind == TOK_NUM
                   ? B_YEAR : 0;
    unsigned e = cls[i] >> TS_BITS;
    if (!e)
        return 0;
    unsigned begins = time_start_begins[e - 1], lead = time_start_leads[e - 1];
    const unsigned phrases = B_COUNT_WORD | B_HOLIDAY | B_PHRASE | B_MODIFIER | B_APPROX;
    unsigned m = begins & ~phrases;
    /* a bare unit is a duration only after "for", "within" ("for years") */
    if ((m & B_DURATION) && !(i > 0 && (cls[i - 1] >> TS_BITS) &&
                              (time_start_follows[(cls[i - 1] >> TS_BITS) - 1] & B_BARE_UNIT)))
        m &= ~B_DURATION;
    if (!(begins & phrases)) {
        if (lead)
            m |= lead & follow_bits(t, cls, i + 1, 0);
        return k->flags & TF_CAP ? m : m & ~B_HOLIDAY; /* holidays are names */
    }
    /* the hash of tokens i and i + 1 together, once for all the lists (ok2
     * 0: no key spans them): can a key start with them, or is token i one
     * (phrase_match's first two steps)? */
    uint32_t h2 = 0;
    int ok2 = two_hash(t, i, limit, &h2);
    /* only the lists whose letter the word has (the OR does not depend on
     * their order) */
    for (unsigned pb = begins & phrases; pb; pb &= pb - 1) {
        size_t l = phrase_list_of[__builtin_ctz(pb)];
        const lex_table *lex = phrase_lists[l].lex;
        int two = ok2 && lex_may_start(lex, h2);
        if (!two && !one_may(t, lex, i))
            continue;
        unsigned b = phrase_lists[l].begins;
        /* a count in words: a unit, "and a half", "to", "times" after it,
         * or a longer count ("a few", "twenty-five", "two thousand") */
        if (lex == &lex_en_time_numbers && !two &&
            !(i + 1 < limit && t->toks[i + 1].kind == TOK_WORD &&
              lex_may_start(lex, t->toks[i + 1].hash)))
            b &= ~(B_DURATION | B_FRAC | B_SET) | count_bits(follow_bits(t, cls, i + 1, 1));
        m |= b;
        lead |= phrase_lists[l].leads;
    }
    if (lead)
        m |= lead & follow_bits(t, cls, i + 1, 0);
    if (!(k->flags & TF_CAP))
        m &= ~B_HOLIDAY; /* holidays are names */
    return m;
}

/* A part of the day that is an hour ("noon", "midnight": T12:00, T24:00
 * in time_parts_of_day.txt), for "around noon"; x may be NULL (a test). */
static size_t clock_part(const text *t, size_t j, size_t limit, tx *x)
{
    const lex_entry *e = j < limit && t->toks[j].kind == TOK_WORD
        ? tw_lex(t, j, &lex_en_time_parts_of_day) : NULL;
    if (!e || e->value[0] != 'T' || e->value[1] < '0' || e->value[1] > '9')
        return 0;
    if (x) {
        tx_init(x, j, 1, "time.part_of_day", "TIME", A_REF, G_DAY);
        tw_part_suffix(e, x);
    }
    return 1;
}

/* scan_may_begin, inline in scan_any (which asks it at every candidate). */
static inline unsigned may_begin_at(const text *t, const uint16_t *cls, size_t i,
                                    size_t limit)
{
    unsigned m = may_begin(t, cls, i, limit);
    if ((m & (B_DURATION | B_FRAC | B_APPROX)) && !unit_ahead(t, cls, i, limit)) {
        m &= ~(B_DURATION | B_FRAC);
        /* "about 10 a.m.": an approximate clock time needs a number, or
         * an hour by name ("around noon") */
        int number = clock_part(t, i + 1, limit, NULL) != 0;
        for (size_t j = i + 1; j < limit && j <= i + 4; j++)
            number |= t->toks[j].kind == TOK_NUM;
        if (!number)
            m &= ~B_APPROX;
    }
    return m;
}

unsigned scan_may_begin(const text *t, const uint16_t *cls, size_t i, size_t limit)
{
    return may_begin_at(t, cls, i, limit);
}

/* Longest core reading at i (by end token; the first on ties), calling
 * only the recognisers that can begin there. */
static size_t best_core(const text *t, const uint16_t *cls, size_t i,
                        size_t limit, tx *x, unsigned mask)
{
    /* the core recogniser of each letter bit, + 1 (0: none) */
    static const unsigned char core_of[32] = {
        ['d' - 'a'] = C_DATE + 1,     ['y' - 'a'] = C_YEAR + 1,
        ['m' - 'a'] = C_MONTH + 1,    ['w' - 'a'] = C_WEEKDAY + 1,
        ['q' - 'a'] = C_QUARTER + 1,  ['s' - 'a'] = C_SEASON + 1,
        ['h' - 'a'] = C_PHRASE + 1,   ['u' - 'a'] = C_DURATION + 1,
        ['e' - 'a'] = C_SET + 1,      ['c' - 'a'] = C_CLOCK + 1,
        ['p' - 'a'] = C_PART_OF_DAY + 1, ['o' - 'a'] = C_HOLIDAY + 1,
        ['f' - 'a'] = C_FRAC + 1,     ['r' - 'a'] = C_PERIOD + 1,
    };
    size_t best = 0, best_k = 0;
    tx cand;
    if (!mask)
        mask = scan_may_begin(t, cls, i, limit);
    /* only the set bits; on a tie the earlier recogniser of scan_core wins */
    for (unsigned m = mask; m; m &= m - 1) {
        size_t k = core_of[__builtin_ctz(m)];
        if (!k--)
            continue;
        size_t n = scan_core[k](t, i, limit, &cand);
        if (n && (!best || cand.t1 > x->t1 || (cand.t1 == x->t1 && k < best_k))) {
            *x = cand;
            best = n;
            best_k = k;
        }
    }
    return best;
}

/* A reading that names one day (for joining a time of day to it). */
static int is_day(const tx *x)
{
    /* types are the literals "DATE", "TIME", "DURATION" and "SET" */
    return x->gran == G_DAY && !x->suffix[0] && x->type[1] != 'U' && x->type[0] != 'S' &&
           x->how != A_LIT;
}

/* Join a date after a part of the day or a clock time: "late at night on
 * January 19, 1990", "4 a.m. Thursday", "0430 GMT Tuesday". */
static void join_after(const text *t, const uint16_t *cls, size_t limit,
                       tx *x)
{
    size_t j = x->t1, keep = 0;
    int clock = !strncmp(x->rule, "time.clock", 10);
    /* "0600 local time (0400 GMT) on Saturday", "6 p.m. (1500 GMT)
     * Tuesday": the day after the other zone's clock in brackets is this
     * clock's too, though the span stays the clock's own */
    if (clock && j < limit && tok_punct(t, j, '(')) {
        size_t k = j + 1;
        while (k < limit && k < j + 6 && !tok_punct(t, k, ')'))
            k++;
        if (k < limit && tok_punct(t, k, ')') && k + 1 < limit) {
            keep = x->t1;
            j = k + 1;
        }
    }
    /* "overnight from 7 to 8 August": only a pair of days (below) */
    int from = !clock && !strcmp(x->suffix, "TNI") && j < limit &&
               (tw_is(t, j, "from") || tw_is(t, j, "between"));
    if (j < limit && (from || tw_is(t, j, "on") || tw_is(t, j, "of")))
        j++;
    else if (j < limit && tok_punct(t, j, ','))
        j++;
    tx d;
    /* the first night of a range: "overnight on 12-13 May"; a clock time
     * on a day named with its part: "05:30 this morning", "11 pm last
     * night" (the clock is the finer) */
    if (j >= limit || !(best_core(t, cls, j, limit, &d, 0) || scan_range_head(t, j, limit, &d)))
        return;
    tx first = d;
    if (from && scan_night_pair_end(t, limit, &first) == d.t1)
        return;
    int part = clock && j == x->t1 && d.gran == G_DAY && d.suffix[0] == 'T' &&
               d.suffix[1] >= 'A' && d.suffix[1] <= 'Z' && d.type[0] == 'T';
    /* "the early hours of this morning": the same part of a day named
     * with it, one time */
    int same_part = !clock && j == x->t1 + 1 && tw_is(t, x->t1, "of") && d.gran == G_DAY &&
                    d.type[0] == 'T' && !strcmp(d.suffix, x->suffix);
    if (!is_day(&d) && !part && !same_part)
        return;
    /* "2 a.m. last night" is the small hours after that night's day */
    if (part && !strcmp(d.suffix, "TNI") && x->suffix[0] == 'T' && x->suffix[1] == '0' &&
        x->suffix[2] < '6')
        d.day_shift = 1;
    char suffix[sizeof x->suffix];
    memcpy(suffix, x->suffix, sizeof suffix);
    size_t t0 = x->t0;
    const char *rule = x->rule, *mod = x->mod;
    if (keep && !is_day(&d))
        return;
    *x = d;
    x->t0 = t0;
    if (keep)
        x->t1 = keep;
    if (!x->mod)
        x->mod = mod; /* "in the early hours of Sunday": START */
    x->type = "TIME";
    x->rule = strncmp(rule, "time.clock", 10) ? "time.part_of_day_date" : "time.clock_date";
    memcpy(x->suffix, suffix, sizeof suffix);
    /* "overnight on 12-13 May": the night of both days is one */
    if (!clock && !strcmp(suffix, "TNI")) {
        x->t1 = scan_night_pair_end(t, limit, x);
        x->pair = x->t1 > d.t1;
    }
}

/* A part of the day right after a day: "Wednesday night". */
static void join_part_of_day(const text *t, size_t limit, tx *x)
{
    size_t j = x->t1;
    const lex_entry *e = j < limit && t->toks[j].kind == TOK_WORD
        ? tw_lex(t, j, &lex_en_time_parts_of_day) : NULL;
    if (!e)
        return;
    x->t1 = j + 1;
    x->type = "TIME";
    tf_snprintf(x->suffix, sizeof x->suffix, "%s", e->value);
}

/* "Saturday afternoon, 13 September": a weekday with its part of the day,
 * then a comma and the date of that day, is one time of that date. */
static void join_date_after_part(const text *t, const uint16_t *cls, size_t limit,
                                 tx *x)
{
    size_t j = x->t1;
    tx d;
    if (!x->suffix[0] || strncmp(x->rule, "date.weekday", 12) || j + 1 >= limit ||
        !tok_punct(t, j, ',') || !best_core(t, cls, j + 1, limit, &d, 0) ||
        !is_day(&d) || d.how != A_ABS || !d.m || !d.d)
        return;
    char suffix[sizeof x->suffix];
    memcpy(suffix, x->suffix, sizeof suffix);
    size_t t0 = x->t0;
    *x = d;
    x->t0 = t0;
    x->type = "TIME";
    x->rule = "time.weekday_part_date";
    memcpy(x->suffix, suffix, sizeof suffix);
}

/* "January this year", "June last year": the year named after the date. */
static void join_year_phrase(const text *t, size_t limit, tx *x)
{
    tx y;
    if (x->t1 >= limit || !scan_phrase(t, x->t1, limit, &y) || y.how != A_DCT ||
        y.gran != G_YEAR || y.suffix[0])
        return;
    x->how = A_ELAPSED;
    x->shift = -y.shift;
    x->t1 = y.t1;
    x->rule = "date.with_relative_year";
}

static int coarse_date(const tx *x)
{
    return x->type[0] == 'D' && x->type[1] == 'A' && x->gran >= G_DAY &&
           (x->how != A_LIT || x->gran >= G_DECADE);
}

/* The mod of approximation entry e at token i, or NULL: an entry
 * "lead|MOD" (data/en/time_approx.txt) qualifies the count only after a
 * word of time_count_leads.txt ("lasted over a week"); elsewhere
 * ("used over three years") it is no part of the expression. */
static const char *approx_mod(const text *t, size_t i, const lex_entry *e)
{
    const char *bar = strchr(e->value, '|');
    if (!bar)
        return e->value;
    return i > 0 && tw_in(t, i - 1, &lex_en_time_count_leads) ? bar + 1 : NULL;
}

size_t scan_any(const text *t, const uint16_t *cls, size_t i, size_t limit,
                tx *x)
{
    const lex_entry *e = NULL;
    unsigned may = may_begin_at(t, cls, i, limit);
    size_t n = may ? best_core(t, cls, i, limit, x, may) : 0;
    tx alt;
    size_t m;
    if ((may & B_NIGHT) && (m = scan_night_of(t, i, limit, &alt)) &&
        (!n || alt.t1 > x->t1)) {
        *x = alt;
        n = m;
    }
    /* "during the night of 19-20 January": a reading after a lead word
     * ("the night") may be the start of a longer one */
    if (n && x->t0 > i && x->suffix[0] && (m = scan_night_of(t, x->t0, limit, &alt)) &&
        alt.t1 > x->t1) {
        *x = alt;
        n = x->t1 - i;
    }
    if ((may & B_RANGE) && (m = scan_range_head(t, i, limit, &alt)) && !n) {
        *x = alt;
        n = m;
    }
    /* "early 1990s", "mid-2008", "the end of 1990" */
    size_t k = may & B_MODIFIER ? tw_phrase(t, i, limit, &lex_en_time_modifiers, &e) : 0;
    if (k) {
        size_t j = i + k;
        if (j < limit && tok_punct(t, j, '-') && !(t->toks[j].flags & TF_SPACE))
            j++;
        int day_only = e->value[0] == '~'; /* "earlier Sunday", "later yesterday" */
        const char *mod = e->value + day_only;
        int dated = j < limit && best_core(t, cls, j, limit, &alt, 0) && coarse_date(&alt);
        /* "early on the morning of Sunday, 12 May": a part of a named day */
        tx part;
        if (!day_only && j < limit && scan_night_of(t, j, limit, &part) &&
            (!dated || part.t1 > alt.t1)) {
            alt = part;
            dated = 1;
        }
        if (dated &&
            (!day_only || (alt.gran == G_DAY && alt.how != A_ABS && alt.t0 == j &&
                           (alt.how == A_WEEKDAY || alt.shift != 0 || alt.how == A_DCT))) &&
            (!n || alt.t1 > x->t1)) {
            alt.t0 = i;
            alt.mod = mod[0] ? mod : NULL;
            *x = alt;
            n = x->t1 - i;
        }
        /* a fixed phrase that begins with one: "the end of the year"; not
         * a half or quarter its words already name ("the second half of
         * 2007" is 2007-H2) */
        else if (n && !x->mod && mod[0] && x->t0 == i && x->t1 > j && x->gran != G_HALF &&
                 x->gran != G_QUARTER)
            x->mod = mod;
    }
    /* "more than a decade", "about three weeks" */
    k = may & B_APPROX ? tw_phrase(t, i, limit, &lex_en_time_approx, &e) : 0;
    const char *amod = k ? approx_mod(t, i, e) : NULL;
    if (amod && i + k < limit && !tw_is(t, i + k, "the") &&
        ((scan_duration(t, i + k, limit, &alt) &&
          (!strcmp(alt.type, "DURATION") || !strcmp(alt.rule, "rel.ago"))) ||
         (!strcmp(amod, "APPROX") && (scan_clock(t, i + k, limit, &alt) ||
                                         clock_part(t, i + k, limit, &alt)))) &&
        (!n || alt.t1 > x->t1)) {
        alt.t0 = i;
        alt.mod = amod;
        *x = alt;
        n = x->t1 - i;
    }
    if (!n)
        return 0;
    /* "a year or so", "the next two years or so" */
    if (x->t1 + 1 < limit && tw_is(t, x->t1, "or") && tw_is(t, x->t1 + 1, "so")) {
        x->t1 += 2;
        if (!x->mod)
            x->mod = "APPROX";
    }
    if (x->how == A_ABS && !x->y && x->m && x->gran <= G_MONTH)
        join_year_phrase(t, limit, x);
    if (x->suffix[0] && x->how == A_REF &&
        (!strcmp(x->rule, "time.part_of_day") || !strcmp(x->rule, "time.clock") ||
         !strcmp(x->rule, "time.clock_24h") ||
         (x->t1 == x->t0 + 1 && tw_in(t, x->t0, &lex_en_time_parts_before_day))))
        join_after(t, cls, limit, x);
    else if (is_day(x)) {
        join_part_of_day(t, limit, x);
        join_date_after_part(t, cls, limit, x);
    }
    return x->t1 > i ? x->t1 - i : 1;
}
