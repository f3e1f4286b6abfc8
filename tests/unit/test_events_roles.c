/* test_events_roles.c - who did it and when, read around the trigger:
 * light verbs ("lodged a protest"), countries inside names, invasions,
 * dates of other nouns ("the campaign of 1987") and of other triggers
 * ("experts today condemned the airstrike"), aid (src/events/roles.c,
 * slots.c). */
#include "events_fixture.h"
#include "lexicons.h"

/* The text of the actor (role 'a') or target ('t') of the first ASSAULT
 * of text, run through the whole pipeline; fails when there is none. The
 * record is freed. */
static void expect_role(const char *text, char role, const char *want, int by_country)
{
    dl_record *r = fx_parse_all(text);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    int k = role == 'a' ? e->actor : e->target;
    assert_true(k >= 0);
    const dl_actor *a = dl_record_actor(r, (size_t)k);
    assert_string_equal(by_country ? a->country : a->text, want);
    dl_record_free(r);
}

static void test_light_verb_subject_does_what_its_object_names(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The Ministry has lodged a diplomatic protest with the "
                            "embassy.\n", NULL);
    fx_actor(r, NULL, "Ministry", "RR", "government");
    fx_actor(r, NULL, "embassy", "FR", "government");
    fx_run(r);
    const dl_event *e = fx_event(r, "ACCUSE", 0);
    assert_non_null(e);
    assert_int_equal(e->actor, 0);
    dl_record_free(r);
}

static void test_a_noun_trigger_alone_takes_no_subject(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The Ministry recalled a diplomatic protest of last "
                            "year.\n", NULL);
    fx_actor(r, NULL, "Ministry", "RR", "government");
    fx_run(r);
    const dl_event *e = fx_event(r, "ACCUSE", 0);
    assert_non_null(e);
    assert_int_equal(e->actor, -1);
    dl_record_free(r);
}

static void test_country_inside_a_name_is_no_subject(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Officials met the Embassy of Ruritania and summoned "
                            "its envoy.\n", NULL);
    fx_actor(r, NULL, "Embassy of Ruritania", "RR", "government");
    fx_place(r, NULL, "Ruritania", "RR", "country");
    fx_run(r);
    const dl_event *e = fx_event(r, "ACCUSE", 0);
    assert_non_null(e);
    assert_int_not_equal(e->actor, 0);
    dl_record_free(r);
}

static void test_foreign_forces_invaded(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Ruritanian troops were seen at the border. Dozens of "
                            "soldiers were killed in the invasion of Freedonia.\n",
                            NULL);
    fx_actor(r, NULL, "Ruritanian troops", "RR", "military");
    fx_actor(r, NULL, "soldiers", "FD", "military");
    fx_place(r, NULL, "Freedonia", "FD", "country");
    fx_figure(r, NULL, "Dozens of soldiers", "killed", -1);
    fx_run(r);
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_int_equal(e->actor, 0);
    dl_record_free(r);
}

static void test_a_date_of_another_noun_does_not_date_the_event(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The attack came during the campaign of 1987.\n", NULL);
    fx_time(r, NULL, "1987", "1987");
    fx_run(r);
    assert_null(fx_event(r, "ASSAULT", 0)->date);
    dl_record_free(r);
    r = fx_parse("The massacre of 1990 is remembered.\n", NULL);
    fx_time(r, NULL, "1990", "1990");
    fx_run(r);
    assert_string_equal(fx_event(r, "ASSAULT", 0)->date, "1990");
    dl_record_free(r);
}

static void test_a_time_before_another_trigger_dates_that_one(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Experts today condemned the airstrike by the military on "
                            "a gathering in the village, in the north, on 11 "
                            "April.\n", "2023-04-12");
    fx_time(r, NULL, "today", "2023-04-12");
    fx_time(r, NULL, "11 April", "2023-04-11");
    fx_run(r);
    assert_string_equal(fx_event(r, "ACCUSE", 0)->date, "2023-04-12");
    assert_string_equal(fx_event(r, "ASSAULT", 0)->date, "2023-04-11");
    dl_record_free(r);
}

static void test_military_aid_is_aid_with_its_mode(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Ruritania has provided military aid to Freedonia.\n", NULL);
    fx_actor(r, NULL, "Ruritania", "RR", "government");
    fx_run(r);
    const dl_event *e = fx_event(r, "AID", 0);
    assert_non_null(e);
    assert_string_equal(e->mode, "military");
    assert_int_equal(e->actor, 0);
    dl_record_free(r);
}

static void test_during_a_named_event_dates_the_sentence(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Police dispersed the rally on 30 November. Most of "
                            "those detained were released the next day. The "
                            "group documented the beating of nine journalists "
                            "during the dispersal.\n", "2024-12-02");
    fx_time(r, NULL, "30 November", "2024-11-30");
    fx_time(r, NULL, "the next day", "2024-12-01");
    fx_run(r);
    const dl_event *b = fx_event(r, "ASSAULT", 0);
    assert_non_null(b);
    assert_string_equal(b->date, "2024-11-30");
    dl_record_free(r);
}

static void test_what_may_happen_takes_no_date_from_what_did(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Shelling hit the market on 7 May. Further fighting "
                            "could displace thousands.\n", "2024-05-09");
    fx_time(r, NULL, "7 May", "2024-05-07");
    fx_run(r);
    const dl_event *h = fx_event(r, "ASSAULT", 1);
    assert_non_null(h);
    assert_true(h->hypothetical);
    assert_null(h->date);
    dl_record_free(r);
}

static void test_a_speaker_is_no_subject_of_what_he_reports(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The spokesperson warned that clashes could "
                            "resume.\n", NULL);
    fx_actor(r, NULL, "spokesperson", NULL, "government");
    fx_run(r);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->actor, -1);
    dl_record_free(r);
}

