/* test_actors_orgs.c - organisation names, acronyms, coordinated heads and
 * the issuer as an actor (src/actors/orgs.c, acronyms.c, context.c). */
#include "actors_util.h"

static void ministry_of_defense_is_government_body(void **state)
{
    (void)state;
    dl_record *r = build("The Ministry of Defense of Ukraine denied the report.\n");
    const rec_actor *a = actor_text(r, "Ministry of Defense of Ukraine");
    assert_string_equal(a->pub.name, "Ministry of Defense of Ukraine");
    assert_string_equal(a->pub.sector, "government");
    country_is(a, "UA");
    assert_string_equal(a->pub.rule, "org.name");
    dl_record_free(r);
}

/* a rights word makes an NGO, whatever other sector word its name has */
static void a_rights_network_named_for_defense_is_an_ngo(void **state)
{
    (void)state;
    dl_record *r = build("At least 12 people were killed, according to the National "
                         "Human Rights Defense Network.\n");
    assert_string_equal(actor_text(r, "National Human Rights Defense Network")->pub.sector,
                        "ngo");
    dl_record_free(r);
}

/* "PORT-AU-PRINCE": the AU inside a hyphened name is no African Union */
static void an_acronym_inside_a_hyphened_word_is_no_name(void **state)
{
    (void)state;
    dl_record *r = build("PORT-AU-PRINCE, Haiti (AP) -- Gangs stormed the prison.\n");
    no_actor(r, "AU");
    dl_record_free(r);
    r = build("Shells hit the UN-protected enclave on Monday.\n");
    actor_text(r, "UN");
    dl_record_free(r);
}

static void of_the_soviet_union_gives_country_and_security_sector(void **state)
{
    (void)state;
    dl_record *r = build("Officers of the State Security Committee of the Soviet "
                         "Union searched the building.\n");
    const rec_actor *a = actor_text(r, "State Security Committee of the Soviet Union");
    country_is(a, "SU");
    assert_string_equal(a->pub.sector, "security");
    dl_record_free(r);
}

static void coordinated_heads_share_their_modifier(void **state)
{
    (void)state;
    dl_record *r = build("The plan was drawn up by the Ministry of Defense, "
                         "Ministry of Interior and State Security Committee of "
                         "the Soviet Union in 1990.\n");
    country_is(actor_text(r, "Ministry of Defense"), "SU");
    country_is(actor_text(r, "Ministry of Interior"), "SU");
    country_is(actor_text(r, "State Security Committee of the Soviet Union"), "SU");
    assert_string_equal(actor_text(r, "Ministry of Interior")->pub.sector, "government");
    assert_string_equal(actor_text(r, "Ministry of Defense")->pub.rule, "org.coordinated");
    dl_record_free(r);
}

static void coordination_with_two_countries_shares_nothing(void **state)
{
    (void)state;
    dl_record *r = build("The Armenian Ministry of Defense, the Ministry of "
                         "Interior and the Georgian Border Guard met.\n");
    country_is(actor_text(r, "Ministry of Interior"), NULL);
    country_is(actor_text(r, "Armenian Ministry of Defense"), "AM");
    dl_record_free(r);
}

static void and_inside_a_name_without_second_head_stays_joined(void **state)
{
    (void)state;
    dl_record *r = build("The Ministry of Labour and Social Affairs opened a shelter.\n");
    actor_text(r, "Ministry of Labour and Social Affairs");
    dl_record_free(r);
}

/* A name goes on over "of", "on the" ... only into more of the name: a
 * weekday or month, or a demonym before a lower-case noun, is another
 * phrase ("of Ukraine on the Russian missile strike"). */
static void a_name_stops_before_a_day_or_an_adjective(void **state)
{
    (void)state;
    dl_record *r = build("Statement\n\nThe Ministry of Foreign Affairs of Ukraine "
                         "on the Russian missile strike said it was a war crime. "
                         "The Ministry of Foreign Affairs of Ukraine on Monday "
                         "called for air defence. The Embassy of the Russian "
                         "Federation declined to comment.\n");
    assert_non_null(actor_text(r, "Ministry of Foreign Affairs of Ukraine"));
    no_actor(r, "Ministry of Foreign Affairs of Ukraine on the Russian");
    no_actor(r, "Ministry of Foreign Affairs of Ukraine on Monday");
    assert_non_null(actor_text(r, "Embassy of the Russian Federation"));
    dl_record_free(r);
}

