/* time_scan_frac.c - durations whose count is not a whole number or not a
 * single number: fractions ("2 1/2 years", "two and a half years", "a year
 * and a half", "half an hour", "1.5 hours") and ranges ("12 to 18 months",
 * "two or three weeks", "12-18 months").
 *
 * A half goes into the next smaller unit when that is exact (P2Y6M,
 * PT1H30M, P1DT12H), else a decimal (P1.5W); a range has an unknown count
 * (PXM), as TimeML writes it. Whole counts are time_scan_rel.c's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "time.h"

/* Value for `halves` / 2 units (letter, clock, multiplier as tw_unit). */
static void half_value(char *buf, size_t cap, int halves, char letter, int clock,
                       int mult)
{
    int whole = halves / 2 * mult, odd = halves % 2;
    const char *p = clock ? "PT" : "P";
    if (letter == 'Q') {
        letter = 'M';
        mult *= 3;
        whole = halves / 2 * mult;
    }
    if (!odd)
        tf_snprintf(buf, cap, "%s%d%c", p, whole, letter);
    else if (letter == 'Y' && mult > 1)
        tf_snprintf(buf, cap, "P%dY", whole + mult / 2); /* decades, centuries */
    else if (letter == 'Y')
        tf_snprintf(buf, cap, whole ? "P%dY6M" : "P6M", whole);
    else if (letter == 'D')
        tf_snprintf(buf, cap, whole ? "P%dDT12H" : "PT12H", whole);
    else if (clock && letter == 'H')
        tf_snprintf(buf, cap, whole ? "PT%dH30M" : "PT30M", whole);
    else if (clock && letter == 'M')
        tf_snprintf(buf, cap, whole ? "PT%dM30S" : "PT30S", whole);
    else
        tf_snprintf(buf, cap, "%s%d.5%c", p, halves * mult / 2, letter);
}

/* "2 1/2", "two and a half", "2.5" at j, where tw_count read c tokens as
 * the count n: the count in halves and the tokens read, or 0. */
static size_t halves_at(const text *t, size_t j, size_t limit, size_t c, int n,
                        int *halves)
{
    size_t k = j + c;
    if (c && n >= 0 && k + 2 < limit && tw_is(t, k, "1") && tok_punct(t, k + 1, '/') &&
        tw_is(t, k + 2, "2") && !(t->toks[k + 1].flags & TF_SPACE) &&
        !(t->toks[k + 2].flags & TF_SPACE)) {
        *halves = 2 * n + 1;
        return c + 3;
    }
    if (c && n >= 0 && k + 2 < limit && tw_is(t, k, "and") &&
        (tw_is(t, k + 1, "a") || tw_is(t, k + 1, "one")) &&
        (tw_is(t, k + 2, "half") || tw_is(t, k + 2, "one-half"))) {
        *halves = 2 * n + 1;
        return c + 3;
    }
    if (!c && j < limit && t->toks[j].kind == TOK_NUM) {
        char buf[16];
        size_t len = tok_len(t, j);
        if (len >= sizeof buf)
            return 0;
        memcpy(buf, tok_str(t, j), len);
        buf[len] = 0;
        char *end;
        double v = strtod(buf, &end);
        if (*end || !strchr(buf, '.') || v <= 0 || v > 10000 || v * 2 != (int)(v * 2))
            return 0;
        *halves = (int)(v * 2);
        return 1;
    }
    return 0;
}

/* "12 to 18", "two or three", "12-18" at j, where tw_count read c tokens as
 * the count a: tokens read, or 0. */
static size_t range_at(const text *t, size_t j, size_t limit, size_t c, int a)
{
    int b = 0;
    size_t k = j + c;
    if (!c || a < 0 || k + 1 >= limit)
        return 0;
    if (!(tw_is(t, k, "to") || tw_is(t, k, "or") ||
          (tok_punct(t, k, '-') && t->toks[j].kind == TOK_NUM)))
        return 0;
    size_t c2 = tw_count(t, k + 1, limit, &b);
    return c2 && b > a ? c + 1 + c2 : 0;
}

size_t scan_duration_frac(const text *t, size_t i, size_t limit, tx *x)
{
    char letter;
    int clock, mult, gran, halves = 0;
    size_t j = i, n;
    /* "half a year", "half an hour" */
    if (tw_is(t, i, "half") && i + 2 < limit &&
        (tw_is(t, i + 1, "a") || tw_is(t, i + 1, "an")) &&
        tw_unit(t, i + 2, &letter, &clock, &mult, &gran)) {
        tx_init(x, i, 3, "duration.fraction", "DURATION", A_LIT, G_NONE);
        half_value(x->lit, sizeof x->lit, 1, letter, clock, mult);
        return 3;
    }
    if (tw_is(t, j, "the") || tw_is(t, j, "next") || tw_is(t, j, "past") ||
        tw_is(t, j, "last"))
        j += tw_is(t, j, "the") && j + 1 < limit &&
             (tw_is(t, j + 1, "next") || tw_is(t, j + 1, "past") ||
              tw_is(t, j + 1, "last")) ? 2 : 1;
    if (j > i && !tw_is(t, i, "the"))
        return 0; /* "last two years" wants "the" */
    int cnt = 0; /* the count at j, read once for the three forms below */
    size_t cn = tw_count(t, j, limit, &cnt);
    if ((n = halves_at(t, j, limit, cn, cnt, &halves)) && j + n < limit &&
        tw_unit(t, j + n, &letter, &clock, &mult, &gran)) {
        tx_init(x, i, j + n + 1 - i, "duration.fraction", "DURATION", A_LIT, G_NONE);
        half_value(x->lit, sizeof x->lit, halves, letter, clock, mult);
        return j + n + 1 - i;
    }
    if ((n = range_at(t, j, limit, cn, cnt)) && j + n < limit &&
        tw_unit(t, j + n, &letter, &clock, &mult, &gran)) {
        tx_init(x, i, j + n + 1 - i, "duration.range", "DURATION", A_LIT, G_NONE);
        tf_snprintf(x->lit, sizeof x->lit, "P%sX%c", clock ? "T" : "",
                 letter == 'Q' ? 'M' : letter);
        return j + n + 1 - i;
    }
    /* "a year and a half", "a minute and a half" */
    int one = cnt;
    size_t c = j == i ? cn : 0;
    if (c && one >= 0 && j + c + 3 < limit &&
        tw_unit(t, j + c, &letter, &clock, &mult, &gran) &&
        tw_is(t, j + c + 1, "and") && tw_is(t, j + c + 2, "a") &&
        tw_is(t, j + c + 3, "half")) {
        tx_init(x, i, j + c + 4 - i, "duration.fraction", "DURATION", A_LIT, G_NONE);
        half_value(x->lit, sizeof x->lit, 2 * one + 1, letter, clock, mult);
        return j + c + 4 - i;
    }
    return 0;
}
