/* test_events_discourse.c - the events stage across sentences: merging
 * mentions of one event, references back, carried dates and places, the
 * aftermath, negation, hypotheticals and claims. */
#include "events_fixture.h"

static const char campaign[] =
    "On 12 March 1994 government troops moved into Kessala. A punitive "
    "operation against the villagers was carried out by the Presidential "
    "Guard. As a result of the operation, 41 people were killed. In the "
    "aftermath of the events dozens were arrested in the district. The "
    "tragedy of 12 March is remembered every year.\n";

static dl_record *campaign_record(void)
{
    dl_record *r = fx_parse(campaign, "2004-03-12");
    fx_time(r, NULL, "12 March 1994", "1994-03-12");
    fx_actor(r, NULL, "government troops", "KS", "military");
    fx_place(r, NULL, "Kessala", "KS", "city");
    fx_actor(r, NULL, "villagers", NULL, "civilians");
    fx_actor(r, NULL, "Presidential Guard", "KS", "security");
    fx_figure(r, NULL, "41 people", "killed", 41);
    fx_figure(r, NULL, "dozens", "arrested", -1);
    fx_time(r, "The tragedy", "12 March", "1994-03-12");
    fx_run(r);
    return r;
}

static void test_reference_merges_with_the_event_it_names(void **state)
{
    (void)state;
    dl_record *r = campaign_record();
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_string_equal(e->trigger_text, "punitive operation");
    assert_int_equal(e->nfigures, 1);
    assert_int_equal(e->target, 1);
    assert_int_equal(e->actor, 2);
    /* its sentence, the killed sentence and the tragedy sentence */
    assert_int_equal(e->nevidence, 3);
    dl_record_free(r);
}

static void test_date_and_place_carry_over_until_changed(void **state)
{
    (void)state;
    dl_record *r = campaign_record();
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_string_equal(e->date, "1994-03-12");
    assert_int_equal(e->place, 0);
    const dl_event *m = fx_event(r, "MOBILIZE", 0);
    assert_non_null(m);
    assert_int_equal(m->place, 0);
    assert_int_equal(m->actor, 0);
    dl_record_free(r);
}

/* "The day before, ... had been killed": a time counted from the story's
 * own sets the sentence apart: another attack, not the one just told. The
 * whole pipeline (the time stage names such times rel.anaphoric_shift). */
static void test_a_day_counted_from_the_story_is_another_event(void **state)
{
    (void)state;
    const char *s = "Statement\n\nDuring the night of 11 to 12 June 2022, gunmen "
                    "attacked the town, killing 79 civilians. The day before, on "
                    "11 June, 11 gendarmes had been killed in an attack on the "
                    "post.\n";
    dl_record *r = fx_parse_all(s);
    assert_int_equal(fx_count(r, "ASSAULT"), 2);
    dl_record_free(r);
}

/* "in a separate operation", "Elsewhere": the sentence tells of another
 * event; its deaths join none told before. */
static void test_a_separate_operation_is_another_event(void **state)
{
    (void)state;
    const char *s = "Statement\n\nGunmen killed 12 villagers in an attack on "
                    "Tudun Wada on Sunday. The army said troops had killed 20 "
                    "fighters in a separate operation near the border. "
                    "Elsewhere, three people were killed by a roadside bomb.\n";
    dl_record *r = fx_parse_all(s);
    assert_int_equal(fx_count(r, "ASSAULT"), 3);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_int_equal(e->nfigures, 1);
    dl_record_free(r);
}

/* Deaths told of a city in another first-level region are another event
 * (Mandalay lies in Mandalay Region, not in Sagaing). */
static void test_deaths_in_another_region_are_another_event(void **state)
{
    (void)state;
    const char *s = "Statement\n\nAn airstrike on a village in Sagaing region "
                    "killed at least 160 people. Five people were killed in "
                    "Mandalay.\n";
    dl_record *r = fx_parse_all(s);
    assert_int_equal(fx_count(r, "ASSAULT"), 2);
    dl_record_free(r);
}

/* "the release of 13 hostages" names a release; "the release of the
 * report" none. */
static void test_the_release_of_people_is_an_event(void **state)
{
    (void)state;
    const char *s = "Statement\n\nThe Government welcomes the release of 13 "
                    "hostages in Kidal. The release of the report was delayed.\n";
    dl_record *r = fx_parse_all(s);
    assert_int_equal(fx_count(r, "CONCEDE"), 1);
    const dl_event *e = fx_event(r, "CONCEDE", 0);
    assert_int_equal(e->nfigures, 1);
    assert_string_equal(dl_record_figure(r, (size_t)e->figures[0])->kind, "hostages");
    dl_record_free(r);
}

/* "As of 10:00 this morning" dates the count, not the killing: the toll
 * joins the night's attack. */
static void test_the_time_a_count_was_taken_dates_no_event(void **state)
{
    (void)state;
    const char *s = "Statement\n\n13 September 2022\n\nOn the night of 12 to 13 "
                    "September, armed forces shelled Goris. As of 10:00 this "
                    "morning, the Ministry of Defence reported 49 servicemen "
                    "killed.\n";
    dl_record *r = fx_parse_all(s);
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_int_equal(e->nfigures, 1);
    assert_string_equal(e->date, "2022-09-12TNI");
    dl_record_free(r);
}