/* "in <Place>" belongs to the name of a body that sits abroad ("Embassy
 * ... in Manila", "Mission in South Sudan"), not of any other ("the
 * National Unity Government in Pazigyi", "the Court of Appeals in
 * Atlanta"). */
static void in_a_place_joins_only_a_body_abroad(void **state)
{
    (void)state;
    dl_record *r = build("Statement\n\nThe Embassy of the People's Republic of China in "
                         "Manila protested. The United Nations Mission in South Sudan "
                         "condemned it. The crowd met at an office of the National Unity "
                         "Government in Pazigyi village. The Circuit Court of Appeals in "
                         "Atlanta ruled.\n");
    assert_non_null(actor_text(r, "Embassy of the People's Republic of China in Manila"));
    assert_non_null(actor_text(r, "United Nations Mission in South Sudan"));
    assert_non_null(actor_text(r, "National Unity Government"));
    no_actor(r, "National Unity Government in Pazigyi");
    no_actor(r, "Circuit Court of Appeals in Atlanta");
    dl_record_free(r);
}

static void human_rights_watch_is_ngo(void **state)
{
    (void)state;
    dl_record *r = build("Human Rights Watch documented the arrests.\n");
    const rec_actor *a = actor_text(r, "Human Rights Watch");
    assert_string_equal(a->pub.sector, "ngo");
    country_is(a, NULL);
    dl_record_free(r);
}

static void known_code_with_digits_is_matched(void **state)
{
    (void)state;
    dl_record *r = build("The M23 seized two villages near Goma on Monday.\n");
    const rec_actor *a = actor_text(r, "M23");
    assert_string_equal(a->pub.sector, "rebels");
    dl_record_free(r);
}

static void acronym_is_tied_to_full_name(void **state)
{
    (void)state;
    dl_record *r = build("The United Nations Mission in South Sudan (UNMISS) opened "
                         "its bases. Later UNMISS sheltered 20,000 people.\n");
    const rec_actor *full = actor_text(r, "United Nations Mission in South Sudan");
    assert_string_equal(full->pub.sector, "international");
    country_is(full, NULL);
    const rec_actor *ac = actor_text(r, "UNMISS");
    assert_string_equal(ac->pub.name, "United Nations Mission in South Sudan");
    assert_string_equal(ac->pub.sector, "international");
    assert_string_equal(ac->pub.rule, "org.acronym");
    no_actor(r, "(UNMISS)");
    dl_record_free(r);
}

static void acronym_redefined_takes_latest_definition(void **state)
{
    (void)state;
    dl_record *r = build("The Joint Monitoring Commission (JMC) met in May. The "
                         "Judicial Monitoring Committee (JMC) met in June. Then "
                         "JMC reported.\n");
    const rec_actor *a = actor_text(r, "JMC");
    assert_string_equal(a->pub.name, "Judicial Monitoring Committee");
    dl_record_free(r);
}

static void long_capitalised_run_is_cut(void **state)
{
    (void)state;
    char buf[4096] = "";
    for (int i = 0; i < 200; i++)
        strcat(buf, "Blue ");
    strcat(buf, "Ministry said so.\n");
    dl_record *r = build(buf);
    for (size_t k = 0; k < r->nactors; k++)
        assert_true(r->actors[k].tok_end - r->actors[k].tok_start <= 32);
    dl_record_free(r);
}

static void document_acronym_beats_known_list(void **state)
{
    (void)state;
    dl_record *r = build("The National Anti-Corruption Bureau (NABU) of Ukraine "
                         "raided the office. NABU said nothing.\n");
    const rec_actor *ac = actor_text(r, "NABU");
    assert_string_equal(ac->pub.rule, "org.acronym");
    assert_non_null(strstr(ac->pub.name, "Bureau"));
    dl_record_free(r);
}

static void known_acronym_without_definition(void **state)
{
    (void)state;
    dl_record *r = build("NATO aircraft flew over the area.\n");
    const rec_actor *a = actor_text(r, "NATO");
    assert_string_equal(a->pub.name, "North Atlantic Treaty Organization");
    assert_string_equal(a->pub.sector, "international");
    dl_record_free(r);
}

