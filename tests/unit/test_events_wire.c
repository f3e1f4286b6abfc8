/* test_events_wire.c - rules of the events stage that wire reports about
 * bombings need: a toll's update day is not the attack's, a building
 * before an attack is what was hit, a country owning a building is not
 * where but a place in the attack's name is, a negating determiner does
 * not reach a presumed event, and a relative clause's subject is its noun. Whole statements through every
 * stage (events_fixture.h). */
#include "events_fixture.h"

static dl_record *parse_dated(const char *s, const char *date)
{
    dl_record *r = NULL;
    dl_options o = {0};
    o.date = date;
    assert_int_equal(dl_record_parse(s, strlen(s), &o, &r, NULL), DL_OK);
    return r;
}

/* "rose to 290 on Monday": the day the count was taken; the blasts were
 * on Sunday, and the wounded of the same sentence are theirs */
static void test_a_tolls_update_day_is_not_the_attacks(void **state)
{
    (void)state;
    dl_record *r = parse_dated("The death toll from Sunday's bomb blasts on three churches "
                               "rose to 290 on Monday, police said, with about 500 people "
                               "wounded.\n",
                               "2019-04-22");
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_string_equal(e->mode, "explosives");
    assert_string_equal(e->date, "2019-04-21");
    assert_int_equal(e->nfigures, 2);
    dl_record_free(r);

    /* a day right after the count's verb dates the event as before */
    r = parse_dated("Gunmen killed 12 villagers on Monday.\n", "2019-04-24");
    assert_string_equal(fx_event(r, "ASSAULT", 0)->date, "2019-04-22");
    dl_record_free(r);
}

/* "the U.S. Embassy blasts": the embassy was hit; "the U.S. embassies in
 * Kenya and Tanzania": the embassies are in Kenya, not in the U.S. */
static void test_a_building_before_an_attack_was_hit(void **state)
{
    (void)state;
    dl_record *r = parse_dated("Investigators are still studying last year's U.S. Embassy "
                               "blasts.\n",
                               "1999-10-08");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->actor, -1);
    assert_true(e->target >= 0);
    assert_string_equal(dl_record_actor(r, (size_t)e->target)->text, "U.S. Embassy");
    dl_record_free(r);

    r = parse_dated("Two bombs exploded outside the U.S. embassies in Kenya and Tanzania "
                    "on 7 August.\n",
                    "1998-08-08");
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_true(e->place >= 0);
    assert_string_equal(dl_record_place(r, (size_t)e->place)->country, "KE");
    dl_record_free(r);

    /* the embassy speaking is an actor as before */
    r = parse_dated("The embassy said militants attacked a convoy in Kabul.\n", "2020-05-03");
    e = fx_event(r, "ASSAULT", 0);
    assert_true(e->target < 0 ||
                strcmp(dl_record_actor(r, (size_t)e->target)->text, "embassy") != 0);
    dl_record_free(r);
}

/* "no South Africans had been affected by the blasts": the blasts are
 * presumed, not denied */
static void test_no_reaches_no_event_with_its_own_determiner(void **state)
{
    (void)state;
    dl_record *r = parse_dated("Two bombs exploded in Nairobi on Friday. No South Africans "
                               "had been affected by the blasts, the ministry said.\n",
                               "1998-08-08");
    for (size_t i = 0; i < dl_record_nevents(r); i++)
        assert_false(dl_record_event(r, i)->negated);
    dl_record_free(r);
    /* "No arrests were made": denied as before */
    r = parse_dated("No arrests were made in Nairobi on Friday.\n", "1998-08-08");
    assert_true(fx_event(r, "COERCE", 0)->negated);
    dl_record_free(r);
}

/* "South Africa deplored the bomb blasts which killed scores": the
 * blasts' doer is not the country that deplored them */
static void test_a_relative_clause_is_its_nouns(void **state)
{
    (void)state;
    dl_record *r = parse_dated("South Africa deplored the bomb blasts which killed scores of "
                               "people in Nairobi.\n",
                               "1998-08-08");
    for (size_t i = 0; i < dl_record_nevents(r); i++)
        if (!strcmp(dl_record_event(r, i)->type, "ASSAULT"))
            assert_int_equal(dl_record_event(r, i)->actor, -1);
    dl_record_free(r);
    /* without the relative pronoun the country is the doer as before */
    r = parse_dated("Russia struck Odesa with drones on Monday.\n", "2023-07-18");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_true(e->actor >= 0);
    assert_string_equal(dl_record_actor(r, (size_t)e->actor)->country, "RU");
    dl_record_free(r);
}

/* "the Kenya embassy bombing": a place in the trigger's noun phrase names
 * where, over a city after "near"; the passive's "by" after it is not the
 * bombing's doer */
static void test_a_place_in_the_attacks_name_is_where(void **state)
{
    (void)state;
    dl_record *r = parse_dated("The coffins arrived at an air base near Washington, where "
                               "victims of the Kenya embassy bombing were received by the "
                               "Secretary of State.\n",
                               "1998-08-14");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_true(e->place >= 0);
    assert_string_equal(dl_record_place(r, (size_t)e->place)->country, "KE");
    assert_int_equal(e->actor, -1);
    dl_record_free(r);
}

