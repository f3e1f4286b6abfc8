/* test_document.c - the document stage: issuer, kind, title, the dateline in
 * each of its forms and places, date headers, --date and date_source. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cmocka.h>

#include "../../src/record/record.h"

static dl_record *parse_opt(const char *s, const char *date)
{
    dl_options opt = {0};
    opt.date = date;
    dl_record *r = NULL;
    dl_error err;
    assert_int_equal(dl_record_parse(s, strlen(s), &opt, &r, &err), DL_OK);
    return r;
}

static dl_record *parse(const char *s)
{
    return parse_opt(s, NULL);
}

static void dateline_is(const dl_record *r, const char *place, const char *date)
{
    assert_non_null(r->doc.dateline);
    assert_string_equal(r->doc.dateline->place, place);
    if (date)
        assert_string_equal(r->doc.dateline->date, date);
    else
        assert_null(r->doc.dateline->date);
}

/* The dateline's span points at exactly its text in the input. */
static void dateline_text_is(const dl_record *r, const char *want)
{
    assert_string_equal(r->doc.dateline->text, want);
    dl_span sp = r->doc.dateline->span;
    assert_int_equal(sp.end - sp.start, strlen(want));
    assert_memory_equal(r->input + sp.start, want, strlen(want));
}

/* A letterhead of single lines: the kind line naming its author under
 * the issuer is the title, and a salutation opening the body is none. */
/* "Security Council Press Statement on Attack against ...": the author
 * before the kind, whatever words the topic after it holds */
static void the_author_before_the_kind_whatever_the_topic(void **state)
{
    (void)state;
    dl_record *r = parse("Security Council Press Statement on Attack against United Nations "
                         "Peacekeepers in Mali\n\nSC/15234\n9 June 2023\n\nThe members of "
                         "the Security Council condemned the attack.\n");
    assert_non_null(r->doc.issuer);
    assert_string_equal(r->doc.issuer, "Security Council");
    assert_string_equal(r->doc.title, "Security Council Press Statement on Attack against "
                                      "United Nations Peacekeepers in Mali");
    dl_record_free(r);
}

/* A letter circulated as a UN document: under its symbol, "Distr.:
 * General", the date of circulation, "Original: English" and the agenda,
 * the "Letter dated ..." line is the title, its author the issuer and its
 * date the document's. */
static void a_circulated_letter_keeps_its_own_date_and_author(void **state)
{
    (void)state;
    dl_record *r = parse("United Nations                A/77/800-S/2023/150\n\n"
                         "General Assembly\nSecurity Council\n\nDistr.: General\n"
                         "2 March 2023\n\nOriginal: English\n\nGeneral Assembly\n"
                         "Seventy-seventh session\nAgenda item 31\n\n"
                         "Letter dated 27 February 2023 from the Permanent Representative "
                         "of Norway to the United Nations addressed to the Secretary-General\n\n"
                         "I have the honour to inform you that tomorrow a memorial will be "
                         "unveiled in Oslo.\n");
    assert_non_null(r->doc.title);
    assert_string_equal(r->doc.title, "Letter dated 27 February 2023 from the Permanent "
                                      "Representative of Norway to the United Nations "
                                      "addressed to the Secretary-General");
    assert_string_equal(r->doc.issuer,
                        "Permanent Representative of Norway to the United Nations");
    assert_string_equal(r->doc.kind, "letter");
    assert_string_equal(r->doc.date, "2023-02-27");
    dl_record_free(r);
}

static void a_statement_line_under_its_issuer_is_the_title(void **state)
{
    (void)state;
    dl_record *r = parse("Permanent Mission of Armenia to the UN\n"
                         "Statement by Ambassador Mher Margaryan at the UN Security Council\n"
                         "16 August 2023, New York\n\nMadam President,\nSince 12 December "
                         "2022, the corridor has been blocked.\n");
    assert_string_equal(r->doc.title,
                        "Statement by Ambassador Mher Margaryan at the UN Security Council");
    assert_string_equal(r->doc.date, "2023-08-16");
    dl_record_free(r);
    r = parse("Statement\n\nMadam President,\nSince 12 December 2022, the corridor has "
              "been blocked.\n");
    assert_true(!r->doc.title || strncmp(r->doc.title, "Madam", 5));
    dl_record_free(r);
}

/* A letterhead in capitals writes its ordinal day so too. */
static void a_capital_ordinal_day_in_the_dateline(void **state)
{
    (void)state;
    dl_record *r = parse("MINISTRY OF FOREIGN AFFAIRS\n\nPRESS STATEMENT\n\n"
                         "NAIROBI, 14TH JUNE 2022\n\nThe Government condemns the attack "
                         "of 12th June 2022.\n");
    assert_string_equal(r->doc.date, "2022-06-14");
    dateline_is(r, "NAIROBI", "2022-06-14");
    dl_record_free(r);
}

/* "(Bangkok, April 13, 2023) – ...": a release's own bracketed
 * dateline, with no agency in it, makes a press release. */
static void a_bracketed_dateline_is_a_release(void **state)
{
    (void)state;
    dl_record *r = parse("Human Rights Watch\n\nMyanmar: Airstrike Kills Villagers\n\n"
                         "(Bangkok, April 13, 2023) – The military's airstrike on a village "
                         "killed at least 160 people, Human Rights Watch said today.\n");
    assert_string_equal(r->doc.kind, "press release");
    assert_string_equal(r->doc.date, "2023-04-13");
    dl_record_free(r);
    r = parse("Office of the High Commissioner\n\nExperts alarmed by crackdown\n\n"
              "GENEVA (1 August 2024) – UN experts today expressed alarm at the "
              "crackdown.\n");
    assert_string_equal(r->doc.kind, "press release");
    assert_string_equal(r->doc.date, "2024-08-01");
    dl_record_free(r);
}

static void wire_dateline_without_year_has_no_date(void **state)
{
    (void)state;
    dl_record *r = parse("Storm hits capital\n\n"
                         "WASHINGTON, Dec. 21 (AP) -- A winter storm closed "
                         "federal offices on Thursday, officials said.\n");
    dateline_is(r, "WASHINGTON", NULL);
    dateline_text_is(r, "WASHINGTON, Dec. 21 (AP)");
    assert_string_equal(r->doc.issuer, "Associated Press");
    assert_string_equal(r->doc.kind, "news");
    assert_null(r->doc.date);
    assert_string_equal(r->doc.date_source, "none");
    dl_record_free(r);
}

/* A place, a spaced dash and a date on a header line; a dash after a
 * place with no date after it is no date. */
/* No date in the header or dateline: the date of the issuer's report in
 * the first sentences is the document's, and relative times anchor on it;
 * a date after "said on" deep in the text, or after no such verb, is not. */
static void report_date_dates_an_undated_document(void **state)
{
    (void)state;
    dl_record *r = parse("International Organization for Migration\nPress Release\n\n"
                         "Geneva - Nearly 1.1 million people have fled since 15 April "
                         "2023, IOM said on Tuesday 30 May. Between 20 and 30 people "
                         "were killed in El Geneina last week.\n");
    assert_string_equal(r->doc.date, "2023-05-30");
    assert_string_equal(r->doc.date_source, "report");
    int seen = 0;
    for (size_t i = 0; i < r->ntimes; i++)
        if (!strcmp(r->times[i].pub.text, "last week")) {
            assert_string_equal(r->times[i].pub.value, "2023-W21");
            seen = 1;
        }
    assert_true(seen);
    dl_record_free(r);
    r = parse("Statement\n\nThe ministry condemned the attack on the town. Fighting "
              "erupted on 15 April 2023 in the capital.\n");
    assert_null(r->doc.date);
    assert_string_equal(r->doc.date_source, "none");
    dl_record_free(r);
}

/* "Briefing, 9 March 2024": a kind label and a date, no dateline whose
 * place is "Briefing" (nor the town of March). */
static void label_comma_date_is_kind_and_date(void **state)
{
    (void)state;
    dl_record *r = parse("Ministry of Defence of the Russian Federation\n\n"
                         "Briefing, 9 March 2024\n\nAir defence systems shot "
                         "down 47 drones over the Belgorod region.\n");
    assert_null(r->doc.dateline);
    assert_string_equal(r->doc.kind, "statement");
    assert_string_equal(r->doc.date, "2024-03-09");
    assert_string_equal(r->doc.date_source, "header");
    for (size_t i = 0; i < r->nplaces; i++)
        assert_string_not_equal(r->places[i].pub.text, "March");
    dl_record_free(r);
}