static void test_a_target_word_before_the_trigger_names_no_target(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Police detained at least 48 protesters, when thousands "
                            "rallied outside the Parliament.\n", NULL);
    fx_actor(r, NULL, "protesters", NULL, "protesters");
    fx_actor(r, NULL, "Parliament", NULL, "government");
    fx_run(r);
    const dl_event *p = fx_event(r, "PROTEST", 0);
    assert_non_null(p);
    assert_int_equal(p->target, -1);
    dl_record_free(r);
}

/* "a hospital run by MSF": the "by" of a participle of who runs or holds
 * a thing names no doer of the airstrike; after the trigger itself it
 * does ("an offensive backed by the army"). */
static void test_who_runs_a_place_is_no_doer(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The airstrike hit a hospital run by Relief Aid in the "
                            "city.\n", NULL);
    fx_actor(r, NULL, "Relief Aid", NULL, "ngo");
    fx_run(r);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->actor, -1);
    dl_record_free(r);

    r = fx_parse("Rebels shelled the town held by the army on Monday.\n", NULL);
    fx_actor(r, NULL, "Rebels", NULL, "rebels");
    fx_actor(r, NULL, "army", "RR", "military");
    fx_run(r);
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->actor, 0);
    dl_record_free(r);

    r = fx_parse("Civilians were rounded up and held by the army.\n", NULL);
    fx_actor(r, NULL, "Civilians", NULL, "civilians");
    fx_actor(r, NULL, "army", "RR", "military");
    fx_run(r);
    e = fx_event(r, "COERCE", 0);
    assert_non_null(e);
    assert_int_equal(e->actor, 1);
    dl_record_free(r);

    r = fx_parse("The villages were shelled by the army on Monday.\n", NULL);
    fx_actor(r, NULL, "army", "RR", "military");
    fx_run(r);
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->actor, 0);
    dl_record_free(r);
}

/* ", killing 22": the participle's doer is the clause's before the comma,
 * not the nearest name there. */
static void test_a_participle_after_a_comma_takes_no_near_subject(void **state)
{
    (void)state;
    dl_record *r = fx_parse("A bomb exploded near the office of Relief Aid, killing "
                            "three people.\n", NULL);
    fx_actor(r, NULL, "Relief Aid", NULL, "ngo");
    fx_run(r);
    for (size_t i = 0; i < dl_record_nevents(r); i++)
        assert_int_not_equal(dl_record_event(r, i)->actor, 0);
    dl_record_free(r);
}

/* Where: a direction between the preposition and the place keeps it the
 * place after "in" ("in northeastern Jordan"); a country that backs
 * ("Iran-backed") or where an actor operates ("operating in Syria") is no
 * place of the event. */
static void test_where_reads_past_directions_and_actors_whereabouts(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Canada condemns the attack against a base in "
                            "northeastern Jordan.\n", NULL);
    fx_place(r, NULL, "Canada", "CA", "country");
    fx_place(r, NULL, "Jordan", "JO", "country");
    fx_run(r);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->place, 1);
    dl_record_free(r);

    r = fx_parse("Gunmen attacked the convoy. The attack was carried out by "
                 "Iran-backed militias.\n", NULL);
    fx_place(r, NULL, "Iran", "IR", "country");
    fx_actor(r, NULL, "militias", NULL, "rebels");
    fx_run(r);
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->place, -1);
    dl_record_free(r);

    r = fx_parse("Shelling hit the Iraq-Kuwait border.\n", NULL);
    fx_place(r, NULL, "Iraq", "IQ", "country");
    fx_place(r, NULL, "Kuwait", "KW", "country");
    fx_run(r);
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->place, 0); /* both count: the nearer */
    dl_record_free(r);

    r = fx_parse("The attack on the base in Jordan was carried out by militias "
                 "operating in Syria and Iraq.\n", NULL);
    fx_place(r, NULL, "Jordan", "JO", "country");
    fx_place(r, NULL, "Syria", "SY", "country");
    fx_place(r, NULL, "Iraq", "IQ", "country");
    fx_actor(r, NULL, "militias", NULL, "rebels");
    fx_run(r);
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->place, 0);
    assert_int_equal(e->actor, 0);
    dl_record_free(r);

    /* where people fled to is no place of the attack, which "the attacks"
     * then names again */
    r = fx_parse("Militias attacked Geneina in June. The attacks forced thousands "
                 "to flee to neighboring Chad.\n", NULL);
    fx_place(r, NULL, "Geneina", "SD", "city");
    fx_place(r, NULL, "Chad", "TD", "country");
    fx_actor(r, NULL, "Militias", NULL, "rebels");
    fx_run(r);
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    assert_int_equal(fx_event(r, "ASSAULT", 0)->place, 0);
    dl_record_free(r);
    r = fx_parse("Militias attacked Geneina in June. The attacks forced thousands "
                 "to seek refuge in Chad.\n", NULL);
    fx_place(r, NULL, "Geneina", "SD", "city");
    fx_place(r, NULL, "Chad", "TD", "country");
    fx_actor(r, NULL, "Militias", NULL, "rebels");
    fx_run(r);
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    dl_record_free(r);
    /* nor where people were taken to */
    r = fx_parse("Gunmen attacked Geneina in June, killing 40 people, and 30 hostages "
                 "were taken to Chad.\n", NULL);
    fx_place(r, NULL, "Geneina", "SD", "city");
    fx_place(r, NULL, "Chad", "TD", "country");
    fx_run(r);
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    assert_int_equal(fx_event(r, "ASSAULT", 0)->place, 0);
    dl_record_free(r);
}