/* "the attack on an election rally": a campaign event is no protest; a
 * protest rally attacked still is one */
static void test_an_election_rally_is_no_protest(void **state)
{
    (void)state;
    dl_record *r = parse_dated("A bomb exploded at an election rally in Sibi on Tuesday, "
                               "killing four people.\n",
                               "2024-02-03");
    assert_int_equal(fx_count(r, "PROTEST"), 0);
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    dl_record_free(r);
    r = parse_dated("Police fired on a rally of opposition supporters in Dhaka on Tuesday.\n",
                    "2024-02-03");
    assert_int_equal(fx_count(r, "PROTEST"), 1);
    dl_record_free(r);
}

/* "A second strike hit the market", "Shells fell on a displacement site":
 * a strike or a shell that strikes something is an attack; a labour
 * strike, or missiles falling into the sea, are not */
static void test_a_strike_that_hits_is_an_attack(void **state)
{
    (void)state;
    dl_record *r = parse_dated("A second strike hit the market in Sake on Friday.\n",
                               "2024-02-08");
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    dl_record_free(r);
    r = parse_dated("Shells fell on a displacement site near Mugunga.\n", "2024-02-08");
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    dl_record_free(r);
    r = parse_dated("Dock workers began a strike in Mombasa on Friday. The missiles fell "
                    "into the sea.\n",
                    "2024-02-08");
    assert_int_equal(fx_count(r, "ASSAULT"), 0);
    dl_record_free(r);
    /* what the strikes did names them too, and their side is the doer */
    r = parse_dated("Russian strikes killed five people in Kharkiv.\n", "2024-02-08");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_string_equal(e->trigger_text, "strikes");
    assert_true(e->actor >= 0);
    assert_string_equal(dl_record_actor(r, (size_t)e->actor)->country, "RU");
    dl_record_free(r);
}

/* An overnight barrage and the strikes of it told after: a country
 * after the wire dateline's dash is the subject; each strike with its own
 * town and toll is its own event ("died after a drone hit his car" is
 * the drone's toll); a second verb after "and had" shares the subject;
 * "military-industrial" is no actor; drones are weapons as missiles are,
 * and a single missile or drone that hits is an attack. */
static void test_strikes_of_an_overnight_barrage_keep_their_towns(void **state)
{
    (void)state;
    dl_record *r = parse_dated(
        "KYIV, Oct 14 (Reuters) - Russia launched 45 drones at Ukraine overnight, "
        "the air force said.\n\n"
        "Two people were killed and 11 wounded when a missile struck an apartment "
        "building in the southern city of Odesa, the governor said.\n\n"
        "In the Kharkiv region, a 64-year-old man died after a drone hit his car "
        "near the village of Zolochiv, local officials said.\n\n"
        "Russia's defence ministry said its forces had struck \"military-industrial "
        "facilities\" and had taken control of the village of Hirnyk.\n",
        "2024-10-14");
    assert_int_equal(fx_count(r, "ASSAULT"), 4);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_true(e->actor >= 0);
    assert_string_equal(dl_record_actor(r, (size_t)e->actor)->text, "Russia");
    assert_int_equal(e->nfigures, 0);
    e = fx_event(r, "ASSAULT", 1);
    assert_int_equal(e->nfigures, 2);
    assert_string_equal(r->places[e->place].pub.text, "Odesa");
    e = fx_event(r, "ASSAULT", 2);
    assert_int_equal(e->nfigures, 1);
    assert_string_equal(r->places[e->place].pub.text, "Zolochiv");
    e = fx_event(r, "COERCE", 0);
    assert_non_null(e);
    assert_string_equal(e->mode, "seize");
    assert_true(e->actor >= 0);
    assert_string_equal(dl_record_actor(r, (size_t)e->actor)->text, "forces");
    for (size_t i = 0; i < dl_record_nactors(r); i++)
        assert_string_not_equal(dl_record_actor(r, i)->text, "military");
    dl_record_free(r);
}

/* Events of a type (NULL: of any) in text s reported on `date`. */
static size_t count_dated(const char *s, const char *date, const char *type)
{
    dl_record *r = parse_dated(s, date);
    size_t n = type ? fx_count(r, type) : dl_record_nevents(r);
    dl_record_free(r);
    return n;
}

/* Deeds their verb names with its object: armed forces demolishing
 * homes (not a city a stadium), one sentenced by name (not a name
 * released, which may be a document's), forces regaining control,
 * protesters blocking roads; drones seen and a state taking control of a
 * firm are none; a killing hours after another deed is not its toll. */