/* A heading in capitals over a bulleted list ("HIGHLIGHTS" then "- Since
 * 10 May") is no dateline: the dash of a dateline is on its line. */
static void a_heading_over_bullets_is_no_dateline(void **state)
{
    (void)state;
    dl_record *r = parse("OCHA\nFlash Update No. 4\n\nSudan: Clashes in El Fasher, "
                         "North Darfur\n\nAs of 14 May 2024\n\nHIGHLIGHTS\n- Since "
                         "10 May, at least 58 people have been killed in El Fasher.\n"
                         "- An estimated 800,000 people remain in the city.\n\n"
                         "SITUATION OVERVIEW\nHeavy fighting continued in El Fasher "
                         "on 13 May.\n");
    assert_null(r->doc.dateline);
    dl_record_free(r);
}

/* "ICRC News Release": the acronym before the kind is the issuer; a
 * dateline's place may hold an apostrophe ("Geneva/Sana'a"). */
static void acronym_before_kind_and_apostrophe_in_dateline(void **state)
{
    (void)state;
    dl_record *r = parse("ICRC News Release\n\nYemen: ICRC delivers aid in Taiz\n\n"
                         "Geneva/Sana'a, 3 May 2023 - The ICRC delivered food to "
                         "around 40,000 displaced people last week.\n");
    assert_string_equal(r->doc.issuer, "ICRC");
    assert_string_equal(r->doc.kind, "press release");
    dateline_is(r, "Geneva/Sana'a", "2023-05-03");
    assert_string_equal(r->doc.date, "2023-05-03");
    dl_record_free(r);
}

/* "X's Regular Press Conference on June 18, 2024", "Secretary-General's
 * remarks to ...": the title names its author before "'s" and a kind; the
 * body is the issuer, without its speaker's title and name. */
static void a_possessive_before_the_kind_names_the_author(void **state)
{
    (void)state;
    dl_record *r = parse("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference "
                         "on June 18, 2024\n\nAFP: What is the ministry's response?\n");
    assert_string_equal(r->doc.issuer, "Foreign Ministry");
    assert_string_equal(r->doc.kind, "statement");
    dl_record_free(r);
    r = parse("Secretary-General's remarks to the Security Council on the situation in "
              "Gaza\n\nNew York, 8 December 2023\n\nMr. President, the people of Gaza "
              "are looking into the abyss.\n");
    assert_string_equal(r->doc.issuer, "Secretary-General");
    assert_string_equal(r->doc.kind, "speech");
    dl_record_free(r);
}

/* A headline in capitals that says something is the title, never the
 * issuer, though it names a body ("POLICE"); a name in capitals still is
 * the issuer. */
static void a_headline_in_capitals_is_no_issuer(void **state)
{
    (void)state;
    dl_record *r = parse("KENYA: POLICE MUST BE HELD ACCOUNTABLE FOR PROTEST KILLINGS\n\n"
                         "Nairobi, 27 June 2024\n\nPolice used live ammunition against "
                         "protesters, a coalition of rights groups said today.\n");
    assert_null(r->doc.issuer);
    assert_string_equal(r->doc.title,
                        "KENYA: POLICE MUST BE HELD ACCOUNTABLE FOR PROTEST KILLINGS");
    dl_record_free(r);
    r = parse("MINISTRY OF FOREIGN AFFAIRS\n\nStatement\n\nThe Ministry condemns the "
              "attack.\n");
    assert_non_null(r->doc.issuer);
    dl_record_free(r);
}

/* "Security Alert - U.S. Embassy Maputo": a kind label and a dash open
 * the issuer's line */
static void kind_label_and_dash_before_the_issuer(void **state)
{
    (void)state;
    dl_record *r = parse("Security Alert \xe2\x80\x93 U.S. Embassy Maputo, Mozambique\n\n"
                         "Location: Pemba, Mozambique\n\nGunmen attacked a village "
                         "near Mocimboa da Praia on 3 May 2023, police said on 4 May.\n");
    assert_string_equal(r->doc.issuer, "U.S. Embassy Maputo, Mozambique");
    assert_string_equal(r->doc.kind, "statement");
    dl_record_free(r);
}

/* "International Criminal Court" / "Press Release: 17 March 2023": the
 * kind line under the name is no part of it, and gives the date */
static void kind_and_date_line_under_the_issuer(void **state)
{
    (void)state;
    dl_record *r = parse("International Criminal Court\nPress Release: 17 March 2023\n\n"
                         "Situation in Ukraine: judges issue arrest warrants\n\n"
                         "Today, Pre-Trial Chamber II issued warrants of arrest for two "
                         "individuals.\n");
    assert_string_equal(r->doc.issuer, "International Criminal Court");
    assert_string_equal(r->doc.kind, "press release");
    assert_string_equal(r->doc.date, "2023-03-17");
    dl_record_free(r);
}

/* a mixed-case place with lower-case particles between hyphens, a date and
 * an agency in brackets make a dateline */
static void hyphened_place_with_particles_is_a_dateline(void **state)
{
    (void)state;
    dl_record *r = parse("Port-au-Prince, 28 March 2024 (OHCHR) \xe2\x80\x93 At least 1,554 people "
                         "were killed, the UN Human Rights Office said in a report today.\n");
    dateline_is(r, "Port-au-Prince", "2024-03-28");
    dl_record_free(r);
}

/* a topic line right under the issuer in its letterhead is the title; an
 * address, a telephone line or a country's name there is not */
static void title_under_the_issuer_in_its_letterhead(void **state)
{
    (void)state;
    dl_record *r = parse("Ministry of Defence of Ukraine\n"
                         "Combat losses of the enemy as of 02.03.2024\n\n"
                         "Kyiv, 2 March 2024\n\n"
                         "Over the past day, the Defence Forces repelled 78 attacks.\n");
    assert_string_equal(r->doc.issuer, "Ministry of Defence of Ukraine");
    assert_non_null(r->doc.title);
    assert_string_equal(r->doc.title, "Combat losses of the enemy as of 02.03.2024");
    dl_record_free(r);
    r = parse("Ministry of Foreign Affairs of Ruritania\nStatement on the anniversary of the "
              "2020 war\n\nStrelsau, 27 September 2023\n\nThree years ago, the war began.\n");
    assert_non_null(r->doc.title);
    assert_string_equal(r->doc.title, "Statement on the anniversary of the 2020 war");
    dl_record_free(r);
    r = parse("Joint Chiefs of Staff\nRepublic of Korea\n\nPress Release\n\nDate: 2022-11-02\n\n"
              "North Korea fired at least 10 missiles into the East Sea this morning, the "
              "Joint Chiefs of Staff said. The launches came after a week of drills.\n");
    assert_null(r->doc.title);
    dl_record_free(r);
    r = parse("Permanent Mission of Ruritania to the United Nations\n"
              "Suite 560, 866 Second Avenue\n\nPRESS RELEASE\n"
              "Statement on the attack of 1 March\n\nNew York, 2 March 2024\n\n"
              "The Mission condemns the attack of 1 March on the village of Zenda.\n");
    assert_string_equal(r->doc.title, "Statement on the attack of 1 March");
    dl_record_free(r);
}

/* a body known by name before the title's colon is the issuer ("ICRC:
 * ..."); a place there is not */
static void a_known_body_before_the_title_colon_is_the_issuer(void **state)
{
    (void)state;
    dl_record *r = parse("NEWS RELEASE\nICRC: Civilians bear the brunt as fighting "
                         "intensifies\n\nGeneva, 8 February 2024 - Hospitals have admitted "
                         "more than 400 wounded people since January.\n");
    assert_string_equal(r->doc.issuer, "ICRC");
    dl_record_free(r);
    r = parse("NEWS RELEASE\nSudan: Hospitals overwhelmed as fighting intensifies\n\n"
              "Geneva, 8 February 2024 - Hospitals have admitted more than 400 wounded "
              "people since January.\n");
    assert_null(r->doc.issuer);
    dl_record_free(r);
}

/* a header line that is only a body known by name is the issuer, not the
 * title */
static void a_known_body_alone_is_the_issuer(void **state)
{
    (void)state;
    dl_record *r = parse("M\xc3\xa9" "decins Sans Fronti\xc3\xa8" "res\nPort Sudan, 20 June 2024\n\n"
                         "Sudan: Hospital in El Fasher shelled again\n\n"
                         "On 8 June, the South Hospital in El Fasher was attacked.\n");
    assert_string_equal(r->doc.issuer, "M\xc3\xa9" "decins Sans Fronti\xc3\xa8" "res");
    assert_string_equal(r->doc.title, "Sudan: Hospital in El Fasher shelled again");
    dl_record_free(r);
}