/* A place or time in the reporting clause after the trigger ("..., the
 * spokesman told reporters at today's briefing in Geneva") is the
 * report's, not the event's; "alleged" before a noun reports nothing. */
static void test_the_reporting_clause_gives_no_place_or_date(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Troops shelled the town of Izium, the spokesman told "
                            "reporters at a briefing in Geneva on Tuesday.\n",
                            "2022-03-09");
    fx_place(r, NULL, "Izium", "UA", "city");
    fx_place(r, NULL, "Geneva", "CH", "city");
    fx_time(r, NULL, "Tuesday", "2022-03-08");
    fx_run(r);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->place, 0);
    assert_null(e->date);
    dl_record_free(r);

    r = fx_parse("Warplanes struck alleged rebel camps in Idlib on Monday.\n", "2022-03-09");
    fx_place(r, NULL, "Idlib", "SY", "city");
    fx_time(r, NULL, "Monday", "2022-03-07");
    fx_run(r);
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->place, 0);
    assert_string_equal(e->date, "2022-03-07");
    dl_record_free(r);

    /* what was said, after "that", is the event's again */
    r = fx_parse("Troops shelled the town, the spokesman said in Geneva, adding that "
                 "the strikes hit Izium.\n", "2022-03-09");
    fx_place(r, NULL, "Geneva", "CH", "city");
    fx_place(r, NULL, "Izium", "UA", "city");
    fx_run(r);
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->place, 1);
    dl_record_free(r);
}

/* "ICRC-supported teams treated 74 wounded": the backer of a noun is not
 * the subject of the clause. */
static void test_a_hyphened_actor_is_no_subject(void **state)
{
    (void)state;
    dl_record *r = fx_parse("ICRC-supported teams in Malakal treated 74 wounded "
                            "patients.\n", NULL);
    fx_actor(r, NULL, "ICRC", NULL, "ngo");
    fx_run(r);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->actor, -1);
    dl_record_free(r);
}

/* "the UN recorded 16,988 civilian deaths": a casualty noun takes no
 * subject (flag `noun`) */
static void test_a_casualty_noun_takes_no_subject(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The United Nations recorded 16,988 civilian deaths.\n", NULL);
    fx_actor(r, NULL, "United Nations", NULL, "international");
    fx_run(r);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->actor, -1);
    dl_record_free(r);
}

/* "have been fighting" is progressive: its subject did it */
static void test_a_progressive_is_no_passive(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The militia have been fighting the army since April.\n", NULL);
    fx_actor(r, NULL, "militia", NULL, "rebels");
    fx_actor(r, NULL, "army", NULL, "military");
    fx_run(r);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->actor, 0);
    dl_record_free(r);
}

/* The cue table's distinct values, in byte order, are the role names in
 * enum order: its value masks are the tokens' role masks (cues.c). */
/* The first ASSAULT of text has no actor ('a') or no target ('t'). */
static void expect_no_role(const char *text, char role)
{
    dl_record *r = fx_parse_all(text);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_true((role == 'a' ? e->actor : e->target) < 0);
    dl_record_free(r);
}

/* Text s with "army" and "militia" as the only actors, through the
 * events stage alone. */
static dl_record *army_and_militia(const char *s)
{
    dl_record *r = fx_parse(s, NULL);
    fx_actor(r, NULL, "army", "SD", "military");
    fx_actor(r, NULL, "militia", "SD", "rebels");
    fx_run(r);
    return r;
}

/* The first ASSAULT of r has actor `actor` and target `target` (NULL:
 * none); frees r. */
static void expect_sides(dl_record *r, const char *actor, const char *target)
{
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_true(e->actor >= 0);
    assert_string_equal(r->actors[e->actor].pub.text, actor);
    if (target) {
        assert_true(e->target >= 0);
        assert_string_equal(r->actors[e->target].pub.text, target);
    } else {
        assert_true(e->target < 0);
    }
    dl_record_free(r);
}

/* "fighting between A and B": two sides, neither made the attacker by a
 * verb later in the sentence; actor and target in the order written. */
static void test_fighting_between_two_sides_keeps_their_order(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Heavy fighting between the army (SAF) and the militia in "
                            "the town has killed 27 civilians.\n", NULL);
    fx_actor(r, NULL, "army", "SD", "military");
    fx_actor(r, NULL, "SAF", "SD", "military");
    fx_actor(r, NULL, "militia", "SD", "rebels");
    fx_actor(r, NULL, "civilians", NULL, "civilians");
    fx_run(r);
    expect_sides(r, "army", "militia");
    /* "between" a few words on in the trigger's clause */
    expect_sides(army_and_militia("Clashes erupted in the capital between the army and the "
                                  "militia.\n"),
                 "army", "militia");
    /* the first side with its "of" phrase: "dissidents of the former
     * FARC-EP and the National Liberation Army" */
    static const char clashes[] = "Clashes between dissidents of the former FARC-EP and the "
                                  "National Liberation Army displaced 3,000 people.\n";
    expect_role(clashes, 'a', "dissidents", 0);
    expect_role(clashes, 't', "National Liberation Army", 0);
    /* a name with its article right before a verb is its subject, not
     * the article of a noun ("the Security Council embargo" is one) */
    expect_role("On 11 May 2024, the Armed Forces of the Russian Federation struck a command "
                "post in Kharkiv.\n",
                'a', "Armed Forces of the Russian Federation", 0);
    /* a second side no actor names: neither side is doer or target, and
     * a conflict that "entered its second year" moved nowhere */
    static const char unknown[] = "Fighting between the army and the RSF entered its second "
                                  "year on 15 April 2024.\n";
    assert_int_equal(fx_count_in(unknown, "MOBILIZE"), 0);
    expect_no_role(unknown, 'a');
    expect_no_role(unknown, 't');
    /* one plural group after "between" is both sides: the actor */
    expect_sides(fx_parse_all("At least 1,000 people were killed in clashes between rival "
                              "militias in Tripoli in August 2023.\n"),
                 "militias", NULL);
}