static void deeds_named_with_their_objects(void **state)
{
    (void)state;
    static const char *const date = "2024-10-14";
    assert_int_equal(count_dated("Press release\n\nIsraeli forces demolished 15 Palestinian "
                                 "homes in East Jerusalem last month.\n", date, "ASSAULT"), 1);
    assert_int_equal(count_dated("Press release\n\nThe city demolished the old stadium last "
                                 "month.\n", date, NULL), 0);
    assert_int_equal(count_dated("Press release\n\nThe junta sentenced Aung San Suu Kyi to "
                                 "four more years in prison on Monday.\n", date, "COERCE"), 1);
    assert_int_equal(count_dated("Press release\n\nThe ministry released New Guidelines on "
                                 "Monday.\n", date, NULL), 0);
    dl_record *r = parse_dated("Press release\n\nThe Sudanese Armed Forces regained control "
                               "of the Omdurman broadcasting headquarters on 12 March 2024.\n",
                               date);
    assert_int_equal(fx_count(r, "COERCE"), 1);
    assert_string_equal(fx_event(r, "COERCE", 0)->mode, "seize");
    dl_record_free(r);
    assert_int_equal(count_dated("Press release\n\nProtesters blocked roads in Nairobi for a "
                                 "second day on Wednesday.\n", date, "PROTEST"), 1);
    assert_int_equal(count_dated("Drones were spotted near the airport. The state took "
                                 "control of the airline in 2020.\n", date, NULL), 0);
    assert_int_equal(count_dated("Five people were killed in the town hours after police "
                                 "opened fire on a market.\n", date, "ASSAULT"), 2);
}

/* What is done about an event told before dates the doing, not the
 * event ("On Wednesday, the president said the deaths would be
 * investigated"); a verb acting on the event does date it ("in 1961 ...
 * repelled their invasion"); a trigger glued to a hyphen is a modifier
 * ("the fought-over child", "the bombed-out building"); a custody battle
 * is no battle. */
static void a_reaction_day_does_not_date_the_deed(void **state)
{
    (void)state;
    dl_record *r = parse_dated("Police shot dead 23 protesters on Tuesday. On Wednesday, "
                               "the president said the deaths would be investigated. The "
                               "minister on Thursday ordered an inquiry into the killings.\n",
                               "2024-06-28");
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    assert_string_equal(fx_event(r, "ASSAULT", 0)->date, "2024-06-25");
    dl_record_free(r);
    /* a time between a verb and "that" dates the verb: the ruling, not
     * the massacre told before */
    r = parse_dated("In July 1995, more than 8,000 men and boys were murdered in "
                    "Srebrenica. The International Court of Justice ruled in 2007 that "
                    "the massacre constituted genocide.\n",
                    "2023-07-11");
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    assert_string_equal(fx_event(r, "ASSAULT", 0)->date, "1995-07");
    dl_record_free(r);
    r = parse_dated("His mother died at sea last November. Cuban exiles failed to "
                    "overthrow Castro in 1961 when the communist leader repelled their "
                    "invasion at the Bay of Pigs.\n",
                    "2000-06-01");
    assert_int_equal(fx_count(r, "ASSAULT"), 2);
    assert_string_equal(fx_event(r, "ASSAULT", 1)->date, "1961");
    dl_record_free(r);
    r = parse_dated("The court refused to hear the fought-over custody case. A rescue team "
                    "went to the bombed-out building. The relatives vowed to continue "
                    "their custody battle.\n",
                    "2000-06-01");
    assert_int_equal(fx_count(r, "ASSAULT"), 0);
    dl_record_free(r);
}

/* "The Philippines said that Chinese coast guard personnel boarded ...,
 * wounding a Filipino sailor": the speaking country is the source, not
 * where it happened; a coast guard is a force; a sailor counts. */
static void a_speaking_country_is_no_place_of_the_deed(void **state)
{
    (void)state;
    dl_record *r = parse_dated("Press release\n\nThe Philippines said that Chinese coast "
                               "guard personnel boarded navy boats near the shoal on Monday, "
                               "wounding a Filipino sailor.\n",
                               "2024-06-18");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->place, -1);
    assert_true(e->actor >= 0);
    assert_string_equal(dl_record_actor(r, (size_t)e->actor)->text,
                        "Chinese coast guard personnel");
    assert_int_equal(e->nfigures, 1);
    assert_string_equal(e->attributed_to.text, "The Philippines");
    dl_record_free(r);
}

/* A tally over a range of weeks and a deed of one day told after it are
 * two events; the dateline's agency in brackets takes no role; "12 alleged
 * gang members" is no report whose time would date the killing */
