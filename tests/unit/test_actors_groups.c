/* test_actors_groups.c - forces, groups and officials written as common
 * nouns or titles, and the countries context gives them (src/actors/
 * forces.c, officials.c, context.c). */
#include "actors_util.h"

static void demonym_before_troops_gives_military_of_country(void **state)
{
    (void)state;
    dl_record *r = build("About 30,000 Soviet troops entered the city at night.\n");
    const rec_actor *a = actor_text(r, "Soviet troops");
    country_is(a, "SU");
    assert_string_equal(a->pub.sector, "military");
    assert_string_equal(a->pub.rule, "group.demonym");
    dl_record_free(r);
}

static void special_and_security_forces(void **state)
{
    (void)state;
    dl_record *r = build("Special forces and security forces sealed the square.\n");
    assert_string_equal(actor_text(r, "Special forces")->pub.sector, "military");
    assert_string_equal(actor_text(r, "security forces")->pub.sector, "security");
    dl_record_free(r);
}

/* A national adjective before arms stands for the side that used them
 * ("a Russian missile", "North Korean missiles"); not where arms were made
 * ("Iranian-made drones"), nor before anything else ("Iraqi goods"). */
static void national_adjective_before_arms(void **state)
{
    (void)state;
    dl_record *r = build("A Russian missile struck a residential building in Odesa. "
                         "North Korean missiles fell into the sea.\n");
    const rec_actor *a = actor_text(r, "Russian");
    country_is(a, "RU");
    assert_string_equal(a->pub.sector, "military");
    assert_string_equal(a->pub.rule, "group.demonym_arms");
    country_is(actor_text(r, "North Korean"), "KP");
    dl_record_free(r);
    r = build("Iranian-made drones hit the port. Ships carrying Iraqi goods were stopped.\n");
    no_actor(r, "Iranian");
    no_actor(r, "Iraqi");
    dl_record_free(r);
}

/* "the army struck", "police found": a noun that can modify another is
 * the group itself before an irregular past form */
static void army_before_an_irregular_past(void **state)
{
    (void)state;
    dl_record *r = build("On 11 May, the army struck a command post. Police found the car.\n");
    assert_string_equal(actor_text(r, "army")->pub.sector, "military");
    assert_string_equal(actor_text(r, "Police")->pub.sector, "police");
    dl_record_free(r);
}

/* Criminal groups are actors of sector `other`: "armed gangs", "bandits". */
static void gangs_and_bandits_are_actors(void **state)
{
    (void)state;
    dl_record *r = build("Armed gangs attacked the prison and bandits raided two "
                         "villages.\n");
    assert_string_equal(actor_text(r, "Armed gangs")->pub.sector, "other");
    assert_string_equal(actor_text(r, "bandits")->pub.sector, "other");
    dl_record_free(r);
}

/* A court acts for the state; "went to court" names no actor; suicide
 * bombers and coast guards are groups of their own. */
static void courts_bombers_and_coast_guards(void **state)
{
    (void)state;
    dl_record *r = build("A court in Moscow jailed the journalist for 15 years.\n");
    assert_string_equal(actor_text(r, "court")->pub.sector, "government");
    dl_record_free(r);
    r = build("The case went to court in May.\n");
    for (size_t i = 0; i < r->nactors; i++)
        assert_string_not_equal(r->actors[i].pub.text, "court");
    dl_record_free(r);
    r = build("A suicide bomber blew himself up at a checkpoint. Chinese coast guard "
              "personnel boarded the boats.\n");
    assert_string_equal(actor_text(r, "suicide bomber")->pub.sector, "other");
    const rec_actor *a = actor_text(r, "Chinese coast guard personnel");
    assert_string_equal(a->pub.sector, "security");
    country_is(a, "CN");
    dl_record_free(r);
}

/* A group noun right after a known organisation is its members: its name
 * and country, the group's own sector. */
static void members_of_a_known_group(void **state)
{
    (void)state;
    dl_record *r = build("Taliban fighters entered Kabul on 15 August 2021. NATO warplanes "
                         "struck the base.\n");
    const rec_actor *a = actor_text(r, "fighters");
    assert_string_equal(a->pub.name, "Taliban");
    country_is(a, "AF");
    assert_string_equal(a->pub.sector, "rebels");
    assert_string_equal(a->pub.rule, "context.member");
    assert_string_equal(actor_text(r, "warplanes")->pub.sector, "military");
    dl_record_free(r);
}