/* A subject of two sides of a trigger both do (flag mutual) is a pair;
 * "and" before another trigger joins its objects, and without "between"
 * the subject is still the doer. */
static void test_two_sides_of_a_mutual_trigger(void **state)
{
    (void)state;
    static const char both[] = "Government troops and rebels exchanged fire in the "
                               "village on Monday.\n";
    expect_role(both, 'a', "Government troops", 0);
    expect_role(both, 't', "rebels", 0);
    expect_sides(army_and_militia("The army and the militia clashed in the town.\n"), "army",
                 "militia");
    dl_record *r = army_and_militia("The army and the militia attacked the town.\n");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_true(e->target < 0);
    dl_record_free(r);
    r = fx_parse("The militia attacked the army in the town.\n", NULL);
    fx_actor(r, NULL, "militia", "SD", "rebels");
    fx_actor(r, NULL, "army", "SD", "military");
    fx_run(r);
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_string_equal(r->actors[e->actor].pub.text, "militia");
    dl_record_free(r);
}

/* A side named between the article and a noun trigger did it, a building
 * there was hit; a trigger after "after", "during", "amid" is a noun the
 * clause's subject did not do; the side of the arms after "in" right
 * after a passive casualty word did it; "it" after a verb of saying is the
 * speaker; known groups, suicide bombers and worshippers take their
 * roles. */
static void test_doers_named_before_or_around_the_trigger(void **state)
{
    (void)state;
    expect_role("A Hamas attack killed 12 people near the crossing.\n", 'a', "Hamas", 0);
    expect_no_role("The U.S. Embassy bombings killed 250 people.\n", 'a');
    expect_no_role("Soldiers went from house to house searching for militia fighters "
                   "after clashes with the group early that morning.\n", 'a');
    expect_role("Three Palestinians were killed in an Israeli raid on the Jenin "
                "refugee camp on Wednesday.\n", 'a', "IL", 1);
    expect_role("Houthi rebels fired a ballistic missile at a commercial ship in "
                "the Red Sea on Tuesday.\n", 'a', "YE", 1);
    expect_role("Security forces opened fire on worshippers leaving a mosque in "
                "Zahedan on Friday, killing at least 66 people.\n", 't', "worshippers", 0);
    expect_role("The army said it had killed 17 militants in North Waziristan.\n", 'a',
                "army", 0);
    expect_role("Ukraine's air force said on Wednesday it had shot down 25 drones.\n", 'a',
                "Ukraine's air force", 0);
    expect_role("A suicide bomber blew himself up at a checkpoint in Mogadishu, killing "
                "four soldiers.\n", 'a', "suicide bomber", 0);
}

/* A word that only refers back ("aggression") names a new event as the
 * object of a light verb, past a hyphened modifier and a force word ("a
 * large-scale military aggression"); its subject did it. "This is a
 * tragedy" names none; "the military would respond" keeps its subject. */
static void test_a_light_verb_launches_an_aggression(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Ruritania launched a large-scale military aggression "
                            "against the people of the region.\n", NULL);
    fx_actor(r, NULL, "Ruritania", "RR", "government");
    fx_run(r);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->actor, 0);
    dl_record_free(r);
    r = fx_parse("The flood is a tragedy for the region.\n", NULL);
    fx_run(r);
    assert_int_equal(dl_record_nevents(r), 0);
    dl_record_free(r);
}

/* "where" opens a clause of its own: the speaker before it did not do
 * what the clause tells ("The Secretary-General is concerned by the
 * situation in the capital, where armed gangs attacked a prison"). */
static void test_where_keeps_the_subject_before_it_out(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The Secretary-General is concerned by the situation in the "
                            "capital, where armed gangs attacked a prison.\n", NULL);
    fx_actor(r, NULL, "Secretary-General", NULL, "international");
    fx_actor(r, NULL, "armed gangs", NULL, "other");
    fx_run(r);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_string_equal(r->actors[e->actor].pub.text, "armed gangs");
    dl_record_free(r);
    r = fx_parse("The Secretary-General is concerned by the situation in the "
                 "capital, where a prison was attacked.\n", NULL);
    fx_actor(r, NULL, "Secretary-General", NULL, "international");
    fx_run(r);
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->actor, -1);
    assert_int_equal(e->target, -1);
    dl_record_free(r);
}

/* "Red Crescent volunteers have been deployed": who is deployed
 * mobilises (actor.deployed), no target. */
static void test_the_deployed_are_the_actor_of_mobilize(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Volunteers have been deployed to the worst-hit areas.\n",
                            NULL);
    fx_actor(r, NULL, "Volunteers", NULL, "ngo");
    fx_run(r);
    const dl_event *e = fx_event(r, "MOBILIZE", 0);
    assert_non_null(e);
    assert_int_equal(e->actor, 0);
    assert_int_equal(e->target, -1);
    dl_record_free(r);
    /* "the deployment of the Lebanese army": "of" names who deploy */
    r = fx_parse_all("Since the deployment of the Lebanese army in 1978, the border "
                     "has been calm.\n");
    e = fx_event(r, "MOBILIZE", 0);
    assert_non_null(e);
    assert_true(e->actor >= 0);
    assert_int_equal(e->target, -1);
    assert_string_equal(dl_record_actor(r, (size_t)e->actor)->text, "Lebanese army");
    dl_record_free(r);
}

/* Two verbs joined by "and" share their subject ("gunmen stormed the
 * hospital and expelled patients"), even past the "and" of a list; the
 * object of the first verb is none ("a vehicle entered the School and
 * exploded"). */