static void test_a_day_deed_is_not_the_tally_over_weeks(void **state)
{
    (void)state;
    dl_record *r = parse_dated("Port-au-Prince, 28 March 2024 (OHCHR) \xe2\x80\x93 At least 1,554 "
                               "people were killed in Haiti between 1 January and 22 March "
                               "2024, the UN Human Rights Office said today. In the commune "
                               "of Cabaret, gang members attacked residents on 14 March. "
                               "Police officers killed 12 alleged gang members in Delmas on "
                               "15 March.\n",
                               "2024-03-28");
    assert_int_equal(fx_count(r, "ASSAULT"), 3);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_int_equal(e->target, -1);
    e = fx_event(r, "ASSAULT", 2);
    assert_string_equal(e->date, "2024-03-15");
    dl_record_free(r);
    /* so are deeds of a month told after crimes charged over months */
    r = parse_dated("The Hague - Mr Abd-Al-Rahman is accused of crimes allegedly "
                    "committed in Darfur between August 2003 and April 2004, including "
                    "murder and torture. According to the Prosecution, at least 100 "
                    "people were killed in August 2003 and some 300 men were executed "
                    "in March 2004.\n",
                    "2024-03-20");
    assert_int_equal(fx_count(r, "ASSAULT"), 3);
    assert_string_equal(fx_event(r, "ASSAULT", 2)->date, "2004-03");
    dl_record_free(r);
}

/* "Rescue operations lasted 26 hours": work to save people is no
 * operation of force, nor a mention of the strike told before */
static void test_a_rescue_operation_is_no_operation_of_force(void **state)
{
    (void)state;
    dl_record *r = parse_dated("A missile struck a residential building in Odesa on "
                               "Friday, killing 10 people. Rescue operations lasted 26 "
                               "hours. Search and rescue operations continued in Dnipro.\n",
                               "2024-03-02");
    assert_int_equal(dl_record_nevents(r), 1);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->nevidence, 1);
    dl_record_free(r);
}

/* "Troops neutralised 18 terrorists and rescued 42 kidnapped hostages":
 * the abduction counted is no deed of the troops, nor one with their
 * killing */
static void test_a_participle_before_a_noun_is_what_was_done_to_them(void **state)
{
    (void)state;
    dl_record *r = parse_dated("Troops neutralised 18 terrorists and rescued 42 kidnapped "
                               "hostages in Zamfara State on Thursday.\n",
                               "2024-10-14");
    assert_int_equal(fx_count(r, "ASSAULT"), 2);
    const dl_event *k = fx_event(r, "ASSAULT", 0), *a = fx_event(r, "ASSAULT", 1);
    assert_null(k->mode);
    assert_true(k->actor >= 0);
    assert_string_equal(a->mode, "abduct");
    assert_int_equal(a->actor, -1);
    dl_record_free(r);
}

/* a police news release: "received a report that a man had been shot"
 * (the report's "that" ends the police's clause), "not life-threatening"
 * (no threat), "This was a brutal and senseless attack" (the attack told,
 * by a name) */
static void test_a_police_release_tells_one_shooting(void **state)
{
    (void)state;
    dl_record *r = parse_dated("Police Service of Northern Ireland\n\nNews release\n\n"
                               "Shortly before 11.30pm on Tuesday 9 April, police received a "
                               "report that a man had been shot in the legs in the Glen Road "
                               "area of Belfast. His injuries are described as serious but "
                               "not life-threatening. Detective Inspector Anne Curran said: "
                               "\"This was a brutal and senseless attack.\"\n",
                               "2024-04-12");
    assert_int_equal(fx_count(r, "THREATEN"), 0);
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_int_equal(e->target, -1);
    assert_string_equal(e->date, "2024-04-09T23:30");
    dl_record_free(r);
}

/* "alarmed by the surge in executions": a plural noun of an event takes
 * no subject, whoever is alarmed */
static void test_executions_take_no_subject(void **state)
{
    (void)state;
    dl_record *r = parse_dated("Amnesty International is alarmed by the surge in executions "
                               "in Iran in 2023.\n",
                               "2024-03-27");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->actor, -1);
    dl_record_free(r);
}

/* "issued warrants of arrest ... the unlawful deportation of children
 * from occupied areas of Ukraine to the Russian Federation": two deeds
 * of coercion, and the deportation is from where they were taken */
static void test_a_deportation_is_where_people_were_taken_from(void **state)
{
    (void)state;
    dl_record *r = parse_dated("The Court issued warrants of arrest for two individuals. "
                               "They are allegedly responsible for the unlawful deportation "
                               "of children from occupied areas of Ukraine to the Russian "
                               "Federation.\n",
                               "2023-03-17");
    assert_int_equal(fx_count(r, "COERCE"), 2);
    const dl_event *e = fx_event(r, "COERCE", 1);
    assert_string_equal(e->mode, "expel");
    assert_true(e->place >= 0);
    assert_string_equal(dl_record_place(r, (size_t)e->place)->country, "UA");
    dl_record_free(r);
}

/* "fired an anti-tank missile toward IDF troops": a weapon aimed at a
 * target; "eliminated several terrorists" a killing where forces act */
static void test_a_missile_fired_toward_troops_is_an_attack(void **state)
{
    (void)state;
    dl_record *r = parse_dated("Statement\n\nUpdate on the operations in Gaza\n\nEarlier today, a terrorist fired an anti-tank missile toward "
                               "troops near Netiv HaAsara.\n\nIn Khan Yunis, troops eliminated "
                               "several terrorists.\n",
                               "2024-01-09");
    assert_int_equal(fx_count(r, "MOBILIZE"), 0);
    assert_int_equal(fx_count(r, "ASSAULT"), 2);
    assert_string_equal(fx_event(r, "ASSAULT", 0)->mode, "explosives");
    assert_int_equal(fx_event(r, "ASSAULT", 1)->nfigures, 1);
    dl_record_free(r);
}