/* "attacks carried out by the Russian Federation against ... Ukraine": the
 * country after "by" is the doer's state, not the place. */
static void test_a_country_after_by_is_the_doer(void **state)
{
    (void)state;
    const char *s = "Statement\n\nThe Russian armed forces launched drones at "
                    "Ukrainian cities. I transmit information on the attacks "
                    "carried out by the Russian Federation against civilian "
                    "infrastructure of Ukraine in April 2024.\n";
    dl_record *r = fx_parse_all(s);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_true(e->place >= 0);
    assert_string_equal(dl_record_place(r, (size_t)e->place)->country, "UA");
    assert_true(e->actor >= 0);
    assert_string_equal(dl_record_actor(r, (size_t)e->actor)->country, "RU");
    dl_record_free(r);
}

/* Who documents or interviews did no attack: "has documented at least
 * three attacks" (a count makes a noun, which takes no subject), "according
 * to survivors interviewed by Amnesty International" (no "by" of a source
 * names the doer). */
static void test_the_documenter_is_no_attacker(void **state)
{
    (void)state;
    const char *s = "Statement\n\nAmnesty International has documented at least "
                    "three attacks on El Fasher in February 2024. Shells struck a "
                    "camp, killing 14 people, according to survivors interviewed "
                    "by Amnesty International.\n";
    dl_record *r = fx_parse_all(s);
    for (size_t i = 0; i < dl_record_nevents(r); i++) {
        const dl_event *e = dl_record_event(r, i);
        if (e->actor >= 0)
            assert_string_not_equal(dl_record_actor(r, (size_t)e->actor)->name,
                                    "Amnesty International");
    }
    dl_record_free(r);
}

/* Disorder is a riot, and a group that threw bricks took part in it; a
 * stress disorder is none. */
static void test_disorder_is_a_riot(void **state)
{
    (void)state;
    const char *s = "Statement\n\nOfficers arrested 11 people following disorder "
                    "in Southport, when a group of around 300 people threw bricks "
                    "at police lines. A veteran treated for post-traumatic stress "
                    "disorder testified.\n";
    dl_record *r = fx_parse_all(s);
    assert_int_equal(fx_count(r, "PROTEST"), 1);
    const dl_event *e = fx_event(r, "PROTEST", 0);
    assert_string_equal(e->mode, "riot");
    assert_int_equal(e->nfigures, 1);
    assert_string_equal(dl_record_figure(r, (size_t)e->figures[0])->kind, "participants");
    dl_record_free(r);
}

/* "fired at the crowd" is shooting; "fired at 08:51" a time; tear gas
 * disperses. */
static void test_fired_at_a_target_not_a_time(void **state)
{
    (void)state;
    const char *s = "Statement\n\nSoldiers fired at the crowd in Mandalay. The "
                    "missile was fired at 08:51 from Jeongju. Police fired tear gas "
                    "at protesters. North Korea fired at least 10 missiles.\n";
    dl_record *r = fx_parse_all(s);
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    assert_string_equal(fx_event(r, "ASSAULT", 0)->mode, "firearms");
    assert_int_equal(fx_count(r, "COERCE"), 1);
    dl_record_free(r);
}

/* A stabbing is an attack; a charge of murder names the deed told, no
 * deed of its own. */
static void test_a_stabbing_and_a_charge_of_murder(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Metropolitan Police\n\nPublished: 16 January 2023\n\n"
                                "Officers were called at 11.40pm on Saturday, 14 January, to "
                                "reports of a stabbing on London Road, Croydon. A 21-year-old "
                                "man was arrested on Sunday and has been charged with "
                                "murder.\n");
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    assert_string_equal(fx_event(r, "ASSAULT", 0)->trigger_text, "stabbing");
    assert_int_equal(fx_count(r, "COERCE"), 1);
    dl_record_free(r);
}

/* Looting, evictions, sieges and blockades coerce. */
static void test_looting_evictions_and_sieges_coerce(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Militiamen looted the market.\n",
        "Authorities evicted 500 families.\n",
        "The army besieged the town for weeks.\n",
        "Forces blockaded the port.\n",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        assert_int_equal(fx_count_in(texts[i], "COERCE"), 1);
    assert_int_equal(fx_count_in("The eviction of the report was delayed.\n", "COERCE"), 0);
}

/* One missile aimed at a target is an attack as one that strikes is;
 * forces raiding a camp coerce, and the killing is an attack of its own. */
static void test_one_missile_aimed_and_a_raid(void **state)
{
    (void)state;
    assert_int_equal(fx_count_in("Houthi forces launched a missile at a commercial "
                                 "vessel in the Red Sea.\n", "ASSAULT"), 1);
    assert_int_equal(fx_count_in("North Korea tested a missile.\n", "ASSAULT"), 0);
    dl_record *r = fx_parse_all("Israeli forces raided the Jenin refugee camp on Monday, "
                                "killing two Palestinians.\n");
    assert_int_equal(fx_count(r, "COERCE"), 1);
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    dl_record_free(r);
}

/* "since 7 October" starts a running period: it dates no later sentence */
static void test_the_start_of_a_period_dates_no_later_sentence(void **state)
{
    (void)state;
    const char *s = "Statement\n\n15 November 2023\n\nThe death toll from "
                    "strikes since 7 October has risen to 11,320. More than 29,200 "
                    "people have been injured.\n";
    dl_record *r = fx_parse_all(s);
    for (size_t i = 0; i < dl_record_nevents(r); i++) {
        const dl_event *e = dl_record_event(r, i);
        assert_true(!e->date || strcmp(e->date, "2023-10-07"));
    }
    dl_record_free(r);
}