static void lower_case_un_is_not_an_acronym(void **state)
{
    (void)state;
    dl_record *r = build("The un-named official refused.\n");
    no_actor(r, "un");
    dl_record_free(r);
}

static void country_name_is_not_an_organisation(void **state)
{
    (void)state;
    /* as a subject it names its state (test_actors_states.c), never an
     * organisation headed "Federation" */
    dl_record *r = build("The text was opposed by the Russian Federation.\n");
    no_actor(r, "Federation");
    dl_record_free(r);
}

static void issuer_is_an_actor_with_its_country(void **state)
{
    (void)state;
    dl_record *r = build("The Permanent Mission of the Republic of Azerbaijan\n"
                         "to the United Nations\n\nPress release\n\n"
                         "The Mission recalls the events of January 1990.\n");
    assert_non_null(r->doc.issuer);
    const rec_actor *a = NULL;
    for (size_t k = 0; k < r->nactors; k++)
        if (!strcmp(r->actors[k].pub.rule, "issuer"))
            a = &r->actors[k];
    assert_non_null(a);
    assert_string_equal(a->pub.name, r->doc.issuer);
    assert_int_equal(a->pub.span.start, r->doc.issuer_span.start);
    assert_int_equal(a->pub.span.end, r->doc.issuer_span.end);
    country_is(a, "AZ");
    assert_string_equal(a->pub.sector, "government");
    no_actor(r, "United Nations\n\nPress"); /* header not taken twice */
    dl_record_free(r);
}

static void government_body_takes_issuer_country(void **state)
{
    (void)state;
    dl_record *r = build("Embassy of Ukraine in Poland\n\nStatement\n\n"
                         "On 3 March 2022 the Government announced new measures.\n");
    const rec_actor *a = actor_text(r, "Government");
    country_is(a, "UA");
    assert_string_equal(a->pub.rule, "context.issuer");
    dl_record_free(r);
}

static void head_word_alone_refers_to_earlier_body(void **state)
{
    (void)state;
    dl_record *r = build("United Nations Mission in South Sudan\n\nPress release\n\n"
                         "JUBA, 2 May 2022 - Peacekeepers reached the town. The "
                         "Mission will keep patrolling.\n");
    const rec_actor *a = actor_text(r, "Mission");
    assert_string_equal(a->pub.name, "United Nations Mission in South Sudan");
    assert_string_equal(a->pub.sector, "international");
    assert_string_equal(a->pub.rule, "context.reference");
    dl_record_free(r);
}

static void group_noun_in_capitals_is_not_an_organisation(void **state)
{
    (void)state;
    dl_record *r = build("Amnesty International\n\nPublic statement\n\nIRAN: "
                         "SECURITY FORCES FIRED ON PROTESTERS\n\nWitnesses said "
                         "shots were fired.\n");
    const rec_actor *a = actor_text(r, "SECURITY FORCES");
    assert_string_equal(a->pub.rule, "group.noun");
    assert_string_equal(a->pub.sector, "security");
    dl_record_free(r);
}

/* Armed groups known by name (data/en/actor_known.txt): the ADF is no
 * army for its "Forces"; a title right after an international body's
 * acronym serves that body. */
static void known_groups_and_titles_of_international_bodies(void **state)
{
    (void)state;
    dl_record *r = build("The attack on the school was claimed by the Allied "
                         "Democratic Forces (ADF). \"We are shocked,\" said IOM "
                         "Director General Antonio Vitorino.\n");
    const rec_actor *a = actor_text(r, "Allied Democratic Forces");
    assert_string_equal(a->pub.sector, "rebels");
    a = actor_text(r, "Director General Antonio Vitorino");
    assert_string_equal(a->pub.sector, "international");
    dl_record_free(r);
}

/* "Commander" is a police rank in a police force's statement, and an
 * army's elsewhere. */
static void a_rank_follows_a_police_issuer(void **state)
{
    (void)state;
    dl_record *r = build("Metropolitan Police Service\n\nStatement\n\nCommander "
                         "Karen Findlay said 64 people were arrested.\n");
    assert_string_equal(actor_text(r, "Commander Karen Findlay")->pub.sector, "police");
    dl_record_free(r);
    r = build("Ministry of Defence\n\nStatement\n\nCommander John Smith said "
              "the patrol returned.\n");
    assert_string_equal(actor_text(r, "Commander John Smith")->pub.sector, "military");
    dl_record_free(r);
}

