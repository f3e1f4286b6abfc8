/* test_places_context.c - places read from the rest of the document: a
 * country whose name is also a word, opening a sentence, when the document
 * names it elsewhere; a small town abroad after "in" read as a local place
 * of the document's country (src/places/resolve.c, unlisted.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "dateline.h"

static dl_record *parse(const char *s)
{
    dl_record *r = NULL;
    assert_int_equal(dl_record_parse(s, strlen(s), NULL, &r, NULL), DL_OK);
    return r;
}

static const dl_place *place_at(const dl_record *r, const char *text, size_t start)
{
    for (size_t i = 0; i < dl_record_nplaces(r); i++) {
        const dl_place *p = dl_record_place(r, i);
        if (!strcmp(p->text, text) && p->span.start == start)
            return p;
    }
    return NULL;
}

static void test_country_word_opening_a_sentence_named_elsewhere(void **state)
{
    (void)state;
    const char *s = "Press release\n\nStatement\n\nThe visit violates the one-China "
                    "principle. China will take strong countermeasures.\n";
    dl_record *r = parse(s);
    const dl_place *p = place_at(r, "China", (size_t)(strstr(s, "China will") - s));
    assert_non_null(p);
    assert_string_equal(p->country, "CN");
    dl_record_free(r);
}

/* "Santiago" in a Cuban story is Santiago de Cuba, in a Chilean one or
 * alone the capital of Chile: the country of the text decides. */
static void test_a_short_city_name_takes_the_storys_country(void **state)
{
    (void)state;
    const char *s = "HAVANA (AP) - Protests broke out in Santiago and in Holguin over "
                    "power cuts.\n";
    dl_record *r = parse(s);
    const dl_place *p = place_at(r, "Santiago", (size_t)(strstr(s, "Santiago") - s));
    assert_non_null(p);
    assert_string_equal(p->country, "CU");
    dl_record_free(r);
    s = "Press release\n\nProtests were held in Santiago on Thursday.\n";
    r = parse(s);
    p = place_at(r, "Santiago", (size_t)(strstr(s, "Santiago") - s));
    assert_non_null(p);
    assert_string_equal(p->country, "CL");
    dl_record_free(r);
}

static void test_country_word_opening_a_sentence_alone_is_no_place(void **state)
{
    (void)state;
    const char *s = "Press release\n\nStatement\n\nChina was laid on the tables "
                    "for the guests.\n";
    dl_record *r = parse(s);
    assert_null(place_at(r, "China", (size_t)(strstr(s, "China was") - s)));
    dl_record_free(r);
}

static void test_small_town_abroad_after_in_is_a_local_place(void **state)
{
    (void)state;
    const char *s = "Metropolitan Police\n\nNews\n\nOfficers made 14 arrests near "
                    "the Cenotaph in Whitehall this afternoon. A march through "
                    "central London passed off peacefully.\n";
    dl_record *r = parse(s);
    const dl_place *p = place_at(r, "Whitehall", (size_t)(strstr(s, "Whitehall") - s));
    assert_non_null(p);
    assert_string_equal(p->country, "GB");
    assert_string_equal(p->kind, "other");
    assert_string_equal(p->rule, "place_unlisted_home");
    dl_record_free(r);
}

/* Two unlisted places found once each: every later mention of either is
 * a place in the same country, in text order. */
static void test_repeats_of_several_unlisted_places_are_all_found(void **state)
{
    (void)state;
    const char *s = "Press release\n\nStatement\n\nFighting was reported in Kirumba, "
                    "North Kivu, and near the village of Mabenga on Monday. Residents "
                    "of Kirumba fled towards Mabenga. Aid reached Kirumba and Mabenga "
                    "on Tuesday.\n";
    dl_record *r = parse(s);
    const char *names[] = {"Kirumba", "Mabenga"};
    for (size_t k = 0; k < 2; k++) {
        const char *at = strstr(s, names[k]);
        int n = 0;
        while ((at = strstr(at + 1, names[k]))) {
            const dl_place *p = place_at(r, names[k], (size_t)(at - s));
            assert_non_null(p);
            assert_string_equal(p->rule, "place_unlisted_again");
            assert_string_equal(p->country, "CD");
            n++;
        }
        assert_int_equal(n, 2);
    }
    for (size_t i = 1; i < dl_record_nplaces(r); i++)
        assert_true(dl_record_place(r, i - 1)->span.start < dl_record_place(r, i)->span.start);
    dl_record_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_country_word_opening_a_sentence_named_elsewhere),
        cmocka_unit_test(test_a_short_city_name_takes_the_storys_country),
        cmocka_unit_test(test_country_word_opening_a_sentence_alone_is_no_place),
        cmocka_unit_test(test_small_town_abroad_after_in_is_a_local_place),
        cmocka_unit_test(test_repeats_of_several_unlisted_places_are_all_found),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