static void place_dash_date_is_a_dateline(void **state)
{
    (void)state;
    dl_record *r = parse("PRESS RELEASE\nRawalpindi - May 12, 2023\n\n"
                         "Terrorists attacked a post on 11 May, killing two "
                         "soldiers.\n");
    dateline_is(r, "Rawalpindi", "2023-05-12");
    dateline_text_is(r, "Rawalpindi - May 12, 2023");
    assert_string_equal(r->doc.date, "2023-05-12");
    dl_record_free(r);
    r = parse("Statement\nGeneva \xe2\x80\x93 12 May 2023\n\n"
              "The Council met on 11 May.\n");
    dateline_is(r, "Geneva", "2023-05-12");
    dl_record_free(r);
}

static void date_option_completes_a_yearless_dateline(void **state)
{
    (void)state;
    dl_record *r = parse_opt("WASHINGTON, Dec. 21 (AP) -- A winter storm closed "
                             "federal offices, officials said.\n", "2023-12-22");
    dateline_is(r, "WASHINGTON", "2023-12-21");
    assert_string_equal(r->doc.date, "2023-12-22");
    assert_string_equal(r->doc.date_source, "option");
    dl_record_free(r);
}

static void yearless_dateline_after_new_year_takes_previous_year(void **state)
{
    (void)state;
    dl_record *r = parse("January 1, 2024\n\n"
                         "KYIV, Dec. 31 (Reuters) - Air raid sirens sounded across the "
                         "capital overnight, the city administration said.\n");
    dateline_is(r, "KYIV", "2023-12-31");
    assert_string_equal(r->doc.date, "2024-01-01");
    assert_string_equal(r->doc.date_source, "header");
    dl_record_free(r);
}

/* "(Newswire)": an agency of no list after a wire dateline's date is the
 * issuer; a country in brackets is none. */
static void wire_dateline_names_an_agency_of_no_list(void **state)
{
    (void)state;
    dl_record *r = parse("Gunmen kill 12 in Nigeria\n\n"
                         "ABUJA, March 3 (Daily Trust) - Gunmen killed at least 12 "
                         "people in Zamfara state on Sunday, police said.\n");
    dateline_text_is(r, "ABUJA, March 3 (Daily Trust)");
    assert_non_null(r->doc.issuer);
    assert_string_equal(r->doc.issuer, "Daily Trust");
    assert_string_equal(r->doc.kind, "news");
    dl_record_free(r);
    r = parse("Talks resume\n\nPARIS, May 4 (France) - Talks resumed on Monday.\n");
    assert_true(!r->doc.issuer || strcmp(r->doc.issuer, "France"));
    dl_record_free(r);
}

static void top_dateline_with_full_date_and_dash(void **state)
{
    (void)state;
    dl_record *r = parse("New York, 19 January 2009 - The Secretary-General "
                         "condemned the attack that killed 12 people yesterday.\n");
    dateline_is(r, "New York", "2009-01-19");
    dateline_text_is(r, "New York, 19 January 2009");
    assert_string_equal(r->doc.date, "2009-01-19");
    assert_string_equal(r->doc.date_source, "dateline");
    dl_record_free(r);
}

static void dateline_with_date_in_brackets(void **state)
{
    (void)state;
    dl_record *r = parse("GENEVA (7 March 2023) – UN experts today expressed alarm at "
                         "reports that dozens of protesters had been detained.\n");
    dateline_is(r, "GENEVA", "2023-03-07");
    dateline_text_is(r, "GENEVA (7 March 2023)");
    assert_string_equal(r->doc.date_source, "dateline");
    dl_record_free(r);
}

/* Three parts of a place before the date in brackets; a mixed-case town
 * of the gazetteer and its state before a dash, with no date at all. */
static void place_parts_and_mixed_case_town_before_a_dash(void **state)
{
    (void)state;
    dl_record *r = parse("Ministry of Foreign Affairs\n\nErbil, Kurdistan Region, Iraq "
                         "(16 March 2013) – The region today commemorates the victims.\n");
    dateline_is(r, "Erbil, Kurdistan Region, Iraq", "2013-03-16");
    dl_record_free(r);
    r = parse("City Police\nPress Release\n\nDallas, TX – Detectives have arrested "
              "a suspect in connection with a robbery.\n");
    dateline_is(r, "Dallas, TX", NULL);
    dl_record_free(r);
    /* a word of no town before a dash opens no dateline */
    r = parse("City Police\nPress Release\n\nMeanwhile – detectives have arrested "
              "a suspect.\n");
    assert_null(r->doc.dateline);
    dl_record_free(r);
}

/* A known body in brackets after the places, as its own releases write
 * their dateline: no news agency, no date. */
static void a_known_body_in_brackets_after_the_place(void **state)
{
    (void)state;
    dl_record *r = parse("ICRC news release\n\nKyiv/Geneva (ICRC) – More than 23,000 "
                         "people are registered as missing.\n");
    dateline_is(r, "Kyiv/Geneva", NULL);
    assert_string_equal(dl_record_document(r)->issuer, "ICRC");
    assert_string_not_equal(dl_record_document(r)->kind, "news");
    dl_record_free(r);
}

/* A contact line with an address is no title. */
static void a_contact_line_is_no_title(void **state)
{
    (void)state;
    dl_record *r = parse("FOR IMMEDIATE RELEASE\n\nContact: press@example.org\n\n"
                         "Amnesty International Calls for Release of Detained Journalists\n\n"
                         "LONDON, 3 May 2024 - Amnesty International calls on the authorities "
                         "to release the journalists.\n");
    assert_string_equal(dl_record_document(r)->title,
                        "Amnesty International Calls for Release of Detained Journalists");
    /* a body known by name calling on someone in the lead is the issuer */
    assert_string_equal(dl_record_document(r)->issuer, "Amnesty International");
    dl_record_free(r);
}

static void dateline_with_colon_terminator(void **state)
{
    (void)state;
    dl_record *r = parse("Addis Ababa, 9 November 2020: The Chairperson is following "
                         "the situation with deep concern and calls for calm.\n");
    dateline_is(r, "Addis Ababa", "2020-11-09");
    dl_record_free(r);
}

static void bottom_dateline_as_in_mission_press_releases(void **state)
{
    (void)state;
    dl_record *r = parse("The Permanent Mission of the Republic of Utopia  \n"
                         "to the United Nations\n\n---\n\n**Special Issue**\n\n"
                         "Press-release\n\n"
                         "Thirty years have passed since the tragedy, in which "
                         "many people were killed by soldiers in the capital city.\n\n"
                         "New York, 19 January 2009");
    assert_string_equal(r->doc.issuer,
                        "Permanent Mission of the Republic of Utopia to the United Nations");
    assert_string_equal(r->doc.kind, "press release");
    assert_string_equal(r->doc.title, "Special Issue");
    dateline_is(r, "New York", "2009-01-19");
    assert_string_equal(r->doc.date_source, "dateline");
    dl_record_free(r);
}

static void published_on_header_gives_the_date(void **state)
{
    (void)state;
    dl_record *r = parse("Published on 26 Jun 2018\n\n"
                         "Remarks by the High Commissioner at the opening of the session\n\n"
                         "Excellencies, the situation in the region has worsened over "
                         "the past months and thousands have fled their homes.\n");
    assert_null(r->doc.dateline);
    assert_string_equal(r->doc.date, "2018-06-26");
    assert_string_equal(r->doc.date_source, "header");
    assert_string_equal(r->doc.kind, "speech");
    dl_record_free(r);
}

static void date_label_header_gives_the_date(void **state)
{
    (void)state;
    dl_record *r = parse("Amnesty International\nPublic Statement\n\n"
                         "Date: 14 March 2021\n\n"
                         "Security forces arrested dozens of peaceful protesters in the "
                         "capital over the weekend and must release them at once.\n");
    assert_string_equal(r->doc.date, "2021-03-14");
    assert_string_equal(r->doc.date_source, "header");
    assert_string_equal(r->doc.issuer, "Amnesty International");
    assert_string_equal(r->doc.kind, "statement");
    dl_record_free(r);
}