static void forces_of_an_organisation_take_its_country(void **state)
{
    (void)state;
    dl_record *r = build("The raid was led by special forces of the Ministry of "
                         "Interior of Georgia.\n");
    const rec_actor *a = actor_text(r, "special forces");
    country_is(a, "GE");
    actor_text(r, "Ministry of Interior of Georgia");
    dl_record_free(r);
}

static void the_army_is_military_without_the_article(void **state)
{
    (void)state;
    dl_record *r = build("Residents said the army had left the town.\n");
    assert_string_equal(actor_text(r, "army")->pub.sector, "military");
    assert_string_equal(actor_text(r, "Residents")->pub.sector, "civilians");
    dl_record_free(r);
}

static void noun_used_as_modifier_is_not_an_actor(void **state)
{
    (void)state;
    dl_record *r = build("Heavy military equipment was moved near the police station.\n");
    no_actor(r, "military");
    no_actor(r, "police");
    dl_record_free(r);
}

static void civilian_groups(void **state)
{
    (void)state;
    dl_record *r = build("Shelling hit the peaceful population and four crew "
                         "members; civilians fled.\n");
    assert_string_equal(actor_text(r, "peaceful population")->pub.sector, "civilians");
    assert_string_equal(actor_text(r, "crew members")->pub.sector, "civilians");
    assert_string_equal(actor_text(r, "civilians")->pub.sector, "civilians");
    dl_record_free(r);
}

static void demonstrators_and_peacekeepers(void **state)
{
    (void)state;
    dl_record *r = build("Police dispersed the demonstrators while Nepalese "
                         "peacekeepers watched.\n");
    assert_string_equal(actor_text(r, "demonstrators")->pub.sector, "protesters");
    const rec_actor *p = actor_text(r, "Nepalese peacekeepers");
    assert_string_equal(p->pub.sector, "international");
    country_is(p, "NP");
    assert_string_equal(actor_text(r, "Police")->pub.sector, "police");
    dl_record_free(r);
}

static void people_of_a_country_are_its_civilians(void **state)
{
    (void)state;
    dl_record *r = build("It was a tragedy for the people of Azerbaijan. Many "
                         "people stayed home.\n");
    const rec_actor *a = actor_text(r, "people of Azerbaijan");
    country_is(a, "AZ");
    assert_string_equal(a->pub.sector, "civilians");
    no_actor(r, "Many");
    dl_record_free(r);
}

/* "a regiment of the former Soviet army": the army after the demonym is
 * the complement's noun, no actor of its own (the issuer's army before) */
static void a_group_noun_after_the_demonym_of_a_complement(void **state)
{
    (void)state;
    dl_record *r = build("The town was attacked by a regiment of the former Soviet "
                         "army.\n");
    const rec_actor *a = actor_text(r, "regiment of the former Soviet army");
    country_is(a, "SU");
    assert_string_equal(a->pub.sector, "military");
    assert_string_equal(a->pub.rule, "group.of");
    for (size_t k = 0; k < r->nactors; k++)
        assert_string_not_equal(r->actors[k].pub.text, "army");
    dl_record_free(r);
}

/* Police and security forces "in" a country are its own; troops there
 * may be another country's, so they take none. */
static void police_in_a_country_are_its_own(void **state)
{
    (void)state;
    dl_record *r = build("The security forces in Myanmar killed ten people. Police in "
                         "Kenya arrested 20 protesters. Troops in Iraq withdrew.\n");
    const rec_actor *a = actor_text(r, "security forces");
    country_is(a, "MM");
    assert_string_equal(a->pub.rule, "group.in_country");
    country_is(actor_text(r, "Police"), "KE");
    assert_null(actor_text(r, "Troops")->pub.country);
    dl_record_free(r);
}

/* A noun before a verb glued by a hyphen stands alone: "Police
 * tear-gassed protesters". */
static void a_group_before_a_hyphened_verb(void **state)
{
    (void)state;
    dl_record *r = build("Police tear-gassed protesters in the capital.\n");
    assert_string_equal(actor_text(r, "Police")->pub.sector, "police");
    dl_record_free(r);
}

static void militiamen_are_rebels(void **state)
{
    (void)state;
    dl_record *r = build("Armed militiamen rounded up at least 60 men.\n");
    assert_string_equal(actor_text(r, "militiamen")->pub.sector, "rebels");
    dl_record_free(r);
}

