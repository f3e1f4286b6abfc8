/* test_events_sources.c - whom a document cites (attributed_to): "police
 * said", "according to X", ", said a resident", "He said", and the words
 * that look like a source but are none. The whole pipeline runs. */
#include <stdlib.h>

#include "events_fixture.h"

static dl_record *parse(const char *body)
{
    char buf[2048];
    snprintf(buf, sizeof buf, "Statement\n\n%s\n", body);
    return fx_parse_all(buf);
}

/* The source cited for the figure whose text starts with `fig`, or NULL
 * when the figure has none (the figure must exist). */
static const char *fig_source(const dl_record *r, const char *fig)
{
    for (size_t i = 0; i < dl_record_nfigures(r); i++) {
        const dl_figure *f = dl_record_figure(r, i);
        if (!strncmp(f->text, fig, strlen(fig)))
            return f->attributed_to.text;
    }
    fail_msg("no figure \"%s\"", fig);
    return NULL;
}

static void assert_source(const dl_record *r, const char *fig, const char *want)
{
    const char *got = fig_source(r, fig);
    if (!want) {
        if (got)
            fail_msg("\"%s\": cited \"%s\", wanted none", fig, got);
        return;
    }
    if (!got)
        fail_msg("\"%s\": no source, wanted \"%s\"", fig, want);
    assert_string_equal(got, want);
}

static void test_a_subject_before_said_covers_what_follows(void **state)
{
    (void)state;
    dl_record *r = parse("Police spokesman Mohammed Sani said 15 suspects had "
                         "been arrested in Kano.");
    assert_source(r, "15 suspects", "Police spokesman Mohammed Sani");
    const dl_event *e = fx_event(r, "COERCE", 0);
    assert_non_null(e);
    assert_non_null(e->attributed_to.text);
    assert_string_equal(e->attributed_to.text, "Police spokesman Mohammed Sani");
    assert_string_equal(e->attributed_to.rule, "attribution.subject");
    dl_record_free(r);
}

static void test_a_closing_source_covers_what_came_before(void **state)
{
    (void)state;
    dl_record *r = parse("Gunmen killed at least 12 people in Tudun Wada on "
                         "Sunday, police said on Monday.");
    assert_source(r, "at least 12 people", "police");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_true(e->attributed_to.actor >= 0);
    assert_string_equal(dl_record_actor(r, (size_t)e->attributed_to.actor)->sector, "police");
    dl_record_free(r);
}

/* The first sentence runs on from a wire dateline: the dateline is no
 * part of the subject, and the sentence still has its source. */
static void test_a_sentence_after_a_dateline_has_its_source(void **state)
{
    (void)state;
    const char *s = "Gunmen kill 12 in market attack\n\n"
                    "GAO, May 4 (Sahel Wire) - Gunmen killed 12 people in an attack "
                    "on a market in Gao on 3 May 2024, police said.\n";
    dl_record *r = fx_parse_all(s);
    assert_source(r, "12 people", "police");
    dl_record_free(r);
}

/* ", saying ...": the clause's opening actor is the source of what
 * follows, and the time before the comma dates the saying */
static void test_a_participle_of_saying_cites_the_clauses_subject(void **state)
{
    (void)state;
    dl_record *r = parse("Kigali, 3 April 2024 - The army denied the reports in a "
                         "statement on 2 April, saying its soldiers had killed 14 "
                         "rebels near Musanze.");
    assert_source(r, "14 rebels", "The army");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_true(e->date == NULL || strcmp(e->date, "2024-04-02") != 0);
    dl_record_free(r);
    /* source words that name no actor: each side's own figure */
    r = parse("Khojaly, 28 February 1992 - Azerbaijani officials say at least 450 people "
              "were killed. Armenian officials dispute the figure, saying about 100 "
              "people died in fighting.");
    assert_source(r, "at least 450 people", "Azerbaijani officials");
    assert_source(r, "about 100 people", "Armenian officials");
    dl_record_free(r);
}

static void test_according_to_opens_or_closes(void **state)
{
    (void)state;
    dl_record *r = parse("According to the state health commissioner, 30 people "
                         "were wounded. Eight people were detained, according "
                         "to witnesses.");
    assert_source(r, "30 people", "the state health commissioner");
    assert_source(r, "Eight people", "witnesses");
    dl_record_free(r);
}

