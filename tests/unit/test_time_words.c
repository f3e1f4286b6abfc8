/* test_time_words.c - the time stage's word tables agree with each other:
 * the fast start filter (data/en/time_starts.txt) lists every word a time
 * expression can begin or end with, so it never hides an expression the
 * recognisers would read; and the fields of time_phrases.txt read at build
 * time (tools/time_phrase_fields.sh) are the values' own. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "../../src/time/time.h"
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

/* Field k (0-based, '|'-separated) of value into buf ("" past the last). */
static void field_of(const char *value, int k, char *buf, size_t cap)
{
    const char *p = value;
    for (; k > 0 && p; k--)
        p = (p = strchr(p, '|')) ? p + 1 : NULL;
    size_t n = 0;
    for (; p && p[n] && p[n] != '|'; n++)
        ;
    snprintf(buf, cap, "%.*s", (int)n, p ? p : "");
}

static void phrase_fields_match_the_values(void **state)
{
    (void)state;
    static const char *const grans[] = {"", "time", "day", "week", "month", "quarter",
                                        "half", "season", "year", "decade", "century"};
    const lex_table *lex = &lex_en_time_phrases;
    assert_int_equal(time_phrase_field_count, lex->n);
    int bad = 0;
    for (size_t k = 0; k < lex->n; k++) {
        const char *v = lex->entries[k].value;
        const time_phrase_field *f = &time_phrase_fields[k];
        char type[64], how[64], a[64], b[64], c[64];
        field_of(v, 0, type, sizeof type);
        field_of(v, 1, how, sizeof how);
        field_of(v, 2, a, sizeof a);
        field_of(v, 3, b, sizeof b);
        field_of(v, 4, c, sizeof c);
        const char *want_type = !strcmp(type, "TIME") || !strcmp(type, "SET") ||
                                !strcmp(type, "DURATION") ? type : "DATE";
        int want_how = !strcmp(how, "lit") ? TPF_LIT : !strcmp(how, "story") ? TPF_STORY
                     : !strcmp(how, "dct") ? TPF_DCT
                     : !strcmp(how, "elapsed") ? TPF_ELAPSED : TPF_REF;
        int want_gran = G_NONE;
        for (int g = 1; g <= G_CENTURY; g++)
            if (!strcmp(b, grans[g]))
                want_gran = g;
        if (strcmp(f->type, want_type) || f->how != want_how || f->gran != want_gran ||
            f->present_ref != !strcmp(a, "PRESENT_REF") || f->shift != tw_int(a) ||
            f->fallback != tw_int(c) || strncmp(f->lit, a, 23) || strlen(f->lit) > 23 ||
            strncmp(f->suffix, c, 11) || strlen(f->suffix) > 11) {
            print_error("time_phrases '%s|%s': generated fields differ\n",
                        lex->entries[k].key, v);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_first_word_can_start),
        cmocka_unit_test(every_last_word_of_a_phrase_can_end),
        cmocka_unit_test(time_units_and_months_start_on_their_own),
        cmocka_unit_test(phrase_fields_match_the_values),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