static void later_bare_mention_takes_earlier_country(void **state)
{
    (void)state;
    dl_record *r = build("Russian troops crossed the border. By noon the troops "
                         "had reached the river.\n");
    const rec_actor *a = actor_text(r, "troops");
    country_is(a, "RU");
    assert_string_equal(a->pub.rule, "context.earlier_mention");
    dl_record_free(r);
}

static void secretary_general_is_international_official(void **state)
{
    (void)state;
    dl_record *r = build("The Secretary-General condemned the attack.\n");
    const rec_actor *a = actor_text(r, "Secretary-General");
    assert_string_equal(a->pub.sector, "international");
    assert_string_equal(a->pub.rule, "official.title");
    dl_record_free(r);
}

static void title_with_person_name(void **state)
{
    (void)state;
    dl_record *r = build("On Monday Foreign Minister Lavrov met French President "
                         "Emmanuel Macron.\n");
    const rec_actor *a = actor_text(r, "Foreign Minister Lavrov");
    assert_string_equal(a->pub.rule, "official.named");
    assert_string_equal(a->pub.sector, "government");
    country_is(a, NULL);
    country_is(actor_text(r, "French President Emmanuel Macron"), "FR");
    dl_record_free(r);
}

/* "President Bill Clinton Thursday condemned": the wire's weekday ends
 * the name; a surname that is a month does not ("Theresa May") */
static void a_weekday_ends_a_person_name(void **state)
{
    (void)state;
    dl_record *r = build("President Bill Clinton Thursday condemned the attacks, and "
                         "Prime Minister Theresa May Monday called for calm.\n");
    assert_non_null(actor_text(r, "President Bill Clinton"));
    assert_non_null(actor_text(r, "Prime Minister Theresa May"));
    dl_record_free(r);
}

static void hyphenated_person_name_stays_whole(void **state)
{
    (void)state;
    dl_record *r = build("It was issued by Council President Linda Thomas-Greenfield.\n");
    const rec_actor *a = actor_text(r, "President Linda Thomas-Greenfield");
    assert_string_equal(a->pub.rule, "official.named");
    dl_record_free(r);
}

static void title_with_of_complement(void **state)
{
    (void)state;
    dl_record *r = build("He met the Minister of Foreign Affairs of Armenia.\n");
    const rec_actor *a = actor_text(r, "Minister of Foreign Affairs of Armenia");
    country_is(a, "AM");
    dl_record_free(r);
}

static void lower_case_title_needs_an_article(void **state)
{
    (void)state;
    dl_record *r = build("He was elected president twice; the president resigned.\n");
    assert_int_equal(r->nactors, 1);
    actor_text(r, "president");
    assert_true(r->actors[0].pub.span.start > 20);
    dl_record_free(r);
}

static void actors_are_in_text_order_with_tokens(void **state)
{
    (void)state;
    dl_record *r = build("The KGB said that Ukrainian police and the Ministry of "
                         "Health of Ukraine helped civilians.\n");
    assert_true(r->nactors >= 4);
    for (size_t k = 1; k < r->nactors; k++)
        assert_true(r->actors[k - 1].pub.span.start < r->actors[k].pub.span.start);
    for (size_t k = 0; k < r->nactors; k++) {
        const rec_actor *a = &r->actors[k];
        assert_true(a->tok_start < a->tok_end);
        assert_int_equal(a->sent, r->txt.toks[a->tok_start].sent);
    }
    dl_record_free(r);
}

/* A place the places stage resolved gives its country: rerun the stage
 * with a place put where "Kirumba" stands. */
static void place_before_police_gives_country(void **state)
{
    (void)state;
    dl_record *r = build("Witnesses said Kirumba police detained eleven men.\n");
    size_t tok = 0;
    while (tok < r->txt.ntoks && !tok_is(&r->txt, tok, "Kirumba"))
        tok++;
    assert_true(tok < r->txt.ntoks);
    r->nactors = 0;
    rec_place *p = VEC_PUSH(r->a, r->places, r->nplaces, r->cap_places);
    assert_non_null(p);
    p->pub.name = "Kirumba";
    p->pub.country = "CD";
    p->pub.kind = "city";
    p->tok_start = tok;
    p->tok_end = tok + 1;
    assert_int_equal(actors_extract(r), DL_OK);
    const rec_actor *a = actor_text(r, "Kirumba police");
    country_is(a, "CD");
    assert_string_equal(a->pub.sector, "police");
    dl_record_free(r);
}

