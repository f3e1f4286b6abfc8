/* time_scan_period.c - the reporting periods of company and budget news:
 * a quarter or half named through its year ("this year's third quarter",
 * "last year's quarter", "the 1988 third quarter", "the 1988 period") and
 * halves counted in quarters ("the first two quarters of 1990", "the last
 * half of 1989", "the second half of the year").
 *
 * A period without its ordinal ("the 1988 quarter") takes the quarter the
 * story is about when resolved (time_resolve.c); plain "the third quarter"
 * is scan_quarter's. */
#include <string.h>

#include "time.h"

/* A year written as digits at j, else 0. */
static int digit_year(const text *t, size_t j)
{
    int nd = 0, v = tw_digits(t, j, &nd);
    return nd == 4 && v >= 1000 && v <= 2199 ? v : 0;
}

/* "this year 's", "last year 's", "1988 's" at i: tokens read; the year in
 * *y (written) or its shift back from the document year in *back. */
static size_t year_possessive(const text *t, size_t i, size_t limit, int *y,
                              int *back)
{
    size_t j = i;
    *y = 0;
    *back = 0;
    if (tw_is(t, i, "this") || tw_is(t, i, "last") || tw_is(t, i, "next")) {
        if (i + 1 >= limit || !tw_is(t, i + 1, "year"))
            return 0;
        *back = tw_is(t, i, "last") ? 1 : tw_is(t, i, "next") ? -1 : 0;
        j = i + 2;
    } else if ((*y = digit_year(t, i))) {
        j = i + 1;
    } else {
        return 0;
    }
    if (j + 1 < limit && tok_punct(t, j, '\'') && tw_is(t, j + 1, "s") &&
        !(t->toks[j].flags & TF_SPACE))
        return j + 2 - i;
    return 0;
}

/* "[fiscal] third quarter", "first half", "quarter", "period" at j: the
 * tokens read, q (0: the story's quarter) and the granularity. */
static size_t period_noun(const text *t, size_t j, size_t limit, int *q, int *gran)
{
    size_t k = j;
    *q = 0;
    if (k < limit && tw_is(t, k, "fiscal"))
        k++;
    size_t n = tw_ordinal(t, k, limit, q);
    if (n && (*q < 1 || *q > 4))
        return 0;
    k += n;
    if (k < limit && tok_punct(t, k, '-'))
        k++;
    if (k < limit && tw_is(t, k, "fiscal"))
        k++;
    if (k >= limit)
        return 0;
    if (tw_is(t, k, "quarter") || (!n && tw_is(t, k, "period"))) {
        *gran = G_QUARTER;
        return k + 1 - j;
    }
    if (n && *q <= 2 && tw_is(t, k, "half")) {
        *gran = G_HALF;
        return k + 1 - j;
    }
    return 0;
}

/* "this year's third quarter", "the 1988 third quarter", "the 1988 period". */
static size_t period_of_year(const text *t, size_t i, size_t limit, tx *x)
{
    int y = 0, back = 0, q = 0, gran = 0;
    size_t n = year_possessive(t, i, limit, &y, &back), m;
    if (!n && tw_is(t, i, "the") && i + 1 < limit && (y = digit_year(t, i + 1)))
        n = 2;
    if (!n || !(m = period_noun(t, i + n, limit, &q, &gran)))
        return 0;
    tx_init(x, i, n + m, "date.period_of_year", "DATE", y ? A_ABS : A_ELAPSED, gran);
    x->y = y;
    x->q = q;
    x->shift = back;
    return n + m;
}

/* "the first two quarters of 1990", "the last half of 1989", "the second
 * half of the year". */
static size_t half_of_year(const text *t, size_t i, size_t limit, tx *x)
{
    size_t j = tw_is(t, i, "the") ? i + 1 : i;
    int q = 0;
    if (j + 1 >= limit)
        return 0;
    if (tw_is(t, j, "first") || tw_is(t, j, "last") || tw_is(t, j, "second") ||
        tw_is(t, j, "latter"))
        q = tw_is(t, j, "first") ? 1 : 2;
    else
        return 0;
    size_t k = j + 1;
    if (tw_is(t, k, "two") && k + 1 < limit && tw_is(t, k + 1, "quarters"))
        k += 2;
    else if (tw_is(t, k, "half") && !tw_is(t, j, "second"))
        k += 1;
    else if (tw_is(t, k, "half") && tw_is(t, k + 1, "of"))
        k += 1; /* "the second half of ...": with its year only */
    else
        return 0;
    if (k + 1 >= limit || !tw_is(t, k, "of"))
        return 0;
    int y = digit_year(t, k + 1), back = -1;
    size_t end = k + 2;
    if (!y && tw_is(t, k + 1, "the") && k + 2 < limit && tw_is(t, k + 2, "year")) {
        back = 0;
        end = k + 3;
    } else if (!y && (tw_is(t, k + 1, "this") || tw_is(t, k + 1, "last") ||
                      tw_is(t, k + 1, "next")) && k + 2 < limit &&
               tw_is(t, k + 2, "year")) {
        back = tw_is(t, k + 1, "last") ? 1 : tw_is(t, k + 1, "next") ? -1 : 0;
        end = k + 3;
    } else if (!y) {
        return 0;
    }
    tx_init(x, i, end - i, "date.half_of_year", "DATE", y ? A_ABS : A_ELAPSED, G_HALF);
    x->y = y;
    x->q = q;
    x->shift = back < 0 ? 0 : back;
    return end - i;
}

size_t scan_period(const text *t, size_t i, size_t limit, tx *x)
{
    size_t n = period_of_year(t, i, limit, x);
    return n ? n : half_of_year(t, i, limit, x);
}
