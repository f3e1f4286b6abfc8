/* test_lexicon.c - compiled word lists: case-folded look-up, duplicate
 * keys, multi-field values, and that the build sorted every table. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "lexicons.h"

static void lookup_folds_ascii_case(void **state)
{
    (void)state;
    assert_int_equal(lex_int(&lex_en_months, "January", 7, 0), 1);
    assert_int_equal(lex_int(&lex_en_months, "SEPT", 4, 0), 9);
    assert_int_equal(lex_int(&lex_en_months, "Janu", 4, -1), -1);
    assert_false(lex_has(&lex_en_months, "", 0));
}

static void lookup_uses_the_given_length_only(void **state)
{
    (void)state;
    const char *s = "December 2009";
    assert_int_equal(lex_int(&lex_en_months, s, 8, 0), 12);
    assert_int_equal(lex_int(&lex_en_months, s, 3, 0), 12);
}

static void duplicate_keys_are_all_found(void **state)
{
    (void)state;
    size_t n = 0;
    const lex_entry *e = lex_all(&lex_en_issuer_heads, "agency", 6, &n);
    assert_non_null(e);
    assert_int_equal(n, 2);
}

static void fields_split_on_bars(void **state)
{
    (void)state;
    char buf[16];
    assert_int_equal(lex_field("ASSAULT|firearms|x", 1, buf, sizeof buf), 8);
    assert_string_equal(buf, "firearms");
    assert_int_equal(lex_field("a|b", 2, buf, sizeof buf), -1);
    assert_int_equal(lex_field("abc", 0, buf, 2), 3);
    assert_string_equal(buf, "a");
}

static void check_sorted(const lex_table *t)
{
    for (size_t i = 1; i < t->n; i++)
        assert_true(strcmp(t->entries[i - 1].key, t->entries[i].key) <= 0);
}

static void tables_are_sorted(void **state)
{
    (void)state;
    check_sorted(&lex_en_months);
    check_sorted(&lex_en_kinds);
    check_sorted(&lex_en_abbreviations);
    assert_int_equal(lex_en_kinds.max_words >= 2, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lookup_folds_ascii_case),
        cmocka_unit_test(lookup_uses_the_given_length_only),
        cmocka_unit_test(duplicate_keys_are_all_found),
        cmocka_unit_test(fields_split_on_bars),
        cmocka_unit_test(tables_are_sorted),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