/* A "for" complement of actor_title_complements.txt is part of the title:
 * "Refugees" is no group of its own, and an "of" after it still names the
 * country; UN posts are international by their title. */
static void a_titles_for_complement_is_part_of_it(void **state)
{
    (void)state;
    dl_record *r = build("UN High Commissioner for Refugees Filippo Grandi visited "
                         "the camp. The Minister for Foreign Affairs of Ireland "
                         "spoke. The Special Rapporteur on torture visited the "
                         "prison.\n");
    const rec_actor *a = actor_text(r, "High Commissioner for Refugees Filippo Grandi");
    assert_string_equal(a->pub.sector, "international");
    country_is(actor_text(r, "Minister for Foreign Affairs of Ireland"), "IE");
    assert_string_equal(actor_text(r, "Special Rapporteur")->pub.sector, "international");
    for (size_t k = 0; k < r->nactors; k++)
        assert_string_not_equal(r->actors[k].pub.text, "Refugees");
    dl_record_free(r);
}

/* A letter's author, a country's official at the UN, serves that country's
 * government: "to the United Nations" makes no international official. */
static void a_countrys_representative_is_government(void **state)
{
    (void)state;
    dl_record *r = build("Letter dated 12 March 2024 from the Permanent Representative "
                         "of Mali to the United Nations addressed to the "
                         "Secretary-General\n\nI wish to inform you of the following "
                         "incidents.\n");
    const rec_actor *a = NULL;
    for (size_t k = 0; k < r->nactors; k++)
        if (!strcmp(r->actors[k].pub.rule, "issuer"))
            a = &r->actors[k];
    assert_non_null(a);
    country_is(a, "ML");
    assert_string_equal(a->pub.sector, "government");
    dl_record_free(r);
}

/* "al Qaeda" and "al-Qaeda" with a lower-case article are known names; a
 * group active across borders takes no country from the dateline of the
 * story it is named in. */
static void a_known_group_keeps_its_own_country(void **state)
{
    (void)state;
    dl_record *r = build("OUAGADOUGOU, 6 November 2019 (Reuters) - Jihadist groups "
                         "linked to al Qaeda and Islamic State have killed thousands "
                         "of people in Burkina Faso since 2015.\n");
    const rec_actor *a = actor_text(r, "al Qaeda");
    assert_string_equal(a->pub.name, "al-Qaeda");
    country_is(a, NULL);
    country_is(actor_text(r, "Islamic State"), NULL);
    dl_record_free(r);
    r = build("GOMA, 3 May 2024 (AFP) - M23 rebels shelled a camp near Goma, and "
              "al-Shabaab fighters were not involved.\n");
    country_is(actor_text(r, "M23"), "CD");
    country_is(actor_text(r, "al-Shabaab"), "SO");
    dl_record_free(r);
    /* a committee that is no state body */
    r = build("New York, December 12, 2023 - At least 63 journalists have been "
              "killed, the Committee to Protect Journalists said.\n");
    assert_string_equal(actor_text(r, "Committee to Protect Journalists")->pub.sector,
                        "ngo");
    dl_record_free(r);
}

/* "Federal Government College" is a school named after a body: no actor,
 * nor its "Government"; "illegal Armenian armed detachments" is a group */
static void a_building_named_after_a_body_is_no_actor(void **state)
{
    (void)state;
    dl_record *r = build("Gunmen abducted students from Federal Government College in "
                         "Birnin Yauri. The vehicle was attacked by members of illegal "
                         "Armenian armed detachments.\n");
    no_actor(r, "Government");
    const rec_actor *a = actor_text(r, "Armenian armed detachments");
    country_is(a, "AM");
    dl_record_free(r);
}

/* "The Spokesperson for the Secretary-General" is one office, serving
 * an international one. */