/* "the killing of more than 100 people ... on Saturday, 27 March, the
 * deadliest day since the military coup on 1 February": the coup is dated
 * by its own "on 1 February" (though the baseline of a comparison), the
 * killing is a point event of 27 March (a "since" after a superlative makes
 * no running total), the running total after "Since the coup" is a period
 * from the coup, and "He condemns" takes no date told before it. */
static void test_a_comparison_day_and_the_period_since(void **state)
{
    (void)state;
    const char *s = "Statement\n\nNew York, 30 March 2021\n\nThe Secretary-General is "
                    "saddened by the killing of more than 100 people by the security "
                    "forces on Saturday, 27 March, the deadliest day since the military "
                    "coup on 1 February. He condemns the continuing crackdown. Since the "
                    "coup, more than 500 people have been killed.\n";
    dl_record *r = fx_parse_all(s);
    const dl_event *kill = fx_trigger(r, "killing"), *coup = fx_trigger(r, "coup"),
                   *total = fx_trigger(r, "killed"), *cond = fx_trigger(r, "condemns");
    assert_non_null(kill);
    assert_string_equal(kill->date, "2021-03-27");
    assert_int_equal(kill->nfigures, 1);
    assert_non_null(coup);
    assert_string_equal(coup->date, "2021-02-01");
    assert_non_null(total);
    assert_null(total->date);
    assert_string_equal(total->when.start, "2021-02-01");
    assert_non_null(cond);
    assert_null(cond->date);
    dl_record_free(r);
}

/* "expressed alarm at" accuses; a time before an accusation is the
 * accusing's, not of what it is about. */
static void test_a_time_before_an_accusation_is_its_own(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Statement\n\n1 August 2024\n\nUN experts today expressed "
                                "alarm at the deadly crackdown on student-led protests in the "
                                "country.\n");
    const dl_event *acc = fx_event(r, "ACCUSE", 0), *crack = fx_event(r, "ASSAULT", 0),
                   *prot = fx_event(r, "PROTEST", 0);
    assert_non_null(acc);
    assert_string_equal(acc->date, "2024-08-01");
    assert_non_null(crack);
    assert_null(crack->date);
    assert_non_null(prot);
    assert_null(prot->date);
    dl_record_free(r);
}

/* Casualties told right after another deed on another day are of that
 * day, not of the attack told before it. */
static void test_casualties_after_another_days_deed(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Statement\n\n5 May 2024\n\nOn Monday, militants attacked "
                                "a checkpoint near the town, killing two soldiers. On "
                                "Tuesday, troops arrested 15 suspects in the village. One "
                                "soldier was lightly injured.\n");
    assert_int_equal(fx_count(r, "ASSAULT"), 2);
    const dl_event *hurt = fx_event(r, "ASSAULT", 1);
    assert_string_equal(hurt->date, "2024-04-30");
    assert_int_equal(hurt->nfigures, 1);
    dl_record_free(r);
}

/* A country inside an actor of the headline ("U.S. forces") is no place
 * where the story happens. */
static void test_a_headline_actors_country_is_no_place(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("U.S. forces leave the country\n\nThe Taliban seized "
                                "power.\n");
    const dl_event *e = fx_event(r, "COERCE", 0);
    assert_non_null(e);
    assert_int_equal(e->place, -1);
    dl_record_free(r);
}

/* "seeking aid": what is sought is hypothetical, and its trigger does not
 * keep the time from the deaths before it */
static void test_what_was_sought_is_hypothetical(void **state)
{
    (void)state;
    const char *s = "Statement\n\n3 March 2024\n\nWe are troubled by the deaths of "
                    "more than 100 people who were seeking humanitarian aid in the city "
                    "on 29 February.\n";
    dl_record *r = fx_parse_all(s);
    const dl_event *deaths = fx_event(r, "ASSAULT", 0), *aid = fx_event(r, "AID", 0);
    assert_non_null(deaths);
    assert_string_equal(deaths->date, "2024-02-29");
    assert_non_null(aid);
    assert_true(aid->hypothetical);
    dl_record_free(r);
}

/* "According to the IAEA, drones struck ...": the source is no doer */
static void test_a_cited_source_is_no_subject(void **state)
{
    (void)state;
    const char *s = "Statement\n\nAccording to the IAEA, drones struck the plant's "
                    "training centre and shelled the town.\n";
    dl_record *r = fx_parse_all(s);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->actor, -1);
    dl_record_free(r);
}

/* "ABUJA, March 3 -": the month of a dateline is no march. */
static void test_a_month_is_no_trigger(void **state)
{
    (void)state;
    const char *s = "Statement\n\nKANO, March 3 (Newswire) - Police arrested 15 "
                    "suspects after the attack.\n";
    dl_record *r = fx_parse_all(s);
    assert_int_equal(fx_count(r, "PROTEST"), 0);
    assert_int_equal(fx_count(r, "COERCE"), 1);
    dl_record_free(r);
    /* nor is a date on a line of its own, though it opens its sentence */
    r = fx_parse_all("IDF Spokesperson's Announcement\n\nMarch 12, 2024\n\nOver the past "
                     "day, troops apprehended 15 wanted individuals.\n");
    assert_int_equal(fx_count(r, "PROTEST"), 0);
    dl_record_free(r);
}

