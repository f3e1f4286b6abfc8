/* date_parse.c - absolute calendar dates from tokens.
 *
 * Accepts day-month-year and month-day-year orders with optional weekday,
 * ordinal suffixes, "of" and commas, plus the numeric forms 2009-01-19,
 * 19.01.2009 and 1/19/2009. Month and weekday names come from data/en. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../text/phrase_match.h"
#include "date_parse.h"
#include "time.h"
#include "lexicons.h"

int date_days_in_month(int year, int month)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    if (month == 2 && year && ((year % 4 == 0 && year % 100 != 0) ||
                               year % 400 == 0))
        return 29;
    if (month == 2 && !year)
        return 29;
    return d[month - 1];
}

int date_month_name(const text *t, size_t i)
{
    /* lower-case "may"/"march"/"sun" are words, not months */
    if (i >= t->ntoks || t->toks[i].kind != TOK_WORD || !(t->toks[i].flags & TF_CAP))
        return 0;
    const lex_entry *e = tw_lex(t, i, &lex_en_months);
    if (!e)
        return 0;
    /* an abbreviation must be followed by '.' or be 3+ letters long */
    return tw_int(e->value);
}

/* Digits-only value of token i, with its digit count; -1 if not. */
static int num_value(const text *t, size_t i, int *ndigits)
{
    if (i >= t->ntoks || t->toks[i].kind != TOK_NUM)
        return -1;
    const char *s = tok_str(t, i);
    size_t n = tok_len(t, i), k = 0;
    int v = 0;
    for (; k < n && s[k] >= '0' && s[k] <= '9' && k < 5; k++)
        v = v * 10 + (s[k] - '0');
    if (k == 0)
        return -1;
    if (k < n) {
        /* ordinal suffix only */
        const char *suf = s + k;
        size_t sn = n - k;
        /* in either case: "14th", "14TH" in a letterhead in capitals */
        if (!(sn == 2 && (!strncasecmp(suf, "st", 2) || !strncasecmp(suf, "nd", 2) ||
                          !strncasecmp(suf, "rd", 2) || !strncasecmp(suf, "th", 2))))
            return -1;
    }
    if (ndigits)
        *ndigits = (int)k;
    return v;
}

int date_year_value(const text *t, size_t i)
{
    int nd = 0, v = num_value(t, i, &nd);
    if (v < 0 || nd != 4 || tok_len(t, i) != 4)
        return 0;
    return (v >= 1000 && v <= 2999) ? v : 0;
}

int date_day_value(const text *t, size_t i)
{
    int nd = 0, v = num_value(t, i, &nd);
    return (v >= 1 && v <= 31 && nd <= 2) ? v : 0;
}

static size_t skip(const text *t, size_t i, size_t limit, char p)
{
    return (i < limit && tok_punct(t, i, p)) ? i + 1 : i;
}

/* The dot of an abbreviated month ("Jan."), not a full stop after it. */
static size_t skip_abbr_dot(const text *t, size_t i, size_t limit)
{
    return (i < limit && tok_punct(t, i, '.') && (t->toks[i].flags & TF_ABBR) &&
            tok_len(t, i - 1) <= 4) ? i + 1 : i;
}

/* "January 19, 1990", "Jan. 19", "January 1990" at i. */
static size_t month_first(const text *t, size_t i, size_t limit, date_parts *d)
{
    int m = date_month_name(t, i);
    if (!m)
        return 0;
    size_t j = skip_abbr_dot(t, i + 1, limit);
    int day = j < limit ? date_day_value(t, j) : 0;
    if (day) {
        j++;
        size_t k = skip(t, j, limit, ',');
        int y = k < limit ? date_year_value(t, k) : 0;
        d->month = m;
        d->day = day;
        if (y) {
            d->year = y;
            return k + 1 - i;
        }
        return j - i;
    }
    size_t k = skip(t, j, limit, ',');
    int y = k < limit ? date_year_value(t, k) : 0;
    if (!y)
        return 0;
    d->month = m;
    d->year = y;
    return k + 1 - i;
}

/* "19 January 2009", "19th of January, 2009", "the 19th of January". */
static size_t day_first(const text *t, size_t i, size_t limit, date_parts *d)
{
    int day = date_day_value(t, i);
    if (!day)
        return 0;
    size_t j = i + 1;
    if (j < limit && tw_is(t, j, "of"))
        j++;
    int m = j < limit ? date_month_name(t, j) : 0;
    if (!m)
        return 0;
    j = skip_abbr_dot(t, j + 1, limit);
    d->day = day;
    d->month = m;
    size_t k = skip(t, j, limit, ',');
    int y = k < limit ? date_year_value(t, k) : 0;
    if (y) {
        d->year = y;
        return k + 1 - i;
    }
    return j - i;
}

/* 2009-01-19 as five adjacent tokens. */
static size_t iso_date(const text *t, size_t i, size_t limit, date_parts *d)
{
    if (i + 5 > limit)
        return 0;
    int y = date_year_value(t, i), nd1 = 0, nd2 = 0;
    if (!y || !tok_punct(t, i + 1, '-') || !tok_punct(t, i + 3, '-'))
        return 0;
    int m = num_value(t, i + 2, &nd1), day = num_value(t, i + 4, &nd2);
    for (size_t k = i + 1; k <= i + 4; k++)
        if (t->toks[k].flags & TF_SPACE)
            return 0;
    if (nd1 != 2 || nd2 != 2 || m < 1 || m > 12 || day < 1 || day > 31)
        return 0;
    *d = (date_parts){y, m, day, 0};
    return 5;
}