static void date_line_with_clock_time_gives_the_date(void **state)
{
    (void)state;
    dl_record *r = parse("Human Rights Watch\n\nSyria: Strikes Hit Markets\n\n"
                         "June 3, 2019 12:00AM EDT\n\n"
                         "(Beirut) – Airstrikes struck at least four markets in Idlib "
                         "last month, killing dozens of civilians, the group said.\n");
    assert_string_equal(r->doc.date, "2019-06-03");
    assert_string_equal(r->doc.date_source, "header");
    dateline_is(r, "Beirut", NULL);
    dateline_text_is(r, "(Beirut)");
    assert_string_equal(r->doc.title, "Syria: Strikes Hit Markets");
    dl_record_free(r);
    /* the place and date inside the parentheses, with no date line */
    r = parse("Human Rights Watch\n\nChad: Refugees Describe Raids\n\n"
              "(N'Djamena, March 4, 2024) – Gunmen raided three villages last "
              "week, residents said.\n");
    assert_string_equal(r->doc.date, "2024-03-04");
    assert_string_equal(r->doc.date_source, "dateline");
    dateline_is(r, "N'Djamena", "2024-03-04");
    dateline_text_is(r, "(N'Djamena, March 4, 2024)");
    dl_record_free(r);
}

static void iso_and_numeric_date_headers(void **state)
{
    (void)state;
    dl_record *r = parse("Date: 2022-11-02\n\nThe launch was detected early in the "
                         "morning and the military raised its readiness posture.\n");
    assert_string_equal(r->doc.date, "2022-11-02");
    dl_record_free(r);
    r = parse("12.09.2022\n\nOn 10 September two citizens were detained near the "
              "line, according to the security service of the country.\n");
    assert_string_equal(r->doc.date, "2022-09-12");
    dl_record_free(r);
}

static void date_option_overrides_every_other_date(void **state)
{
    (void)state;
    dl_record *r = parse_opt("New York, 19 January 2009 - The Council met today to "
                             "discuss the situation in the region at length.\n",
                             "2010-02-03");
    assert_string_equal(r->doc.date, "2010-02-03");
    assert_string_equal(r->doc.date_source, "option");
    dateline_is(r, "New York", "2009-01-19");
    dl_record_free(r);
}

static void text_without_any_date_has_source_none(void **state)
{
    (void)state;
    dl_record *r = parse("Clashes continued in the north of the country, where "
                         "several villages were burned, witnesses said.\n");
    assert_null(r->doc.date);
    assert_null(r->doc.dateline);
    assert_string_equal(r->doc.date_source, "none");
    assert_string_equal(r->doc.kind, "other");
    dl_record_free(r);
}

static void weekday_date_line_is_not_a_dateline_place(void **state)
{
    (void)state;
    dl_record *r = parse("Thursday, December 21, 1989\n\nHeadline about the invasion\n\n"
                         "WASHINGTON, Dec. 21 (AP) -- Officials said yesterday that the "
                         "operation was largely over, but fighting went on.\n");
    dateline_is(r, "WASHINGTON", "1989-12-21");
    assert_string_equal(r->doc.date, "1989-12-21");
    dl_record_free(r);
}

static void region_qualified_wire_dateline(void **state)
{
    (void)state;
    dl_record *r = parse("PARIS, Texas, May 14 (Reuters) - A gunman opened fire at a "
                         "church gathering on Saturday night, the sheriff said.\n");
    dateline_is(r, "PARIS, Texas", NULL);
    assert_string_equal(r->doc.issuer, "Reuters");
    dl_record_free(r);
}

static void capitals_place_with_dash_is_a_dateline(void **state)
{
    (void)state;
    dl_record *r = parse("ABUJA – The Network calls on the authorities to disband the "
                         "unit and to prosecute the officers responsible.\n");
    dateline_is(r, "ABUJA", NULL);
    dl_record_free(r);
}

static void two_line_issuers_are_joined(void **state)
{
    (void)state;
    dl_record *r = parse("United Nations\nSecurity Council\n\nPress Release\n\n"
                         "Council condemns attack on peacekeepers\n\n"
                         "The members of the Security Council condemned in the strongest "
                         "terms the attack on a convoy near the border.\n");
    assert_string_equal(r->doc.issuer, "United Nations Security Council");
    assert_string_equal(r->doc.kind, "press release");
    assert_string_equal(r->doc.title, "Council condemns attack on peacekeepers");
    dl_record_free(r);
    r = parse("PERMANENT MISSION OF UTOPIA\nTO THE UNITED NATIONS\nNEW YORK\n\n"
              "Excellency,\n\nI have the honour to draw your attention to the "
              "shelling of border villages by the armed forces of the neighbour.\n");
    assert_string_equal(r->doc.issuer, "PERMANENT MISSION OF UTOPIA TO THE UNITED NATIONS");
    assert_string_equal(r->doc.kind, "letter");
    assert_null(r->doc.title);
    dl_record_free(r);
}

static void acronym_letterhead_is_the_issuer(void **state)
{
    (void)state;
    dl_record *r = parse("UNICEF\n\nPress release\n\n"
                         "AMMAN, 9 August 2018 – Today's attack on a school bus killed "
                         "dozens of children, according to health authorities.\n");
    assert_string_equal(r->doc.issuer, "UNICEF");
    dateline_is(r, "AMMAN", "2018-08-09");
    dl_record_free(r);
}

static void kind_label_inside_a_heading(void **state)
{
    (void)state;
    dl_record *r = parse("Relief Office\n\n**SUDAN: Flash Update No. 12**\n\n"
                         "As of 14 May 2024\n\n"
                         "Heavy fighting in the town has killed at least 58 civilians "
                         "since the start of the month, partners reported.\n");
    assert_string_equal(r->doc.kind, "report");
    assert_string_equal(r->doc.title, "SUDAN: Flash Update No. 12");
    assert_string_equal(r->doc.date, "2024-05-14");
    dl_record_free(r);
}

static void press_release_number_line_is_not_the_title(void **state)
{
    (void)state;
    dl_record *r = parse("Ministry of Defence\n\n**PRESS RELEASE No. 041**\n\n"
                         "**Attack on the cadet school**\n\n"
                         "A car bomb exploded inside the school on Thursday morning, "
                         "killing 20 people and wounding 68 others.\n");
    assert_string_equal(r->doc.kind, "press release");
    assert_string_equal(r->doc.title, "Attack on the cadet school");
    dl_record_free(r);
}

static void dated_title_gives_the_date(void **state)
{
    (void)state;
    dl_record *r = parse("Ministry of Foreign Affairs of the People's Republic of Utopia\n\n"
                         "Spokesperson's Regular Press Conference on August 3, 2022\n\n"
                         "Q: What is your comment on the exercises announced yesterday "
                         "by the armed forces of the neighbouring country?\n");
    assert_string_equal(r->doc.issuer,
                        "Ministry of Foreign Affairs of the People's Republic of Utopia");
    assert_string_equal(r->doc.date, "2022-08-03");
    assert_string_equal(r->doc.date_source, "header");
    dl_record_free(r);
}

/* "Statement by X on Y" is a title naming its author: X, up to what the
 * statement is about, is the issuer when no header line names one. */
static void title_names_its_author(void **state)
{
    (void)state;
    dl_record *r = parse("Statement by the Ministry of Foreign Affairs of Utopia on the "
                         "anniversary of the famine\n\nKyiv, 23 November 2024\n\n"
                         "Today the nation remembers the victims of the famine.\n");
    assert_string_equal(r->doc.issuer, "Ministry of Foreign Affairs of Utopia");
    assert_string_equal(r->doc.kind, "statement");
    assert_string_equal(r->doc.title, "Statement by the Ministry of Foreign Affairs of "
                                      "Utopia on the anniversary of the famine");
    dl_record_free(r);
    r = parse("Statement of the Ministry of Interior\n\nAnkara, 3 July 2016 - Police "
              "detained 128 suspects in raids on Sunday, the Ministry said.\n");
    assert_string_equal(r->doc.issuer, "Ministry of Interior");
    assert_string_equal(r->doc.title, "Statement of the Ministry of Interior");
    dl_record_free(r);
    /* a title with no body in it names no issuer */
    r = parse("Statement on the situation in the region\n\nThe talks failed on "
              "Monday, officials said.\n");
    assert_null(r->doc.issuer);
    dl_record_free(r);
    /* the author before the kind: "X Press Statement on Y" */
    r = parse("SC/15621\n14 March 2024\n\nSecurity Council Press Statement on "
              "Terrorist Attack in Mogadishu\n\nThe following press statement was "
              "issued today by the Council President.\n");
    assert_string_equal(r->doc.issuer, "Security Council");
    assert_string_equal(r->doc.kind, "statement");
    assert_string_equal(r->doc.title, "Security Council Press Statement on Terrorist "
                                      "Attack in Mogadishu");
    dl_record_free(r);
}