static void test_coordinated_verbs_share_the_subject(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Gunmen threw rocks, bricks and bottles at the police and "
                            "expelled the staff.\n", NULL);
    fx_actor(r, NULL, "Gunmen", NULL, "other");
    fx_actor(r, NULL, "police", "SD", "police");
    fx_run(r);
    const dl_event *e = fx_event(r, "COERCE", 0);
    assert_non_null(e);
    assert_string_equal(r->actors[e->actor].pub.text, "Gunmen");
    dl_record_free(r);
    r = fx_parse("A truck entered the Police Academy and exploded.\n", NULL);
    fx_actor(r, NULL, "Police Academy", NULL, "police");
    fx_run(r);
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->actor, -1);
    dl_record_free(r);
}

static void test_cue_values_are_the_roles_in_order(void **state)
{
    (void)state;
    const lex_table *t = &lex_en_event_cues;
    assert_non_null(t->value_masks);
    assert_int_equal(t->nvalues, EVR_COUNT);
    for (int k = 0; k < EVR_COUNT; k++)
        assert_string_equal(t->values[k], ev_role_name((enum ev_role)k));
    const lex_entry *e = lex_get(t, "the", 3);
    assert_non_null(e);
    assert_true(t->value_masks[e - t->entries] & EV_ROLE(EVR_DEF));
}

/* ", shooting men and boys" after a clause naming no event: the doer is
 * that clause's subject; after one naming an event, that event's. */
static void test_a_participle_takes_its_clauses_subject(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Survivors said that fighters of the Rapid Support "
                                "Forces went from house to house, shooting men "
                                "and boys.\n");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    fx_actor_is(r, e->actor, "fighters");
    dl_record_free(r);
}

/* "an Israeli airstrike": the adjective names the doer, the forces of that
 * country named elsewhere; "Palestinian deaths" are no one's doing. */
static void test_a_national_adjective_names_the_doer(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("At least 33 people were killed when an Israeli "
                                "airstrike hit a school in Nuseirat. The Israeli "
                                "military said it had targeted militants.\n");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_true(e->actor >= 0);
    assert_string_equal(dl_record_actor(r, (size_t)e->actor)->country, "IL");
    dl_record_free(r);
    r = fx_parse_all("The Israeli military said Palestinian deaths had risen.\n");
    for (size_t k = 0; k < dl_record_nevents(r); k++)
        assert_int_equal(dl_record_event(r, k)->actor, -1);
    dl_record_free(r);
    /* the side named no other way: the adjective itself ("A Russian missile
     * struck", "An Israeli air strike killed") */
    expect_role("A Russian missile struck a residential building in Odesa.\n", 'a', "RU", 1);
    /* after the passive's "by": "killed by Israeli fire" */
    expect_role("Three Palestinians were killed by Israeli fire near Rafah.\n", 'a', "IL", 1);
    expect_role("An Israeli air strike killed 12 people in Rafah. Later, the Israel Defense "
                "Forces said they had hit a militant.\n",
                'a', "Israel Defense Forces", 0);
}

/* "Kenyan authorities report that 21 people were killed, including one
 * U.S. citizen": the reporters are no victims, the victims' country is no
 * place, and the killing joins the attack told before it. */
static void test_a_that_clause_and_a_victims_country(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("On January 15, 2019, gunmen attacked a hotel complex "
                                "in Nairobi. Kenyan authorities report that at least "
                                "21 people were killed, including one U.S. citizen.\n");
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_int_equal(e->target, -1);
    assert_string_equal(dl_record_place(r, (size_t)e->place)->text, "Nairobi");
    assert_int_equal(e->nfigures, 2);
    dl_record_free(r);
    /* a relative "that" after a noun with its article ends no clause */
    r = fx_parse_all("The militants that attacked the village fled.\n");
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_true(e->actor >= 0);
    dl_record_free(r);
}

/* "20 soldiers were killed when militants ambushed a convoy": who comes
 * after "when" is the subject of a clause of its own, not the victim. */
static void test_a_when_clause_subject_is_no_target(void **state)
{
    (void)state;
    const char *text = "On 3 October 2019, at least 20 soldiers were killed when "
                       "militants ambushed a military convoy near Djibo.\n";
    expect_role(text, 'a', "militants", 0);
    expect_role(text, 't', "soldiers", 0);
    expect_role("Police beat protesters outside the court.\n", 't', "protesters", 0);
}

/* "Witnesses told Human Rights Watch that officers beat them": who was
 * told is no subject of what was told. */
static void test_who_was_told_is_no_subject(void **state)
{
    (void)state;
    expect_role("Berlin, 12 August 2020\n\nWitnesses told Human Rights Watch that "
                "officers of the special police unit OMON beat them in the "
                "streets.\n",
                'a', "officers", 0);
    expect_role("Residents told the BBC that soldiers shot two men.\n", 'a', "soldiers", 0);
}

/* "12 people had been arrested for offences including assault on police
 * and violent disorder": the police are the assault's target, not the
 * arrest's (another trigger stands between), nor the subject of the
 * disorder named after them. */
static void test_the_object_of_one_trigger_is_nobody_elses_role(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("London, 7 June 2020\n\nBy 10pm, 12 people had been "
                                "arrested for offences including assault on police "
                                "and violent disorder.\n");
    const dl_event *arrest = fx_event(r, "COERCE", 0);
    const dl_event *riot = fx_event(r, "PROTEST", 0);
    const dl_event *assault = fx_event(r, "ASSAULT", 0);
    assert_non_null(arrest);
    assert_non_null(riot);
    assert_non_null(assault);
    assert_int_equal(arrest->target, -1);
    assert_int_equal(riot->actor, -1);
    fx_actor_is(r, assault->target, "police");
    dl_record_free(r);
    /* "nearly 200 soldiers have been killed fighting Hezbollah" */
    expect_role("Since 1985, nearly 200 Israeli soldiers have been killed fighting "
                "Hezbollah guerrillas in Lebanon.\n", 't', "Israeli soldiers", 0);
}

