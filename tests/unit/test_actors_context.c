/* test_actors_context.c - countries from the words around an actor:
 * possessives, "-led", a modifier before the noun, a news dateline, and
 * the nearest country of an official's sentence (src/actors/forces.c,
 * context.c). */
#include "actors_util.h"

static void possessive_country_before_forces(void **state)
{
    (void)state;
    dl_record *r = build("Witnesses blamed Iran's security forces for the deaths.\n");
    const rec_actor *a = actor_text(r, "Iran's security forces");
    country_is(a, "IR");
    assert_string_equal(a->pub.sector, "security");
    dl_record_free(r);
}

static void led_coalition_belongs_to_its_leader(void **state)
{
    (void)state;
    dl_record *r = build("Airstrikes by the Saudi-led coalition hit the port.\n");
    const rec_actor *a = actor_text(r, "Saudi-led coalition");
    country_is(a, "SA");
    assert_string_equal(a->pub.sector, "military");
    dl_record_free(r);
}

static void one_modifier_between_demonym_and_forces(void **state)
{
    (void)state;
    dl_record *r = build("Russian occupation forces detained two farmers.\n");
    country_is(actor_text(r, "Russian occupation forces"), "RU");
    dl_record_free(r);
}

static void dotted_country_abbreviation(void **state)
{
    (void)state;
    dl_record *r = build("About 9,000 U.S. troops took part.\n");
    country_is(actor_text(r, "U.S. troops"), "US");
    dl_record_free(r);
}

static void known_armed_group(void **state)
{
    (void)state;
    dl_record *r = build("Al-Shabaab claimed the attack on the hotel.\n");
    const rec_actor *a = actor_text(r, "Al-Shabaab");
    assert_string_equal(a->pub.sector, "rebels");
    country_is(a, "SO");
    dl_record_free(r);
}

static void news_dateline_places_local_forces(void **state)
{
    (void)state;
    dl_record *r = build("Blast hits market\n\nKABUL, Afghanistan (AP) - A bomb "
                         "exploded on Friday. The army said 4 people were hurt. "
                         "Civilians fled.\n");
    const rec_actor *a = actor_text(r, "army");
    country_is(a, "AF");
    assert_string_equal(a->pub.rule, "context.dateline");
    country_is(actor_text(r, "Civilians"), NULL);
    dl_record_free(r);
}

static void statement_dateline_places_nothing(void **state)
{
    (void)state;
    dl_record *r = build("Press release\n\nNew York, 3 May 2015 - The Secretary-General "
                         "said the army must withdraw.\n");
    country_is(actor_text(r, "army"), NULL);
    dl_record_free(r);
}

/* A statement's dateline places local forces when the places of its text
 * lie in that country too; "the coalition" after "a coalition of rights
 * groups" is that coalition, no armed one. */
static void statement_dateline_places_forces_of_its_scene(void **state)
{
    (void)state;
    dl_record *r = build("Press release\n\nNairobi, 27 June 2024\n\nPolice fired on "
                         "protesters in Nairobi and Nakuru, a coalition of rights groups "
                         "said. Officers beat witnesses, the coalition said.\n");
    const rec_actor *a = actor_text(r, "Officers");
    country_is(a, "KE");
    assert_string_equal(a->pub.rule, "context.dateline");
    a = actor_text(r, "coalition");
    assert_string_equal(a->pub.sector, "ngo");
    assert_string_equal(a->pub.rule, "context.reference");
    country_is(a, NULL);
    dl_record_free(r);
}

static void title_with_abbreviation(void **state)
{
    (void)state;
    dl_record *r = build("Col. Ana Reyes said the search continued.\n");
    const rec_actor *a = actor_text(r, "Col. Ana Reyes");
    assert_string_equal(a->pub.sector, "military");
    assert_string_equal(a->pub.rule, "official.named");
    dl_record_free(r);
}