/* A heading with a clock time and date in it is the title, and gives the
 * date ("Operational update as of 08:00, 21 February 2024"). */
static void title_with_clock_and_date(void **state)
{
    (void)state;
    dl_record *r = parse("Ministry of Defence of Utopia\n\nOperational update as of "
                         "08:00, 21 February 2024\n\nOver the past day, the enemy "
                         "launched 2 missile strikes.\n");
    assert_string_equal(r->doc.title, "Operational update as of 08:00, 21 February 2024");
    assert_string_equal(r->doc.kind, "report");
    assert_string_equal(r->doc.date, "2024-02-21");
    dl_record_free(r);
}

/* An acronym before the kind of the document is the issuer; the line
 * after it is free to be the title. */
static void acronym_before_the_kind_is_the_issuer(void **state)
{
    (void)state;
    dl_record *r = parse("OCHA Flash Update No. 3\nSudan: Displacement from El Fasher\n"
                         "Geneva, 14 May 2024\n\nSince 10 May, an estimated 40,000 people "
                         "have fled the city.\n");
    assert_string_equal(r->doc.issuer, "OCHA");
    assert_string_equal(r->doc.kind, "report");
    assert_string_equal(r->doc.title, "Sudan: Displacement from El Fasher");
    dl_record_free(r);
}

/* "Adopted in Baku on 23 February 2024": where and when a text was
 * adopted or signed is its dateline; "Resolution of X" is a statement. */
static void adopted_in_place_on_date_is_a_dateline(void **state)
{
    (void)state;
    dl_record *r = parse("Resolution of the National Assembly on the anniversary of the "
                         "tragedy\n\nAdopted in Baku on 23 February 2024\n\nWhereas the "
                         "town was attacked on the night of 25 to 26 February 1992;\n");
    dateline_is(r, "Baku", "2024-02-23");
    dateline_text_is(r, "Adopted in Baku on 23 February 2024");
    assert_string_equal(r->doc.kind, "statement");
    assert_string_equal(r->doc.issuer, "National Assembly");
    dl_record_free(r);
    r = parse("The parties agree to cease all hostilities.\n\nDone at Geneva, 12 "
              "August 1949.\n");
    dateline_is(r, "Geneva", "1949-08-12");
    dl_record_free(r);
    /* a sentence that runs on is no dateline */
    r = parse("Statement\n\nSigned in Paris on 3 May 2001 by both sides, the accord "
              "held.\n");
    assert_null(r->doc.dateline);
    dl_record_free(r);
}

/* A court's name is a body that issues statements. */
static void court_letterhead_is_the_issuer(void **state)
{
    (void)state;
    dl_record *r = parse("PRESS RELEASE\nInternational Criminal Court\nThe Hague, 22 "
                         "November 2023\n\nTrial Chamber convicts former commander of war "
                         "crimes\n\nToday the Chamber found the accused guilty of four "
                         "counts of war crimes committed in 2003.\n");
    assert_string_equal(r->doc.issuer, "International Criminal Court");
    assert_string_equal(r->doc.title, "Trial Chamber convicts former commander of war crimes");
    assert_string_equal(r->doc.kind, "press release");
    dl_record_free(r);
}

/* "Juba/Geneva, 3 April 2024 -": a dateline of two places */
static void slashed_places_make_one_dateline(void **state)
{
    (void)state;
    dl_record *r = parse("NEWS RELEASE\n\nInternational Committee of the Red Cross\n\n"
                         "Juba/Geneva, 3 April 2024 - Heavy fighting has forced "
                         "thousands of people from their homes.\n");
    dateline_is(r, "Juba/Geneva", "2024-04-03");
    assert_string_equal(r->doc.issuer, "International Committee of the Red Cross");
    dl_record_free(r);
}

/* "STUTTGART, Germany - In coordination with ...": a place in capitals
 * and its country, with no date */
static void caps_place_and_country_before_a_dash(void **state)
{
    (void)state;
    dl_record *r = parse("U.S. Africa Command\n\nSTUTTGART, Germany - In coordination "
                         "with the Federal Government of Somalia, the command conducted "
                         "an airstrike near Jilib on Feb. 12, 2024.\n");
    dateline_is(r, "STUTTGART, Germany", NULL);
    dl_record_free(r);
    /* a sentence that only starts with a capitalised word is no dateline */
    r = parse("NATO, the alliance said - in a statement - would meet.\n");
    assert_null(r->doc.dateline);
    dl_record_free(r);
}

/* Briefing notes with labelled lines: "Location:", "Date:", "Subject:";
 * the office on the speaker's line, before the speaker's name. */
static void labelled_briefing_note_header(void **state)
{
    (void)state;
    dl_record *r = parse("Press Briefing Notes\n\nSpokesperson for the UN High "
                         "Commissioner for Human Rights: Ravina Shamdasani\nLocation: "
                         "Geneva\nDate: 15 March 2024\nSubject: Myanmar\n\nWe are "
                         "alarmed by the escalation of violence in Rakhine State.\n");
    assert_string_equal(r->doc.kind, "statement");
    assert_string_equal(r->doc.issuer,
                        "Spokesperson for the UN High Commissioner for Human Rights");
    assert_string_equal(r->doc.title, "Myanmar");
    dateline_is(r, "Geneva", NULL);
    assert_string_equal(r->doc.date, "2024-03-15");
    dl_record_free(r);
    /* a place and its country after the label */
    r = parse("Embassy of the United States in Nairobi\n\nSecurity Alert\n\nJanuary "
              "16, 2019\n\nLocation: Nairobi, Kenya\n\nOn January 15, 2019, gunmen "
              "attacked a hotel complex.\n");
    dateline_is(r, "Nairobi, Kenya", NULL);
    dl_record_free(r);
}

/* "Israel Defense Forces spokesperson statement": the kind ends the line,
 * and the body before the speaker's title is the issuer */
static void kind_at_the_end_of_a_header_line(void **state)
{
    (void)state;
    dl_record *r = parse("Israel Defense Forces spokesperson statement\n\nTel Aviv, 24 "
                         "November 2023 - Thirteen hostages were released this "
                         "afternoon, the IDF said.\n");
    assert_string_equal(r->doc.kind, "statement");
    assert_string_equal(r->doc.issuer, "Israel Defense Forces");
    dl_record_free(r);
}

/* A release with no letterhead names its issuer in the lead paragraph:
 * "..., Human Rights Watch said today." (without a dateline, in the
 * body's first sentence). Not a speaker of a later paragraph or sentence,
 * nor a name with no head word ("John Smith said today"). */
static void the_lead_speaker_is_the_issuer(void **state)
{
    (void)state;
    dl_record *r = parse("Myanmar: Airstrike Kills Villagers\n\n(Bangkok, April 14, "
                         "2023) - An airstrike on a village on April 11 killed at least "
                         "160 people, Human Rights Watch said today.\n");
    const dl_document *d = dl_record_document(r);
    assert_string_equal(d->issuer, "Human Rights Watch");
    assert_string_equal(d->kind, "press release");
    dl_record_free(r);
    r = parse("News release\n\n(Geneva, 3 July 2023) - The number of people reported "
              "missing has risen, the International Committee of the Red Cross said in "
              "a statement.\n");
    assert_string_equal(dl_record_document(r)->issuer,
                        "International Committee of the Red Cross");
    dl_record_free(r);
    r = parse("Flood Update\n\n(Dhaka, 3 July 2023) - Rivers rose overnight, John Smith "
              "said today.\n\nLater, the Ministry of Water said today that dams held.\n");
    assert_null(dl_record_document(r)->issuer);
    dl_record_free(r);
    /* no dateline: the speaker of the body's first sentence, not a later one */
    r = parse("PRESS RELEASE\nRuritania: Executions surge before the holiday\n\n"
              "4 March 2024\n\nAmnesty International said today that the authorities "
              "executed at least 95 people in the first two months of 2024.\n");
    assert_string_equal(dl_record_document(r)->issuer, "Amnesty International");
    dl_record_free(r);
    r = parse("Date: 1990-08-15\n\nTroops massed at the border today. In another "
              "effort, the Soviet Union said today it had sent an envoy.\n");
    assert_null(dl_record_document(r)->issuer);
    dl_record_free(r);
    /* a dateline on its own line: the next paragraph's lead; under a
     * release's label a plain "said" at the clause's end names the speaker */
    r = parse("PRESS RELEASE\nUpdate on the strike in the south\n\nGaza, 6 May 2024\n\n"
              "A strike on a family home killed 20 people, the Ministry of Health said.\n");
    assert_string_equal(dl_record_document(r)->issuer, "Ministry of Health");
    dl_record_free(r);
    r = parse("Update on the strike in the south\n\nGaza, 6 May 2024\n\n"
              "A strike on a family home killed 20 people, the Ministry of Health said.\n");
    assert_null(dl_record_document(r)->issuer);
    dl_record_free(r);
}

