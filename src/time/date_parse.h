/* date_parse.h - read one calendar date written out in tokens.
 *
 * The shared reader of absolute dates ("19 January 2009", "January 19,
 * 1990", "Jan. 19", "19.01.2009", "2009-01-19", weekday prefixes). The
 * document stage uses it for datelines; the time stage builds on it. */
#ifndef DL_DATE_PARSE_H
#define DL_DATE_PARSE_H

#include <stddef.h>

#include "../text/text.h"

typedef struct {
    int year;    /* 0 when not written */
    int month;   /* 1-12, 0 when not written */
    int day;     /* 1-31, 0 when not written */
    int weekday; /* 1-7 when a weekday was written, else 0 */
} date_parts;

/* Try to read a date starting at token i, reading no token at or after
 * `limit`. Returns the number of tokens read (0: no date there). A month
 * alone does not count; a month with a day or year does. */
size_t date_parse(const text *t, size_t i, size_t limit, date_parts *out);

/* The order of the numeric dates "a/b/yyyy" of text t, from those that
 * settle it ("26/02/2021": the day first, 1; "02/26/2021": the month
 * first, -1); 0 when none does or they disagree. */
int date_numeric_order(const text *t);

/* Month number of token i (by name or abbreviation), or 0. Abbreviations
 * need a capital; "may", "march" in lower case are not months. */
int date_month_name(const text *t, size_t i);

/* Token i as a day of the month: "19", "19th", "1st" (1-31), else 0. */
int date_day_value(const text *t, size_t i);
/* Token i as a year of four digits (1000-2999), else 0. */
int date_year_value(const text *t, size_t i);
/* Days in a month (leap years counted). */
int date_days_in_month(int year, int month);
/* Format as YYYY-MM-DD / YYYY-MM / YYYY into buf (at least 11 bytes). */
void date_format(const date_parts *d, char *buf, size_t cap);

#endif