static void official_takes_nearest_free_country(void **state)
{
    (void)state;
    dl_record *r = build("The aircraft carrying President Ndayishimiye landed in "
                         "Burundi on Sunday.\n");
    const rec_actor *a = actor_text(r, "President Ndayishimiye");
    country_is(a, "BI");
    assert_string_equal(a->pub.rule, "context.sentence");
    dl_record_free(r);
}

static void nearer_actor_blocks_sentence_country(void **state)
{
    (void)state;
    dl_record *r = build("Gen. Tom Hale said that 900 British troops were now in "
                         "Kenya.\n");
    country_is(actor_text(r, "Gen. Tom Hale"), NULL);
    country_is(actor_text(r, "British troops"), "GB");
    dl_record_free(r);
}

static void officials_never_borrow_issuer_country(void **state)
{
    (void)state;
    dl_record *r = build("Permanent Mission of Armenia to the United Nations\n\n"
                         "Statement\n\nForeign Minister Lavrov and the President "
                         "met the Government.\n");
    country_is(actor_text(r, "Foreign Minister Lavrov"), NULL);
    country_is(actor_text(r, "President"), NULL);
    country_is(actor_text(r, "Government"), "AM");
    dl_record_free(r);
}

static void function_named_issuer_takes_dateline_country(void **state)
{
    (void)state;
    dl_record *r = build("Ministry of Foreign Affairs\n\nPress Release\n\n"
                         "Islamabad, 14 November 2020\n\nThe Ministry condemned "
                         "the shelling.\n");
    const rec_actor *is = NULL;
    for (size_t k = 0; k < r->nactors; k++)
        if (!strcmp(r->actors[k].pub.rule, "issuer"))
            is = &r->actors[k];
    assert_non_null(is);
    country_is(is, "PK");
    dl_record_free(r);
}

static const rec_actor *issuer_of(const dl_record *r)
{
    for (size_t k = 0; k < r->nactors; k++)
        if (!strcmp(r->actors[k].pub.rule, "issuer"))
            return &r->actors[k];
    fail_msg("no issuer actor");
    return NULL;
}

static void issuer_known_by_acronym(void **state)
{
    (void)state;
    dl_record *r = build("UNICEF\n\nPress release\n\nAMMAN, 12 May 2021 - Two "
                         "children were hurt when a school was shelled.\n");
    const rec_actor *a = issuer_of(r);
    assert_string_equal(a->pub.text, "UNICEF");
    assert_string_equal(a->pub.name, "United Nations Children's Fund"); /* as elsewhere */
    assert_string_equal(a->pub.sector, "international");
    country_is(a, NULL);
    dl_record_free(r);
}

/* A body known by its full name takes the sector the list gives, and no
 * country from the places of the text. */
static void issuer_known_by_full_name(void **state)
{
    (void)state;
    dl_record *r = build("International Committee of the Red Cross\n\nNews release\n\n"
                         "Juba, 3 April 2024 - Fighting in Malakal has forced thousands "
                         "from their homes in South Sudan.\n");
    const rec_actor *a = issuer_of(r);
    assert_string_equal(a->pub.sector, "ngo");
    country_is(a, NULL);
    dl_record_free(r);
}

/* An office that speaks for an international body is international */
static void spokesperson_for_the_un_is_international(void **state)
{
    (void)state;
    dl_record *r = build("Spokesperson for the UN High Commissioner for Human Rights\n\n"
                         "Press briefing\n\nShelling in Rakhine State, Myanmar, killed 12 "
                         "people on Monday.\n");
    const rec_actor *a = issuer_of(r);
    assert_string_equal(a->pub.sector, "international");
    country_is(a, NULL);
    dl_record_free(r);
    /* ... and so does one for an international post by its title */
    r = build("Statement by the Spokesperson for the Secretary-General on Myanmar\n\n"
              "New York, 11 April 2023\n\nThe Secretary-General condemns the airstrike "
              "by the Myanmar Armed Forces in Sagaing Region.\n");
    a = issuer_of(r);
    assert_string_equal(a->pub.sector, "international");
    country_is(a, NULL);
    dl_record_free(r);
}

/* "IDF Spokesperson's Announcement": the office of a body known by name is
 * that body's, and an army's statement's "troops" are its own, wherever
 * they are */