static void test_two_sources_in_one_sentence(void **state)
{
    (void)state;
    dl_record *r = parse("The health ministry said 12 people were killed, while "
                         "the rebels said that 40 soldiers died in the fighting. "
                         "Fighters shelled the town, wounding 30 people, a local "
                         "official said, and 8 people were detained, according to "
                         "witnesses.");
    assert_source(r, "12 people", "The health ministry");
    assert_source(r, "40 soldiers", "the rebels");
    assert_source(r, "30 people", "a local official");
    assert_source(r, "8 people", "witnesses");
    dl_record_free(r);
    /* before an opening source the issuer speaks */
    r = parse("A bomb wounded nine people, and the regional hospital said 14 "
              "children were among the injured.");
    assert_source(r, "nine people", NULL);
    assert_source(r, "14 children", "the regional hospital");
    dl_record_free(r);
}

/* "The army denied the claim and said ...": the subject of the first verb
 * says the second too. */
/* Two sources joined by "and" are one source; a clause before "and" is
 * none ("the army attacked ... and officials said"). */
static void test_coordinated_sources_are_one(void **state)
{
    (void)state;
    dl_record *r = parse("Gunmen killed at least 12 people at a hotel, survivors "
                         "and a local doctor said. Police and hospital officials "
                         "said 20 others were wounded.");
    assert_source(r, "at least 12 people", "survivors and a local doctor");
    assert_source(r, "20 others", "Police and hospital officials");
    dl_record_free(r);
    r = parse("Soldiers shelled the village and officials said 9 people were killed.");
    assert_source(r, "9 people", "officials");
    dl_record_free(r);
}

/* "the allegations made by X that ...": X is the source of what follows,
 * not of the rejection before it. */
static void test_an_allegation_cites_its_maker(void **state)
{
    (void)state;
    dl_record *r = parse("The Government rejects the allegations made by the "
                         "rebels that the army shelled the town on Monday.");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_non_null(e->attributed_to.text);
    assert_string_equal(e->attributed_to.text, "the rebels");
    assert_string_equal(e->attributed_to.rule, "attribution.allegation");
    dl_record_free(r);
    r = parse("Reports by Western media that troops shelled a hospital in the "
              "city are fake.");
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_non_null(e->attributed_to.text);
    assert_string_equal(e->attributed_to.text, "Western media");
    dl_record_free(r);
    /* "of" names the maker too; with no maker named, who rejects the
     * allegations denies what they say */
    r = parse("The Ministry categorically rejects the allegations of the Kyiv "
              "regime that Russian servicemen killed civilians in Bucha.");
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_non_null(e->attributed_to.text);
    assert_string_equal(e->attributed_to.text, "the Kyiv regime");
    assert_false(e->negated);
    dl_record_free(r);
    r = parse("The Ministry rejects the allegations that its servicemen killed "
              "civilians in Bucha.");
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_null(e->attributed_to.text);
    assert_true(e->negated);
    dl_record_free(r);
    r = parse("The report documents allegations of abuse by guards who beat "
              "detainees in the prison.");
    for (size_t i = 0; i < dl_record_nevents(r); i++)
        assert_null(dl_record_event(r, i)->attributed_to.text);
    dl_record_free(r);
}

/* "alarm at reports that ...": "reports" is a noun, no verb with a
 * subject; and "today" dates the alarm, not the killing after "that". */
static void test_reports_as_a_noun_cites_no_one(void **state)
{
    (void)state;
    const char *s = "Statement\n\nUN experts today expressed alarm at reports "
                    "that at least 27 people were killed when security forces "
                    "opened fire on demonstrators on 14 August.\n";
    dl_options o = {.date = "2023-08-18"};
    dl_record *r;
    assert_int_equal(dl_record_parse(s, strlen(s), &o, &r, NULL), DL_OK);
    assert_source(r, "at least 27 people", NULL);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_string_equal(e->date, "2023-08-14");
    dl_record_free(r);
}

static void test_a_subject_shared_by_two_verbs(void **state)
{
    (void)state;
    dl_record *r = parse("The rebels said their fighters had killed 12 soldiers. "
                         "The army denied the claim and said its aircraft had "
                         "struck rebel positions, killing 40 fighters.");
    assert_source(r, "12 soldiers", "The rebels");
    assert_source(r, "40 fighters", "The army");
    dl_record_free(r);
}