static void test_aftermath_dates_the_arrests_in_the_month(void **state)
{
    (void)state;
    dl_record *r = campaign_record();
    const dl_event *c = fx_event(r, "COERCE", 0);
    assert_non_null(c);
    assert_string_equal(c->mode, "arrest");
    assert_string_equal(c->date, "1994-03");
    assert_string_equal(c->when.type, "approximate");
    assert_string_equal(c->when.start, "1994-03-01");
    assert_string_equal(c->when.end, "1994-03-31");
    assert_int_equal(c->nfigures, 1);
    dl_record_free(r);
}

/* "In the months that followed": what came after the story's day, some
 * time later, takes only its year ("in the days that followed": its
 * month), approximate; where people fled "across the border to" is no
 * place carried on to the next deed */
static void test_a_later_span_and_a_flight_carry_nothing_on(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Tashkent, 10 May 2015 - On 13 May 2005 troops opened fire "
                                "on protesters in Andijan, killing 169 people. More than "
                                "500 people fled across the border to Kyrgyzstan. Police "
                                "arrested 40 men. In the months that followed, at least 200 "
                                "people were tried.\n");
    const dl_event *a = fx_event(r, "ASSAULT", 0);
    assert_non_null(a);
    assert_string_equal(a->date, "2005-05-13");
    const dl_event *c = fx_trigger(r, "arrested");
    assert_non_null(c);
    fx_place_is(r, c, "Andijan");
    const dl_event *t = fx_trigger(r, "tried");
    if (t)
        assert_null(t->date);
    dl_record_free(r);
    r = fx_parse_all("Tashkent, 10 May 2015 - On 13 May 2005 troops opened fire on protesters "
                     "in Andijan. In the months that followed, at least 200 people were "
                     "arrested.\n");
    c = fx_event(r, "COERCE", 0);
    assert_non_null(c);
    assert_string_equal(c->date, "2005"); /* some time later that year */
    assert_string_equal(c->when.type, "approximate");
    dl_record_free(r);
    r = fx_parse_all("Tashkent, 10 May 2015 - On 13 May 2005 troops opened fire on protesters "
                     "in Andijan. Hundreds were arrested in the days that followed.\n");
    c = fx_event(r, "COERCE", 0);
    assert_non_null(c);
    assert_string_equal(c->date, "2005-05");
    dl_record_free(r);
    /* a month of a year not known: that year, approximate */
    r = fx_parse_all("The Hague, 14 March 2024 - Troops attacked the town on 3 May 1995. In "
                     "2011 the case was reopened. The following month, police arrested two "
                     "men.\n");
    c = fx_event(r, "COERCE", 0);
    assert_non_null(c);
    assert_string_equal(c->date, "2011-XX");
    assert_string_equal(c->when.start, "2011-01-01");
    assert_string_equal(c->when.type, "approximate");
    dl_record_free(r);
}

/* "14 May: The office said 169 people had died": the day of the saying,
 * no day of the deaths, which join the shooting told before */
static void test_the_day_of_a_saying_of_deaths_before(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Tashkent, 10 May 2015 - On 13 May 2005 troops opened fire on "
                                "the crowd in Andijan.\n\n14 May: The Prosecutor General's "
                                "office said 169 people had died.\n");
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_string_equal(e->date, "2005-05-13");
    assert_int_equal(e->nfigures, 1);
    dl_record_free(r);
}

/* a live page's entry time dates its entry's deed only when the entry
 * gives no time of its own */
static void test_a_live_pages_entry_times(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("LIVE: Gunmen hold pupils at school\n\nUpdated 12 March 2024"
                                "\n\n13:40 GMT - Police arrested two suspects near the village, "
                                "a local official said.\n\n09:45 GMT - Armed men stormed the school in Kuriga at "
                                "around 07:00 GMT this morning.\n");
    const dl_event *a = fx_trigger(r, "stormed");
    assert_non_null(a);
    assert_string_equal(a->date, "2024-03-12T07:00");
    const dl_event *b = fx_trigger(r, "arrested");
    assert_non_null(b);
    assert_string_equal(b->date, "2024-03-12T13:40");
    dl_record_free(r);
}

/* a deed of one mode told again later in the text, within the day of
 * one dated to that day, at its place: that deed, its time refined; on
 * another day another */
static void test_a_deed_told_again_within_its_day(void **state)
{
    (void)state;
    const char *s = "Nairobi, 14 June 2024 - Soldiers fired on demonstrators in Bahir Dar "
                    "on June 6, 2024, killing at least 28 people.\n\nThe protests began "
                    "that morning. Witnesses said soldiers arrived at about 11 a.m. on June 6 "
                    "and opened fire without warning.\n";
    dl_record *r = fx_parse_all(s);
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    assert_string_equal(fx_event(r, "ASSAULT", 0)->date, "2024-06-06T11:00");
    dl_record_free(r);
    s = "Nairobi, 14 June 2024 - Soldiers fired on demonstrators in Bahir Dar on June 6, "
        "2024.\n\nOn June 9, soldiers opened fire on mourners in Bahir Dar.\n";
    assert_int_equal(fx_count_in(s, "ASSAULT"), 2);
    /* dated to the year that holds the day */
    r = fx_parse_all("Colombo, 22 May 2023 - The court sentenced three men for the bombing of "
                     "a bus station in Kandy more than four years ago.\n\nThe device "
                     "exploded at the bus stand at about 7.40 a.m. on 3 February 2019.\n");
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    dl_record_free(r);
}

