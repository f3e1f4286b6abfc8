/* test_events.c - the events stage: triggers, types, modes and slots, on
 * records whose earlier stages are filled in by hand (events_fixture.h). */
#include "events_fixture.h"

static void test_killed_is_an_assault_with_its_date_place_and_figure(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Soldiers opened fire in Gao on 3 May 2021. "
                            "Seven people were killed.\n", NULL);
    fx_actor(r, NULL, "Soldiers", "ML", "military");
    fx_place(r, NULL, "Gao", "ML", "city");
    fx_time(r, NULL, "3 May 2021", "2021-05-03");
    fx_figure(r, NULL, "Seven people", "killed", 7);
    fx_run(r);
    assert_int_equal(dl_record_nevents(r), 1);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_string_equal(e->mode, "firearms");
    assert_string_equal(e->trigger_text, "opened fire");
    assert_string_equal(e->date, "2021-05-03");
    assert_string_equal(e->when.start, "2021-05-03");
    assert_string_equal(e->when.granularity, "day");
    assert_string_equal(e->when.type, "exact");
    assert_int_equal(e->place, 0);
    assert_int_equal(e->actor, 0);
    assert_int_equal(e->nfigures, 1);
    assert_string_equal(dl_record_figure(r, 0)->event, "e1");
    assert_int_equal(e->nevidence, 2);
    dl_record_free(r);
}

/* The whole pipeline: a range written with two ends ("between 12 and 15
 * April", "on 3 and 4 May") dates the event from its first end over the
 * whole range; two years joined by "and" without "between", or two dates
 * apart, are no range. The body follows
 * a one-line header (a document's first line alone is its title). */
static const dl_event *first_event(const char *body, dl_record **r)
{
    dl_options o = {.date = "2021-06-03"};
    char s[256];
    snprintf(s, sizeof s, "Statement\n\n%s", body);
    assert_int_equal(dl_record_parse(s, strlen(s), &o, r, NULL), DL_OK);
    assert_true(dl_record_nevents(*r) >= 1);
    return dl_record_event(*r, 0);
}

static void test_a_written_range_dates_the_event_over_its_ends(void **state)
{
    (void)state;
    dl_record *r;
    const dl_event *e = first_event("Between 12 and 15 April 2021, security forces "
                                    "detained at least 140 people.\n", &r);
    assert_string_equal(e->date, "2021-04-12");
    assert_string_equal(e->when.start, "2021-04-12");
    assert_string_equal(e->when.end, "2021-04-15");
    assert_string_equal(e->when.type, "range");
    dl_record_free(r);

    e = first_event("Police arrested 30 protesters from 3 to 5 May.\n", &r);
    assert_string_equal(e->when.start, "2021-05-03");
    assert_string_equal(e->when.end, "2021-05-05");
    assert_string_equal(e->when.type, "range");
    dl_record_free(r);

    e = first_event("On 3 and 4 May, police arrested 30 protesters.\n", &r);
    assert_string_equal(e->when.start, "2021-05-03");
    assert_string_equal(e->when.end, "2021-05-04");
    assert_string_equal(e->when.type, "range");
    dl_record_free(r);

    /* ends of different precision after "between" */
    e = first_event("Between 16 September 2022 and the end of 2023, security forces "
                    "arrested thousands of protesters.\n", &r);
    assert_string_equal(e->when.start, "2022-09-16");
    assert_string_equal(e->when.end, "2023-12-31");
    assert_string_equal(e->when.type, "range");
    dl_record_free(r);

    e = first_event("Police arrested 12 people in 1990 and 2005.\n", &r);
    assert_string_equal(e->when.type, "exact");
    dl_record_free(r);

    e = first_event("Police arrested 30 protesters on 3 May and released them "
                    "on 5 May.\n", &r);
    assert_string_equal(e->date, "2021-05-03");
    assert_string_equal(e->when.type, "exact");
    dl_record_free(r);
}

/* A text of one sentence is read whole: its only line is its title, but
 * there is nothing else to read. */