/* "the Russian occupiers launched 16 drones and two ballistic missiles
 * against Ukraine": a weapon listed after another object of the launching
 * verb is still its object, and the verb's subject fired it. */
static void test_a_weapon_listed_after_another_takes_the_launcher(void **state)
{
    (void)state;
    expect_role("Kyiv, 14 May 2024\n\nOvernight, the Russian occupiers launched 16 "
                "drones and two ballistic missiles against Ukraine.\n",
                'a', "Russian occupiers", 0);
}

/* "executed four men in connection with the protests that erupted in
 * September 2022": the month is the protests', in their relative clause,
 * not the executions'. */
static void test_a_time_in_anothers_relative_clause_is_its_own(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("25 January 2023\n\nThe authorities have executed four "
                                "men in connection with the nationwide protests that "
                                "erupted in September 2022.\n");
    const dl_event *ex = fx_event(r, "ASSAULT", 0), *pr = fx_event(r, "PROTEST", 0);
    assert_non_null(ex);
    assert_non_null(pr);
    assert_null(ex->date);
    assert_string_equal(pr->date, "2022-09");
    dl_record_free(r);
}

/* "deployed the military to support the police": the force deployed is
 * no target; it is the doer when no subject is named. */
static void test_the_force_deployed_is_no_target(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Nairobi, 26 June 2024\n\nPresident William Ruto "
                                "deployed the military to support the police.\n");
    const dl_event *e = fx_event(r, "MOBILIZE", 0);
    assert_non_null(e);
    assert_int_equal(e->target, -1);
    assert_string_equal(dl_record_actor(r, (size_t)e->actor)->text,
                        "President William Ruto");
    dl_record_free(r);
    r = fx_parse_all("On 6 August 1990, Bush then sent U.S. troops and planes to "
                     "Saudi Arabia.\n");
    e = fx_event(r, "MOBILIZE", 0);
    assert_non_null(e);
    assert_int_equal(e->target, -1);
    assert_string_equal(dl_record_actor(r, (size_t)e->actor)->text, "U.S. troops");
    dl_record_free(r);
}

/* "condemns the attack launched by the militia on Friday, 10 May": the
 * day is the attack's; the condemning takes neither it nor a date of an
 * earlier sentence. */
static void test_the_day_of_what_is_condemned_is_not_the_condemnings(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Khartoum, 12 May 2024\n\nFighting began in 1988. The "
                                "Government condemns the attack launched by the militia "
                                "on the city of El Fasher on Friday, 10 May 2024.\n");
    const dl_event *acc = fx_event(r, "ACCUSE", 0), *att = fx_event(r, "ASSAULT", 1);
    assert_non_null(acc);
    assert_non_null(att);
    assert_null(acc->date);
    assert_string_equal(att->date, "2024-05-10");
    dl_record_free(r);
}

/* "the armed forces of X, with the support of the 366th regiment of Y,
 * committed a massacre against the civilian population of Z": the
 * subject stands before the aside, and the people targeted are where it
 * happened, not the supporter's state. */
static void test_an_aside_hides_no_subject_and_the_targets_town_places(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Baku, 26 February 2024\n\nOn the night of 25 to 26 "
                                "February 1992, the armed forces of Armenia, with the "
                                "support of the 366th motorized rifle regiment of the "
                                "former Soviet Union, committed a massacre against the "
                                "civilian population of Khojaly.\n");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_string_equal(dl_record_actor(r, (size_t)e->actor)->text,
                        "armed forces of Armenia");
    fx_place_is(r, e, "Khojaly");
    dl_record_free(r);
}

/* "The Islamic State claimed responsibility for the attack": the doer,
 * by its own claim (rule actor.claimed). */
static void test_who_claims_an_attack_is_its_doer(void **state)
{
    (void)state;
    expect_role("8 February 2024\n\nThe Council condemned the terrorist attack in "
                "Kerman on 3 January 2024, which resulted in at least 95 killed. The "
                "Islamic State claimed responsibility for the attack.\n",
                'a', "Islamic State", 0);
    expect_role("Mogadishu, 3 May 2024\n\nA car bomb killed 12 people at a checkpoint on "
                "Tuesday. Al-Shabaab claimed the attack.\n", 'a', "Al-Shabaab", 0);
    /* its acronym in brackets just before the claim */
    expect_role("8 September 2022\n\nThe Council condemned the attack at the Russian "
                "Embassy in Kabul on 5 September 2022. The Islamic State in Iraq and the "
                "Levant-Khorasan Province (ISIL-K) claimed responsibility for the attack.\n",
                'a', "ISIL-K", 0);
    /* the claim in a relative clause after the attack and its toll */
    expect_role("3 August 2023\n\nThe Council condemned the terrorist attack at a hotel "
                "in Mogadishu, which caused at least 20 deaths, and for which Al-Shabaab "
                "has claimed responsibility.\n",
                'a', "Al-Shabaab", 0);
}

/* Of two doers joined by "and" before the verb the first heads the
 * subject; a deed both sides do keeps them as a pair. */
static void test_the_first_of_two_joined_doers(void **state)
{
    (void)state;
    expect_role("Two suicide bombers and gunmen attacked the hotel, killing 20.\n", 'a',
                "suicide bombers", 0);
    expect_role("Police and protesters clashed in the square.\n", 't', "protesters", 0);
}