static void test_every_event_is_a_claim_of_the_issuer_on_the_report_date(void **state)
{
    (void)state;
    dl_record *r = campaign_record();
    for (size_t i = 0; i < dl_record_nevents(r); i++) {
        const dl_event *e = dl_record_event(r, i);
        assert_string_equal(e->reported, "2004-03-12");
        assert_true(e->nevidence > 0);
        char id[24];
        snprintf(id, sizeof id, "e%zu", i + 1);
        assert_string_equal(e->id, id);
        assert_true(dl_record_event_nfills(r, i) > 0);
        assert_string_equal(dl_record_event_fill(r, i, 0)->slot, "trigger");
    }
    dl_record_free(r);
}

static void test_reference_to_nothing_named_makes_no_event(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The tragedy is remembered every year.\n", NULL);
    fx_run(r);
    assert_int_equal(dl_record_nevents(r), 0);
    dl_record_free(r);
}

static void test_definite_mention_on_another_date_is_another_event(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Rebels attacked a convoy on 2 June. The attack on "
                            "9 August was worse.\n", NULL);
    fx_time(r, NULL, "2 June", "2001-06-02");
    fx_time(r, NULL, "9 August", "2001-08-09");
    fx_run(r);
    assert_int_equal(fx_count(r, "ASSAULT"), 2);
    dl_record_free(r);
}

static void test_no_one_killed_is_negated(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Shots were heard, but no one was killed.\n", NULL);
    fx_run(r);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_true(e->negated);
    assert_false(e->hypothetical);
    dl_record_free(r);
}

static void test_not_only_does_not_negate(void **state)
{
    (void)state;
    dl_record *r = fx_parse("They were not only arrested but tortured.\n", NULL);
    fx_run(r);
    assert_false(fx_event(r, "COERCE", 0)->negated);
    dl_record_free(r);
    /* a qualifier of a count is no denial: "No fewer than 17 journalists
     * were arrested" counts 17 arrested */
    r = fx_parse_all("No fewer than 17 journalists were arrested. No less than 40 people "
                     "were killed.\n");
    const dl_event *e = fx_event(r, "COERCE", 0);
    assert_non_null(e);
    assert_false(e->negated);
    assert_int_equal(e->nfigures, 1);
    assert_false(fx_event(r, "ASSAULT", 0)->negated);
    dl_record_free(r);
    /* "failed to prevent", "did not prevent": what was not prevented
     * happened; "to prevent attacks" still looks ahead */
    r = fx_parse_all("Police failed to prevent the killing of 12 people. The army did "
                     "not prevent the attack.\n");
    assert_false(fx_event(r, "ASSAULT", 0)->hypothetical);
    assert_false(fx_event(r, "ASSAULT", 0)->negated);
    dl_record_free(r);
    r = fx_parse_all("Measures are needed to prevent attacks on civilians.\n");
    assert_true(fx_event(r, "ASSAULT", 0)->hypothetical);
    dl_record_free(r);
    /* "did not say how many": the count is unknown, the arrests happened */
    r = fx_parse_all("Police did not say how many people were arrested.\n");
    assert_false(fx_event(r, "COERCE", 0)->negated);
    dl_record_free(r);
}

/* a negation does not reach past "since", "after", "until": the clashes
 * are the time compared with, not denied */
static void test_negation_stops_at_a_time_word(void **state)
{
    (void)state;
    dl_record *r = fx_parse("We have not seen such numbers since the clashes of late "
                            "2022.\n", NULL);
    fx_run(r);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_false(e->negated);
    dl_record_free(r);
    r = fx_parse("Police did not arrest the leaders after the protest.\n", NULL);
    fx_run(r);
    assert_true(fx_event(r, "COERCE", 0)->negated);
    assert_false(fx_event(r, "PROTEST", 0)->negated);
    dl_record_free(r);
}

static void test_threat_is_an_event_and_what_it_threatens_is_hypothetical(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The governor threatened to arrest the strikers. "
                            "Such measures could lead to clashes.\n", NULL);
    fx_run(r);
    const dl_event *t = fx_event(r, "THREATEN", 0);
    assert_non_null(t);
    assert_false(t->hypothetical);
    assert_true(fx_event(r, "COERCE", 0)->hypothetical);
    assert_true(fx_event(r, "ASSAULT", 0)->hypothetical);
    dl_record_free(r);
}

static void test_event_dated_after_the_report_is_hypothetical(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Unions announced a general strike on 1 May 2031.\n",
                            "2030-04-20");
    fx_time(r, NULL, "1 May 2031", "2031-05-01");
    fx_run(r);
    const dl_event *e = fx_event(r, "PROTEST", 0);
    assert_non_null(e);
    assert_string_equal(e->mode, "strike");
    assert_true(e->hypothetical);
    dl_record_free(r);
}

/* A deed that counts its own victims at a place of its own ("the killing
 * of 23 civilians" in Bucha) is not the event carried from elsewhere. */
