/* test_time_interval.c - the resolved interval the time stage leaves for
 * the events stage: ISO start and end dates and a granularity for every
 * calendar value and for a counted span back from the document date ("the
 * past 24 hours"), nothing for other durations, sets and unknowns; token ranges
 * and sentence indexes that match the span. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "../../src/record/record.h"

static dl_record *parse(const char *s)
{
    dl_options o = {.date = "2009-01-19"};
    dl_record *r = NULL;
    assert_int_equal(dl_record_parse(s, strlen(s), &o, &r, NULL), DL_OK);
    return r;
}

static const rec_time *find(const dl_record *r, const char *text)
{
    for (size_t i = 0; i < r->ntimes; i++)
        if (!strcmp(r->times[i].pub.text, text))
            return &r->times[i];
    fail_msg("no time '%s'", text);
    return NULL;
}

static void expect(const rec_time *t, const char *start, const char *end,
                   const char *gran)
{
    if (!start) {
        assert_null(t->start);
        assert_null(t->end);
        assert_null(t->granularity);
        return;
    }
    assert_string_equal(t->start, start);
    assert_string_equal(t->end, end);
    assert_string_equal(t->granularity, gran);
}

static void calendar_values_become_intervals(void **state)
{
    (void)state;
    dl_record *r = parse("On 19 January 1990, in January 1990, in 1990, in the 1990s, "
                         "in the twentieth century, in February 2008, late at night on "
                         "20 January, last week and in the third quarter.\n");
    expect(find(r, "19 January 1990"), "1990-01-19", "1990-01-19", "day");
    expect(find(r, "January 1990"), "1990-01-01", "1990-01-31", "month");
    expect(find(r, "1990"), "1990-01-01", "1990-12-31", "year");
    expect(find(r, "the 1990s"), "1990-01-01", "1999-12-31", "decade");
    expect(find(r, "the twentieth century"), "1900-01-01", "1999-12-31", "century");
    expect(find(r, "February 2008"), "2008-02-01", "2008-02-29", "month");
    expect(find(r, "late at night on 20 January"), "2009-01-20", "2009-01-20", "day");
    expect(find(r, "last week"), "2009-01-12", "2009-01-18", "day");
    expect(find(r, "the third quarter"), "2008-07-01", "2008-09-30", "month");
    dl_record_free(r);
    /* a night named by its two days covers both; its value is the first */
    r = parse("On the night of 19-20 January 1990, troops entered the city.\n");
    const rec_time *n = find(r, "the night of 19-20 January 1990");
    assert_string_equal(n->pub.value, "1990-01-19TNI");
    expect(n, "1990-01-19", "1990-01-20", "day");
    dl_record_free(r);
}

static void durations_sets_and_references_have_no_interval(void **state)
{
    (void)state;
    dl_record *r = parse("For three days, every year, until now.\n");
    expect(find(r, "three days"), NULL, NULL, NULL);
    expect(find(r, "every year"), NULL, NULL, NULL);
    expect(find(r, "now"), NULL, NULL, NULL);
    dl_record_free(r);
}

/* "the past N units" ends at the document date (2009-01-19) and covers
 * the days back from it; "the last week of December" is no such span,
 * nor one of no count ("the past few days") or ahead ("the next ...") */
static void spans_back_from_the_report_cover_their_days(void **state)
{
    (void)state;
    dl_record *r = parse("In the past 24 hours, 3 people died. Over the last three "
                         "weeks, in the past two months, during the past year and "
                         "within the past 30 minutes, it rained. In the last week "
                         "of December, for the past few days and for the next "
                         "three days, it snowed.\n");
    expect(find(r, "the past 24 hours"), "2009-01-18", "2009-01-19", "day");
    expect(find(r, "the last three weeks"), "2008-12-29", "2009-01-19", "day");
    expect(find(r, "the past two months"), "2008-11-19", "2009-01-19", "day");
    expect(find(r, "the past year"), "2008-01-19", "2009-01-19", "day");
    expect(find(r, "the past 30 minutes"), "2009-01-19", "2009-01-19", "day");
    expect(find(r, "the past few days"), NULL, NULL, NULL);
    expect(find(r, "the next three days"), NULL, NULL, NULL);
    for (size_t i = 0; i < r->ntimes; i++)
        if (strstr(r->times[i].pub.text, "December") && strstr(r->times[i].pub.text, "week"))
            assert_string_not_equal(r->times[i].pub.type, "DURATION");
    dl_record_free(r);
}

/* With no document date, nothing to count back from. */
static void a_span_back_needs_the_document_date(void **state)
{
    (void)state;
    const char *s = "In the past 24 hours, 3 people died.\n";
    dl_options o = {0};
    dl_record *r = NULL;
    assert_int_equal(dl_record_parse(s, strlen(s), &o, &r, NULL), DL_OK);
    expect(find(r, "the past 24 hours"), NULL, NULL, NULL);
    dl_record_free(r);
}

static void tokens_and_sentence_match_the_span(void **state)
{
    (void)state;
    dl_record *r = parse("Nothing happened. Troops left on 2 March 2008.\n");
    const rec_time *t = find(r, "2 March 2008");
    assert_int_equal(t->sent, 1);
    assert_int_equal(t->tok_end - t->tok_start, 3);
    dl_span sp = rec_tok_span(r, t->tok_start, t->tok_end);
    assert_int_equal(sp.start, t->pub.span.start);
    assert_int_equal(sp.end, t->pub.span.end);
    assert_null(t->pub.anchor);
    dl_record_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(calendar_values_become_intervals),
        cmocka_unit_test(durations_sets_and_references_have_no_interval),
        cmocka_unit_test(spans_back_from_the_report_cover_their_days),
        cmocka_unit_test(a_span_back_needs_the_document_date),
        cmocka_unit_test(tokens_and_sentence_match_the_span),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
