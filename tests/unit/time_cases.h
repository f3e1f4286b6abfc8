/* time_cases.h - the table-driven check shared by the time stage's tests:
 * a case is a sentence, the expression expected in it (exact text), its
 * TIMEX3 type and value; CHECK parses each sentence with a document date
 * and fails naming the first case whose expression is missing or wrong. */
#ifndef TIME_CASES_H
#define TIME_CASES_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "dateline.h"

typedef struct {
    const char *text;  /* the statement */
    const char *want;  /* the expression's exact text */
    const char *type;  /* DATE, TIME, DURATION, SET */
    const char *value; /* TIMEX3 value */
} tcase;

#define DCT "2009-01-19" /* a Monday */

static inline dl_record *parse(const char *s, const char *date)
{
    dl_options o = {.date = date};
    dl_record *r = NULL;
    assert_int_equal(dl_record_parse(s, strlen(s), &o, &r, NULL), DL_OK);
    return r;
}

/* The time whose text is `want`, or NULL. */
static inline const dl_time *find(dl_record *r, const char *want)
{
    for (size_t i = 0; i < dl_record_ntimes(r); i++)
        if (!strcmp(dl_record_time(r, i)->text, want))
            return dl_record_time(r, i);
    return NULL;
}

static inline void check_cases(const tcase *c, size_t n, const char *date)
{
    for (size_t i = 0; i < n; i++) {
        dl_record *r = parse(c[i].text, date);
        const dl_time *t = find(r, c[i].want);
        if (!t || strcmp(t->value, c[i].value) || strcmp(t->type, c[i].type)) {
            print_error("in \"%s\": want '%s' %s %s, got %s %s\n", c[i].text,
                        c[i].want, c[i].type, c[i].value, t ? t->type : "(none)",
                        t ? t->value : "");
            dl_record_free(r);
            fail();
        }
        assert_non_null(t->rule);
        dl_record_free(r);
    }
}

#define CHECK(cases, date) check_cases(cases, sizeof cases / sizeof cases[0], date)

/* None of the n texts yields a time. */
static inline void check_no_times(const char *const *texts, size_t n, const char *date)
{
    for (size_t i = 0; i < n; i++) {
        dl_record *r = parse(texts[i], date);
        if (dl_record_ntimes(r)) {
            print_error("in \"%s\": '%s' read as a time\n", texts[i],
                        dl_record_time(r, 0)->text);
            dl_record_free(r);
            fail();
        }
        dl_record_free(r);
    }
}

#define CHECK_NONE(texts, date) check_no_times(texts, sizeof texts / sizeof texts[0], date)

#endif
