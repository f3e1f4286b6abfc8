/* time_scan_any.c - the best reading of a time expression at a token:
 * runs every recogniser, keeps the longest, then joins what belongs
 * together in one TIMEX3: modifiers ("early 1990s", "mid-2008"), qualified
 * durations ("more than a decade"), a part of the day with its date ("late
 * at night on January 19, 1990", "Wednesday night"), a clock time with its
 * day, and the first day of a range ("19" in "from 19 to 20 January"). */
#include <string.h>

#include "../text/phrase_match.h"
#include "date_parse.h"
#include "lexicons.h"
#include "time.h"

enum { C_DATE, C_YEAR, C_MONTH, C_WEEKDAY, C_QUARTER, C_SEASON, C_PHRASE,
       C_DURATION, C_SET, C_CLOCK, C_PART_OF_DAY, C_HOLIDAY, C_FRAC, C_PERIOD,
       C_NCORE, C_NIGHT = C_NCORE, C_RANGE };

static size_t night_of(const text *t, size_t i, size_t limit, tx *x);
static size_t range_head(const text *t, size_t i, size_t limit, tx *x);

const tw_scanner scan_core[] = {
    [C_DATE] = scan_date,         [C_YEAR] = scan_year,
    [C_MONTH] = scan_month,       [C_WEEKDAY] = scan_weekday,
    [C_QUARTER] = scan_quarter,   [C_SEASON] = scan_season,
    [C_PHRASE] = scan_phrase,     [C_DURATION] = scan_duration,
    [C_SET] = scan_set,           [C_CLOCK] = scan_clock,
    [C_PART_OF_DAY] = scan_part_of_day, [C_HOLIDAY] = scan_holiday,
    [C_FRAC] = scan_duration_frac, [C_PERIOD] = scan_period,
    [C_NIGHT] = night_of,         [C_RANGE] = range_head,
};
const size_t scan_ncore = sizeof scan_core / sizeof scan_core[0];

#define BIT(k) (1u << (k))

/* The recognisers a word of data/en/time_leads.txt begins, by the letters
 * of its value. */
static const unsigned lead_bits[26] = {
    ['d' - 'a'] = BIT(C_DATE),     ['y' - 'a'] = BIT(C_YEAR),
    ['m' - 'a'] = BIT(C_MONTH),    ['w' - 'a'] = BIT(C_WEEKDAY),
    ['q' - 'a'] = BIT(C_QUARTER),  ['s' - 'a'] = BIT(C_SEASON),
    ['u' - 'a'] = BIT(C_DURATION), ['e' - 'a'] = BIT(C_SET),
    ['p' - 'a'] = BIT(C_PART_OF_DAY), ['f' - 'a'] = BIT(C_FRAC),
    ['r' - 'a'] = BIT(C_PERIOD),   ['n' - 'a'] = BIT(C_NIGHT),
};

/* The recognisers that begin with a word of one of the other lists: the
 * list's prefix bitset says whether any key starts with the token, which is
 * what the recogniser's first look-up or phrase_match asks. */
static const struct {
    const lex_table *lex;
    unsigned bits;
} list_bits[] = {
    {&lex_en_months, BIT(C_DATE) | BIT(C_MONTH)},
    {&lex_en_weekdays, BIT(C_DATE) | BIT(C_WEEKDAY)},
    {&lex_en_time_numbers, BIT(C_YEAR) | BIT(C_QUARTER) | BIT(C_DURATION) | BIT(C_FRAC)},
    {&lex_en_time_ordinals, BIT(C_YEAR) | BIT(C_QUARTER)},
    {&lex_en_time_units, BIT(C_DURATION)},
    {&lex_en_time_parts_of_day, BIT(C_NIGHT)},
    {&lex_en_time_seasons, BIT(C_SEASON)},
    {&lex_en_time_holidays, BIT(C_HOLIDAY)},
    {&lex_en_time_phrases, BIT(C_PHRASE)},
};

/* The recognisers a number can begin, by its shape: a year is four digits
 * ("1990") or digits with letters ("1990s", "20th"); a clock time one or two
 * digits, or four ("1400 GMT"); a quarter an ordinal; a period a year; a
 * count ends in a digit ("1,000"). */
static unsigned number_bits(const text *t, size_t i)
{
    size_t n = tok_len(t, i);
    char last = tok_str(t, i)[n - 1];
    int digit = last >= '0' && last <= '9';
    unsigned m = BIT(C_DATE) | BIT(C_SET) | BIT(C_FRAC);
    if (n == 4 || !digit)
        m |= BIT(C_YEAR);
    if (digit && (n <= 2 || n == 4))
        m |= BIT(C_CLOCK);
    if (digit && n <= 2)
        m |= BIT(C_RANGE);
    if (digit)
        m |= BIT(C_DURATION);
    if (!digit)
        m |= BIT(C_QUARTER);
    if (n == 4)
        m |= BIT(C_PERIOD);
    return m;
}

/* A capitalised word that is a weekday or its plural ("Mondays"): the
 * weekday recogniser reads both. */
