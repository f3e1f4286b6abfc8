/* test_time_fmt.c - the time stage's small formatter (time_fmt.c) writes
 * exactly what C's snprintf writes for the conversions it supports, also
 * for negative numbers, wide fields and truncation. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "../../src/time/time.h"

static void pads_and_signs_like_snprintf(void **state)
{
    (void)state;
    static const int vals[] = {0, 5, -5, 42, -42, 123, 1990, -1990, 20091,
                               2147483647, -2147483647 - 1};
    static const char *const fmts[] = {"%04d", "%02d", "%03d", "%d", "%5d",
                                       "P%dY", "T%02d:%02d", "%04d-Q%d"};
    for (size_t f = 0; f < sizeof fmts / sizeof fmts[0]; f++)
        for (size_t v = 0; v < sizeof vals / sizeof vals[0]; v++) {
            char want[64], got[64];
            int wn = snprintf(want, sizeof want, fmts[f], vals[v], vals[v]);
            size_t gn = tf_snprintf(got, sizeof got, fmts[f], vals[v], vals[v]);
            assert_string_equal(got, want);
            assert_int_equal(gn, (size_t)wn);
        }
}

static void strings_chars_and_percent(void **state)
{
    (void)state;
    char got[64];
    tf_snprintf(got, sizeof got, "%04d-%02d-%02d%s", 1990, 1, 20, "TNI");
    assert_string_equal(got, "1990-01-20TNI");
    tf_snprintf(got, sizeof got, "P%sX%c", "T", 'H');
    assert_string_equal(got, "PTXH");
    tf_snprintf(got, sizeof got, "%s%d.5%c 100%%", "P", 2, 'Y');
    assert_string_equal(got, "P2.5Y 100%");
}

static void truncates_like_snprintf(void **state)
{
    (void)state;
    char want[6], got[6];
    const char *volatile fmt = "XXXX-%02d-%02d"; /* not checked at compile time */
    int wn = snprintf(want, sizeof want, fmt, 1, 20);
    size_t gn = tf_snprintf(got, sizeof got, fmt, 1, 20);
    assert_string_equal(got, want);
    assert_int_equal(gn, (size_t)wn);
}

static void arena_copy_of_long_values(void **state)
{
    (void)state;
    arena *a = arena_new();
    assert_non_null(a);
    char long_sfx[200];
    memset(long_sfx, 'x', sizeof long_sfx - 1);
    long_sfx[sizeof long_sfx - 1] = 0;
    const char *v = tf_arena(a, "%04d%s", 7, long_sfx);
    assert_non_null(v);
    assert_int_equal(strlen(v), 4 + sizeof long_sfx - 1);
    assert_memory_equal(v, "0007xxx", 7);
    assert_string_equal(tf_arena(a, "%04d-W%02d", 2009, 3), "2009-W03");
    arena_free(a);
}

static void ymd_like_snprintf(void **state)
{
    (void)state;
    arena *a = arena_new();
    assert_non_null(a);
    static const int ys[] = {0, 7, 1990, 9999, 10000, -5};
    static const int ms[] = {0, 1, 12, 99, 100};
    for (size_t i = 0; i < sizeof ys / sizeof ys[0]; i++)
        for (size_t k = 0; k < sizeof ms / sizeof ms[0]; k++) {
            char want[64];
            snprintf(want, sizeof want, "%04d-%02d-%02d%s", ys[i], ms[k], ms[k], "TNI");
            assert_string_equal(tf_ymd(a, ys[i], ms[k], ms[k], "TNI"), want);
        }
    assert_string_equal(tf_ymd(a, 2009, 1, 19, ""), "2009-01-19");
    arena_free(a);
}

static void year_month_and_quarter_like_snprintf(void **state)
{
    (void)state;
    arena *a = arena_new();
    assert_non_null(a);
    static const int ys[] = {0, 7, 1990, 9999, 10000, -5};
    static const int ms[] = {-1, 0, 1, 12, 99, 100};
    for (size_t i = 0; i < sizeof ys / sizeof ys[0]; i++) {
        char want[64];
        snprintf(want, sizeof want, "%04d", ys[i]);
        assert_string_equal(tf_y(a, ys[i]), want);
        for (size_t k = 0; k < sizeof ms / sizeof ms[0]; k++) {
            snprintf(want, sizeof want, "%04d-%02d", ys[i], ms[k]);
            assert_string_equal(tf_ym(a, ys[i], ms[k]), want);
            snprintf(want, sizeof want, "%04d-%c%d", ys[i], 'Q', ms[k]);
            assert_string_equal(tf_yq(a, ys[i], 'Q', ms[k]), want);
        }
    }
    arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(pads_and_signs_like_snprintf),
        cmocka_unit_test(strings_chars_and_percent),
        cmocka_unit_test(truncates_like_snprintf),
        cmocka_unit_test(arena_copy_of_long_values),
        cmocka_unit_test(ymd_like_snprintf),
        cmocka_unit_test(year_month_and_quarter_like_snprintf),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
