/* test_numbers.c - the figures stage's number reader (src/figures/number.h):
 * digits, separators, multipliers, words, and what is not a count. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "../../src/figures/number.h"

static int64_t parse(const char *s)
{
    int64_t v = -1;
    if (!num_parse(s, strlen(s), &v))
        return -1;
    return v;
}

/* The kind num_read gives the first token of s. */
static num_kind kind_of(const char *s)
{
    arena *a = arena_new();
    text t;
    memset(&t, 0, sizeof t);
    assert_int_equal(text_build(a, &t, s, strlen(s)), DL_OK);
    num_value nv;
    num_read(&t, 0, t.ntoks, &nv);
    num_kind k = nv.compound ? NUM_OTHER : nv.kind;
    arena_free(a);
    return k;
}

static void digits_with_separators_read_as_one_count(void **state)
{
    (void)state;
    assert_int_equal(parse("30000"), 30000);
    assert_int_equal(parse("30,000"), 30000);
    assert_int_equal(parse("30 000"), 30000);
    assert_int_equal(parse("1,234,567"), 1234567);
}

static void multipliers_scale_digits(void **state)
{
    (void)state;
    assert_int_equal(parse("1.5 million"), 1500000);
    assert_int_equal(parse("2.3m"), 2300000);
    assert_int_equal(parse("10k"), 10000);
    assert_int_equal(parse("3 thousand"), 3000);
    assert_int_equal(parse("2bn"), 2000000000);
}

static void number_words_read_with_and_and_hyphens(void **state)
{
    (void)state;
    assert_int_equal(parse("nineteen"), 19);
    assert_int_equal(parse("one hundred and thirty-four"), 134);
    assert_int_equal(parse("thirty-four"), 34);
    assert_int_equal(parse("a dozen"), 12);
    assert_int_equal(parse("two dozen"), 24);
    assert_int_equal(parse("a hundred"), 100);
    assert_int_equal(parse("five thousand"), 5000);
    assert_int_equal(parse("one million two hundred thousand"), 1200000);
    assert_int_equal(parse("Twenty"), 20);
    assert_int_equal(parse("half a million"), 500000);
    assert_int_equal(parse("half a dozen"), 6);
}

static void malformed_numbers_are_not_counts(void **state)
{
    (void)state;
    assert_int_equal(parse("12,34"), -1);
    assert_int_equal(parse("2.5"), -1);
    assert_int_equal(parse("19.01.2009"), -1);
    assert_int_equal(parse("hundred"), -1);
    assert_int_equal(parse("one two"), -1);
    assert_int_equal(parse("twenty thirty"), -1);
    assert_int_equal(parse(""), -1);
    assert_int_equal(parse("99999999999999999999999"), -1);
}

static void ordinals_are_kept_apart_from_counts(void **state)
{
    (void)state;
    assert_int_equal(kind_of("19th"), NUM_ORDINAL);
    assert_int_equal(kind_of("twentieth"), NUM_ORDINAL);
    assert_int_equal(parse("19th"), -1);
}

static void percentages_decades_and_compounds_are_not_counts(void **state)
{
    (void)state;
    assert_int_equal(kind_of("30%"), NUM_PERCENT);
    assert_int_equal(kind_of("30 per cent"), NUM_PERCENT);
    assert_int_equal(kind_of("1990s"), NUM_OTHER);
    assert_int_equal(kind_of("five-year plan"), NUM_OTHER);
    assert_int_equal(kind_of("30-year-old"), NUM_OTHER);
    assert_int_equal(kind_of("5km"), NUM_OTHER);
}

static void vague_amounts_have_no_value(void **state)
{
    (void)state;
    assert_int_equal(kind_of("dozens of people"), NUM_VAGUE);
    assert_int_equal(kind_of("hundreds of people"), NUM_VAGUE);
    assert_int_equal(kind_of("tens of thousands"), NUM_VAGUE);
    assert_int_equal(kind_of("scores"), NUM_VAGUE);
    assert_int_equal(kind_of("many"), NUM_VAGUE);
    assert_int_equal(parse("dozens"), -1);
}

static void arbitrary_bytes_do_not_crash(void **state)
{
    (void)state;
    const char junk[] = "\xff\xfe 9,99,9 .5 - and hundred \x01";
    int64_t v;
    assert_int_equal(num_parse(junk, sizeof junk - 1, &v), 0);
    assert_int_equal(num_parse("1", 0, &v), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(digits_with_separators_read_as_one_count),
        cmocka_unit_test(multipliers_scale_digits),
        cmocka_unit_test(number_words_read_with_and_and_hyphens),
        cmocka_unit_test(malformed_numbers_are_not_counts),
        cmocka_unit_test(ordinals_are_kept_apart_from_counts),
        cmocka_unit_test(percentages_decades_and_compounds_are_not_counts),
        cmocka_unit_test(vague_amounts_have_no_value),
        cmocka_unit_test(arbitrary_bytes_do_not_crash),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