static void test_a_counted_deed_at_its_own_place_is_its_own(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Report\n\n15 March 2023\n\nOn 4 March 2022, troops detained "
                                "9 men in Yahidne, Chernihiv region. Ten elderly people died."
                                "\n\nIn Bucha, the Commission documented the killing of 23 "
                                "civilians between 5 and 30 March 2022.\n");
    assert_int_equal(fx_count(r, "ASSAULT"), 2);
    dl_record_free(r);
}

/* The items of a list of incidents are each their own: no place carries
 * from one to the next, one named before the list still does. */
static void test_no_place_carries_between_list_items(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Statement\n\nBangkok, 2 March 2024\n\nThe military has "
                                "carried out airstrikes in Sagaing Region.\n\nIncidents "
                                "include:\n- On 7 January, an airstrike on Kanan village "
                                "killed 17 people.\n- On 23 January, fighter jets bombed a "
                                "monastery, killing 12 villagers.\n");
    const dl_event *e = NULL;
    for (size_t k = 0; k < dl_record_nevents(r); k++)
        if (dl_record_event(r, k)->date && !strcmp(dl_record_event(r, k)->date, "2024-01-23"))
            e = dl_record_event(r, k);
    assert_non_null(e);
    assert_true(e->place >= 0);
    assert_string_equal(dl_record_place(r, (size_t)e->place)->text, "Sagaing Region");
    dl_record_free(r);
}

/* Victims a demonym names as the doer's own people are no casualties of
 * that doer's deed: their deaths are an event of their own. */
static void test_a_sides_own_dead_join_none_of_its_deeds(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Statement\n\nNew York, 24 October 2023\n\nThe Council "
                                "condemned the attacks by Hamas in Israel on 7 October. More "
                                "than 5,000 Palestinians have reportedly been killed.\n");
    for (size_t k = 0; k < dl_record_nevents(r); k++) {
        const dl_event *e = dl_record_event(r, k);
        if (e->actor >= 0 && !strcmp(dl_record_actor(r, (size_t)e->actor)->text, "Hamas"))
            assert_int_equal(e->nfigures, 0);
    }
    dl_record_free(r);
    /* the other side's dead still join it */
    r = fx_parse_all("Statement\n\nKyiv, 24 October 2023\n\nRussian forces shelled "
                     "Kherson on Monday. Three Ukrainians were killed.\n");
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    assert_int_equal(fx_event(r, "ASSAULT", 0)->nfigures, 1);
    dl_record_free(r);
}

/* A time in a later clause of what may yet happen ("and will be
 * arraigned in court on Monday", "which will come into effect tomorrow"),
 * or past a semicolon, dates that clause, not the deed before it. */
static void test_a_later_clause_of_what_will_happen_keeps_its_time(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Nairobi, 7 July 2023\n\nA total of 308 suspects were "
                                "arrested and will be arraigned in court on Monday.\n");
    const dl_event *e = fx_event(r, "COERCE", 0);
    assert_non_null(e);
    assert_false(e->hypothetical);
    assert_true(e->date == NULL || strcmp(e->date, "2023-07-10") != 0);
    dl_record_free(r);
    /* a time past a semicolon is the next clause's */
    r = fx_parse_all("Statement\n\nOn 30 March 1960 the government detained thousands of "
                     "people without trial; on 8 April it banned two parties.\n");
    e = fx_trigger(r, "detained");
    assert_non_null(e);
    assert_string_equal(e->date, "1960-03-30");
    dl_record_free(r);
}

static void test_negated_and_asserted_mentions_stay_apart(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Police arrested ten men; they did not arrest the "
                            "organisers.\n", NULL);
    fx_run(r);
    assert_int_equal(fx_count(r, "COERCE"), 2);
    assert_false(fx_event(r, "COERCE", 0)->negated);
    assert_true(fx_event(r, "COERCE", 1)->negated);
    dl_record_free(r);
}

/* A time of what may yet happen ("expected to arrive ... later tonight")
 * dates no later sentence; hostages are counted by their release. */
static void test_a_planned_time_is_not_carried_on(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Thirteen hostages were released from Gaza this afternoon. "
                            "They are expected to arrive in Israel later tonight. "
                            "In return, 39 prisoners were freed.\n",
                            "2023-11-24");
    fx_time(r, NULL, "this afternoon", "2023-11-24TAF");
    fx_time(r, NULL, "tonight", "2023-11-24TNI");
    fx_figure(r, NULL, "Thirteen hostages", "hostages", 13);
    fx_run(r);
    assert_int_equal(fx_count(r, "CONCEDE"), 2);
    const dl_event *e = fx_event(r, "CONCEDE", 0);
    assert_int_equal(e->nfigures, 1);
    e = fx_event(r, "CONCEDE", 1);
    assert_string_equal(e->date, "2023-11-24TAF");
    dl_record_free(r);
}

/* "In the early hours of 11 March": the day after "hours of" is the
 * event's own date, not a noun's, and not the day carried from before.
 * The whole pipeline (the time stage reads the phrase as one time). */
static void test_the_early_hours_of_a_day_date_the_event(void **state)
{
    (void)state;
    const char *s = "Drones struck the port on 10 March. In the early hours of "
                    "11 March, shelling killed three civilians.\n";
    dl_options o = {.date = "2024-03-12"};
    dl_record *r;
    assert_int_equal(dl_record_parse(s, strlen(s), &o, &r, NULL), DL_OK);
    assert_int_equal(fx_count(r, "ASSAULT"), 2);
    assert_string_equal(fx_event(r, "ASSAULT", 1)->date, "2024-03-11TMO");
    dl_record_free(r);
}