/* One field of a dotted date at *s: 1 to width digits, then '.' (skipped)
 * or the end e. 0 when the field is not there. */
static int dotted_field(const char **s, const char *e, int width, int *out)
{
    const char *p = *s;
    int v = 0, nd = 0;
    for (; nd < width && p < e && *p >= '0' && *p <= '9'; nd++)
        v = v * 10 + (*p++ - '0');
    if (!nd || (p < e && *p != '.'))
        return 0;
    *out = v;
    *s = p < e && width < 4 ? p + 1 : p;
    return 1;
}

/* "from 24.02.22 to 10.03.24": a dotted date of three two-digit fields
 * after a word that leads to a date (from, to, on, since, until, till,
 * as of, dated) has a two-digit year, 2000-2069 or 1970-1999; "version
 * 10.03.24" has none. Sets *y. */
static int short_year_date(const text *t, size_t i, const char *s, const char *e, int *y)
{
    static const char *const leads[] = {"from", "to", "on", "since", "until", "till",
                                        "of", "dated", NULL};
    if (e - s != 8 || s[2] != '.' || s[5] != '.' || i == 0 ||
        t->toks[i - 1].kind != TOK_WORD)
        return 0;
    for (int k = 0; leads[k]; k++)
        if (tok_is(t, i - 1, leads[k])) {
            *y += *y < 70 ? 2000 : 1900;
            return 1;
        }
    return 0;
}

/* 19.01.2009 (one token) or 1/19/2009 (five). */
static size_t numeric_date(const text *t, size_t i, size_t limit, date_parts *d)
{
    int a, b, y;
    if (t->toks[i].kind != TOK_NUM)
        return 0;
    const char *s = tok_str(t, i), *e = s + tok_len(t, i);
    if (memchr(s, '.', (size_t)(e - s))) {
        const char *s0 = s;
        if (dotted_field(&s, e, 2, &a) && dotted_field(&s, e, 2, &b) &&
            dotted_field(&s, e, 4, &y) && s == e &&
            (y >= 1000 || short_year_date(t, i, s0, e, &y)) &&
            b >= 1 && b <= 12 && a >= 1 && a <= date_days_in_month(y, b)) {
            *d = (date_parts){y, b, a, 0};
            return 1;
        }
    }
    if (i + 5 > limit || !tok_punct(t, i + 1, '/') || !tok_punct(t, i + 3, '/'))
        return 0;
    a = date_day_value(t, i);
    b = date_day_value(t, i + 2);
    y = date_year_value(t, i + 4);
    if (!a || !b || !y)
        return 0;
    if ((a > 12 && b <= 12) || (a <= 12 && b <= 12 && t->day_first > 0))
        *d = (date_parts){y, b, a, 0};
    else if (a <= 12)
        *d = (date_parts){y, a, b, 0};
    else
        return 0;
    return 5;
}

int date_numeric_order(const text *t)
{
    int day = 0, month = 0;
    for (size_t i = 0; i + 4 < t->ntoks; i++) {
        if (t->toks[i].kind != TOK_NUM || !tok_punct(t, i + 1, '/') ||
            !tok_punct(t, i + 3, '/') || !date_year_value(t, i + 4))
            continue;
        int a = date_day_value(t, i), b = date_day_value(t, i + 2);
        day |= a > 12 && b >= 1 && b <= 12;
        month |= b > 12 && a >= 1 && a <= 12;
    }
    return day == month ? 0 : day ? 1 : -1;
}

size_t date_parse(const text *t, size_t i, size_t limit, date_parts *out)
{
    if (limit > t->ntoks)
        limit = t->ntoks;
    if (i >= limit)
        return 0;
    date_parts d = {0, 0, 0, 0};
    size_t start = i;
    const lex_entry *wd = t->toks[i].kind == TOK_WORD
        ? tw_lex(t, i, &lex_en_weekdays) : NULL;
    if (wd && (t->toks[i].flags & TF_CAP)) {
        d.weekday = tw_int(wd->value);
        i = skip(t, skip(t, i + 1, limit, '.'), limit, ',');
        if (i >= limit)
            return 0;
    }
    if (tw_is(t, i, "the") && i + 1 < limit)
        i++;
    size_t n = month_first(t, i, limit, &d);
    if (!n)
        n = day_first(t, i, limit, &d);
    if (!n)
        n = iso_date(t, i, limit, &d);
    if (!n)
        n = numeric_date(t, i, limit, &d);
    if (!n)
        return 0;
    if (d.day && d.month && d.day > date_days_in_month(d.year, d.month))
        return 0;
    *out = d;
    return i + n - start;
}

void date_format(const date_parts *d, char *buf, size_t cap)
{
    if (d->year && d->month && d->day)
        tf_snprintf(buf, cap, "%04d-%02d-%02d", d->year, d->month, d->day);
    else if (d->year && d->month)
        tf_snprintf(buf, cap, "%04d-%02d", d->year, d->month);
    else if (d->year)
        tf_snprintf(buf, cap, "%04d", d->year);
    else if (d->month && d->day)
        tf_snprintf(buf, cap, "XXXX-%02d-%02d", d->month, d->day);
    else
        tf_snprintf(buf, cap, "XXXX");
}