/* A noun trigger's target word past an "and" is another verb's: "the
 * victims of the massacre and call on the authorities". */
static void test_a_target_past_and_is_another_verbs(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Statement\n\nToday we remember the victims of the massacre "
                                "and call on the authorities to allow an investigation.\n");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_true(e->target < 0);
    dl_record_free(r);
    /* a verb's list of objects keeps its target */
    expect_role("Security forces fired live ammunition, metal pellets and tear gas at "
                "protesters in Zahedan.\n", 't', "protesters", 0);
}

/* "We strongly condemn": the issuer of a statement speaking as "we" does
 * what it says; not in news, where "we" is someone quoted. */
static void test_we_in_a_statement_is_its_issuer(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Statement by France at the Security Council\n\nNew York, "
                                "10 October 2023\n\nWe strongly condemn the attacks on "
                                "civilians.\n");
    const dl_event *e = fx_event(r, "ACCUSE", 0);
    assert_non_null(e);
    fx_actor_is(r, e->actor, "France");
    e = fx_event(r, "ASSAULT", 0);
    assert_true(e->actor < 0); /* the attacks are no one's named */
    dl_record_free(r);
    /* "I" in a speech; the time of the object condemned is not the
     * condemning's */
    r = fx_parse_all("Remarks by the Secretary-General to the Security Council\n\nNew York, "
                     "24 October 2023\n\nI have condemned unequivocally the horrifying 7 "
                     "October acts of terror by Hamas in Israel.\n");
    e = fx_event(r, "ACCUSE", 0);
    assert_non_null(e);
    fx_actor_is(r, e->actor, "Secretary-General");
    assert_null(e->date);
    dl_record_free(r);
    r = fx_parse_all("PARIS, Oct 10 (Reuters) - \"We condemn the attacks,\" a spokesman "
                     "said.\n");
    e = fx_event(r, "ACCUSE", 0);
    assert_true(e == NULL || e->actor < 0 ||
                strcmp(dl_record_actor(r, (size_t)e->actor)->text, "Reuters"));
    dl_record_free(r);
}

/* "The United States froze the assets of ...": a country opening the
 * clause before an irregular past is its state, the subject. */
static void test_a_state_that_froze_assets_did_it(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Brussels, 14 May 2024\n\nThe United States froze the assets "
                                "of three Iranian companies.\n");
    const dl_event *e = fx_event(r, "SANCTION", 0);
    assert_non_null(e);
    assert_true(e->actor >= 0);
    assert_string_equal(dl_record_actor(r, (size_t)e->actor)->country, "US");
    dl_record_free(r);
}

/* Protesters told in the active are the doers of what they did
 * ("Protesters stormed parliament"), not of a casualty verb ("Protesters
 * killed in clashes" is a headline's passive). */
static void test_protesters_do_what_they_are_told_doing(void **state)
{
    (void)state;
    expect_role("Nairobi, 26 June 2024\n\nProtesters stormed parliament and set part "
                "of the building on fire.\n", 'a', "Protesters", 0);
    expect_role("Nairobi, 26 June 2024\n\nProtesters killed in clashes with police.\n",
                't', "Protesters", 0);
    /* a second object of the same verb shares its subject */
    expect_role("Nairobi, 26 June 2024\n\nPolice fired tear gas and live bullets at "
                "protesters.\n", 'a', "Police", 0);
}

/* "they" of a passive after a saying is the speaker: the target, civilian
 * or not ("had been" between). */
static void test_a_speakers_they_of_a_passive_is_the_target(void **state)
{
    (void)state;
    expect_role("Tbilisi, 5 December 2024\n\nDozens of detainees said they had been "
                "beaten in custody.\n", 't', "detainees", 0);
    expect_role("Kabul, 3 May 2024\n\nThe army said it had been attacked by "
                "rebels.\n", 't', "army", 0);
}

/* Verbs in a series after commas share the subject of the first; a
 * group after "with" is no subject of a verb after it. */
static void test_a_series_of_verbs_shares_its_subject(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Geneva, 14 March 2023\n\nSoldiers entered the "
                                "village after an exchange of fire with a local armed "
                                "group, rounded up the villagers and executed them.\n");
    const dl_event *e = fx_trigger(r, "rounded up");
    assert_non_null(e);
    fx_actor_is(r, e->actor, "Soldiers");
    fx_actor_is(r, e->target, "villagers");
    dl_record_free(r);
    /* a clause's subject after "that" stays the subject */
    r = fx_parse_all("The council charged the inspectors with verifying that Iraq "
                     "has destroyed its long-range missiles.\n");
    e = fx_event(r, "MOBILIZE", 0);
    assert_non_null(e);
    fx_actor_is(r, e->actor, "Iraq");
    dl_record_free(r);
}

/* "Police had earlier put the number of abducted students at 317": the
 * participle describes the students; the police did not abduct them */
static void test_a_participle_describing_people_takes_no_subject(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Police had earlier put the number of abducted students "
                                "at 317.\n");
    const dl_event *e = fx_trigger(r, "abducted");
    assert_non_null(e);
    assert_true(e->actor < 0);
    dl_record_free(r);
    r = fx_parse_all("Gunmen abducted students from the school on Friday.\n");
    fx_actor_is(r, fx_trigger(r, "abducted")->actor, "Gunmen");
    dl_record_free(r);
    /* a participle after its noun tells of that noun, not of the clause's
     * subject: the authorities were not killed, nor the ICRC detained */
    r = fx_parse_all("Sri Lankan authorities on Thursday revised down the number of "
                     "people killed in the attacks to about 253.\n");
    assert_true(fx_trigger(r, "killed")->target < 0);
    dl_record_free(r);
    r = fx_parse_all("The ICRC remains ready to visit all people detained in connection "
                     "with the conflict.\n");
    assert_true(fx_trigger(r, "detained")->target < 0);
    dl_record_free(r);
    r = fx_parse_all("Peacekeepers killed in Mali were honoured.\n");
    fx_actor_is(r, fx_trigger(r, "killed")->target, "Peacekeepers");
    dl_record_free(r);
}