static void an_office_for_an_international_one_is_international(void **state)
{
    (void)state;
    dl_record *r = build("New York, 4 March 2024\n\nThe Spokesperson for the "
                         "Secretary-General said armed gangs attacked the prison.\n");
    const rec_actor *a = actor_text(r, "Spokesperson for the Secretary-General");
    assert_string_equal(a->pub.sector, "international");
    dl_record_free(r);
    /* a body's speaker with no country of its own speaks for the issuer */
    r = build("Office of the United Nations High Commissioner for Human Rights\n\n"
              "Press briefing notes on Myanmar\n\nSpokesperson: Ravina Shamdasani\n"
              "Location: Geneva\nDate: 11 March 2022\n\nThe spokesperson said 1,600 "
              "people had been killed, and a Russian spokesman denied it.\n");
    assert_string_equal(actor_text(r, "spokesperson")->pub.sector, "international");
    assert_string_equal(actor_text(r, "Russian spokesman")->pub.sector, "government");
    dl_record_free(r);
}

/* Parties and parliaments known by name (actor_known.txt): "the African
 * National Congress" is South Africa's, whatever head word it lacks; the
 * US Congress is a government body. */
static void parties_and_congresses_known_by_name(void **state)
{
    (void)state;
    dl_record *r = build("The Pan Africanist Congress and the African National Congress "
                         "were banned on 8 April 1960.\n");
    const rec_actor *a = actor_text(r, "African National Congress");
    country_is(a, "ZA");
    assert_string_equal(a->pub.sector, "other");
    country_is(actor_text(r, "Pan Africanist Congress"), "ZA");
    dl_record_free(r);
    r = build("The bill now goes to the U.S. Congress.\n");
    a = actor_text(r, "U.S. Congress");
    country_is(a, "US");
    assert_string_equal(a->pub.sector, "government");
    dl_record_free(r);
}

/* "Force" heads a body's name ("Central Reserve Police Force": police by
 * its modifier); before "Base" it names a place ("Andrews Air Force Base"
 * is no actor). Groups known by a hyphened name. */
static void a_force_heads_a_name_but_not_its_base(void **state)
{
    (void)state;
    dl_record *r = build("A bomber struck a convoy of the Central Reserve Police Force. "
                         "The Indian Air Force struck camps.\n");
    assert_string_equal(actor_text(r, "Central Reserve Police Force")->pub.sector, "police");
    const rec_actor *a = actor_text(r, "Indian Air Force");
    country_is(a, "IN");
    assert_string_equal(a->pub.sector, "military");
    dl_record_free(r);
    r = build("The plane landed at Andrews Air Force Base.\n");
    no_actor(r, "Air Force");
    dl_record_free(r);
    r = build("The group Jaish-e-Mohammed claimed responsibility.\n");
    assert_string_equal(actor_text(r, "Jaish-e-Mohammed")->pub.sector, "rebels");
    dl_record_free(r);
}

/* A country issuing a statement speaks through its government; its
 * name in the title is no place of what the statement tells. */
static void a_country_issuing_is_its_government(void **state)
{
    (void)state;
    dl_record *r = build("Statement by France at the Security Council\n\nNew York, 10 "
                         "October 2023\n\nWe condemn the attacks on civilians.\n");
    const rec_actor *a = actor_text(r, "France");
    country_is(a, "FR");
    assert_string_equal(a->pub.sector, "government");
    for (size_t k = 0; k < r->nevents; k++)
        assert_int_equal(r->events[k].pub.place, -1);
    dl_record_free(r);
}

/* A UN commission of inquiry on a country is international, not that
 * country's. */
static void a_commission_of_inquiry_is_international(void **state)
{
    (void)state;
    dl_record *r = build("Report of the Independent International Commission of Inquiry on "
                         "Ukraine\n\n15 March 2023\n\nThe Commission documented the "
                         "killing of 23 civilians in Bucha.\n");
    const rec_actor *a = actor_text(r, "Independent International Commission of Inquiry");
    assert_string_equal(a->pub.sector, "international");
    assert_null(a->pub.country);
    dl_record_free(r);
}

/* "International" opening a public body's name makes it international
 * (its country none, whatever the dateline's); inside a name it does not
 * ("Florida International University"); an ethnic group's forces of a
 * country take the country ("Bosnian Serb forces"). */