static int weekday_like(const text *t, size_t i)
{
    size_t n = tok_len(t, i);
    return lex_may_start(&lex_en_weekdays, t->toks[i].hash) ||
           (n > 1 && lex_may_start(&lex_en_weekdays,
                                   lex_hash(LEX_HASH_INIT, tok_str(t, i), n - 1)));
}

/* Durations and fractions of them name a unit ("two years", "half an
 * hour"): is there a word of time_units.txt in [i, limit)? */
static int unit_ahead(const text *t, size_t i, size_t limit)
{
    for (size_t j = i; j < limit; j++)
        if (t->toks[j].kind == TOK_WORD && lex_may_start(&lex_en_time_units, t->toks[j].hash))
            return 1;
    return 0;
}

/* Can token j follow a word of time_leads.txt in an expression: a number,
 * a '-' or '\'', a word of the start filter or of time_leads.txt? */
static int may_follow_lead(const text *t, const unsigned char *cls, size_t j)
{
    if (j >= t->ntoks)
        return 0;
    return cls[j] || tok_punct(t, j, '-') ||
           (t->toks[j].kind == TOK_WORD && tok_in(t, j, &lex_en_time_leads));
}

/* What scan_may_begin says before the unit test. */
static unsigned may_begin(const text *t, const unsigned char *cls, size_t i)
{
    const token *k = &t->toks[i];
    if (k->kind == TOK_NUM)
        return number_bits(t, i);
    if (k->kind == TOK_PUNCT)
        return tok_punct(t, i, '\'') ? BIT(C_YEAR) : 0;
    unsigned m = 0;
    const lex_entry *e = tok_lex(t, i, &lex_en_time_leads);
    if (e && may_follow_lead(t, cls, i + 1))
        for (const char *c = e->value; *c; c++)
            if (*c >= 'a' && *c <= 'z')
                m |= lead_bits[*c - 'a'];
    for (size_t j = 0; j < sizeof list_bits / sizeof list_bits[0]; j++)
        if (lex_may_start(list_bits[j].lex, k->hash))
            m |= list_bits[j].bits;
    if ((k->flags & TF_CAP) && weekday_like(t, i))
        m |= BIT(C_WEEKDAY);
    return m;
}

unsigned scan_may_begin(const text *t, const unsigned char *cls, size_t i,
                        size_t limit)
{
    unsigned m = may_begin(t, cls, i);
    if ((m & (BIT(C_DURATION) | BIT(C_FRAC))) && !unit_ahead(t, i, limit))
        m &= ~(BIT(C_DURATION) | BIT(C_FRAC));
    return m;
}

/* Longest core reading at i (by end token; the first on ties), calling
 * only the recognisers that can begin there. */
static size_t best_core(const text *t, const unsigned char *cls, size_t i,
                        size_t limit, tx *x, unsigned mask)
{
    size_t best = 0;
    tx cand;
    if (!mask)
        mask = scan_may_begin(t, cls, i, limit);
    for (size_t k = 0; k < C_NCORE; k++) {
        if (!(mask & BIT(k)))
            continue;
        size_t n = scan_core[k](t, i, limit, &cand);
        if (n && (!best || cand.t1 > x->t1)) {
            *x = cand;
            best = n;
        }
    }
    return best;
}

/* A reading that names one day (for joining a time of day to it). */
static int is_day(const tx *x)
{
    return x->gran == G_DAY && !x->suffix[0] && strcmp(x->type, "DURATION") &&
           strcmp(x->type, "SET") && x->how != A_LIT;
}

/* "19" in "19 to 20 January", "19-20 January 1990". */
static size_t range_head(const text *t, size_t i, size_t limit, tx *x)
{
    int nd = 0, d = tw_digits(t, i, &nd);
    if (d < 1 || d > 31 || nd > 2 || i + 2 >= limit)
        return 0;
    size_t j = i + 1;
    if (!(tok_punct(t, j, '-') || tok_is(t, j, "to") || tok_is(t, j, "and") ||
          tok_is(t, j, "through") || tok_is(t, j, "until") || tok_is(t, j, "till")))
        return 0;
    date_parts p;
    if (!date_parse(t, j + 1, limit, &p) || !p.day || !p.month || p.day <= d)
        return 0;
    memset(x, 0, sizeof *x);
    x->t0 = i;
    x->t1 = i + 1;
    x->rule = "date.range_start";
    x->type = "DATE";
    x->how = A_ABS;
    x->gran = G_DAY;
    x->y = p.year;
    x->m = p.month;
    x->d = d;
    return 1;
}

/* "the night of 19-20 January": a part of the day that owns a date. */
static size_t night_of(const text *t, size_t i, size_t limit, tx *x)
{
    size_t j = tok_is(t, i, "the") ? i + 1 : i;
    const lex_entry *e = j + 1 < limit ? tok_lex(t, j, &lex_en_time_parts_of_day) : NULL;
    if (!e || !tok_is(t, j + 1, "of"))
        return 0;
    tx d;
    size_t n = range_head(t, j + 2, limit, &d);
    if (!n)
        n = scan_date(t, j + 2, limit, &d);
    if (!n || d.gran != G_DAY)
        return 0;
    *x = d;
    x->t0 = i;
    x->type = "TIME";
    x->rule = "time.part_of_day_of_date";
    tf_snprintf(x->suffix, sizeof x->suffix, "%s", e->value);
    return x->t1 - i;
}