static void an_armys_spokesperson_and_its_troops(void **state)
{
    (void)state;
    dl_record *r = build("IDF Spokesperson's Announcement\nJanuary 9, 2024\n\n"
                         "Overnight, fighter jets struck targets in the Gaza Strip. In "
                         "Khan Yunis, troops located a weapons storage facility.\n");
    const rec_actor *a = issuer_of(r);
    assert_string_equal(a->pub.text, "IDF Spokesperson");
    assert_string_equal(a->pub.sector, "military");
    country_is(a, "IL");
    country_is(actor_text(r, "troops"), "IL");
    dl_record_free(r);
}

static void country_line_under_issuer(void **state)
{
    (void)state;
    dl_record *r = build("Joint Chiefs of Staff\nRepublic of Korea\n\nPress Release\n\n"
                         "North Korea fired two missiles this morning.\n");
    const rec_actor *a = issuer_of(r);
    country_is(a, "KR");
    assert_string_equal(a->pub.sector, "military");
    dl_record_free(r);
}

static void local_issuer_takes_country_of_its_places(void **state)
{
    (void)state;
    dl_record *r = build("Lagos State Police Command\n\nNews\n\nOfficers arrested "
                         "four men in Ikeja on Monday. The suspects were taken to "
                         "Lagos, Nigeria.\n");
    const rec_actor *a = issuer_of(r);
    assert_string_equal(a->pub.sector, "police");
    country_is(a, "NG");
    country_is(actor_text(r, "Officers"), "NG");
    dl_record_free(r);
}

static void official_of_international_body_is_international(void **state)
{
    (void)state;
    dl_record *r = build("The Director-General of UNESCO condemned the killing.\n");
    const rec_actor *a = actor_text(r, "Director-General");
    assert_string_equal(a->pub.sector, "international");
    assert_string_equal(actor_text(r, "UNESCO")->pub.sector, "international");
    assert_int_equal(r->nactors, 2); /* no "General" of its own */
    dl_record_free(r);
}

static void liberation_army_is_rebels_and_borrows_issuer_country(void **state)
{
    (void)state;
    dl_record *r = build("Ministry of National Defence\n\nPress release\n\nBogotá, "
                         "17 January 2019\n\nThe attack was carried out by the "
                         "National Liberation Army (ELN). Talks with the ELN were "
                         "suspended.\n");
    const rec_actor *a = actor_text(r, "National Liberation Army");
    assert_string_equal(a->pub.sector, "rebels");
    country_is(a, "CO");
    country_is(actor_text(r, "ELN"), "CO");
    dl_record_free(r);
}

/* A strike abroad: the militants there are not of the issuer's country */
static void militants_abroad_do_not_borrow_issuer_country(void **state)
{
    (void)state;
    dl_record *r = build("U.S. Africa Command\n\nPress release\n\nThe command "
                         "conducted an airstrike near Jilib, Somalia, on Feb. 12, 2024. "
                         "The airstrike killed three militants.\n");
    const rec_actor *a = actor_text(r, "militants");
    assert_true(a->pub.country == NULL || strcmp(a->pub.country, "US") != 0);
    dl_record_free(r);
}

/* A Washington statement on an attack in the Congo: the armed groups and
 * the local authorities there are not American, though the dateline and
 * the subject ("The United States condemns") are. */
static void groups_abroad_do_not_borrow_a_dateline_country(void **state)
{
    (void)state;
    dl_record *r = build("Office of the Spokesperson\n\nPress Statement\n\n"
                         "WASHINGTON, April 9, 2024\n\nThe United States condemns "
                         "the attack on a camp near Goma in the Democratic Republic "
                         "of the Congo, in which 18 people were killed, according "
                         "to local authorities. We call on all armed groups in "
                         "North Kivu to lay down their arms.\n");
    const rec_actor *a = actor_text(r, "armed groups");
    assert_true(a->pub.country == NULL || strcmp(a->pub.country, "US") != 0);
    a = actor_text(r, "authorities");
    assert_true(a->pub.country == NULL || strcmp(a->pub.country, "US") != 0);
    country_is(actor_text(r, "United States"), "US");
    dl_record_free(r);
    /* an embassy's alert on Nairobi: the security forces there are not the
     * embassy's country's */
    r = build("Embassy of the United States in Nairobi\n\nSecurity Alert\n\n"
              "On January 15, 2019, gunmen attacked a hotel complex in the "
              "Westlands area of Nairobi, Kenya. Security forces ended the siege "
              "in Nairobi on January 16.\n");
    a = actor_text(r, "Security forces");
    assert_true(a->pub.country == NULL || strcmp(a->pub.country, "US") != 0);
    dl_record_free(r);
}