static void international_opens_a_public_bodys_name(void **state)
{
    (void)state;
    dl_record *r = build("Belgrade, 11 July 2025\n\nThe Ministry recalls the "
                         "victims. The International Tribunal for the Law of the "
                         "Sea ruled on Monday. A professor at Florida International "
                         "University said so. The town fell to Bosnian Serb "
                         "forces.\n");
    const rec_actor *a = actor_text(r, "International Tribunal for the Law of the Sea");
    assert_string_equal(a->pub.sector, "international");
    assert_null(a->pub.country);
    assert_string_not_equal(actor_text(r, "Florida International University")->pub.sector,
                            "international");
    country_is(actor_text(r, "Bosnian Serb forces"), "BA");
    dl_record_free(r);
}

/* A first word the acronym leaves out describes the body and is not its
 * name; the group noun after the definition is the body's members, and
 * "the fighters" later are those members again. */
static void an_acronym_trims_a_description_and_names_members(void **state)
{
    (void)state;
    dl_record *r = build("KHARTOUM, June 3 (Reuters) - Paramilitary Rapid Support "
                         "Forces (RSF) fighters killed at least 40 people in a "
                         "village, activists said. They said the fighters stormed "
                         "the village at dawn.\n");
    const rec_actor *a = actor_text(r, "Rapid Support Forces");
    assert_string_equal(a->pub.name, "Rapid Support Forces");
    no_actor(r, "Paramilitary");
    int members = 0;
    for (size_t k = 0; k < r->nactors; k++)
        if (!strcmp(r->actors[k].pub.text, "fighters")) {
            assert_string_equal(r->actors[k].pub.name, "Rapid Support Forces");
            members++;
        }
    assert_int_equal(members, 2);
    dl_record_free(r);
    /* the acronym spelled by the whole name: nothing trimmed */
    r = build("The Sudanese Armed Forces (SAF) shelled the market.\n");
    actor_text(r, "Sudanese Armed Forces");
    dl_record_free(r);
}

/* A known aid society of no country after a demonym is that country's
 * branch ("the Palestinian Red Crescent"); alone it keeps no country. */
static void a_national_society_takes_its_demonym(void **state)
{
    (void)state;
    dl_record *r = build("Around 3,000 residents fled, the Palestinian Red Crescent said. "
                         "The Red Cross sent 20 trucks.\n");
    const rec_actor *a = actor_text(r, "Palestinian Red Crescent");
    assert_string_equal(a->pub.name, "Palestinian Red Crescent");
    country_is(a, "PS");
    assert_string_equal(a->pub.sector, "ngo");
    country_is(actor_text(r, "Red Cross"), NULL);
    dl_record_free(r);
    /* a country's name of two words; the ICRC beside it keeps none */
    r = build("In March, the ICRC and the South Sudan Red Cross visited 19 places of "
              "detention.\n");
    country_is(actor_text(r, "South Sudan Red Cross"), "SS");
    country_is(actor_text(r, "ICRC"), NULL);
    dl_record_free(r);
    /* the Pakistani Taliban are not Afghanistan's Taliban */
    r = build("The Pakistani Taliban, known as Tehrik-e-Taliban Pakistan (TTP), denied "
              "involvement. The Taliban took Kabul in 2021.\n");
    a = actor_text(r, "Pakistani Taliban");
    assert_string_equal(a->pub.name, "Tehrik-e-Taliban Pakistan");
    country_is(a, "PK");
    country_is(actor_text(r, "Taliban"), "AF");
    dl_record_free(r);
}

/* An ombudsman is an official of the state he watches over. */
static void an_ombudsman_is_an_official(void **state)
{
    (void)state;
    dl_record *r = build("The Public Defender of Georgia reported that at least 50 "
                         "protesters were injured.\n");
    const rec_actor *a = actor_text(r, "Public Defender of Georgia");
    assert_string_equal(a->pub.sector, "government");
    country_is(a, "GE");
    dl_record_free(r);
}

/* "General" after an office is no military rank: "Attorney General",
 * "Prosecutor General", "Secretary General" */
