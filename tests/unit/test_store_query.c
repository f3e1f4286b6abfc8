/* test_store_query.c - the archive's query parser (src/store/query.c):
 * terms, filters, values, and errors that point at the bad term. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "../../src/store/query.h"

static query parse_ok(const char *q)
{
    query out;
    dl_error err;
    dl_status st = query_parse(q, &out, &err);
    if (st)
        fail_msg("'%s': %s", q, err.message);
    return out;
}

/* The error offset of a query that must fail; its message in msg. */
static size_t parse_bad(const char *q, char *msg, size_t size)
{
    query out;
    dl_error err = {0};
    assert_int_equal(query_parse(q, &out, &err), DL_EQUERY);
    assert_int_equal(out.n, 0);
    snprintf(msg, size, "%s", err.message);
    return err.offset;
}

static void test_words_phrases_and_prefixes(void **state)
{
    query q = parse_ok("  troops \"peaceful population\" demonstr* -curfew ");
    assert_int_equal(q.n, 4);
    assert_string_equal(q.terms[0].value, "troops");
    assert_int_equal(q.terms[1].phrase, 1);
    assert_string_equal(q.terms[1].value, "peaceful population");
    assert_int_equal(q.terms[2].prefix, 1);
    assert_string_equal(q.terms[2].value, "demonstr");
    assert_int_equal(q.terms[3].negated, 1);
    assert_int_equal(q.terms[3].offset, 41);
    assert_false(query_has_event_terms(&q));
    query_free(&q);
}

static void test_empty_query_has_no_terms(void **state)
{
    query q = parse_ok("   ");
    assert_int_equal(q.n, 0);
    query_free(&q);
}

static void test_string_filters_keep_quoted_values(void **state)
{
    query q = parse_ok("issuer:\"Permanent Mission\" kind:Press-Release "
                       "place:Baku country:az type:assault");
    assert_int_equal(q.n, 5);
    assert_int_equal(q.terms[0].field, QF_ISSUER);
    assert_string_equal(q.terms[0].value, "Permanent Mission");
    assert_string_equal(q.terms[1].value, "press release");
    assert_int_equal(q.terms[2].field, QF_PLACE);
    assert_string_equal(q.terms[3].value, "AZ");
    assert_string_equal(q.terms[4].value, "ASSAULT");
    assert_true(query_has_event_terms(&q));
    query_free(&q);
}

static void test_four_letter_country_keeps_first_two(void **state)
{
    query q = parse_ok("country:SUHH");
    assert_string_equal(q.terms[0].value, "SU");
    query_free(&q);
}

static void test_dates_become_bounds(void **state)
{
    query q = parse_ok("date:1990-01 reported:2009 date:1990-01-01..1990-02-28 "
                       "date>1990-01-19 date<1990 date:..1991-06");
    assert_string_equal(q.terms[0].lo, "1990-01-01");
    assert_string_equal(q.terms[0].hi, "1990-01-31");
    assert_int_equal(q.terms[1].field, QF_REPORTED);
    assert_string_equal(q.terms[1].hi, "2009-12-31");
    assert_string_equal(q.terms[2].hi, "1990-02-28");
    assert_string_equal(q.terms[3].lo, "1990-01-19");
    assert_int_equal(q.terms[3].lo_strict, 1);
    assert_string_equal(q.terms[4].hi, "1990-01-01");
    assert_int_equal(q.terms[4].hi_strict, 1);
    assert_string_equal(q.terms[5].lo, "");
    assert_string_equal(q.terms[5].hi, "1991-06-30");
    query_free(&q);
}

static void test_counts_become_inclusive_bounds(void **state)
{
    query q = parse_ok("killed>=100 injured>500 arrested<10 forces:30,000 "
                       "missing:5..20 hostages<=3");
    assert_int_equal(q.terms[0].field, QF_FIGURE);
    assert_string_equal(q.terms[0].figure, "killed");
    assert_true(q.terms[0].has_lo && !q.terms[0].has_hi);
    assert_int_equal(q.terms[0].nlo, 100);
    assert_int_equal(q.terms[1].nlo, 501);
    assert_int_equal(q.terms[2].nhi, 9);
    assert_int_equal(q.terms[3].nlo, 30000);
    assert_int_equal(q.terms[3].nhi, 30000);
    assert_int_equal(q.terms[4].nlo, 5);
    assert_int_equal(q.terms[4].nhi, 20);
    assert_int_equal(q.terms[5].nhi, 3);
    query_free(&q);
}

