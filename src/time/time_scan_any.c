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

typedef size_t (*scanner)(const text *, size_t, size_t, tx *);

enum { C_DATE, C_YEAR, C_MONTH, C_WEEKDAY, C_QUARTER, C_SEASON, C_PHRASE,
       C_DURATION, C_SET, C_CLOCK, C_PART_OF_DAY, C_HOLIDAY, C_FRAC, C_PERIOD };

static const scanner core[] = {
    [C_DATE] = scan_date,         [C_YEAR] = scan_year,
    [C_MONTH] = scan_month,       [C_WEEKDAY] = scan_weekday,
    [C_QUARTER] = scan_quarter,   [C_SEASON] = scan_season,
    [C_PHRASE] = scan_phrase,     [C_DURATION] = scan_duration,
    [C_SET] = scan_set,           [C_CLOCK] = scan_clock,
    [C_PART_OF_DAY] = scan_part_of_day, [C_HOLIDAY] = scan_holiday,
    [C_FRAC] = scan_duration_frac, [C_PERIOD] = scan_period,
};

/* Quick rejects on the first token, so that best_core calls only the
 * recognisers that can begin there. At a number ("19", "1990", "3rd") the
 * month, weekday, season, holiday, phrase and part-of-day recognisers read
 * names only; a quarter needs an ordinal ("3rd"), a period a four-digit
 * year ("2008's"). At a word, the clock never starts (it reads digits).
 * Rejects by the words a recogniser begins with would be language
 * knowledge kept in code, out of step with data/en as soon as a list
 * grows, so there are none: the start filter (tw_starts) already passes
 * only tokens that can begin an expression. */
#define BIT(k) (1u << (k))

static unsigned word_mask(void)
{
    return ~BIT(C_CLOCK);
}

static unsigned core_mask(const text *t, size_t i)
{
    if (t->toks[i].kind != TOK_NUM)
        return word_mask();
    unsigned m = ~(BIT(C_MONTH) | BIT(C_WEEKDAY) | BIT(C_SEASON) |
                   BIT(C_HOLIDAY) | BIT(C_PHRASE) | BIT(C_PART_OF_DAY));
    size_t n = tok_len(t, i);
    char last = tok_str(t, i)[n - 1];
    if (last >= '0' && last <= '9')
        m &= ~BIT(C_QUARTER);
    if (n != 4)
        m &= ~BIT(C_PERIOD);
    return m;
}

/* Longest core reading at i (by end token; the first on ties). */
static size_t best_core(const text *t, size_t i, size_t limit, tx *x)
{
    size_t best = 0;
    tx cand;
    unsigned mask = core_mask(t, i);
    for (size_t k = 0; k < sizeof core / sizeof core[0]; k++) {
        if (!(mask & BIT(k)))
            continue;
        size_t n = core[k](t, i, limit, &cand);
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
static void join_after(const text *t, size_t limit, tx *x)
{
    size_t j = x->t1;
    if (j < limit && (tok_is(t, j, "on") || tok_is(t, j, "of")))
        j++;
    else if (j < limit && tok_punct(t, j, ','))
        j++;
    tx d;
    if (j >= limit || !best_core(t, j, limit, &d) || !is_day(&d))
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

size_t scan_any(const text *t, size_t i, size_t limit, tx *x)
{
    const lex_entry *e = NULL;
    size_t n = best_core(t, i, limit, x);
    tx alt;
    size_t m;
    if ((m = night_of(t, i, limit, &alt)) && (!n || alt.t1 > x->t1)) {
        *x = alt;
        n = m;
    }
    if ((m = range_head(t, i, limit, &alt)) && !n) {
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
        if (j < limit && best_core(t, j, limit, &alt) && coarse_date(&alt) &&
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
        join_after(t, limit, x);
    else if (is_day(x))
        join_part_of_day(t, limit, x);
    return x->t1 > i ? x->t1 - i : 1;
}