/* "the driver, born in 1977, was seriously injured": a birth year dates
 * no event; the morning's time does */
static void test_a_birth_year_dates_no_event(void **state)
{
    (void)state;
    dl_record *r = parse_dated("Statement\n\nLandmine explosion in Kalbajar district\n\n"
                               "On 17 July 2023, at around 10:30, a truck hit an anti-tank "
                               "mine in the Kalbajar district. As a result, the driver, "
                               "Khanlar Mammadov, born in 1977, was seriously injured.\n",
                               "2023-07-18");
    for (size_t i = 0; i < dl_record_nevents(r); i++) {
        const char *d = dl_record_event(r, i)->date;
        assert_true(d == NULL || strncmp(d, "1977", 4) != 0);
    }
    dl_record_free(r);
}

/* a ministry's statement on a strike abroad: the strike is where the
 * building hit stands ("the Embassy of X in Damascus"), by the state the
 * text names with its own words ("the Zionist regime": Israel's
 * government, the name kept as written) */
static void test_a_strike_on_an_embassy_abroad(void **state)
{
    (void)state;
    dl_record *r = parse_dated("Statement by the Ministry of Foreign Affairs of the Islamic "
                               "Republic of Iran\n\nTehran, 2 April 2024\n\nThe Ministry "
                               "condemns the Zionist regime's missile attack on the consular "
                               "section of the Embassy of the Islamic Republic of Iran in "
                               "Damascus on Monday, 1 April, which killed seven military "
                               "advisers.\n",
                               NULL);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_string_equal(e->mode, "explosives");
    assert_true(e->place >= 0);
    assert_string_equal(dl_record_place(r, (size_t)e->place)->name, "Damascus");
    assert_true(e->actor >= 0);
    const dl_actor *a = dl_record_actor(r, (size_t)e->actor);
    assert_string_equal(a->text, "Zionist regime");
    assert_string_equal(a->country, "IL");
    dl_record_free(r);
}

/* "New Zealand said Friday in response to U.S. missile attacks on sites in
 * Sudan": the speaker is no doer, and the country before the attacks is
 * whose they are, not where */
static void test_a_country_before_its_attacks_is_no_place(void **state)
{
    (void)state;
    dl_record *r = parse_dated("Statement\n\nReactions to the strikes\n\nNew Zealand said "
                               "on Friday in response to U.S. missile attacks on alleged "
                               "terrorist sites in Sudan that the strikes were justified.\n",
                               "1998-08-21");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_true(e->place >= 0);
    assert_string_equal(dl_record_place(r, (size_t)e->place)->country, "SD");
    assert_true(e->actor < 0 || strcmp(dl_record_actor(r, (size_t)e->actor)->country, "NZ"));
    dl_record_free(r);
}

/* "urge the military authorities to release all those arbitrarily
 * detained": the detentions named before, not the authorities detained;
 * "Most of the rockets were destroyed": the weapons of the attack told, no
 * show of force */
static void test_references_to_people_and_weapons_named(void **state)
{
    (void)state;
    dl_record *r = parse_dated("Statement\n\nDetentions in Niger\n\nPresident Mohamed "
                               "Bazoum has been detained in Niamey since 26 July. \"We urge the "
                               "military authorities to release all those arbitrarily "
                               "detained,\" the spokesperson said.\n",
                               "2023-08-14");
    assert_int_equal(fx_count(r, "COERCE"), 1);
    dl_record_free(r);
    r = parse_dated("Statement\n\nShelling of Belgorod\n\nOn 29 December, rockets were "
                    "fired at the city of Belgorod. Most of the rockets were destroyed by air "
                    "defence systems.\n",
                    "2023-12-30");
    assert_int_equal(fx_count(r, "MOBILIZE"), 0);
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    dl_record_free(r);
}

/* "Police fired tear gas and rubber bullets at protesters, injuring at
 * least 40": the injuring is the police's deed; "Police said 9 officers
 * were hurt" names no target of it */
static void test_injuries_after_a_dispersal_are_the_polices_deed(void **state)
{
    (void)state;
    dl_record *r = parse_dated("Statement\n\nClashes outside the legislature\n\nPolice "
                               "fired tear gas, rubber bullets and water cannon at thousands "
                               "of protesters in Nairobi on Tuesday, injuring at least 40 "
                               "people. Police said 9 officers were hurt.\n",
                               "2024-06-26");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_true(e->actor >= 0);
    assert_string_equal(dl_record_actor(r, (size_t)e->actor)->sector, "police");
    assert_true(e->target < 0 ||
                strcmp(dl_record_actor(r, (size_t)e->target)->sector, "police") != 0);
    dl_record_free(r);
}

