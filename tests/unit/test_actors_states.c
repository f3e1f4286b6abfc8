/* test_actors_states.c - a country opening a clause before its verb names
 * its state as an actor (src/actors/states.c); elsewhere a country is only
 * a place. */
#include "actors_util.h"

static void country_before_its_verb_is_its_government(void **state)
{
    (void)state;
    dl_record *r = build("North Korea fired at least 10 missiles into the sea this "
                         "morning.\n");
    const rec_actor *a = actor_text(r, "North Korea");
    assert_string_equal(a->pub.rule, "country.subject");
    assert_string_equal(a->pub.sector, "government");
    country_is(a, "KP");
    dl_record_free(r);
}

static void country_with_auxiliary_after_a_clause_word(void **state)
{
    (void)state;
    dl_record *r = build("The spokesman said that Ukraine will continue to defend "
                         "its territory.\n");
    country_is(actor_text(r, "Ukraine"), "UA");
    dl_record_free(r);
}

static void the_before_a_country_subject_stays_out(void **state)
{
    (void)state;
    dl_record *r = build("The Russian Federation objected to the text.\n");
    const rec_actor *a = actor_text(r, "Russian Federation");
    country_is(a, "RU");
    assert_string_equal(a->pub.rule, "country.subject");
    dl_record_free(r);
}

static void one_adverb_may_come_before_the_verb(void **state)
{
    (void)state;
    dl_record *r = build("Years later, the Russian Federation again seeks to redraw "
                         "borders, and Belarus repeatedly allowed its territory to be "
                         "used.\n");
    country_is(actor_text(r, "Russian Federation"), "RU");
    country_is(actor_text(r, "Belarus"), "BY");
    dl_record_free(r);
    r = build("Talks stalled, and Sudan now holds the key crossing.\n");
    country_is(actor_text(r, "Sudan"), "SD");
    dl_record_free(r);
}

static void country_after_a_preposition_is_no_actor(void **state)
{
    (void)state;
    dl_record *r = build("Fighting continued in Syria and Sudan remained tense.\n");
    no_actor(r, "Syria");
    dl_record_free(r);
}

static void possessive_country_is_no_actor(void **state)
{
    (void)state;
    dl_record *r = build("North Korea's missiles landed in the sea.\n");
    no_actor(r, "North Korea");
    dl_record_free(r);
}

static void country_before_a_noun_is_no_actor(void **state)
{
    (void)state;
    dl_record *r = build("Ukraine grain exports resumed in August.\n");
    no_actor(r, "Ukraine");
    dl_record_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(country_before_its_verb_is_its_government),
        cmocka_unit_test(country_with_auxiliary_after_a_clause_word),
        cmocka_unit_test(the_before_a_country_subject_stays_out),
        cmocka_unit_test(one_adverb_may_come_before_the_verb),
        cmocka_unit_test(country_after_a_preposition_is_no_actor),
        cmocka_unit_test(possessive_country_is_no_actor),
        cmocka_unit_test(country_before_a_noun_is_no_actor),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