/* "the war" refers back to the fighting; "war crimes" names no event */
static void test_the_war_refers_back_and_war_crimes_are_no_event(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Rebels have been fighting the army since April. The war has "
                            "displaced thousands.\n", NULL);
    fx_run(r);
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    assert_int_equal(fx_event(r, "ASSAULT", 0)->nevidence, 2);
    dl_record_free(r);
    r = fx_parse("The experts said the attacks could amount to war crimes.\n", NULL);
    fx_run(r);
    /* "attacks" is an event; "war crimes" adds none */
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    dl_record_free(r);
}

/* A later mention that names a place inside the event's country right
 * after its trigger narrows the place; one that names a city in another
 * clause ("... shot down over Kigali") or after "across" does not. */
static void test_a_later_mention_narrows_the_place(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("A suicide bomber struck a rally in northwestern "
                                "Pakistan on Sunday, killing at least 44 people. "
                                "The attack happened in the town of Khar in Bajur "
                                "district.\n");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_true(e->place >= 0);
    assert_string_equal(dl_record_place(r, (size_t)e->place)->text, "Khar");
    dl_record_free(r);

    /* a place right before the region it lies in names where */
    r = fx_parse_all("On 5 March 2024, an explosive device struck a vehicle near "
                     "Boni, in the Mopti region, killing three soldiers.\n");
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_string_equal(dl_record_place(r, (size_t)e->place)->text, "Boni");
    dl_record_free(r);

    r = fx_parse_all("More than 800,000 people were killed across Rwanda. The "
                     "killing began in Kigali hours after the crash.\n");
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_string_equal(dl_record_place(r, (size_t)e->place)->text, "Rwanda");
    dl_record_free(r);
}

/* A heading names the attack by a definite noun; the body tells it as a
 * deed at the same place: one event, with the deed's date and doer. An
 * anniversary dates what it remembers to the year ("the 25th anniversary
 * of the bombardment", marked in 2013: 1988). Chemical arms dropped on a
 * town are an attack of mode CBRN; possessed, no event. */
static void test_an_event_named_first_is_told_later(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all(
        "Statement\n\nThe region today remembers the victims of the Halabja chemical "
        "attack. Ceremonies were held across the region. Survivors laid wreaths at the "
        "cemetery.\n\nOn 16 March 1988, aircraft bombed the town of Halabja, killing "
        "5,000 civilians.\n");
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_string_equal(e->trigger_text, "chemical attack");
    assert_string_equal(e->date, "1988-03-16");
    assert_int_equal(e->nfigures, 1);
    dl_record_free(r);
    r = fx_parse_all("On 28 June 1987, aircraft dropped mustard gas on the town of "
                     "Sardasht, killing 110 civilians.\n");
    e = fx_event(r, "ASSAULT", 0);
    assert_string_equal(e->mode, "CBRN");
    assert_string_equal(e->date, "1987-06-28");
    dl_record_free(r);
    r = fx_parse_all("Statement\n\nGeneva, 28 June 2012\n\nToday we mark the 25th "
                     "anniversary of the chemical bombardment of Sardasht.\n");
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_string_equal(e->date, "1987");
    assert_string_equal(e->when.granularity, "year");
    dl_record_free(r);
    r = fx_parse_all("Statement\n\nErbil, 16 March 2023\n\nOn the thirty-fifth "
                     "anniversary of the chemical bombardment of Halabja, the parliament "
                     "met.\n");
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_string_equal(e->date, "1988");
    dl_record_free(r);
    /* what "will commemorate the anniversary of" remembers happened, and
     * a time of that year after it in the sentence dates it more finely */
    r = fx_parse_all("Statement\n\nNew York, 10 July 2020\n\nTomorrow the country will "
                     "commemorate the 25th anniversary of the genocide committed in "
                     "Srebrenica in July 1995.\n");
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_false(e->hypothetical);
    assert_string_equal(e->date, "1995-07");
    dl_record_free(r);
    r = fx_parse_all("Statement\n\nLondon, 12 April 2015\n\nThe embassy will honour the "
                     "victims of the massacre at a ceremony on Monday.\n");
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_false(e->hypothetical);
    dl_record_free(r);
    /* so do the years passed since it */
    r = fx_parse_all("Statement\n\nBaku, 26 February 2024\n\nThirty-two years have passed "
                     "since the Khojaly massacre.\n");
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_string_equal(e->date, "1992");
    dl_record_free(r);
    assert_int_equal(fx_count_in("The regime still possesses chemical weapons.\n", "ASSAULT") +
                         fx_count_in("The regime still possesses chemical weapons.\n",
                                     "MOBILIZE"),
                     0);
}

/* A definite trigger after "after", "following", "since" points back: the
 * places of its sentence, and its times after the trigger, are of what
 * came after it (not a time of its noun phrase). */