/* A wire story with no year: "late on Tuesday" and "Last month" stay
 * unresolved, but they are other times, so two events. */
static void test_unresolved_times_apart_keep_events_apart(void **state)
{
    (void)state;
    dl_record *r = parse_dated("OUAGADOUGOU, Nov 6 (Reuters) - Gunmen killed at least 11 "
                               "people at a gold mining site in northern Burkina Faso "
                               "late on Tuesday, two security sources said.\n\nLast month, "
                               "at least 20 soldiers were killed when militants ambushed a "
                               "military convoy in the Sahel region.\n",
                               NULL);
    assert_int_equal(fx_count(r, "ASSAULT"), 2);
    dl_record_free(r);
}

/* A wire story with no year: a known date two sentences back does not
 * carry past "Last month", which cannot be anchored: the army's warning
 * after it is not of April 2023. */
static void test_a_known_date_does_not_carry_past_an_unanchored_one(void **state)
{
    (void)state;
    dl_record *r = parse_dated("KHARTOUM, Sept 3 (Reuters) - The war erupted in mid-April "
                               "2023. Last month, a panel said both sides had committed "
                               "crimes. The army said it would respond in the coming "
                               "hours.\n",
                               NULL);
    const dl_event *e = fx_event(r, "THREATEN", 0);
    assert_non_null(e);
    assert_null(e->date);
    dl_record_free(r);
}

/* "KHARTOUM, 20 June 2023 (Reuters) - Fighting resumed ...": the
 * capitalised first word after a wire dateline with a date opens the
 * sentence, and may name an event. */
static void test_a_trigger_opens_the_story_after_a_dated_dateline(void **state)
{
    (void)state;
    dl_record *r = parse_dated("KHARTOUM, 20 June 2023 (Reuters) - Fighting resumed in "
                               "the early hours of Sunday in Omdurman.\n", NULL);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_string_equal(e->date, "2023-06-18TMO");
    dl_record_free(r);
}

/* "The abduction came hours after a bomb blast in Abuja": the place
 * after "came hours after" and another deed is that deed's: "The
 * abduction" is the one in Maiduguri told before, the blast is in Abuja */
static void test_a_deed_that_came_after_another_keeps_its_place(void **state)
{
    (void)state;
    dl_record *r = parse_dated(
        "LAGOS, Nigeria, April 16 (Reuters) - Gunmen abducted about 100 "
        "schoolgirls from a school in Maiduguri late on Monday, residents "
        "said.\n\nThe abduction came hours after a bomb blast at a bus station in "
        "Abuja killed at least 71 people.\n",
        "2014-04-16");
    const dl_event *e = fx_trigger(r, "abducted");
    assert_non_null(e);
    fx_place_is(r, e, "Maiduguri");
    assert_null(fx_trigger(r, "abduction")); /* it names the abduction told */
    const dl_event *b = fx_trigger(r, "blast");
    assert_non_null(b);
    assert_true(b != e);
    fx_place_is(r, b, "Abuja");
    dl_record_free(r);
}

/* "Several hundred men were detained and taken to filtration points in
 * Mozdok, where many of them were beaten": the detention was not in
 * Mozdok (they were taken there), and the beating there is no part of the
 * killing told in the sentence before */
static void test_people_taken_somewhere_were_not_seized_there(void **state)
{
    (void)state;
    dl_record *r = parse_dated(
        "Moscow, 7 April 2005\n\nTen years ago, on 7 and 8 April 1995, troops "
        "entered the village of Samashki. At least 103 residents of the village "
        "were killed. Several hundred men were detained and taken to filtration "
        "points in Mozdok, where many of them were beaten.\n",
        NULL);
    const dl_event *k = fx_trigger(r, "killed");
    assert_non_null(k);
    fx_place_is(r, k, "Samashki");
    const dl_event *d = fx_trigger(r, "detained");
    assert_non_null(d);
    assert_true(d->place < 0 || strcmp(dl_record_place(r, (size_t)d->place)->text, "Mozdok"));
    const dl_event *b = fx_trigger(r, "beaten");
    assert_non_null(b);
    assert_true(b != k);
    fx_place_is(r, b, "Mozdok");
    dl_record_free(r);
}

/* "forcibly disappeared": an abduction, and its people are missing */
static void test_a_forced_disappearance_is_an_abduction(void **state)
{
    (void)state;
    dl_record *r = parse_dated(
        "Mexico City, 26 September 2024\n\nTen years have passed since the night "
        "of 26 to 27 September 2014, when 43 students of the Raul Isidro Burgos "
        "Rural Teachers' College of Ayotzinapa were forcibly disappeared in "
        "Iguala, Guerrero.\n",
        NULL);
    const dl_event *e = fx_trigger(r, "forcibly disappeared");
    assert_non_null(e);
    assert_string_equal(e->type, "ASSAULT");
    assert_string_equal(e->mode, "abduct");
    fx_place_is(r, e, "Iguala");
    int found = 0;
    for (size_t i = 0; i < dl_record_nfigures(r); i++) {
        const dl_figure *f = dl_record_figure(r, i);
        if (!strcmp(f->kind, "missing") && f->value == 43 && f->event && !strcmp(f->event, e->id))
            found = 1;
    }
    assert_true(found);
    dl_record_free(r);
}