/* "X accused Y of shelling": the accuser is no doer of what it alleges */
static void test_the_accuser_is_no_doer(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Moscow, 14 March 2024\n\nRussia accused Ukraine of shelling "
                                "the plant.\n");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_true(e->actor < 0 || !r->actors[e->actor].pub.country ||
                strcmp(r->actors[e->actor].pub.country, "RU"));
    dl_record_free(r);
    /* a deed named with "committed": the court convicting is no doer */
    r = fx_parse_all("The Hague, 14 March 2024\n\nThe Appeals Chamber today affirmed the "
                     "convictions of two former officers for genocide and murder committed "
                     "in eastern Bosnia in July 1995.\n");
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->actor, -1);
    dl_record_free(r);
    /* the forces deployed are no target of their deployment */
    r = fx_parse_all("Kaduna, 12 March 2024\n\nThe Nigerian army has deployed about 300 "
                     "troops around Kuriga.\n");
    e = fx_event(r, "MOBILIZE", 0);
    assert_non_null(e);
    assert_int_equal(e->target, -1);
    dl_record_free(r);
    /* a partner "in coordinated operations with" is no target */
    r = fx_parse_all("Bogota, 12 May 2023\n\nThe Attorney General's Office arrested four "
                     "former members of the AUC in coordinated operations with the National "
                     "Police.\n");
    e = fx_event(r, "COERCE", 0);
    assert_non_null(e);
    assert_int_equal(e->target, -1);
    dl_record_free(r);
    /* the people named the accused are no accusation */
    assert_int_equal(fx_count_in("The Hague, 14 March 2024\n\nUnits under the command of "
                                 "the two accused detained 1,000 men.\n", "ACCUSE"), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_participle_describing_people_takes_no_subject),
        cmocka_unit_test(test_the_accuser_is_no_doer),
        cmocka_unit_test(test_light_verb_subject_does_what_its_object_names),
        cmocka_unit_test(test_a_series_of_verbs_shares_its_subject),
        cmocka_unit_test(test_a_speakers_they_of_a_passive_is_the_target),
        cmocka_unit_test(test_a_noun_trigger_alone_takes_no_subject),
        cmocka_unit_test(test_country_inside_a_name_is_no_subject),
        cmocka_unit_test(test_foreign_forces_invaded),
        cmocka_unit_test(test_a_date_of_another_noun_does_not_date_the_event),
        cmocka_unit_test(test_a_time_before_another_trigger_dates_that_one),
        cmocka_unit_test(test_military_aid_is_aid_with_its_mode),
        cmocka_unit_test(test_during_a_named_event_dates_the_sentence),
        cmocka_unit_test(test_what_may_happen_takes_no_date_from_what_did),
        cmocka_unit_test(test_a_speaker_is_no_subject_of_what_he_reports),
        cmocka_unit_test(test_a_target_word_before_the_trigger_names_no_target),
        cmocka_unit_test(test_who_runs_a_place_is_no_doer),
        cmocka_unit_test(test_a_participle_after_a_comma_takes_no_near_subject),
        cmocka_unit_test(test_where_reads_past_directions_and_actors_whereabouts),
        cmocka_unit_test(test_the_reporting_clause_gives_no_place_or_date),
        cmocka_unit_test(test_a_hyphened_actor_is_no_subject),
        cmocka_unit_test(test_a_progressive_is_no_passive),
        cmocka_unit_test(test_a_casualty_noun_takes_no_subject),
        cmocka_unit_test(test_fighting_between_two_sides_keeps_their_order),
        cmocka_unit_test(test_two_sides_of_a_mutual_trigger),
        cmocka_unit_test(test_doers_named_before_or_around_the_trigger),
        cmocka_unit_test(test_a_light_verb_launches_an_aggression),
        cmocka_unit_test(test_where_keeps_the_subject_before_it_out),
        cmocka_unit_test(test_the_deployed_are_the_actor_of_mobilize),
        cmocka_unit_test(test_coordinated_verbs_share_the_subject),
        cmocka_unit_test(test_cue_values_are_the_roles_in_order),
        cmocka_unit_test(test_a_participle_takes_its_clauses_subject),
        cmocka_unit_test(test_a_national_adjective_names_the_doer),
        cmocka_unit_test(test_a_that_clause_and_a_victims_country),
        cmocka_unit_test(test_a_when_clause_subject_is_no_target),
        cmocka_unit_test(test_who_was_told_is_no_subject),
        cmocka_unit_test(test_the_object_of_one_trigger_is_nobody_elses_role),
        cmocka_unit_test(test_a_weapon_listed_after_another_takes_the_launcher),
        cmocka_unit_test(test_a_time_in_anothers_relative_clause_is_its_own),
        cmocka_unit_test(test_the_force_deployed_is_no_target),
        cmocka_unit_test(test_the_day_of_what_is_condemned_is_not_the_condemnings),
        cmocka_unit_test(test_an_aside_hides_no_subject_and_the_targets_town_places),
        cmocka_unit_test(test_who_claims_an_attack_is_its_doer),
        cmocka_unit_test(test_the_first_of_two_joined_doers),
        cmocka_unit_test(test_a_state_that_froze_assets_did_it),
        cmocka_unit_test(test_we_in_a_statement_is_its_issuer),
        cmocka_unit_test(test_a_target_past_and_is_another_verbs),
        cmocka_unit_test(test_protesters_do_what_they_are_told_doing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