static void test_a_speaker_after_a_quote_and_a_pronoun_after_a_name(void **state)
{
    (void)state;
    dl_record *r = parse("\"They shot at everyone,\" said Musa Bello, a resident. "
                         "Aung Win, a villager, said 20 homes were burned. He "
                         "said the soldiers arrested 14 men.");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_non_null(e->attributed_to.text);
    assert_string_equal(e->attributed_to.text, "Musa Bello");
    assert_source(r, "14 men", "Aung Win, a villager");
    const dl_figure *f = NULL;
    for (size_t i = 0; i < dl_record_nfigures(r); i++)
        if (!strcmp(dl_record_figure(r, i)->text, "14 men"))
            f = dl_record_figure(r, i);
    assert_non_null(f);
    assert_string_equal(f->attributed_to.rule, "attribution.pronoun");
    dl_record_free(r);
}

/* "reported" before a count cites: "the Ministry of Defence reported 49
 * servicemen killed". */
static void test_a_report_of_a_count_cites(void **state)
{
    (void)state;
    dl_record *r = parse("Artillery shelled Goris overnight. As of 10:00 this "
                         "morning, the Ministry of Defence reported 49 servicemen "
                         "killed.");
    assert_source(r, "49 servicemen", "the Ministry of Defence");
    dl_record_free(r);
}

/* Words that look like a citation but cite no one. */
static void test_no_source_where_none_is_cited(void **state)
{
    (void)state;
    dl_record *r = parse("Five people were reported killed in Mandalay. The army "
                         "claimed responsibility for the strike that killed 9 "
                         "villagers. An estimated 40,000 people have been displaced "
                         "since May. An official declined to say whether 6 "
                         "people had been killed. 30 said they had been beaten.");
    assert_source(r, "Five people", NULL);
    assert_source(r, "9 villagers", NULL);
    assert_source(r, "An estimated 40,000", NULL);
    assert_source(r, "6 people", NULL);
    dl_record_free(r);
    r = parse("Since January, violence in Jonglei and the Greater Pibor "
              "Administrative Area has claimed more than 150 lives.");
    assert_source(r, "more than 150 lives", NULL);
    dl_record_free(r);
}

/* "The president said Tuesday his government told envoys ...": the
 * president is the source, not a source inside what he said. */
static void test_a_source_inside_reported_speech_is_not_another(void **state)
{
    (void)state;
    dl_record *r = parse("President Ortega said Tuesday his government told "
                         "envoys that 25 protesters had been arrested.");
    assert_source(r, "25 protesters", "President Ortega");
    dl_record_free(r);
}

/* The issuer speaking of itself is no other source: it claims the event. */
static void test_the_issuer_naming_itself_is_no_other_source(void **state)
{
    (void)state;
    const char *s = "Press release\n\nMyanmar: Airstrike kills villagers\n\n"
                    "(Bangkok, April 14, 2023) - An airstrike on a village in "
                    "Sagaing region killed at least 160 people, Human Rights "
                    "Watch said today.\n";
    dl_record *r = fx_parse_all(s);
    assert_non_null(dl_record_document(r)->issuer);
    assert_string_equal(dl_record_document(r)->issuer, "Human Rights Watch");
    assert_source(r, "at least 160 people", NULL);
    dl_record_free(r);
    /* "the ministry" in the ministry's own report is the issuer too */
    const char *m = "Ministry of Health\n\nDaily report, 15 November 2023\n\n"
                    "The death toll has risen to 11,320, the ministry said.\n";
    r = fx_parse_all(m);
    assert_string_equal(dl_record_document(r)->issuer, "Ministry of Health");
    assert_source(r, "11,320", NULL);
    dl_record_free(r);
}

static void test_the_json_record_carries_the_source(void **state)
{
    (void)state;
    dl_record *r = parse("Gunmen killed 12 people in Tudun Wada, police said.");
    char *out = NULL;
    assert_int_equal(dl_record_write(r, DL_FORMAT_JSONL, &out), DL_OK);
    assert_non_null(strstr(out, "\"attributed_to\":{\"span\""));
    assert_non_null(strstr(out, "\"rule\":\"attribution.subject\""));
    free(out);
    dl_record_free(r);
}