/* "The attackers ... set fire to several buildings" after an abduction by
 * gunmen: the doers named as such go on with that attack, in a paragraph
 * of its own too; on another day they do another deed */
static void test_the_attackers_go_on_with_their_attack(void **state)
{
    (void)state;
    dl_record *r = parse_dated(
        "LAGOS, Nigeria, April 16 (Reuters) - Gunmen abducted about 100 "
        "schoolgirls from a school in Maiduguri late on Monday, residents said.\n\n"
        "The attackers arrived in trucks shortly before midnight, overpowered the "
        "guards and set fire to several buildings, an official said.\n",
        "2014-04-16");
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    dl_record_free(r);
    r = parse_dated(
        "LAGOS, Nigeria, April 16 (Reuters) - Gunmen killed five villagers in "
        "Maiduguri on April 7, residents said.\n\n"
        "On Monday, the attackers set fire to a market in Kano.\n",
        "2014-04-16");
    assert_int_equal(fx_count(r, "ASSAULT"), 2);
    dl_record_free(r);
}

/* people seized are hostages and the seizure an abduction; a town or
 * drugs seized stay a seizure */
static void test_people_seized_are_abducted(void **state)
{
    (void)state;
    dl_record *r = parse_dated("On 17 February, gunmen seized 27 students and three "
                               "staff members from a college in Kagara.\n",
                               "2021-03-02");
    const dl_event *e = fx_trigger(r, "seized");
    assert_non_null(e);
    assert_string_equal(e->type, "ASSAULT");
    assert_string_equal(e->mode, "abduct");
    size_t n = 0;
    for (size_t i = 0; i < dl_record_nfigures(r); i++)
        n += !strcmp(dl_record_figure(r, i)->kind, "hostages");
    assert_int_equal(n, 2);
    dl_record_free(r);
    r = parse_dated("Two foreign engineers were seized in Kaduna on Monday.\n", "2021-03-02");
    assert_string_equal(fx_trigger(r, "seized")->mode, "abduct");
    dl_record_free(r);
    r = parse_dated("Police seized 40 kilograms of heroin on Monday. Rebels seized "
                    "several localities in the west.\n",
                    "2021-03-02");
    assert_int_equal(dl_record_nfigures(r), 0);
    assert_int_equal(fx_count(r, "ASSAULT"), 0);
    dl_record_free(r);
}

/* "was felt as far away as Cyprus": how far it reached, not where */
static void test_how_far_a_blast_was_felt_is_no_place(void **state)
{
    (void)state;
    dl_record *r = parse_dated("BEIRUT, Aug 5 (Reuters) - A blast at the port killed at least "
                               "135 people. The blast was felt as far away as Cyprus.\n",
                               NULL);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    for (size_t i = 0; i < dl_record_nevents(r); i++) {
        const dl_event *x = dl_record_event(r, i);
        assert_true(x->place < 0 || strcmp(dl_record_place(r, (size_t)x->place)->text, "Cyprus"));
    }
    dl_record_free(r);
}

/* a police release's paragraphs of a sentence or two: a deed that opens
 * its sentence and names its day goes on with the one told just before,
 * when the days agree; on another day it is another */
static void test_a_dated_deed_opening_a_paragraph_goes_on(void **state)
{
    (void)state;
    dl_record *r = parse_dated(
        "THAMES VALLEY POLICE\nNews release - 21 June 2020\n\n"
        "Two people died following a stabbing in Forbury Gardens, Reading, "
        "yesterday evening.\n\n"
        "Officers were called to the park shortly before 7pm on Saturday after a "
        "man attacked members of the public with a knife.\n",
        NULL);
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    dl_record_free(r);
    r = parse_dated(
        "THAMES VALLEY POLICE\nNews release - 21 June 2020\n\n"
        "Two people died following a stabbing in Forbury Gardens, Reading, "
        "yesterday evening.\n\n"
        "On Tuesday a man attacked two shop workers with a knife in Reading.\n",
        NULL);
    assert_int_equal(fx_count(r, "ASSAULT"), 2);
    dl_record_free(r);
}

/* "Indian commandos killed the last gunmen ..., ending a 60-hour rampage
 * that left at least 166 people dead": what was ended is another deed,
 * with its own toll; commandos are forces */