/* "the Russian occupiers", "invaders": forces named by what they do */
static void occupiers_are_forces(void **state)
{
    (void)state;
    dl_record *r = build("During the night of 13 to 14 May, the Russian occupiers "
                         "launched 16 drones against Ukraine.\n");
    const rec_actor *a = actor_text(r, "Russian occupiers");
    assert_string_equal(a->pub.sector, "military");
    country_is(a, "RU");
    dl_record_free(r);
}

/* Armed groups named by what wires call them; a loaded word is kept as
 * written, of sector other (as "terrorists"). */
static void jihadists_separatists_and_extremists(void **state)
{
    (void)state;
    dl_record *r = build("Suspected jihadists killed 100 villagers. Separatists shelled "
                         "the town. Extremists attacked a church. Security forces "
                         "arrested army units.\n");
    assert_string_equal(actor_text(r, "jihadists")->pub.sector, "rebels");
    assert_string_equal(actor_text(r, "Separatists")->pub.sector, "rebels");
    assert_string_equal(actor_text(r, "Extremists")->pub.sector, "other");
    assert_string_equal(actor_text(r, "army units")->pub.sector, "military");
    dl_record_free(r);
}

/* "U.S. and NATO forces", "British, Egyptian, Syrian and Moroccan
 * forces": each national adjective of a list before a group noun is that
 * country's group; a bare "troops" later is no one side's */
static void national_adjectives_listed_before_a_group_noun(void **state)
{
    (void)state;
    dl_record *r = build("U.S. and NATO forces killed 12 insurgents in Helmand "
                         "province on Tuesday.\n");
    const rec_actor *a = actor_text(r, "U.S.");
    country_is(a, "US");
    assert_string_equal(a->pub.name, "U.S. forces");
    assert_string_equal(a->pub.sector, "military");
    dl_record_free(r);
    r = build("British, Egyptian, Syrian and Moroccan forces assembled near the "
              "border.\n");
    country_is(actor_text(r, "British"), "GB");
    country_is(actor_text(r, "Egyptian"), "EG");
    country_is(actor_text(r, "Syrian"), "SY");
    country_is(actor_text(r, "Moroccan forces"), "MA");
    dl_record_free(r);
    r = build("U.S. and Arab troops massed at the border. The troops waited.\n");
    country_is(actor_text(r, "U.S."), "US");
    for (size_t k = 0; k < r->nactors; k++)
        if (!strcmp(r->actors[k].pub.text, "troops"))
            assert_null(r->actors[k].pub.country);
    dl_record_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(national_adjectives_listed_before_a_group_noun),
        cmocka_unit_test(demonym_before_troops_gives_military_of_country),
        cmocka_unit_test(special_and_security_forces),
        cmocka_unit_test(gangs_and_bandits_are_actors),
        cmocka_unit_test(courts_bombers_and_coast_guards),
        cmocka_unit_test(members_of_a_known_group),
        cmocka_unit_test(national_adjective_before_arms),
        cmocka_unit_test(army_before_an_irregular_past),
        cmocka_unit_test(forces_of_an_organisation_take_its_country),
        cmocka_unit_test(the_army_is_military_without_the_article),
        cmocka_unit_test(noun_used_as_modifier_is_not_an_actor),
        cmocka_unit_test(civilian_groups),
        cmocka_unit_test(demonstrators_and_peacekeepers),
        cmocka_unit_test(people_of_a_country_are_its_civilians),
        cmocka_unit_test(a_group_noun_after_the_demonym_of_a_complement),
        cmocka_unit_test(militiamen_are_rebels),
        cmocka_unit_test(police_in_a_country_are_its_own),
        cmocka_unit_test(a_group_before_a_hyphened_verb),
        cmocka_unit_test(later_bare_mention_takes_earlier_country),
        cmocka_unit_test(secretary_general_is_international_official),
        cmocka_unit_test(title_with_person_name),
        cmocka_unit_test(hyphenated_person_name_stays_whole),
        cmocka_unit_test(title_with_of_complement),
        cmocka_unit_test(lower_case_title_needs_an_article),
        cmocka_unit_test(actors_are_in_text_order_with_tokens),
        cmocka_unit_test(a_weekday_ends_a_person_name),
        cmocka_unit_test(place_before_police_gives_country),
        cmocka_unit_test(occupiers_are_forces),
        cmocka_unit_test(jihadists_separatists_and_extremists),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