/* "Statement attributable to the Spokesperson for the Secretary-General on
 * Haiti": the author after "attributable to" (title_author_leads.txt),
 * hyphened words kept whole. */
static void attributable_to_names_the_author(void **state)
{
    (void)state;
    dl_record *r = parse("Statement attributable to the Spokesperson for the "
                         "Secretary-General on Haiti\n\nNew York, 2 March 2024\n\nThe "
                         "Secretary-General is deeply concerned.\n");
    const dl_document *d = dl_record_document(r);
    assert_string_equal(d->issuer, "Spokesperson for the Secretary-General");
    assert_string_equal(d->kind, "statement");
    dl_record_free(r);
    /* a rapporteur is a head word of an issuer */
    r = parse("Statement by the Special Rapporteur on the situation of human rights in "
              "Ruritania\n\nGeneva, 12 April 2023\n\nOn 11 April, military jets bombed a "
              "gathering in a village, killing at least 100 people.\n");
    assert_string_equal(dl_record_document(r)->issuer, "Special Rapporteur");
    dl_record_free(r);
}

/* A joint statement names its authors as a list; a place after a comma
 * is no author. */
static void a_joint_statement_names_its_authors(void **state)
{
    (void)state;
    dl_record *r = parse("Joint Statement by the Foreign Ministers of France, Germany "
                         "and the United Kingdom\n\nParis, 6 January 2025\n\nWe "
                         "condemn the attack.\n");
    assert_string_equal(dl_record_document(r)->issuer,
                        "Foreign Ministers of France, Germany and the United Kingdom");
    dl_record_free(r);
    /* "the" opening a name in the list keeps the list going */
    r = parse("Joint Statement by the Governments of France, Germany, Italy, the United "
              "Kingdom and the United States on Ceasefire Violations\n\nWashington, 8 "
              "August 2024\n\nWe condemn the attack.\n");
    assert_string_equal(dl_record_document(r)->issuer, "Governments of France, Germany, "
                        "Italy, the United Kingdom and the United States");
    dl_record_free(r);
    r = parse("Statement by the Ministry of Foreign Affairs of Ukraine, Kyiv\n\n"
              "6 January 2025\n\nWe condemn the attack.\n");
    assert_string_equal(dl_record_document(r)->issuer, "Ministry of Foreign Affairs of Ukraine");
    dl_record_free(r);
    /* countries by their names alone, the words after them no part */
    r = parse("Statement by France at the Security Council\n\nNew York, 10 October "
              "2023\n\nWe condemn the attacks.\n");
    assert_string_equal(dl_record_document(r)->issuer, "France");
    dl_record_free(r);
    r = parse("Joint statement by Canada, Australia and New Zealand on the situation in "
              "Sudan\n\n10 October 2023\n\nWe condemn the attacks.\n");
    assert_string_equal(dl_record_document(r)->issuer, "Canada, Australia and New Zealand");
    dl_record_free(r);
    /* a head of government by the title of the office alone */
    r = parse("Statement from the Taoiseach on the 50th anniversary of Bloody Sunday\n\n"
              "30 January 2022\n\nFifty years ago today, soldiers opened fire.\n");
    assert_string_equal(dl_record_document(r)->issuer, "Taoiseach");
    dl_record_free(r);
}

/* A reference code that opens with an acronym names the issuer
 * ("ICC-CPI-20230317-PR1757"); an acronym before words is no code. */
static void an_acronym_opening_a_reference_code_is_the_issuer(void **state)
{
    (void)state;
    dl_record *r = parse("Press Release\n\nICC-CPI-20230317-PR1757\n\nSituation in "
                         "Ukraine: judges issue arrest warrants\n\nThe Hague, 17 March "
                         "2023\n\nToday, the Court issued warrants of arrest.\n");
    assert_string_equal(dl_record_document(r)->issuer, "ICC");
    dl_record_free(r);
    r = parse("Press Release\n\nCOVID-19 measures extended\n\nThe Hague, 17 March "
              "2023\n\nToday, the measures were extended.\n");
    const char *is = dl_record_document(r)->issuer;
    assert_true(!is || strcmp(is, "COVID"));
    dl_record_free(r);
}

/* "IFRC Emergency Appeal" / "Morocco: Earthquake": an acronym before the
 * kind, and a two-word heading around a colon as the title. */
static void an_appeal_with_a_place_and_topic_title(void **state)
{
    (void)state;
    dl_record *r = parse("IFRC Emergency Appeal\n\nMorocco: Earthquake\n\nGeneva, 11 "
                         "September 2023 - A magnitude 6.8 earthquake struck the High "
                         "Atlas mountains.\n");
    const dl_document *d = dl_record_document(r);
    assert_string_equal(d->issuer, "IFRC");
    assert_string_equal(d->kind, "report");
    assert_string_equal(d->title, "Morocco: Earthquake");
    dl_record_free(r);
}

/* "Prepared by the Sudan Doctors Network, 20 June 2023": a label with no
 * colon names the issuer, and the line's date is the document's. */
static void prepared_by_names_issuer_and_date(void **state)
{
    (void)state;
    dl_record *r = parse("Chronology of attacks on health care\n\nPrepared by the Sudan "
                         "Doctors Network, 20 June 2023\n\nOn 15 April, clashes erupted "
                         "in Khartoum.\n");
    const dl_document *d = dl_record_document(r);
    assert_string_equal(d->issuer, "Sudan Doctors Network");
    assert_string_equal(d->date, "2023-06-20");
    dl_record_free(r);
    /* "From" still wants its colon: "From the archives" names nobody */
    r = parse("From the Archives of the Committee\n\nOn 15 April, clashes erupted.\n");
    const char *is = dl_record_document(r)->issuer;
    assert_true(!is || strncmp(is, "the Archives", 12));
    dl_record_free(r);
}

/* A long heading that names a body and what it met about: the body is
 * the issuer and the line stays the title; "Committee on the Rights of
 * the Child" is a name. */
static void a_heading_names_the_body_before_its_topic(void **state)
{
    (void)state;
    dl_record *r = parse("Final Communique\n\nExtraordinary Summit of the ECOWAS Authority "
                         "of Heads of State and Government on the Political Situation in "
                         "Niger\n\nAbuja, 30 July 2023\n\n1. The Authority condemns the "
                         "coup.\n");
    const dl_document *d = dl_record_document(r);
    assert_string_equal(d->issuer, "Extraordinary Summit of the ECOWAS Authority of Heads "
                                   "of State and Government");
    assert_non_null(d->title);
    assert_non_null(strstr(d->title, "Political Situation in Niger"));
    dl_record_free(r);
    r = parse("Committee on the Rights of the Child\n\nGeneva, 3 May 2023\n\nThe "
              "Committee met.\n");
    assert_string_equal(dl_record_document(r)->issuer, "Committee on the Rights of the Child");
    dl_record_free(r);
}

/* "Mr. President," addresses the chair: no issuer; the title's author is */
static void a_salutation_is_no_issuer(void **state)
{
    (void)state;
    dl_record *r = parse("Statement by Ambassador Maria Lopez, Permanent Representative "
                         "of Colombia, at the Security Council open debate\n\nNew York, "
                         "23 May 2023\n\nMr. President,\n\nI thank you for convening "
                         "this debate on the protection of civilians.\n");
    assert_string_equal(r->doc.issuer, "Ambassador Maria Lopez");
    dl_record_free(r);
}

static void document_spans_point_into_the_input(void **state)
{
    (void)state;
    const char *s = "\xEF\xBB\xBF" "Ministry of Foreign Affairs\r\n\r\n"
                    "Statement on the incident\r\n\r\n"
                    "The Ministry expresses its concern over the use of water cannon "
                    "against the supply boats on Saturday.\r\n\r\n"
                    "Manila, 7 August 2023";
    dl_record *r = parse(s);
    dl_span sp = r->doc.issuer_span;
    assert_memory_equal(s + sp.start, "Ministry of Foreign Affairs", sp.end - sp.start);
    sp = r->doc.title_span;
    assert_memory_equal(s + sp.start, "Statement on the incident", sp.end - sp.start);
    dateline_text_is(r, "Manila, 7 August 2023");
    dl_record_free(r);
}