static void test_what_a_deed_ended_is_another(void **state)
{
    (void)state;
    dl_record *r = parse_dated(
        "MUMBAI, India (AP) - Indian commandos killed the last gunmen holed up in a "
        "hotel on Saturday, ending a 60-hour rampage that left at least 166 people "
        "dead.\n",
        "2008-11-30");
    const dl_event *k = fx_trigger(r, "killed"), *g = fx_trigger(r, "rampage");
    assert_non_null(k);
    assert_non_null(g);
    assert_true(k != g);
    fx_actor_is(r, k->actor, "Indian commandos");
    assert_string_equal(dl_record_actor(r, (size_t)k->actor)->sector, "military");
    for (size_t i = 0; i < dl_record_nfigures(r); i++)
        if (dl_record_figure(r, i)->value == 166)
            assert_string_equal(dl_record_figure(r, i)->event, g->id);
    dl_record_free(r);
}

/* "The cabinet declared a state of emergency ... and ordered port
 * officials to be placed under house arrest": two coercions of other
 * modes; the cabinet is a government body */
static void test_two_coercions_of_other_modes_stay_apart(void **state)
{
    (void)state;
    dl_record *r = parse_dated("BEIRUT, Aug 5 (Reuters) - The cabinet declared a two-week "
                               "state of emergency in the city and ordered port officials "
                               "to be placed under house arrest.\n",
                               NULL);
    const dl_event *a = fx_trigger(r, "state of emergency"), *b = fx_trigger(r, "house arrest");
    assert_non_null(a);
    assert_non_null(b);
    assert_true(a != b);
    assert_string_equal(b->mode, "arrest");
    int cabinet = 0;
    for (size_t i = 0; i < dl_record_nactors(r); i++)
        cabinet |= !strcmp(dl_record_actor(r, i)->text, "cabinet") &&
                   !strcmp(dl_record_actor(r, i)->sector, "government");
    assert_true(cabinet);
    dl_record_free(r);
}

/* "Among those killed were citizens of Britain, France and Canada": whose
 * people they were, not where the attack was */
static void test_the_victims_nationalities_are_no_place(void **state)
{
    (void)state;
    dl_record *r = parse_dated("NAIROBI (AFP) - Gunmen stormed a shopping mall on Saturday. "
                               "Among those killed were citizens of Britain, France and "
                               "Canada.\n",
                               "2013-09-24");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_true(e->place < 0 ||
                !strcmp(dl_record_place(r, (size_t)e->place)->text, "NAIROBI"));
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    dl_record_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_deed_that_came_after_another_keeps_its_place),
        cmocka_unit_test(test_the_victims_nationalities_are_no_place),
        cmocka_unit_test(test_two_coercions_of_other_modes_stay_apart),
        cmocka_unit_test(test_what_a_deed_ended_is_another),
        cmocka_unit_test(test_a_dated_deed_opening_a_paragraph_goes_on),
        cmocka_unit_test(test_how_far_a_blast_was_felt_is_no_place),
        cmocka_unit_test(test_people_seized_are_abducted),
        cmocka_unit_test(test_the_attackers_go_on_with_their_attack),
        cmocka_unit_test(test_people_taken_somewhere_were_not_seized_there),
        cmocka_unit_test(test_a_forced_disappearance_is_an_abduction),
        cmocka_unit_test(test_a_trigger_opens_the_story_after_a_dated_dateline),
        cmocka_unit_test(test_unresolved_times_apart_keep_events_apart),
        cmocka_unit_test(test_a_known_date_does_not_carry_past_an_unanchored_one),
        cmocka_unit_test(test_a_tolls_update_day_is_not_the_attacks),
        cmocka_unit_test(test_a_building_before_an_attack_was_hit),
        cmocka_unit_test(test_no_reaches_no_event_with_its_own_determiner),
        cmocka_unit_test(test_a_relative_clause_is_its_nouns),
        cmocka_unit_test(test_a_place_in_the_attacks_name_is_where),
        cmocka_unit_test(test_an_election_rally_is_no_protest),
        cmocka_unit_test(test_a_participle_before_a_noun_is_what_was_done_to_them),
        cmocka_unit_test(test_a_police_release_tells_one_shooting),
        cmocka_unit_test(test_executions_take_no_subject),
        cmocka_unit_test(test_a_deportation_is_where_people_were_taken_from),
        cmocka_unit_test(test_a_missile_fired_toward_troops_is_an_attack),
        cmocka_unit_test(test_a_birth_year_dates_no_event),
        cmocka_unit_test(test_a_strike_on_an_embassy_abroad),
        cmocka_unit_test(test_a_country_before_its_attacks_is_no_place),
        cmocka_unit_test(test_references_to_people_and_weapons_named),
        cmocka_unit_test(test_injuries_after_a_dispersal_are_the_polices_deed),
        cmocka_unit_test(test_a_rescue_operation_is_no_operation_of_force),
        cmocka_unit_test(test_a_strike_that_hits_is_an_attack),
        cmocka_unit_test(test_strikes_of_an_overnight_barrage_keep_their_towns),
        cmocka_unit_test(deeds_named_with_their_objects),
        cmocka_unit_test(a_reaction_day_does_not_date_the_deed),
        cmocka_unit_test(a_speaking_country_is_no_place_of_the_deed),
        cmocka_unit_test(test_a_day_deed_is_not_the_tally_over_weeks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