static void an_office_general_is_no_general(void **state)
{
    (void)state;
    dl_record *r = build("Attorney General Janet Reno said the Prosecutor General's office "
                         "had charged 12 men. UN Secretary General Kofi Annan and "
                         "General Wesley Clark spoke later.\n");
    assert_string_equal(actor_text(r, "Attorney General Janet Reno")->pub.sector, "government");
    assert_string_equal(actor_text(r, "Prosecutor General")->pub.sector, "government");
    assert_string_equal(actor_text(r, "Secretary General Kofi Annan")->pub.sector,
                        "international");
    assert_string_equal(actor_text(r, "General Wesley Clark")->pub.sector, "military");
    dl_record_free(r);
    /* police ranks of the British kind: no "crew" of civilians */
    r = build("Chief Constable Sarah Crew said officers arrested two men.\n");
    assert_string_equal(actor_text(r, "Chief Constable Sarah Crew")->pub.sector, "police");
    no_actor(r, "crew");
    dl_record_free(r);
}

/* A group "of" an armed body takes its sector ("officers of the Bosnian
 * Serb Army" are soldiers); a force of a police body is police; an issuer
 * known by name keeps its sector with its acronym in brackets after it */
static void the_body_after_of_gives_the_sector(void **state)
{
    (void)state;
    dl_record *r = build("Two former officers of the Bosnian Serb Army were convicted. "
                         "The Special Action Force of the Philippine National Police "
                         "regained control.\n");
    assert_string_equal(actor_text(r, "officers")->pub.sector, "military");
    assert_string_equal(actor_text(r, "Special Action Force of the Philippine National "
                                      "Police")->pub.sector, "police");
    dl_record_free(r);
    r = build("Office for the Coordination of Humanitarian Affairs (OCHA)\n\nSUDAN: Flash "
              "Update No. 3\n\nAs of 22 May 2024\n\nClashes in El Fasher killed 134 "
              "people.\n");
    const rec_actor *a = actor_text(r, "Office for the Coordination of Humanitarian Affairs "
                                       "(OCHA)");
    assert_string_equal(a->pub.sector, "international");
    assert_null(a->pub.country);
    dl_record_free(r);
    /* no head before "of": the body after it is whose the team is */
    r = build("Information Team of the State Administration Council\n\nStatement\n\n"
              "Naypyitaw, 10 November 2023\n\nTerrorists attacked the town.\n");
    a = actor_text(r, "Information Team of the State Administration Council");
    assert_string_equal(a->pub.sector, "government");
    dl_record_free(r);
}

/* Two bodies joined by "and", the second known by name: two actors. */
static void a_known_body_after_and_is_its_own(void **state)
{
    (void)state;
    dl_record *r = build("Human Rights Watch and Amnesty International said in a joint "
                         "report that civilians were expelled.\n");
    actor_text(r, "Human Rights Watch");
    actor_text(r, "Amnesty International");
    no_actor(r, "Watch and Amnesty");
    dl_record_free(r);
    /* a part of a known body, named with its possessive, is of its sector */
    r = build("The ICRC's Central Tracing Agency has received 100,000 requests.\n");
    assert_string_equal(actor_text(r, "ICRC's Central Tracing Agency")->pub.sector, "ngo");
    dl_record_free(r);
}

/* a known name with lower-case words inside is taken whole, not cut at
 * its head word */
static void a_known_name_goes_on_past_lower_case_words(void **state)
{
    (void)state;
    dl_record *r = build("Both the International Criminal Tribunal for the former "
                         "Yugoslavia and the International Court of Justice ruled.\n");
    const rec_actor *a = actor_text(r, "International Criminal Tribunal for the former Yugoslavia");
    assert_string_equal(a->pub.sector, "international");
    dl_record_free(r);
    r = build("The attacks were claimed by the Islamic State in Khorasan Province.\n");
    a = actor_text(r, "Islamic State in Khorasan Province");
    assert_string_equal(a->pub.name, "Islamic State Khorasan Province");
    country_is(a, "AF");
    dl_record_free(r);
    /* the Sahel's armed groups and a private military company, by their
     * names */
    r = build("Islamic State Sahel Province militants and the Islamic State in the Greater "
              "Sahara attacked, and Wagner Group personnel fought back.\n");
    assert_string_equal(actor_text(r, "Islamic State Sahel Province")->pub.sector, "rebels");
    assert_string_equal(actor_text(r, "Islamic State in the Greater Sahara")->pub.sector,
                        "rebels");
    country_is(actor_text(r, "Wagner Group"), "RU");
    dl_record_free(r);
    /* Myanmar's army and the armed groups fighting it, by their names */
    r = build("Members of the Tatmadaw repelled fighters of the Three Brotherhood "
              "Alliance, including the MNDAA and TNLA.\n");
    assert_string_equal(actor_text(r, "Tatmadaw")->pub.sector, "military");
    assert_string_equal(actor_text(r, "Three Brotherhood Alliance")->pub.sector, "rebels");
    assert_string_equal(actor_text(r, "MNDAA")->pub.sector, "rebels");
    dl_record_free(r);
}