static void test_what_came_after_an_event_places_it_not(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Troops fired on a crowd in the eastern city of Andijan on 13 "
                                "May 2005, killing hundreds of people. Some 500 refugees fled "
                                "across the border into Kyrgyzstan in the days after the "
                                "shooting.\n");
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_true(e->place >= 0);
    assert_string_equal(dl_record_place(r, (size_t)e->place)->text, "Andijan");
    dl_record_free(r);
    r = fx_parse_all("A sniper shot a doctor in Amherst on 23 October 1998. The suspect "
                     "vanished after the shooting, and his car was found at an airport in "
                     "December.\n");
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    assert_string_equal(fx_event(r, "ASSAULT", 0)->date, "1998-10-23");
    dl_record_free(r);
    /* (the people of a place, subject of a passive, are where it happened) */
    r = fx_parse_all("On 27 February 1988, the Armenian population of Sumgait was subjected "
                     "to massacres.\n");
    e = fx_event(r, "ASSAULT", 0);
    assert_true(e->place >= 0);
    assert_string_equal(dl_record_place(r, (size_t)e->place)->country, "AZ");
    dl_record_free(r);
    r = fx_parse_all("Gunmen attacked the town of Kidal on 3 March 2020, killing 12 people. "
                     "Before the attack the town had been under siege since October 2019.\n");
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    assert_string_equal(fx_event(r, "ASSAULT", 0)->date, "2020-03-03");
    dl_record_free(r);
    /* a verb of its own after the trigger keeps its clause's times */
    r = fx_parse_all("Statement\n\nLondon, 20 January 2023\n\nSince the protests began in "
                     "September 2022, security forces have killed hundreds of "
                     "protesters.\n");
    assert_string_equal(fx_event(r, "PROTEST", 0)->date, "2022-09");
    dl_record_free(r);
    r = fx_parse_all("Statement\n\nGeneva, 12 April 2023\n\nSince the coup on 1 February "
                     "2021, more than 3,000 civilians have been killed.\n");
    assert_string_equal(fx_event(r, "COERCE", 0)->date, "2021-02-01");
    dl_record_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reference_merges_with_the_event_it_names),
        cmocka_unit_test(test_date_and_place_carry_over_until_changed),
        cmocka_unit_test(test_aftermath_dates_the_arrests_in_the_month),
        cmocka_unit_test(test_a_later_span_and_a_flight_carry_nothing_on),
        cmocka_unit_test(test_a_deed_told_again_within_its_day),
        cmocka_unit_test(test_the_day_of_a_saying_of_deaths_before),
        cmocka_unit_test(test_a_live_pages_entry_times),
        cmocka_unit_test(test_a_day_counted_from_the_story_is_another_event),
        cmocka_unit_test(test_a_separate_operation_is_another_event),
        cmocka_unit_test(test_a_month_is_no_trigger),
        cmocka_unit_test(test_a_comparison_day_and_the_period_since),
        cmocka_unit_test(test_what_was_sought_is_hypothetical),
        cmocka_unit_test(test_a_headline_actors_country_is_no_place),
        cmocka_unit_test(test_casualties_after_another_days_deed),
        cmocka_unit_test(test_a_time_before_an_accusation_is_its_own),
        cmocka_unit_test(test_a_cited_source_is_no_subject),
        cmocka_unit_test(test_the_start_of_a_period_dates_no_later_sentence),
        cmocka_unit_test(test_fired_at_a_target_not_a_time),
        cmocka_unit_test(test_one_missile_aimed_and_a_raid),
        cmocka_unit_test(test_a_stabbing_and_a_charge_of_murder),
        cmocka_unit_test(test_looting_evictions_and_sieges_coerce),
        cmocka_unit_test(test_disorder_is_a_riot),
        cmocka_unit_test(test_the_documenter_is_no_attacker),
        cmocka_unit_test(test_a_country_after_by_is_the_doer),
        cmocka_unit_test(test_the_time_a_count_was_taken_dates_no_event),
        cmocka_unit_test(test_the_release_of_people_is_an_event),
        cmocka_unit_test(test_deaths_in_another_region_are_another_event),
        cmocka_unit_test(test_every_event_is_a_claim_of_the_issuer_on_the_report_date),
        cmocka_unit_test(test_reference_to_nothing_named_makes_no_event),
        cmocka_unit_test(test_definite_mention_on_another_date_is_another_event),
        cmocka_unit_test(test_no_one_killed_is_negated),
        cmocka_unit_test(test_not_only_does_not_negate),
        cmocka_unit_test(test_negation_stops_at_a_time_word),
        cmocka_unit_test(test_threat_is_an_event_and_what_it_threatens_is_hypothetical),
        cmocka_unit_test(test_a_planned_time_is_not_carried_on),
        cmocka_unit_test(test_the_war_refers_back_and_war_crimes_are_no_event),
        cmocka_unit_test(test_the_early_hours_of_a_day_date_the_event),
        cmocka_unit_test(test_event_dated_after_the_report_is_hypothetical),
        cmocka_unit_test(test_a_later_clause_of_what_will_happen_keeps_its_time),
        cmocka_unit_test(test_a_sides_own_dead_join_none_of_its_deeds),
        cmocka_unit_test(test_no_place_carries_between_list_items),
        cmocka_unit_test(test_a_counted_deed_at_its_own_place_is_its_own),
        cmocka_unit_test(test_negated_and_asserted_mentions_stay_apart),
        cmocka_unit_test(test_a_later_mention_narrows_the_place),
        cmocka_unit_test(test_an_event_named_first_is_told_later),
        cmocka_unit_test(test_what_came_after_an_event_places_it_not),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
