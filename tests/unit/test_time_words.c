/* test_time_words.c - the time stage's word tables agree with each other:
 * the fast start filter (data/en/time_starts.txt) lists every word a time
 * expression can begin or end with, so it never hides an expression the
 * recognisers would read. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "lexicons.h"

/* Word number `which` (0 first, -1 last) of key, split at spaces,
 * apostrophes and hyphens. */
static size_t word_of(const char *key, int which, char *buf, size_t cap)
{
    const char *seps = " '-", *start = key;
    if (which < 0)
        for (const char *p = key; *p; p++)
            if (strchr(seps, *p) && p[1] && !strchr(seps, p[1]))
                start = p + 1;
    size_t len = strcspn(start, seps);
    if (len >= cap)
        len = cap - 1;
    memcpy(buf, start, len);
    buf[len] = 0;
    return len;
}

static void expect_class(const lex_table *lex, int which, const char *classes)
{
    for (size_t i = 0; i < lex->n; i++) {
        char w[64];
        if (!word_of(lex->entries[i].key, which, w, sizeof w))
            continue;
        const lex_entry *e = lex_get(&lex_en_time_starts, w, strlen(w));
        if (!e || !strchr(classes, e->value[0])) {
            print_error("%s: '%s' (of '%s') is %s in time_starts.txt\n", lex->source,
                        w, lex->entries[i].key, e ? e->value : "missing");
            fail();
        }
    }
}

static void every_first_word_can_start(void **state)
{
    (void)state;
    const lex_table *tables[] = {
        &lex_en_time_phrases, &lex_en_time_numbers, &lex_en_time_modifiers,
        &lex_en_time_approx, &lex_en_time_holidays, &lex_en_months,
        &lex_en_weekdays, &lex_en_time_ordinals, &lex_en_time_units,
        &lex_en_time_parts_of_day, &lex_en_time_seasons};
    for (size_t k = 0; k < sizeof tables / sizeof tables[0]; k++)
        expect_class(tables[k], 0, "flb");
}

static void every_last_word_of_a_phrase_can_end(void **state)
{
    (void)state;
    expect_class(&lex_en_time_phrases, -1, "ftb");
    expect_class(&lex_en_time_holidays, -1, "ftb");
}

static void time_units_and_months_start_on_their_own(void **state)
{
    (void)state;
    expect_class(&lex_en_time_units, 0, "f");
    expect_class(&lex_en_months, 0, "f");
    expect_class(&lex_en_weekdays, 0, "f");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_first_word_can_start),
        cmocka_unit_test(every_last_word_of_a_phrase_can_end),
        cmocka_unit_test(time_units_and_months_start_on_their_own),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