/* "Self-Defence Forces" of no state are a paramilitary group; a state's
 * own ("Japan Self-Defense Forces") are its military */
static void self_defence_forces_of_no_state_are_rebels(void **state)
{
    (void)state;
    dl_record *r = build("Fighting between the National Liberation Army and the Gaitanista "
                         "Self-Defence Forces of Colombia displaced 1,200 people. The Japan "
                         "Self-Defense Forces sent a team.\n");
    assert_string_equal(actor_text(r, "Gaitanista Self-Defence Forces of Colombia")->pub.sector,
                        "rebels");
    assert_string_equal(actor_text(r, "Japan Self-Defense Forces")->pub.sector, "military");
    dl_record_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(self_defence_forces_of_no_state_are_rebels),
        cmocka_unit_test(a_known_name_goes_on_past_lower_case_words),
        cmocka_unit_test(ministry_of_defense_is_government_body),
        cmocka_unit_test(international_opens_a_public_bodys_name),
        cmocka_unit_test(an_acronym_trims_a_description_and_names_members),
        cmocka_unit_test(a_national_society_takes_its_demonym),
        cmocka_unit_test(an_ombudsman_is_an_official),
        cmocka_unit_test(an_office_general_is_no_general),
        cmocka_unit_test(the_body_after_of_gives_the_sector),
        cmocka_unit_test(of_the_soviet_union_gives_country_and_security_sector),
        cmocka_unit_test(a_rights_network_named_for_defense_is_an_ngo),
        cmocka_unit_test(an_acronym_inside_a_hyphened_word_is_no_name),
        cmocka_unit_test(coordinated_heads_share_their_modifier),
        cmocka_unit_test(coordination_with_two_countries_shares_nothing),
        cmocka_unit_test(and_inside_a_name_without_second_head_stays_joined),
        cmocka_unit_test(a_name_stops_before_a_day_or_an_adjective),
        cmocka_unit_test(in_a_place_joins_only_a_body_abroad),
        cmocka_unit_test(human_rights_watch_is_ngo),
        cmocka_unit_test(known_code_with_digits_is_matched),
        cmocka_unit_test(acronym_is_tied_to_full_name),
        cmocka_unit_test(document_acronym_beats_known_list),
        cmocka_unit_test(acronym_redefined_takes_latest_definition),
        cmocka_unit_test(long_capitalised_run_is_cut),
        cmocka_unit_test(known_acronym_without_definition),
        cmocka_unit_test(lower_case_un_is_not_an_acronym),
        cmocka_unit_test(country_name_is_not_an_organisation),
        cmocka_unit_test(issuer_is_an_actor_with_its_country),
        cmocka_unit_test(government_body_takes_issuer_country),
        cmocka_unit_test(head_word_alone_refers_to_earlier_body),
        cmocka_unit_test(group_noun_in_capitals_is_not_an_organisation),
        cmocka_unit_test(known_groups_and_titles_of_international_bodies),
        cmocka_unit_test(a_rank_follows_a_police_issuer),
        cmocka_unit_test(a_titles_for_complement_is_part_of_it),
        cmocka_unit_test(a_countrys_representative_is_government),
        cmocka_unit_test(a_known_group_keeps_its_own_country),
        cmocka_unit_test(a_building_named_after_a_body_is_no_actor),
        cmocka_unit_test(an_office_for_an_international_one_is_international),
        cmocka_unit_test(parties_and_congresses_known_by_name),
        cmocka_unit_test(a_force_heads_a_name_but_not_its_base),
        cmocka_unit_test(a_known_body_after_and_is_its_own),
        cmocka_unit_test(a_commission_of_inquiry_is_international),
        cmocka_unit_test(a_country_issuing_is_its_government),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