static void test_numbers_with_colons_are_text(void **state)
{
    query q = parse_ok("10:30 1990-01-20");
    assert_int_equal(q.n, 2);
    assert_int_equal(q.terms[0].field, QF_TEXT);
    query_free(&q);
}

static void test_unknown_filter_points_at_it(void **state)
{
    char msg[256];
    assert_int_equal(parse_bad("Baku plce:Baku", msg, sizeof msg), 5);
    assert_non_null(strstr(msg, "unknown filter 'plce'"));
}

static void test_bad_values_point_at_the_value(void **state)
{
    char msg[256];
    assert_int_equal(parse_bad("date:1990-13", msg, sizeof msg), 5);
    assert_non_null(strstr(msg, "bad date '1990-13'"));
    assert_int_equal(parse_bad("x killed>=many", msg, sizeof msg), 10);
    assert_non_null(strstr(msg, "bad number 'many'"));
    assert_int_equal(parse_bad("type:ASSULT", msg, sizeof msg), 5);
    assert_non_null(strstr(msg, "unknown event type 'ASSULT'"));
    assert_int_equal(parse_bad("country:Azerbaijan", msg, sizeof msg), 8);
    assert_int_equal(parse_bad("kind:memo", msg, sizeof msg), 5);
    assert_int_equal(parse_bad("date:1990-02..1990-01", msg, sizeof msg), 5);
    assert_non_null(strstr(msg, "ends before it starts"));
    assert_int_equal(parse_bad("killed:20..10", msg, sizeof msg), 7);
    assert_int_equal(parse_bad("killed>99999999999999999999", msg, sizeof msg), 7);
}

static void test_malformed_terms(void **state)
{
    char msg[256];
    assert_int_equal(parse_bad("troops \"Baku", msg, sizeof msg), 7);
    assert_non_null(strstr(msg, "unterminated quote"));
    assert_int_equal(parse_bad("place:", msg, sizeof msg), 0);
    assert_non_null(strstr(msg, "needs a value"));
    assert_int_equal(parse_bad("a - b", msg, sizeof msg), 2);
    assert_int_equal(parse_bad("\"\"", msg, sizeof msg), 0);
    assert_int_equal(parse_bad("place>Baku", msg, sizeof msg), 0);
    assert_int_equal(parse_bad("date>1990..1991", msg, sizeof msg), 5);
    assert_int_equal(parse_bad("issuer:\"UN\"x", msg, sizeof msg), 11);
}

static void test_limits_on_length_and_terms(void **state)
{
    char q[5000], msg[256];
    memset(q, 'a', sizeof q - 1);
    q[sizeof q - 1] = 0;
    parse_bad(q, msg, sizeof msg);
    q[0] = 0;
    for (int i = 0; i < 65; i++)
        strcat(q, "w ");
    assert_int_equal(parse_bad(q, msg, sizeof msg), 128);
}

static void test_sql_binds_every_value(void **state)
{
    query q = parse_ok("Baku \"armed forces\" -curfew place:Baku killed>=100 "
                       "issuer:50%_off");
    query_sql qs;
    assert_int_equal(query_to_sql(&q, 1, &qs), DL_OK);
    assert_string_equal(qs.match, "\"Baku\" \"armed forces\"");
    assert_null(strstr(qs.where, "Baku"));
    assert_int_equal(qs.nparams, 1 + 2 + 2 + 1);
    assert_string_equal(qs.params[5].s, "%50\\%\\_off%");
    query_sql_free(&qs);
    assert_int_equal(query_to_sql(&q, 0, &qs), DL_OK); /* event terms dropped */
    assert_int_equal(qs.nparams, 2);
    query_sql_free(&qs);
    query_free(&q);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_words_phrases_and_prefixes),
        cmocka_unit_test(test_empty_query_has_no_terms),
        cmocka_unit_test(test_string_filters_keep_quoted_values),
        cmocka_unit_test(test_four_letter_country_keeps_first_two),
        cmocka_unit_test(test_dates_become_bounds),
        cmocka_unit_test(test_counts_become_inclusive_bounds),
        cmocka_unit_test(test_numbers_with_colons_are_text),
        cmocka_unit_test(test_unknown_filter_points_at_it),
        cmocka_unit_test(test_bad_values_point_at_the_value),
        cmocka_unit_test(test_malformed_terms),
        cmocka_unit_test(test_limits_on_length_and_terms),
        cmocka_unit_test(test_sql_binds_every_value),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