/* A letterhead in capitals: the issuer is spelled as the body spells the
 * same words; an acronym, or a name the body never spells otherwise,
 * stays as written. */
static void an_issuer_in_capitals_takes_the_bodys_spelling(void **state)
{
    (void)state;
    dl_record *r = parse("UNITED NATIONS ASSISTANCE MISSION IN AFGHANISTAN\n\nPRESS "
                         "RELEASE\n\nKABUL, 14 April 2019 - The United Nations "
                         "Assistance Mission in Afghanistan is deeply concerned by "
                         "reports that civilians were killed.\n");
    const dl_document *d = dl_record_document(r);
    assert_string_equal(d->issuer, "United Nations Assistance Mission in Afghanistan");
    /* the span still points at the letterhead */
    assert_int_equal(d->issuer_span.start, 0);
    dl_record_free(r);
    /* a body known by name takes the list's spelling; another stays */
    r = parse("AMNESTY INTERNATIONAL\n\nPUBLIC STATEMENT\n\n12 October 2022\n\n"
              "Security forces killed at least 66 people.\n");
    assert_string_equal(dl_record_document(r)->issuer, "Amnesty International");
    dl_record_free(r);
    r = parse("SUDAN DOCTORS NETWORK\n\nPUBLIC STATEMENT\n\n12 October 2022\n\n"
              "Security forces killed at least 66 people.\n");
    assert_string_equal(dl_record_document(r)->issuer, "SUDAN DOCTORS NETWORK");
    dl_record_free(r);
}

/* "Press Release: 20 March 2024" gives the kind and the date, never the
 * title: the heading below it is. */
static void a_kind_and_date_line_is_no_title(void **state)
{
    (void)state;
    dl_record *r = parse("International Criminal Court\n\nPress Release: 20 March 2024\n\n"
                         "ICC-CPI-20240320-PR1801\n\nSituation in Darfur: Trial Chamber I "
                         "concludes hearing of evidence in the Abd-Al-Rahman case\n\nThe "
                         "Hague - Today, the Chamber declared the closing of the "
                         "presentation of evidence.\n");
    const dl_document *d = dl_record_document(r);
    assert_string_equal(d->kind, "press release");
    assert_string_equal(d->date, "2024-03-20");
    assert_string_equal(d->title, "Situation in Darfur: Trial Chamber I concludes hearing "
                                  "of evidence in the Abd-Al-Rahman case");
    dl_record_free(r);
}

/* "Latest from the OSCE Special Monitoring Mission to Ukraine, based on
 * information received as of 19:30, 21 February 2022": a report, by the
 * Mission */
static void latest_from_names_a_report_and_its_author(void **state)
{
    (void)state;
    dl_record *r = parse("Latest from the OSCE Special Monitoring Mission to Ukraine, "
                         "based on information received as of 19:30, 21 February 2022\n\n"
                         "In Donetsk region, the Mission recorded 2,158 ceasefire "
                         "violations.\n");
    const dl_document *d = dl_record_document(r);
    assert_string_equal(d->kind, "report");
    assert_non_null(d->issuer);
    assert_string_equal(d->issuer, "OSCE Special Monitoring Mission to Ukraine");
    assert_string_equal(d->date, "2022-02-21");
    dl_record_free(r);
    /* a fact sheet is a report too, its label line the title */
    r = parse("Fact Sheet: U.S. Humanitarian Assistance to Sudan\n\nWashington, 14 May "
              "2024\n\nThe United States has provided more than $1 billion.\n");
    assert_string_equal(dl_record_document(r)->kind, "report");
    dl_record_free(r);
}

/* "Remarks by the Secretary-General to the Security Council": the body
 * after "to" is addressed, not the author; a mission "to the United
 * Nations" keeps it. */
static void an_addressee_is_no_part_of_the_author(void **state)
{
    (void)state;
    dl_record *r = parse("Remarks by the Secretary-General to the Security Council on the "
                         "situation in the Middle East\n\nNew York, 22 January 2024\n\nMr. "
                         "President, the humanitarian situation in Gaza is appalling.\n");
    assert_string_equal(dl_record_document(r)->issuer, "Secretary-General");
    assert_string_equal(dl_record_actor(r, 0)->sector, "international");
    dl_record_free(r);
    r = parse("Statement by the Permanent Mission of Azerbaijan to the United Nations on "
              "the events of 20 January\n\nNew York, 19 January 2009\n\nNineteen years "
              "have passed.\n");
    assert_string_equal(dl_record_document(r)->issuer,
                        "Permanent Mission of Azerbaijan to the United Nations");
    dl_record_free(r);
}

/* A header line may end in the document's date after a comma; a line
 * naming the meeting is no title; an oral update is a speech. */
static void a_header_line_ending_in_the_date(void **state)
{
    (void)state;
    dl_record *r = parse("Human Rights Council\nFifty-sixth session\n\nOral update of the "
                         "High Commissioner, Geneva, 18 June 2024\n\nBetween 10 and 15 "
                         "May, at least 27 civilians were killed.\n");
    const dl_document *d = dl_record_document(r);
    assert_non_null(d->date);
    assert_string_equal(d->date, "2024-06-18");
    assert_string_equal(d->kind, "speech");
    assert_non_null(d->title);
    assert_string_not_equal(d->title, "Fifty-sixth session");
    dl_record_free(r);
}

/* A body known by name after the title's last dash issued it. */
static void a_known_body_after_the_titles_dash_is_the_issuer(void **state)
{
    (void)state;
    dl_record *r = parse("PRESS RELEASE\n\nYemen: Airstrike on detention centre in Saada "
                         "kills dozens - MSF\n\nSana'a, 21 January 2022 - At least 70 "
                         "people were killed.\n");
    assert_non_null(dl_record_document(r)->issuer);
    assert_string_equal(dl_record_document(r)->issuer, "MSF");
    dl_record_free(r);
}

/* A quoted name ends the issuer line: the closing quote is the name's,
 * not punctuation to trim, straight or curly (the issuer is written from
 * the normalised text, where curly quotes are straight) */
static void an_issuer_keeps_the_quotes_of_its_name(void **state)
{
    (void)state;
    dl_record *r = parse("Human Rights Centre \"Memorial\"\n\nPress release\n\n"
                         "Moscow, 7 April 2005\n\nRelatives of the victims will gather "
                         "in the village on Friday.\n");
    assert_string_equal(r->doc.issuer, "Human Rights Centre \"Memorial\"");
    dl_record_free(r);
    r = parse("Human Rights Centre \xe2\x80\x9cViasna\xe2\x80\x9d\n\nPress release\n\n"
              "Minsk, 7 April 2021\n\nThe court sentenced two activists on Friday.\n");
    assert_string_equal(r->doc.issuer, "Human Rights Centre \"Viasna\""); /* normalised */
    dl_record_free(r);
    r = parse("Ministry of Foreign Affairs.\n\nPress release\n\nBaku, 7 April 2021\n\n"
              "The ministry condemned the shelling.\n");
    assert_string_equal(r->doc.issuer, "Ministry of Foreign Affairs");
    dl_record_free(r);
}

/* A US dateline with a state's abbreviation or name, then a spaced dash
 * and the date, or a comma and the date */
static void a_dateline_with_a_state_and_a_dashed_date(void **state)
{
    (void)state;
    dl_record *r = parse("U.S. Central Command Statement\n\nTAMPA, Fla. \xe2\x80\x93 January "
                         "17, 2024\n\nU.S. forces struck a radar site near Sanaa today.\n");
    dateline_is(r, "TAMPA, Fla.", "2024-01-17");
    dl_record_free(r);
    r = parse("Statement\n\nTAMPA, Florida \xe2\x80\x93 January 17, 2024\n\nU.S. forces "
              "struck a radar site near Sanaa today.\n");
    dateline_is(r, "TAMPA, Florida", "2024-01-17");
    dl_record_free(r);
    r = parse("Statement\n\nTAMPA, Fla., January 17, 2024 - U.S. forces struck a radar "
              "site near Sanaa today.\n");
    dateline_is(r, "TAMPA, Fla.", "2024-01-17");
    dl_record_free(r);
}

/* A dateline ended by the lead's full stop, one alone on its line with a
 * full stop, and a lead opened by a date and a dash */