static void test_a_one_sentence_text_has_its_event(void **state)
{
    (void)state;
    const char *s = "Police arrested 30 protesters in Minsk on 3 May 2021.\n";
    dl_record *r;
    assert_int_equal(dl_record_parse(s, strlen(s), NULL, &r, NULL), DL_OK);
    const dl_event *e = fx_event(r, "COERCE", 0);
    assert_non_null(e);
    assert_string_equal(e->date, "2021-05-03");
    assert_int_equal(e->nfigures, 1);
    dl_record_free(r);
}

/* Missiles are a show of force, unless aimed at a target: "launched two
 * ballistic missiles at Odesa" is an attack (ASSAULT, explosives). */
static void test_missiles_aimed_at_a_target_are_an_attack(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The army launched two ballistic missiles at Odesa.\n", NULL);
    fx_actor(r, NULL, "army", "RU", "military");
    fx_place(r, NULL, "Odesa", "UA", "city");
    fx_run(r);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_string_equal(e->mode, "explosives");
    assert_string_equal(e->rule, "trigger.aimed");
    dl_record_free(r);

    r = fx_parse("Militants fired more rockets at Israeli cities.\n", NULL);
    fx_actor(r, NULL, "Militants", NULL, "rebels");
    fx_run(r);
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_string_equal(e->rule, "trigger.aimed");
    assert_int_equal(e->actor, 0);
    dl_record_free(r);

    /* warplanes are armed forces: "struck", "pounded" need them */
    r = fx_parse("Warplanes pounded the city overnight.\n", NULL);
    fx_run(r);
    assert_non_null(fx_event(r, "ASSAULT", 0));
    dl_record_free(r);
    r = fx_parse("The storm pounded the city overnight.\n", NULL);
    fx_run(r);
    assert_int_equal(fx_count(r, "ASSAULT"), 0);
    dl_record_free(r);

    r = fx_parse("The military said it had called up 300,000 reservists.\n", NULL);
    fx_run(r);
    assert_non_null(fx_event(r, "MOBILIZE", 0));
    dl_record_free(r);

    r = fx_parse("The army tested two ballistic missiles on Monday.\n", NULL);
    fx_actor(r, NULL, "army", "KP", "military");
    fx_time(r, NULL, "Monday", "2024-05-06");
    fx_run(r);
    assert_int_equal(fx_count(r, "ASSAULT"), 0);
    assert_non_null(fx_event(r, "MOBILIZE", 0));
    dl_record_free(r);
}

/* Weapons that struck something name the attack itself ("Russian missiles
 * struck a power plant, killing two"); weapons that landed in the sea
 * after a test do not. */
static void test_weapons_that_struck_are_an_attack(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Russian drones and missiles struck a power "
                                "plant in Kyiv, killing two workers.\n");
    assert_int_equal(fx_count(r, "MOBILIZE"), 0);
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_string_equal(e->mode, "explosives");
    assert_string_equal(e->rule, "trigger.aimed");
    assert_int_equal(e->nfigures, 1);
    dl_record_free(r);

    r = fx_parse_all("Two rockets reportedly hit the market on Monday.\n");
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    dl_record_free(r);

    r = fx_parse_all("The missiles landed in the sea east of the peninsula.\n");
    assert_int_equal(fx_count(r, "ASSAULT"), 0);
    assert_int_equal(fx_count(r, "MOBILIZE"), 1);
    dl_record_free(r);

    /* the weapons of an attack the sentence names are part of it */
    r = fx_parse_all("This morning Russia launched a massive strike on Ukrainian "
                     "cities, using more than 40 missiles of various types.\n");
    assert_int_equal(fx_count(r, "MOBILIZE"), 0);
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    e = fx_event(r, "ASSAULT", 0);
    assert_true(e->actor >= 0);
    assert_string_equal(dl_record_actor(r, (size_t)e->actor)->country, "RU");
    dl_record_free(r);
}

/* Sexual violence is an assault of mode "sexual"; "rape crisis" names
 * none. */
static void test_sexual_violence_is_assault_sexual(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Dozens of women and girls were raped by RSF "
                                "fighters in El Geneina between May and July.\n");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_string_equal(e->mode, "sexual");
    assert_true(e->actor >= 0);
    dl_record_free(r);
    r = fx_parse_all("The rape crisis centre opened a second office.\n");
    assert_int_equal(fx_count(r, "ASSAULT"), 0);
    dl_record_free(r);
}