/* "the United Nations recorded more than 20,000 civilian deaths": who
 * records a count is its source, and no doer of what it counts ("the
 * Mission recorded shelling", "1,710 ceasefire violations") */
static void test_who_records_a_count_is_its_source_not_its_doer(void **state)
{
    (void)state;
    dl_record *r = parse("Last year, the United Nations recorded more than 20,000 civilian "
                         "deaths in ten conflicts.");
    assert_source(r, "more than 20,000 civilian deaths", "the United Nations");
    dl_record_free(r);
    r = parse("On 21 February, the Mission recorded 1,710 ceasefire violations in Donetsk "
              "region. Monitors documented shelling near Novoluhanske.");
    for (size_t k = 0; k < dl_record_nevents(r); k++)
        assert_int_equal(dl_record_event(r, k)->actor, -1);
    dl_record_free(r);
}

/* a name and its apposition before "said" is the source; a toll it gives
 * on a day of its saying is a claim about the deed told, whatever deed was
 * told between */
static void test_another_sources_toll_of_the_deed(void **state)
{
    (void)state;
    dl_record *r = parse("Nairobi, 14 June 2024 - Soldiers killed protesters in Bahir Dar on "
                         "June 6.\n\nSecurity forces arrested hundreds of people during the "
                         "following week.\n\nThe Ethiopian Human Rights Commission, a "
                         "state-affiliated body, said on June 12 that it had confirmed 22 "
                         "deaths.\n");
    assert_source(r, "22 deaths", "The Ethiopian Human Rights Commission, a state-affiliated body");
    const dl_figure *f = NULL;
    for (size_t k = 0; k < dl_record_nfigures(r); k++)
        if (!strcmp(dl_record_figure(r, k)->text, "22 deaths"))
            f = dl_record_figure(r, k);
    assert_non_null(f);
    assert_non_null(f->event);
    assert_string_equal(f->event, "e1");
    dl_record_free(r);
}

/* "We also note reports that ...": the issuer's own words, no source */
static void test_we_note_reports_cites_no_one(void **state)
{
    (void)state;
    dl_record *r = parse("Washington, 8 August 2024 - We also note reports that M23 fighters "
                         "abducted 25 civilians near Sake.\n");
    assert_source(r, "25 civilians", NULL);
    dl_record_free(r);
}

/* "Deeply concerned by reports that ...": "reports" after "by" is a
 * noun, and cites no one; the Human Rights Council is a UN body. */
static void test_reports_after_by_cite_no_one(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Human Rights Council\n\nThe Human Rights Council,\n\n"
                                "Deeply concerned by reports that more than 30,000 "
                                "Palestinians have been killed since 7 October 2023,\n");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_null(e->attributed_to.text);
    assert_string_equal(dl_record_actor(r, 0)->sector, "international");
    dl_record_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reports_after_by_cite_no_one),
        cmocka_unit_test(test_another_sources_toll_of_the_deed),
        cmocka_unit_test(test_we_note_reports_cites_no_one),
        cmocka_unit_test(test_a_subject_before_said_covers_what_follows),
        cmocka_unit_test(test_a_closing_source_covers_what_came_before),
        cmocka_unit_test(test_a_sentence_after_a_dateline_has_its_source),
        cmocka_unit_test(test_according_to_opens_or_closes),
        cmocka_unit_test(test_a_participle_of_saying_cites_the_clauses_subject),
        cmocka_unit_test(test_two_sources_in_one_sentence),
        cmocka_unit_test(test_coordinated_sources_are_one),
        cmocka_unit_test(test_an_allegation_cites_its_maker),
        cmocka_unit_test(test_reports_as_a_noun_cites_no_one),
        cmocka_unit_test(test_a_subject_shared_by_two_verbs),
        cmocka_unit_test(test_a_speaker_after_a_quote_and_a_pronoun_after_a_name),
        cmocka_unit_test(test_a_report_of_a_count_cites),
        cmocka_unit_test(test_no_source_where_none_is_cited),
        cmocka_unit_test(test_a_source_inside_reported_speech_is_not_another),
        cmocka_unit_test(test_the_issuer_naming_itself_is_no_other_source),
        cmocka_unit_test(test_the_json_record_carries_the_source),
        cmocka_unit_test(test_who_records_a_count_is_its_source_not_its_doer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