static void datelines_with_full_stops_and_a_dated_lead(void **state)
{
    (void)state;
    dl_record *r = parse("Press Release No. 112\n\nOmbudsman warns of displacement\n\n"
                         "Bogota, 14 March 2022. The Ombudsman's Office warned on Monday "
                         "that at least 1,200 people had fled their homes.\n");
    dateline_is(r, "Bogota", "2022-03-14");
    dateline_text_is(r, "Bogota, 14 March 2022");
    dl_record_free(r);
    r = parse("Statement\n\nGeneva, 12 May 2023.\n\nThe council met on Friday to "
              "discuss the situation in the region.\n");
    dateline_is(r, "Geneva", "2023-05-12");
    dl_record_free(r);
    /* a dateline opening the second body paragraph, after a note of what
     * the text is */
    r = parse("UNHCR: Sudan refugee outflow accelerates\n\nThis is a summary of what was "
              "said by the UNHCR spokesperson at today's press briefing in Geneva.\n\nGENEVA, "
              "14 June 2024 - UNHCR is alarmed by the sharp increase in arrivals.\n");
    dateline_is(r, "GENEVA", "2024-06-14");
    dl_record_free(r);
    /* a byline makes a news story */
    r = parse("Court jails three men over 2019 bus station bombing\n\nBy staff reporter\n\n"
              "COLOMBO, 22 May 2023 - The High Court on Monday sentenced three men.\n");
    assert_string_equal(r->doc.kind, "news");
    dl_record_free(r);
    /* a police press note is a press release */
    r = parse("OFFICE OF THE DIRECTOR GENERAL OF POLICE\n\nPRESS NOTE\n\nDated: 18.04.2022\n\n"
              "Stone pelting took place on Sunday.\n");
    assert_string_equal(r->doc.kind, "press release");
    dl_record_free(r);
    /* a labelled date inside a line of other labels */
    r = parse("URGENT ACTION\nTHREE DEFENDERS HELD INCOMMUNICADO\nUA 41/23 Index: MDE "
              "13/6510/2023 Date: 14 March 2023\n\nThey were arrested yesterday.\n");
    assert_string_equal(r->doc.date, "2023-03-14");
    assert_string_equal(r->doc.date_source, "header");
    dl_record_free(r);
    /* the hour of the report after the date */
    r = parse("National Disaster Authority\n\nSITUATION REPORT No. 4\n\n"
              "Kathmandu, 5 November 2023, 18:00 NPT\n\nAn earthquake struck "
              "yesterday.\n");
    dateline_is(r, "Kathmandu", "2023-11-05");
    dateline_text_is(r, "Kathmandu, 5 November 2023");
    dl_record_free(r);
    r = parse("Myanmar: UN rights chief horrified by airstrike\n\n12 April 2023 - The UN "
              "human rights chief said on Wednesday he was horrified.\n");
    assert_string_equal(r->doc.date, "2023-04-12");
    assert_string_equal(r->doc.date_source, "dateline");
    assert_null(r->doc.dateline->place); /* a dateline of a date alone */
    dateline_text_is(r, "12 April 2023");
    dl_record_free(r);
}

/* A letterhead in capitals with a dash and a country is the issuer, not
 * a dateline; the dated line under it is the dateline */
static void a_letterhead_with_a_country_after_a_dash(void **state)
{
    (void)state;
    dl_record *r = parse("KURDISTAN PARLIAMENT - IRAQ\nResolution No. 4 of 2023\nErbil, 16 "
                         "March 2023\n\nOn the anniversary of the bombardment of Halabja, "
                         "the Parliament adopted the following resolution.\n");
    dateline_is(r, "Erbil", "2023-03-16");
    assert_non_null(r->doc.issuer);
    assert_int_equal(strcasecmp(r->doc.issuer, "Kurdistan Parliament"), 0);
    dl_record_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_letterhead_with_a_country_after_a_dash),
        cmocka_unit_test(datelines_with_full_stops_and_a_dated_lead),
        cmocka_unit_test(a_dateline_with_a_state_and_a_dashed_date),
        cmocka_unit_test(an_issuer_keeps_the_quotes_of_its_name),
        cmocka_unit_test(a_known_body_after_the_titles_dash_is_the_issuer),
        cmocka_unit_test(a_header_line_ending_in_the_date),
        cmocka_unit_test(wire_dateline_without_year_has_no_date),
        cmocka_unit_test(a_bracketed_dateline_is_a_release),
        cmocka_unit_test(a_capital_ordinal_day_in_the_dateline),
        cmocka_unit_test(the_author_before_the_kind_whatever_the_topic),
        cmocka_unit_test(a_circulated_letter_keeps_its_own_date_and_author),
        cmocka_unit_test(a_statement_line_under_its_issuer_is_the_title),
        cmocka_unit_test(report_date_dates_an_undated_document),
        cmocka_unit_test(label_comma_date_is_kind_and_date),
        cmocka_unit_test(a_heading_over_bullets_is_no_dateline),
        cmocka_unit_test(acronym_before_kind_and_apostrophe_in_dateline),
        cmocka_unit_test(kind_label_and_dash_before_the_issuer),
        cmocka_unit_test(kind_and_date_line_under_the_issuer),
        cmocka_unit_test(title_under_the_issuer_in_its_letterhead),
        cmocka_unit_test(hyphened_place_with_particles_is_a_dateline),
        cmocka_unit_test(a_known_body_before_the_title_colon_is_the_issuer),
        cmocka_unit_test(a_known_body_alone_is_the_issuer),
        cmocka_unit_test(place_dash_date_is_a_dateline),
        cmocka_unit_test(date_option_completes_a_yearless_dateline),
        cmocka_unit_test(yearless_dateline_after_new_year_takes_previous_year),
        cmocka_unit_test(top_dateline_with_full_date_and_dash),
        cmocka_unit_test(wire_dateline_names_an_agency_of_no_list),
        cmocka_unit_test(dateline_with_date_in_brackets),
        cmocka_unit_test(place_parts_and_mixed_case_town_before_a_dash),
        cmocka_unit_test(a_known_body_in_brackets_after_the_place),
        cmocka_unit_test(a_contact_line_is_no_title),
        cmocka_unit_test(dateline_with_colon_terminator),
        cmocka_unit_test(bottom_dateline_as_in_mission_press_releases),
        cmocka_unit_test(published_on_header_gives_the_date),
        cmocka_unit_test(date_label_header_gives_the_date),
        cmocka_unit_test(date_line_with_clock_time_gives_the_date),
        cmocka_unit_test(iso_and_numeric_date_headers),
        cmocka_unit_test(date_option_overrides_every_other_date),
        cmocka_unit_test(text_without_any_date_has_source_none),
        cmocka_unit_test(weekday_date_line_is_not_a_dateline_place),
        cmocka_unit_test(region_qualified_wire_dateline),
        cmocka_unit_test(capitals_place_with_dash_is_a_dateline),
        cmocka_unit_test(two_line_issuers_are_joined),
        cmocka_unit_test(acronym_letterhead_is_the_issuer),
        cmocka_unit_test(kind_label_inside_a_heading),
        cmocka_unit_test(press_release_number_line_is_not_the_title),
        cmocka_unit_test(dated_title_gives_the_date),
        cmocka_unit_test(title_names_its_author),
        cmocka_unit_test(title_with_clock_and_date),
        cmocka_unit_test(court_letterhead_is_the_issuer),
        cmocka_unit_test(adopted_in_place_on_date_is_a_dateline),
        cmocka_unit_test(acronym_before_the_kind_is_the_issuer),
        cmocka_unit_test(slashed_places_make_one_dateline),
        cmocka_unit_test(caps_place_and_country_before_a_dash),
        cmocka_unit_test(labelled_briefing_note_header),
        cmocka_unit_test(kind_at_the_end_of_a_header_line),
        cmocka_unit_test(a_salutation_is_no_issuer),
        cmocka_unit_test(the_lead_speaker_is_the_issuer),
        cmocka_unit_test(attributable_to_names_the_author),
        cmocka_unit_test(a_joint_statement_names_its_authors),
        cmocka_unit_test(an_acronym_opening_a_reference_code_is_the_issuer),
        cmocka_unit_test(an_appeal_with_a_place_and_topic_title),
        cmocka_unit_test(prepared_by_names_issuer_and_date),
        cmocka_unit_test(a_heading_names_the_body_before_its_topic),
        cmocka_unit_test(document_spans_point_into_the_input),
        cmocka_unit_test(an_issuer_in_capitals_takes_the_bodys_spelling),
        cmocka_unit_test(a_kind_and_date_line_is_no_title),
        cmocka_unit_test(latest_from_names_a_report_and_its_author),
        cmocka_unit_test(an_addressee_is_no_part_of_the_author),
        cmocka_unit_test(a_headline_in_capitals_is_no_issuer),
        cmocka_unit_test(a_possessive_before_the_kind_names_the_author),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