static void test_arrests_are_coerce_arrest_and_protests_are_protest(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Thousands joined demonstrations in Minsk. Police "
                            "arrested about 300 protesters.\n", NULL);
    fx_figure(r, NULL, "about 300 protesters", "arrested", 300);
    fx_run(r);
    const dl_event *p = fx_event(r, "PROTEST", 0), *c = fx_event(r, "COERCE", 0);
    assert_non_null(p);
    assert_string_equal(p->mode, "demonstrate");
    assert_non_null(c);
    assert_string_equal(c->mode, "arrest");
    assert_int_equal(c->nfigures, 1);
    assert_int_equal(p->nfigures, 0);
    dl_record_free(r);
}

static void test_moved_counts_only_with_armed_forces(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The delegation moved to Geneva. Two battalions of "
                            "troops moved to the border.\n", NULL);
    fx_run(r);
    assert_int_equal(fx_count(r, "MOBILIZE"), 1);
    assert_string_equal(fx_event(r, "MOBILIZE", 0)->trigger_text, "moved");
    assert_true(fx_event(r, "MOBILIZE", 0)->trigger.start > 30);
    dl_record_free(r);
}

static void test_capitalised_month_is_not_a_trigger(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The talks resumed on 4 March in Vienna.\n", NULL);
    fx_run(r);
    assert_int_equal(dl_record_nevents(r), 0);
    dl_record_free(r);
}

static void test_passive_subject_is_the_target_and_by_names_the_actor(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Journalists were beaten by riot police outside the "
                            "court.\n", NULL);
    fx_actor(r, NULL, "Journalists", NULL, "media");
    fx_actor(r, NULL, "riot police", NULL, "police");
    fx_run(r);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_string_equal(e->mode, "beat");
    assert_int_equal(e->actor, 1);
    assert_int_equal(e->target, 0);
    dl_record_free(r);
}

static void test_against_marks_the_target(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The army launched attacks against villagers near "
                            "the river.\n", NULL);
    fx_actor(r, NULL, "army", NULL, "military");
    fx_actor(r, NULL, "villagers", NULL, "civilians");
    fx_run(r);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->actor, 0);
    assert_int_equal(e->target, 1);
    dl_record_free(r);
}

static void test_place_in_an_actor_name_is_not_where_it_happened(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Forces of the Ministry of Interior of Ruritania "
                            "detained five students in Strelsau.\n", NULL);
    fx_actor(r, NULL, "Ministry of Interior of Ruritania", "RU", "government");
    fx_place(r, NULL, "Ruritania", "RU", "country");
    fx_place(r, NULL, "Strelsau", "RU", "city");
    fx_run(r);
    const dl_event *e = fx_event(r, "COERCE", 0);
    assert_non_null(e);
    assert_int_equal(e->place, 1);
    dl_record_free(r);
}

static void test_header_and_dateline_name_no_event(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Press release\n\nThe talks went well.\n\n"
                            "Geneva, 5 June 2020\n", NULL);
    fx_run(r);
    assert_int_equal(dl_record_nevents(r), 0);
    dl_record_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_killed_is_an_assault_with_its_date_place_and_figure),
        cmocka_unit_test(test_a_written_range_dates_the_event_over_its_ends),
        cmocka_unit_test(test_a_one_sentence_text_has_its_event),
        cmocka_unit_test(test_missiles_aimed_at_a_target_are_an_attack),
        cmocka_unit_test(test_weapons_that_struck_are_an_attack),
        cmocka_unit_test(test_sexual_violence_is_assault_sexual),
        cmocka_unit_test(test_arrests_are_coerce_arrest_and_protests_are_protest),
        cmocka_unit_test(test_moved_counts_only_with_armed_forces),
        cmocka_unit_test(test_capitalised_month_is_not_a_trigger),
        cmocka_unit_test(test_passive_subject_is_the_target_and_by_names_the_actor),
        cmocka_unit_test(test_against_marks_the_target),
        cmocka_unit_test(test_place_in_an_actor_name_is_not_where_it_happened),
        cmocka_unit_test(test_header_and_dateline_name_no_event),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