/* "its forces" are the forces of the actor or country just before, not
 * of the dateline's country nor of an earlier "forces". */
static void forces_after_its_belong_to_the_possessor(void **state)
{
    (void)state;
    dl_record *r = build("KYIV, Feb 18 (Reuters) - Ukrainian forces shot down 31 "
                         "drones. Russia's defence ministry said its forces had "
                         "destroyed 16 drones.\n");
    const rec_actor *a = NULL;
    for (size_t k = 0; k < r->nactors; k++)
        if (!strcmp(r->actors[k].pub.rule, "context.possessor"))
            a = &r->actors[k];
    assert_non_null(a);
    country_is(a, "RU");
    dl_record_free(r);
    r = build("Officials said Iraq continued to increase its armed forces in Kuwait.\n");
    country_is(actor_text(r, "armed forces"), "IQ");
    dl_record_free(r);
}

static void place_name_keeps_one_sense_in_a_document(void **state)
{
    (void)state;
    dl_record *r = build("Police arrested 31 people outside Atlanta, Georgia, on "
                         "Sunday. Most were charged, according to the Georgia Bureau "
                         "of Investigation. Atlanta officials condemned the violence.\n");
    /* whatever the places stage makes of the second "Georgia", the body
     * belongs to the country most of the places lie in */
    const rec_actor *a = actor_text(r, "Georgia Bureau of Investigation");
    country_is(a, "US");
    dl_record_free(r);
}

/* "the occupation forces" in a ministry's statement are not the issuer's
 * own, nor the dateline's; "the Foreign Ministry" still is. */
static void occupying_forces_borrow_no_country(void **state)
{
    (void)state;
    dl_record *r = build("Ministry of Foreign Affairs of Georgia\n\nStatement\n\n"
                         "Tbilisi, 8 August 2021\n\nSince the war, the occupation "
                         "forces have continued the so-called borderization, and "
                         "foreign troops detained 40 Georgian citizens. The Foreign "
                         "Ministry protested.\n");
    country_is(actor_text(r, "occupation forces"), NULL);
    country_is(actor_text(r, "troops"), NULL);
    country_is(actor_text(r, "Foreign Ministry"), "GE");
    dl_record_free(r);
}

/* An international body's report about one country: its local bodies
 * and forces of no named country are that country's; not in news, whose
 * "forces" and "regime" may be anyone's. */
static void a_report_about_one_country_lends_it(void **state)
{
    (void)state;
    dl_record *r = build("OCHA\n\nSudan: Humanitarian Update (12 June 2024)\n\nAt least 226 "
                         "people have been killed in El Fasher, according to the Ministry of "
                         "Health. Shelling hit Nyala and Kadugli, and the Ministry of Health "
                         "reported cholera in Kassala.\n");
    const rec_actor *a = actor_text(r, "Ministry of Health");
    country_is(a, "SD");
    assert_string_equal(a->pub.rule, "context.places");
    dl_record_free(r);
    /* "the Ministry" later is that ministry, with the country lent it */
    r = build("OCHA\n\nSudan: Humanitarian Update (12 June 2024)\n\nAt least 226 "
              "people have been killed in El Fasher, according to the Ministry of "
              "Health. Shelling hit Nyala and Kadugli. The Ministry said 40 "
              "children were among the dead.\n");
    a = actor_text(r, "Ministry");
    assert_string_equal(a->pub.name, "Ministry of Health");
    country_is(a, "SD");
    dl_record_free(r);
}