/* Join a date after a part of the day or a clock time: "late at night on
 * January 19, 1990", "4 a.m. Thursday". */
static void join_after(const text *t, const unsigned char *cls, size_t limit,
                       tx *x)
{
    size_t j = x->t1;
    if (j < limit && (tok_is(t, j, "on") || tok_is(t, j, "of")))
        j++;
    else if (j < limit && tok_punct(t, j, ','))
        j++;
    tx d;
    if (j >= limit || !best_core(t, cls, j, limit, &d, 0) || !is_day(&d))
        return;
    char suffix[sizeof x->suffix];
    memcpy(suffix, x->suffix, sizeof suffix);
    size_t t0 = x->t0;
    const char *rule = x->rule;
    *x = d;
    x->t0 = t0;
    x->type = "TIME";
    x->rule = !strcmp(rule, "time.clock") ? "time.clock_date" : "time.part_of_day_date";
    memcpy(x->suffix, suffix, sizeof suffix);
}

/* A part of the day right after a day: "Wednesday night". */
static void join_part_of_day(const text *t, size_t limit, tx *x)
{
    size_t j = x->t1;
    const lex_entry *e = j < limit && t->toks[j].kind == TOK_WORD
        ? tok_lex(t, j, &lex_en_time_parts_of_day) : NULL;
    if (!e)
        return;
    x->t1 = j + 1;
    x->type = "TIME";
    tf_snprintf(x->suffix, sizeof x->suffix, "%s", e->value);
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
    return !strcmp(x->type, "DATE") && x->gran >= G_DAY &&
           (x->how != A_LIT || x->gran >= G_DECADE);
}

size_t scan_any(const text *t, const unsigned char *cls, size_t i, size_t limit,
                tx *x)
{
    const lex_entry *e = NULL;
    unsigned may = scan_may_begin(t, cls, i, limit);
    size_t n = may ? best_core(t, cls, i, limit, x, may) : 0;
    tx alt;
    size_t m;
    if ((may & BIT(C_NIGHT)) && (m = night_of(t, i, limit, &alt)) &&
        (!n || alt.t1 > x->t1)) {
        *x = alt;
        n = m;
    }
    if ((may & BIT(C_RANGE)) && (m = range_head(t, i, limit, &alt)) && !n) {
        *x = alt;
        n = m;
    }
    /* "early 1990s", "mid-2008", "the end of 1990" */
    size_t k = tw_phrase(t, i, limit, &lex_en_time_modifiers, &e);
    if (k) {
        size_t j = i + k;
        if (j < limit && tok_punct(t, j, '-') && !(t->toks[j].flags & TF_SPACE))
            j++;
        int day_only = !e->value[0]; /* "earlier Sunday", "later yesterday" */
        if (j < limit && best_core(t, cls, j, limit, &alt, 0) && coarse_date(&alt) &&
            (!day_only || (alt.gran == G_DAY && alt.how != A_ABS && alt.t0 == j &&
                           (alt.how == A_WEEKDAY || alt.shift != 0 || alt.how == A_DCT))) &&
            (!n || alt.t1 > x->t1)) {
            alt.t0 = i;
            alt.mod = e->value[0] ? e->value : NULL;
            *x = alt;
            n = x->t1 - i;
        }
    }
    /* "more than a decade", "about three weeks" */
    k = tw_phrase(t, i, limit, &lex_en_time_approx, &e);
    if (k && i + k < limit && !tok_is(t, i + k, "the") &&
        ((scan_duration(t, i + k, limit, &alt) &&
          (!strcmp(alt.type, "DURATION") || !strcmp(alt.rule, "rel.ago"))) ||
         (!strcmp(e->value, "APPROX") && scan_clock(t, i + k, limit, &alt))) &&
        (!n || alt.t1 > x->t1)) {
        alt.t0 = i;
        alt.mod = e->value;
        *x = alt;
        n = x->t1 - i;
    }
    if (!n)
        return 0;
    /* "a year or so", "the next two years or so" */
    if (x->t1 + 1 < limit && tok_is(t, x->t1, "or") && tok_is(t, x->t1 + 1, "so"))
        x->t1 += 2;
    if (x->how == A_ABS && !x->y && x->m && x->gran <= G_MONTH)
        join_year_phrase(t, limit, x);
    if (x->suffix[0] && x->how == A_REF &&
        (!strcmp(x->rule, "time.part_of_day") || !strcmp(x->rule, "time.clock")))
        join_after(t, cls, limit, x);
    else if (is_day(x))
        join_part_of_day(t, limit, x);
    return x->t1 > i ? x->t1 - i : 1;
}