/* In news, bare forces go on with the side named just before them, not
 * the dateline's; an international body's members are of no country. */
static void bare_forces_keep_the_side_told_before(void **state)
{
    (void)state;
    dl_record *r = build("JENIN, West Bank, July 4 (AP) - Israeli forces killed at least "
                         "12 Palestinians in a raid on the camp. A soldier was also "
                         "killed, the military said. Around 3,000 residents fled.\n");
    country_is(actor_text(r, "military"), "IL");
    dl_record_free(r);
    r = build("BEIRUT, Lebanon (AP) - The resolution calls for the deployment of the "
              "Lebanese army and U.N. forces along the border.\n");
    const rec_actor *a = actor_text(r, "forces");
    country_is(a, NULL);
    assert_string_equal(a->pub.name, "United Nations");
    dl_record_free(r);
}

/* A country after "borders" is a neighbour, whose no official is. */
static void a_neighbour_lends_no_country(void **state)
{
    (void)state;
    dl_record *r = build("BOGOTA, Jan 20 (Reuters) - President Gustavo Petro declared a "
                         "state of emergency in the region, which borders Venezuela.\n");
    const rec_actor *a = actor_text(r, "President Gustavo Petro");
    assert_true(!a->pub.country || strcmp(a->pub.country, "VE") != 0);
    dl_record_free(r);
}

/* The title alone that opens the issuer's name, as a letter is signed,
 * is the issuer. */
static void a_signature_title_is_the_issuer(void **state)
{
    (void)state;
    dl_record *r = build("Letter dated 20 March 2023 from the Permanent Representative of "
                         "Azerbaijan to the United Nations addressed to the "
                         "Secretary-General\n\nI have the honour to inform you of the "
                         "attack.\n\n(Signed) Yashar Aliyev\nPermanent Representative\n");
    const rec_actor *a = actor_text(r, "Permanent Representative");
    country_is(a, "AZ");
    dl_record_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_signature_title_is_the_issuer),
        cmocka_unit_test(bare_forces_keep_the_side_told_before),
        cmocka_unit_test(a_neighbour_lends_no_country),
        cmocka_unit_test(a_report_about_one_country_lends_it),
        cmocka_unit_test(possessive_country_before_forces),
        cmocka_unit_test(led_coalition_belongs_to_its_leader),
        cmocka_unit_test(one_modifier_between_demonym_and_forces),
        cmocka_unit_test(dotted_country_abbreviation),
        cmocka_unit_test(known_armed_group),
        cmocka_unit_test(news_dateline_places_local_forces),
        cmocka_unit_test(statement_dateline_places_nothing),
        cmocka_unit_test(statement_dateline_places_forces_of_its_scene),
        cmocka_unit_test(title_with_abbreviation),
        cmocka_unit_test(official_takes_nearest_free_country),
        cmocka_unit_test(nearer_actor_blocks_sentence_country),
        cmocka_unit_test(officials_never_borrow_issuer_country),
        cmocka_unit_test(function_named_issuer_takes_dateline_country),
        cmocka_unit_test(issuer_known_by_acronym),
        cmocka_unit_test(issuer_known_by_full_name),
        cmocka_unit_test(spokesperson_for_the_un_is_international),
        cmocka_unit_test(an_armys_spokesperson_and_its_troops),
        cmocka_unit_test(country_line_under_issuer),
        cmocka_unit_test(local_issuer_takes_country_of_its_places),
        cmocka_unit_test(official_of_international_body_is_international),
        cmocka_unit_test(liberation_army_is_rebels_and_borrows_issuer_country),
        cmocka_unit_test(militants_abroad_do_not_borrow_issuer_country),
        cmocka_unit_test(groups_abroad_do_not_borrow_a_dateline_country),
        cmocka_unit_test(forces_after_its_belong_to_the_possessor),
        cmocka_unit_test(place_name_keeps_one_sense_in_a_document),
        cmocka_unit_test(occupying_forces_borrow_no_country),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
