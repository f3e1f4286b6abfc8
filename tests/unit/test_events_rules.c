/* test_events_rules.c - the events stage's finer rules: disasters,
 * negating determiners, denied counts, verbs that look like nouns, clause
 * subjects, quoted dates, barriers inside a sentence, country subjects,
 * threats, headline places and date choice. Records are built by hand
 * (events_fixture.h). */
#include "events_fixture.h"

static void test_casualties_of_a_disaster_are_no_assault(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The earthquake struck the region on Monday. More "
                            "than 300 people have been killed.\n", NULL);
    fx_figure(r, NULL, "300 people", "killed", 300);
    fx_run(r);
    assert_int_equal(fx_count(r, "ASSAULT"), 0);
    assert_null(dl_record_figure(r, 0)->event);
    dl_record_free(r);
}

/* "the death toll from Monday's earthquake": a definite toll of a
 * disaster is no attack either */
static void test_the_toll_of_a_disaster_is_no_assault(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("The death toll from Monday's earthquake has risen "
                                "to 2,300, officials said.\n");
    assert_int_equal(fx_count(r, "ASSAULT"), 0);
    dl_record_free(r);
    r = fx_parse_all("The death toll from the attack on the market rose to 40.\n");
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    dl_record_free(r);
}

/* deaths of malnutrition are no attack, and their figure counts none of
 * the attacks told before it */
static void test_deaths_of_malnutrition_count_no_attack(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Since 10 May, at least 58 people have been killed "
                                "in El Fasher. MSF reported that 3 children died of "
                                "malnutrition in Zamzam camp in the past week.\n");
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    for (size_t i = 0; i < dl_record_nfigures(r); i++)
        if (dl_record_figure(r, i)->value == 3)
            assert_null(dl_record_figure(r, i)->event);
    dl_record_free(r);
    /* a famine told as inflicted is no disaster of nature */
    r = fx_parse_all("According to historians, millions of Ukrainians died of "
                     "starvation in 1932-1933 as a result of the artificial famine.\n");
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    dl_record_free(r);
    /* nor are deaths at sea of people crossing it */
    r = fx_parse_all("More than 2,000 migrants have died trying to cross the "
                     "Mediterranean so far this year, the IOM said.\n");
    assert_int_equal(fx_count(r, "ASSAULT"), 0);
    dl_record_free(r);
    r = fx_parse_all("The boat capsized off Lampedusa. Ten of those on board died.\n");
    assert_int_equal(fx_count(r, "ASSAULT"), 0);
    dl_record_free(r);
}

/* heavy rains are a disaster too: the deaths after them are no attack */
static void test_deaths_after_heavy_rains_are_no_assault(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Since 2 October, heavy rains have affected more than "
                            "150,000 people. At least 23 people have died.\n", NULL);
    fx_figure(r, NULL, "23 people", "killed", 23);
    fx_run(r);
    assert_int_equal(fx_count(r, "ASSAULT"), 0);
    dl_record_free(r);
}

/* "saw fighters execute unarmed men": the verb in every form names the
 * attack, its subject the doer */
static void test_executing_is_an_attack(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Witnesses saw fighters execute unarmed men near the camp.\n",
                            NULL);
    fx_actor(r, NULL, "fighters", NULL, "rebels");
    fx_run(r);
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    assert_int_equal(fx_event(r, "ASSAULT", 0)->actor, 0);
    dl_record_free(r);
}

/* "to freeze all assets of the Republic": a sanction. */
static void test_freezing_assets_is_a_sanction(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The Authority decides to freeze all assets of the "
                            "Republic in its central banks.\n", NULL);
    fx_run(r);
    assert_non_null(fx_event(r, "SANCTION", 0));
    dl_record_free(r);
}

/* "the unlawful deportation of children": expelling people, COERCE. */
static void test_deportation_is_expelling(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The court cited the unlawful deportation of children from "
                            "occupied areas.\n", NULL);
    fx_run(r);
    const dl_event *e = fx_event(r, "COERCE", 0);
    assert_non_null(e);
    assert_string_equal(e->mode, "expel");
    dl_record_free(r);
}

/* "the war" names the whole conflict: not the day's attack named before,
 * and no event when negated ("no longer a metaphor for the war"). */
static void test_the_war_is_no_days_attack(void **state)
{
    (void)state;
    const char *s = "Statement\n\nOn Tuesday, a missile strike on a building in the "
                    "city killed nine people. The war has killed more than 11,000 "
                    "civilians since February 2022. For its residents, the front line "
                    "is no longer a metaphor for the war.\n";
    dl_options o = {.date = "2024-06-05"};
    dl_record *r;
    assert_int_equal(dl_record_parse(s, strlen(s), &o, &r, NULL), DL_OK);
    int negated = 0, strike_sents = 0;
    for (size_t i = 0; i < dl_record_nevents(r); i++) {
        const dl_event *e = dl_record_event(r, i);
        negated |= e->negated;
        if (!strcmp(e->trigger_text, "missile strike"))
            strike_sents = (int)e->nevidence;
    }
    assert_false(negated);
    assert_int_equal(strike_sents, 1); /* "The war" did not join the strike */
    dl_record_free(r);
}

/* A figure of a later sentence dated apart goes to no event before it
 * ("About 25 police officers were at the memorial on Wednesday"). */
static void test_a_figure_dated_apart_joins_no_event_before(void **state)
{
    (void)state;
    const char *s = "Statement\n\nIn January, gunmen killed 12 people in the city. "
                    "About 25 police officers were at the memorial on Wednesday.\n";
    dl_options o = {.date = "2024-06-05"};
    dl_record *r;
    assert_int_equal(dl_record_parse(s, strlen(s), &o, &r, NULL), DL_OK);
    for (size_t i = 0; i < dl_record_nfigures(r); i++) {
        const dl_figure *f = dl_record_figure(r, i);
        if (f->value == 25)
            assert_null(f->event);
    }
    dl_record_free(r);
}

/* A crackdown told in one sentence: the subject of "used tear gas and
 * batons to disperse" is the police (the list's "and" ends no clause);
 * "no one was killed, but dozens were injured": the dozens count the
 * injuring; "Those detained" name the arrests, not the dispersal. */
static void test_a_crackdown_sentence(void **state)
{
    (void)state;
    const char *s = "Statement\n\nSince 28 September, security forces have arrested "
                    "at least 340 people. Yesterday, police used tear gas and batons to "
                    "disperse a sit-in; no one was killed, but dozens were injured. Those "
                    "detained could face the death penalty.\n";
    dl_options o = {.date = "2022-10-12"};
    dl_record *r;
    assert_int_equal(dl_record_parse(s, strlen(s), &o, &r, NULL), DL_OK);
    const dl_event *disperse = NULL, *arrests = NULL;
    for (size_t i = 0; i < dl_record_nevents(r); i++) {
        const dl_event *e = dl_record_event(r, i);
        /* the dispersal joins the tear gas used for it */
        if (!strcmp(e->trigger_text, "disperse") || !strcmp(e->trigger_text, "used tear gas"))
            disperse = e;
        if (!strcmp(e->trigger_text, "arrested"))
            arrests = e;
    }
    assert_non_null(disperse);
    assert_string_equal(r->actors[disperse->actor].pub.text, "police");
    assert_null(disperse->mode);
    assert_non_null(arrests);
    assert_int_equal(arrests->nevidence, 2); /* with "Those detained" */
    for (size_t i = 0; i < dl_record_nfigures(r); i++) {
        const dl_figure *f = dl_record_figure(r, i);
        if (!strcmp(f->kind, "injured"))
            assert_non_null(f->event);
    }
    dl_record_free(r);
}

/* A figure of what may yet happen counts no event told before it ("50
 * hostages are expected to be released"). */
static void test_a_future_figure_joins_no_event_before(void **state)
{
    (void)state;
    const char *s = "Statement\n\nToday, ten hostages were freed in the city. Over "
                    "four days, 50 hostages are expected to be released.\n";
    dl_options o = {.date = "2023-11-24"};
    dl_record *r;
    assert_int_equal(dl_record_parse(s, strlen(s), &o, &r, NULL), DL_OK);
    for (size_t i = 0; i < dl_record_nfigures(r); i++) {
        const dl_figure *f = dl_record_figure(r, i);
        if (f->value == 50)
            assert_null(f->event);
    }
    dl_record_free(r);
}

/* Two sides' acts in one statement: each keeps its own place (the place
 * of its own clause over a city of the clause before), a semicolon keeps
 * two events apart, and a span back after another word of an event dates
 * that one, not the condemning. */
static void test_each_side_keeps_its_acts(void **state)
{
    (void)state;
    const char *s = "SC/15000\n15 March 2023\n\nThe Council condemned the violence "
                    "over the past week. Israeli forces killed 11 Palestinians during a "
                    "raid in Nablus on 22 February, and Palestinian militants fired "
                    "rockets at southern Israel the following day. A gunman killed two "
                    "brothers on 26 February; that night, settlers set fire to dozens of "
                    "homes.\n";
    dl_options o = {.date = "2023-03-15"};
    dl_record *r;
    assert_int_equal(dl_record_parse(s, strlen(s), &o, &r, NULL), DL_OK);
    const dl_event *condemn = NULL, *rockets = NULL, *fire = NULL, *killing = NULL;
    for (size_t i = 0; i < dl_record_nevents(r); i++) {
        const dl_event *e = dl_record_event(r, i);
        if (!strcmp(e->trigger_text, "condemned"))
            condemn = e;
        if (!strcmp(e->trigger_text, "rockets"))
            rockets = e;
        if (!strcmp(e->trigger_text, "set fire to"))
            fire = e;
        if (e->nfigures && r->figures[e->figures[0]].pub.value == 2)
            killing = e;
    }
    assert_non_null(condemn);
    assert_null(condemn->date);
    assert_non_null(rockets);
    assert_string_equal(r->places[rockets->place].pub.name, "Israel");
    assert_non_null(fire);
    assert_non_null(killing);
    assert_ptr_not_equal(fire, killing);
    dl_record_free(r);
}

/* What is asked for has not happened: "the need for a lasting
 * ceasefire", "urged ... to keep up their demonstrations". */
/* An event inside an open question ("whether", "if") is neither told nor
 * denied: hypothetical, not negated by a "not" around the question; a
 * definite one the question presumes is neither. */
static void test_an_open_question_denies_nothing(void **state)
{
    (void)state;
    const char *open[] = {
        "Kabul, 3 May 2024\n\nIt was not clear whether anyone was killed in the "
        "strike.\n",
        "Kabul, 3 May 2024\n\nIt was not clear if anyone was killed in the strike.\n",
    };
    for (size_t i = 0; i < 2; i++) {
        dl_record *r = fx_parse_all(open[i]);
        const dl_event *e = fx_trigger(r, "killed");
        assert_non_null(e);
        assert_false(e->negated);
        assert_true(e->hypothetical);
        dl_record_free(r);
    }
    /* a saying denied cites no one, and its subject is no one arrested */
    dl_record *r = fx_parse_all("Kabul, 3 May 2024\n\nPolice did not say whether "
                                "anyone had been arrested.\n");
    const dl_event *q = fx_trigger(r, "arrested");
    assert_non_null(q);
    assert_true(q->hypothetical);
    assert_int_equal(q->target, -1);
    assert_null(q->attributed_to.text);
    dl_record_free(r);
    r = fx_parse_all("Kabul, 3 May 2024\n\nPolice arrested a man on Friday. "
                     "It was not known if the arrest was linked to the "
                     "bombing.\n");
    const dl_event *e = fx_trigger(r, "arrested");
    assert_non_null(e);
    assert_false(e->negated);
    assert_false(e->hypothetical);
    dl_record_free(r);
}

static void test_what_is_asked_for_is_hypothetical(void **state)
{
    (void)state;
    dl_record *r = fx_parse("They discussed the need for a lasting ceasefire.\n", NULL);
    fx_run(r);
    const dl_event *e = fx_event(r, "AGREE", 0);
    assert_non_null(e);
    assert_true(e->hypothetical);
    dl_record_free(r);
    r = fx_parse("The government urged its people to keep up their demonstrations.\n",
                 NULL);
    fx_run(r);
    e = fx_event(r, "PROTEST", 0);
    assert_non_null(e);
    assert_true(e->hypothetical);
    dl_record_free(r);
    /* "called on ... to stop attacks": asked for, and who asks is not who
     * would do it; the day told before does not date it */
    r = fx_parse_all("Geneva, 11 March 2022\n\nOn 7 March, soldiers burned 200 homes. "
                     "Human Rights Watch called on the parties to stop unlawful "
                     "attacks on civilians.\n");
    e = fx_event(r, "ASSAULT", 1);
    assert_non_null(e);
    assert_true(e->hypothetical);
    assert_null(e->date);
    assert_int_equal(e->actor, -1);
    dl_record_free(r);
    /* a reference is no deed asked for: "this crime" is the killing */
    r = fx_parse_all("Paris, 3 May 2022\n\nGunmen killed the journalist in Tijuana on "
                     "1 May. \"I call on the authorities to investigate this crime,\" "
                     "the Director-General said.\n");
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    assert_false(fx_event(r, "ASSAULT", 0)->hypothetical);
    dl_record_free(r);
    /* a cue ending in "to" governs its verb, not a definite object after
     * it, which the clause presumes; an indefinite one is still planned */
    r = fx_parse_all("Geneva, 14 May 2024\n\nOn 3 May, gunmen killed 12 people. The "
                     "government has yet to comment on the killings. The army plans to "
                     "launch an offensive.\n");
    assert_int_equal(fx_count(r, "ASSAULT"), 2); /* the killings are the 12 killed */
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_false(e->hypothetical);
    assert_int_equal(e->nevidence, 2);
    e = fx_event(r, "ASSAULT", 1);
    assert_non_null(e);
    assert_true(e->hypothetical);
    dl_record_free(r);
    /* two describing words joined by "and" keep the cue's clause */
    r = fx_parse_all("Jerusalem, 25 June 2024\n\nWe reiterate our call for an "
                     "immediate and sustained ceasefire.\n");
    e = fx_event(r, "AGREE", 0);
    assert_non_null(e);
    assert_true(e->hypothetical);
    dl_record_free(r);
}

static void test_casualties_join_the_violence_named_before(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Gunmen attacked the market in Kano.\n\nLater "
                            "reports said dozens of people were killed.\n", NULL);
    fx_figure(r, NULL, "dozens of people", "killed", -1);
    fx_run(r);
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    assert_int_equal(fx_event(r, "ASSAULT", 0)->nfigures, 1);
    dl_record_free(r);
}

static void test_no_violence_at_the_rally_negates_the_violence_only(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Thousands joined a rally in the capital. No "
                            "violence was reported at the rally.\n", NULL);
    fx_run(r);
    assert_int_equal(fx_count(r, "PROTEST"), 1);
    assert_false(fx_event(r, "PROTEST", 0)->negated);
    assert_true(fx_event(r, "ASSAULT", 0)->negated);
    dl_record_free(r);
}

static void test_a_denied_count_attaches_to_no_event(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Police fired on the crowd and 20 people were "
                            "injured. No deaths were reported.\n", NULL);
    fx_figure(r, NULL, "20 people", "injured", 20);
    fx_figure(r, NULL, "No deaths", "killed", 0);
    fx_run(r);
    assert_string_equal(dl_record_figure(r, 0)->event, "e1");
    assert_null(dl_record_figure(r, 1)->event);
    dl_record_free(r);
}

static void test_a_verb_that_looks_like_a_reference_is_no_event(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The warnings were there, and the world did not "
                            "act.\n", NULL);
    fx_run(r);
    assert_int_equal(dl_record_nevents(r), 0);
    dl_record_free(r);
}

static void test_relative_clause_subject_is_the_actor(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Officials blamed the Northern Front (NF), which "
                            "had threatened to carry out attacks.\n", NULL);
    fx_actor(r, NULL, "Northern Front", NULL, "rebels");
    fx_run(r);
    const dl_event *t = fx_event(r, "THREATEN", 0);
    assert_non_null(t);
    assert_int_equal(t->actor, 0);
    assert_false(t->hypothetical);
    assert_true(fx_event(r, "ASSAULT", 0)->hypothetical);
    dl_record_free(r);
}

static void test_a_quoted_day_name_does_not_date_the_event(void **state)
{
    (void)state;
    dl_record *r = fx_parse("On 30 September 2022, on what became \"Black "
                            "Friday\", troops opened fire on worshippers.\n", NULL);
    fx_time(r, NULL, "30 September 2022", "2022-09-30");
    fx_time(r, NULL, "Friday", "2022-10-07");
    fx_run(r);
    assert_string_equal(fx_event(r, "ASSAULT", 0)->date, "2022-09-30");
    dl_record_free(r);
}

static void test_on_date_wins_over_a_saying_verbs_today(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The envoy protested today and a note was lodged "
                            "over the shelling of the border post on 13 May "
                            "2020.\n", NULL);
    fx_time(r, NULL, "today", "2020-05-14");
    fx_time(r, NULL, "13 May 2020", "2020-05-13");
    fx_run(r);
    assert_string_equal(fx_event(r, "ASSAULT", 0)->date, "2020-05-13");
    dl_record_free(r);
}

static void test_hours_after_keeps_two_events_of_one_sentence_apart(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The killing began hours after the plane was shot "
                            "down over the city.\n", NULL);
    fx_run(r);
    assert_int_equal(fx_count(r, "ASSAULT"), 2);
    dl_record_free(r);
}

static void test_a_country_subject_names_its_state(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Ruritania will take strong countermeasures.\n", NULL);
    fx_actor(r, NULL, "Press release", "RR", "government"); /* the issuer */
    r->actors[0].sent = (size_t)-1;
    fx_place(r, NULL, "Ruritania", "RR", "country");
    fx_run(r);
    const dl_event *t = fx_event(r, "THREATEN", 0);
    assert_non_null(t);
    assert_int_equal(t->actor, 0);
    assert_false(t->hypothetical);
    dl_record_free(r);
}

static void test_headline_place_when_the_body_names_none(void **state)
{
    (void)state;
    dl_record *r = NULL;
    const char *s = "Press release\n\nRuritania: torture must end\n\nThe group "
                    "documented torture by police officers.\n";
    assert_int_equal(dl_record_parse(s, strlen(s), &(dl_options){0}, &r, NULL), DL_OK);
    r->ntimes = r->nfigures = r->nplaces = r->nactors = r->nevents = 0;
    fx_place(r, NULL, "Ruritania", "RR", "country");
    fx_run(r);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_int_equal(e->place, 0);
    dl_record_free(r);
}

/* "Soldiers burned at least 200 homes": burning is an attack where armed
 * forces are named, not when protesters burn tyres or a fire burns. */
static void test_burning_by_forces_is_an_attack(void **state)
{
    (void)state;
    assert_int_equal(fx_count_in("On 7 March, soldiers reportedly burned at least 200 "
                                 "homes in the village of Bin.\n", "ASSAULT"), 1);
    assert_int_equal(fx_count_in("Protesters burned tyres outside the embassy. The fire "
                                 "burned for three days.\n", "ASSAULT"), 0);
}

/* "took about 250 hostages" is a hostage-taking, "the release of the
 * hostages" none; "violated the ceasefire" an attack, no agreement;
 * "fired rubber bullets at students" coercion. */
static void test_hostages_taken_violations_and_rubber_bullets(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Geneva, 14 May 2024\n\nGunmen took 12 hostages at the "
                                "hotel on Sunday. The release of the hostages began on "
                                "Monday.\n");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_non_null(e->mode);
    assert_string_equal(e->mode, "abduct");
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    dl_record_free(r);
    r = fx_parse_all("Baku, 14 May 2024\n\nArmenian forces violated the ceasefire, the "
                     "Ministry said. Police in Dhaka fired rubber bullets at students.\n");
    assert_int_equal(fx_count(r, "AGREE"), 0);
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    assert_int_equal(fx_count(r, "COERCE"), 1);
    dl_record_free(r);
    /* live ammunition used against people is a shooting, denied or not */
    r = fx_parse_all("Khartoum, 14 May 2024\n\nSecurity forces used live ammunition "
                     "against demonstrators, killing 5. Police said no live ammunition "
                     "was used in Omdurman.\n");
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_non_null(e->mode);
    assert_string_equal(e->mode, "firearms");
    assert_true(e->target >= 0);
    e = fx_event(r, "ASSAULT", 1);
    assert_non_null(e);
    assert_true(e->negated);
    dl_record_free(r);
    /* "and" right after a trigger opens another clause: "police" is no target */
    r = fx_parse_all("Tbilisi, 14 May 2024\n\nThe ministry said 66 people were detained "
                     "and 50 police officers were injured.\n");
    e = fx_event(r, "COERCE", 0);
    assert_non_null(e);
    assert_int_equal(e->target, -1);
    dl_record_free(r);
}

/* The words of a military statement: "apprehended 12 wanted suspects" is
 * an arrest, "terrorists hurled explosive devices and opened fire at the
 * forces" an attack by the group so named (kept as written, sector
 * other); "30,035 martyrs" are counted as killed. */
static void test_the_words_of_a_military_or_ministry_statement(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("December 14, 2023\n\nOvernight, IDF troops raided the "
                                "Jenin camp and apprehended 12 wanted suspects. During the "
                                "activity, terrorists opened fire at the forces.\n");
    const dl_event *e = fx_event(r, "COERCE", 0);
    assert_non_null(e);
    assert_string_equal(e->mode, "arrest");
    e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_true(e->actor >= 0);
    const dl_actor *a = dl_record_actor(r, (size_t)e->actor);
    assert_string_equal(a->text, "terrorists");
    assert_string_equal(a->sector, "other");
    dl_record_free(r);
    r = fx_parse_all("Gaza, 29 February 2024\n\nThe death toll has risen to 30,035 martyrs "
                     "and 70,457 injuries since 7 October.\n");
    int found = 0;
    for (size_t i = 0; i < dl_record_nfigures(r); i++) {
        const dl_figure *f = dl_record_figure(r, i);
        found |= f->has_value && f->value == 30035 && !strcmp(f->kind, "killed");
    }
    assert_true(found);
    dl_record_free(r);
}

/* "Hamas released 24 hostages" is a release, "released a statement" none;
 * prisoners exchanged are released; a court sentencing three activists
 * coerces them. */
static void test_releases_exchanges_and_sentences(void **state)
{
    (void)state;
    assert_int_equal(fx_count_in("Brussels, 14 May 2024\n\nHamas released 24 hostages "
                                 "on Friday. The ministry released a statement on "
                                 "Friday.\n", "CONCEDE"), 1);
    assert_int_equal(fx_count_in("Baku, 14 December 2023\n\nArmenia and Azerbaijan "
                                 "exchanged prisoners on 13 December.\n", "CONCEDE"), 1);
    assert_int_equal(fx_count_in("Minsk, 14 May 2024\n\nThe court sentenced three "
                                 "activists to ten years in prison.\n", "COERCE"), 1);
}

/* A toll only given or withheld tells of no casualties; where an attack
 * was, "in Sudan's El Gezira state" names the state; clashing "with army
 * units" has those units as its target. */
static void test_a_withheld_toll_the_states_place_and_units(void **state)
{
    (void)state;
    assert_int_equal(fx_count_in("Khartoum, 3 June 2025\n\nThe RSF denied the "
                                 "report. It did not give a death toll.\n", "ASSAULT"), 0);
    assert_int_equal(fx_count_in("Khartoum, 3 June 2025\n\nThe ministry gave a "
                                 "death toll of 40.\n", "ASSAULT"), 1);
    assert_int_equal(fx_count_in("Ouagadougou, 27 August 2024\n\nThe government has not "
                                 "commented on the number of casualties. The Pentagon "
                                 "did not give a figure for civilian casualties.\n",
                                 "ASSAULT"), 0);
    /* a place a distance away is a landmark, not where */
    dl_record *lm = fx_parse_all("Ouagadougou, 27 August 2024\n\nMilitants opened fire "
                                 "on residents digging trenches about 80 km (50 miles) "
                                 "north of Kaya.\n");
    const dl_event *op = fx_trigger(lm, "opened fire");
    assert_non_null(op);
    assert_true(op->place < 0 ||
                strcmp(dl_record_place(lm, (size_t)op->place)->text, "Kaya") != 0);
    dl_record_free(lm);
    /* the day of a statement that claims the attack is not the attack's */
    assert_int_equal(fx_count_in("Bamako, 5 March 2024\n\nGunmen attacked an army post "
                                 "near Gao on Saturday, killing 12 soldiers. The group "
                                 "claimed responsibility for the attack in a statement "
                                 "on Sunday.\n", "ASSAULT"), 1);
    /* a place of detention is a building, no arrest */
    assert_int_equal(fx_count_in("Sana'a, 21 January 2022\n\nAn airstrike hit a detention "
                                 "centre in Saada, killing 70 people.\n", "COERCE"), 0);
    /* a toll not known yet */
    assert_int_equal(fx_count_in("Kyiv, 3 June 2025\n\nThere were no immediate "
                                 "reports of casualties. There was no immediate word "
                                 "on casualties.\n", "ASSAULT"), 0);
    dl_record *r = fx_parse_all("Khartoum, 3 June 2025\n\nFighters killed at "
                                "least 40 people in an attack on a village in "
                                "Sudan's El Gezira state on Wednesday.\n");
    const dl_event *e = fx_trigger(r, "killed");
    assert_non_null(e);
    fx_place_is(r, e, "El Gezira");
    dl_record_free(r);
    /* where people were driven to is not where the clashes were */
    r = fx_parse_all("Goma, 14 February 2024\n\nClashes between the M23 and the army "
                     "around the town of Sake have displaced an estimated 135,000 "
                     "people towards Goma.\n");
    e = fx_trigger(r, "Clashes");
    assert_non_null(e);
    fx_place_is(r, e, "Sake");
    dl_record_free(r);
    /* a direction between the possessive and the place; a neighbour is
     * no place of the event */
    r = fx_parse_all("Bogota, 20 January 2025\n\nFighting in Colombia's northeastern "
                     "Catatumbo region has killed at least 80 people. The president "
                     "declared a state of emergency in the region, which borders "
                     "Venezuela.\n");
    e = fx_trigger(r, "Fighting");
    assert_non_null(e);
    fx_place_is(r, e, "Catatumbo");
    for (size_t i = 0; i < dl_record_nevents(r); i++) {
        const dl_event *x = dl_record_event(r, i);
        assert_true(x->place < 0 ||
                    strcmp(dl_record_place(r, (size_t)x->place)->text, "Venezuela") != 0);
    }
    dl_record_free(r);
    r = fx_parse_all("Khartoum, 3 June 2025\n\nThe RSF said its forces had "
                     "clashed with army units near the village.\n");
    e = fx_trigger(r, "clashed");
    assert_non_null(e);
    fx_actor_is(r, e->target, "army units");
    dl_record_free(r);
}

/* Weapons thrown at people, in the passive, are an attack on them; not
 * weapons stored somewhere. */
static void test_thrown_missiles_attack(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("London, 14 September 2025\n\nBottles, flares and other "
                                "missiles were thrown at officers.\n");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    fx_actor_is(r, e->target, "officers");
    dl_record_free(r);
    assert_int_equal(fx_count_in("London, 14 September 2025\n\nThe missiles were stored "
                                 "at a depot.\n", "ASSAULT"), 0);
}

/* weapons intercepted or shot down tell of an attack met, no forces
 * mobilised; a trigger before a noun of a thing ("an arrest warrant", "a
 * deployment point") is no event; a charge of murder is no murder */
static void test_intercepted_weapons_and_compound_nouns(void **state)
{
    (void)state;
    const char *s = "Moscow, 14 March 2023\n\nTwo HIMARS rockets were also intercepted "
                    "over the region.\n";
    assert_int_equal(fx_count_in(s, "ASSAULT"), 1);
    assert_int_equal(fx_count_in(s, "MOBILIZE"), 0);
    assert_int_equal(fx_count_in("Moscow, 14 March 2023\n\nThe court issued an arrest "
                                 "warrant for the general.\n", "COERCE"), 0);
    s = "Moscow, 14 March 2023\n\nA strike hit a temporary deployment point of foreign "
        "mercenaries.\n";
    assert_int_equal(fx_count_in(s, "MOBILIZE"), 0);
    assert_int_equal(fx_count_in(s, "ASSAULT"), 1);
    assert_int_equal(fx_count_in("Buffalo, 6 May 1999\n\nHe faces a state charge of "
                                 "murder.\n", "ASSAULT"), 0);
    /* "the burned houses": a state found, no deed told */
    assert_int_equal(fx_count_in("Vitez, 23 April 1993\n\nA week later, British "
                                 "peacekeepers found the burned houses.\n", "ASSAULT"), 0);
    assert_int_equal(fx_count_in("Vitez, 23 April 1993\n\nSoldiers burned the houses.\n",
                                 "ASSAULT"), 1);
    /* protest as a right is no protest told; "a peaceful protest" is */
    assert_int_equal(fx_count_in("Nairobi, 14 June 2024\n\nAuthorities must stop treating "
                                 "peaceful protest as a crime.\n", "PROTEST"), 0);
    assert_int_equal(fx_count_in("Nairobi, 14 June 2024\n\nStudents held a peaceful "
                                 "protest on Monday.\n", "PROTEST"), 1);
    /* deeds of a kind spoken of in general are none told */
    assert_int_equal(fx_count_in("Brussels, 5 May 2023\n\nDeliberate attacks against "
                                 "civilians are war crimes.\n", "ASSAULT"), 0);
    assert_int_equal(fx_count_in("Brussels, 5 May 2023\n\nClashes are continuing in the "
                                 "north.\n", "ASSAULT"), 1);
    /* a curfew lifted or relaxed is a concession, no curfew imposed */
    s = "Gandhinagar, 18 April 2022\n\nThe curfew was relaxed for four hours yesterday. "
        "Authorities lifted the curfew in Idar on 12 April.\n";
    assert_int_equal(fx_count_in(s, "COERCE"), 0);
    assert_int_equal(fx_count_in(s, "CONCEDE"), 2);
    /* a protest banned is none told; the ban is a coercion */
    s = "Dakar, 20 March 2023\n\nThe government banned protests on 16 March and must "
        "lift the ban on demonstrations.\n";
    assert_int_equal(fx_count_in(s, "PROTEST"), 0);
    assert_true(fx_count_in(s, "COERCE") >= 1);
    assert_int_equal(fx_count_in("Dakar, 20 March 2023\n\nThousands protested on Friday "
                                 "despite the ban.\n", "PROTEST"), 1);
    /* the trigger as a verb stays one */
    assert_int_equal(fx_count_in("Moscow, 14 March 2023\n\nPolice arrested 20 people.\n",
                                 "COERCE"), 1);
}

/* "reports of gunshots": a shooting, whose hearers did not do it; "a man
 * from Swindon was arrested" at the scene, not in his home town */
static void test_gunshots_heard_and_a_mans_home_town(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Bristol, Sunday 9 July 2023\n\nAt 21:47 on Saturday "
                                "evening, officers at the festival in Bristol received "
                                "reports of gunshots near the main stage. Four people died "
                                "at the scene.\n\nA 27-year-old man from Swindon was "
                                "arrested at 22:05.\n");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_string_equal(e->mode, "firearms");
    assert_string_equal(e->date, "2023-07-08T21:47");
    assert_int_equal(e->actor, -1);
    const dl_event *a = fx_event(r, "COERCE", 0);
    assert_non_null(a);
    fx_place_is(r, a, "Bristol");
    dl_record_free(r);
}

/* A report that opens on a disaster counts its dead before any violence
 * is named: no attack, however far from the disaster word; a shooting it
 * names later is one */
static void test_a_disaster_reports_tolls_are_no_assault(void **state)
{
    (void)state;
    const char *s =
        "PAKISTAN: Monsoon Floods\nSituation Report No. 3\n\n"
        "Heavy rain has fallen across the south since June. Sindh and "
        "Balochistan are the worst hit. Roads and bridges were washed away. In "
        "Sindh alone, the provincial authority reported 347 deaths.\n";
    assert_int_equal(fx_count_in(s, "ASSAULT"), 0);
    s = "PAKISTAN: Monsoon Floods\nSituation Report No. 3\n\n"
        "Heavy rain has fallen across the south since June. Sindh and "
        "Balochistan are the worst hit. Roads and bridges were washed away. "
        "Gunmen opened fire on a relief convoy near Sukkur. Two drivers were "
        "killed.\n";
    assert_int_equal(fx_count_in(s, "ASSAULT"), 1);
    /* how near a canister was fired is no second deed with a target */
    assert_int_equal(fx_count_in("Dakar, 20 March 2023\n\nA 17-year-old boy died in hospital "
                                 "in Kaolack on Saturday night after being hit in the head by "
                                 "a tear gas canister fired at close range.\n", "ASSAULT"), 1);
    /* forces that hit positions attacked them; prices that hit a record
     * did not */
    assert_int_equal(fx_count_in("Moscow, 14 March 2023\n\nUnits of the Southern group of "
                                 "forces hit enemy positions near Bakhmut.\n", "ASSAULT"), 1);
    assert_int_equal(fx_count_in("London, 14 March 2023\n\nPrices hit a record high.\n",
                                 "ASSAULT"), 0);
    /* a state that struck a place attacked it; a deal struck is none */
    assert_int_equal(fx_count_in("Brussels, 5 May 2023 - Russia struck Kramatorsk on "
                                 "Thursday.\n", "ASSAULT"), 1);
    assert_int_equal(fx_count_in("Brussels, 5 May 2023 - Russia struck a deal with "
                                 "China.\n", "ASSAULT"), 0);
    /* fighters who give themselves up concede */
    dl_record *y = fx_parse_all("Moscow, 14 March 2023\n\nFour Ukrainian soldiers "
                                "surrendered near Marinka.\n");
    const dl_event *ye = fx_event(y, "CONCEDE", 0);
    assert_non_null(ye);
    assert_string_equal(ye->mode, "surrender");
    assert_int_equal(ye->nfigures, 1); /* the four who surrendered */
    dl_record_free(y);
    /* a surrender as the background of another deed is none */
    assert_int_equal(fx_count_in("Manila, 3 February 2020\n\nAt least 17 inmates were beaten "
                                 "by responding officers after they had surrendered.\n",
                                 "CONCEDE"), 0);
    /* stone pelting is an attack */
    assert_int_equal(fx_count_in("Gandhinagar, 18 April 2022\n\nOn 10.04.2022, at about 1630 "
                                 "hrs, stone pelting took place between two communities.\n",
                                 "ASSAULT"), 1);
    /* where someone was headed is no place of the deed */
    dl_record *d = fx_parse_all("Colombo, 22 May 2023\n\nNadarajah was arrested at "
                                "Bandaranaike International Airport as he tried to leave for "
                                "Dubai.\n");
    const dl_event *de = fx_event(d, "COERCE", 0);
    assert_non_null(de);
    assert_true(de->place < 0 || strcmp(dl_record_place(d, (size_t)de->place)->text, "Dubai"));
    dl_record_free(d);
    /* the neighbour a border is shared with is no place of the deed */
    dl_record *b = fx_parse_all("Niamey, 10 February 2020\n\nTerrorists attacked the army "
                                "post at Ngalewa in Diffa. After more than three hours of "
                                "fierce fighting, the assailants were repelled and pursued "
                                "towards the border with Nigeria.\n");
    for (size_t k = 0; k < dl_record_nevents(b); k++) {
        const dl_event *e = dl_record_event(b, k);
        assert_true(e->place < 0 || !dl_record_place(b, (size_t)e->place)->country ||
                    strcmp(dl_record_place(b, (size_t)e->place)->country, "NG"));
    }
    dl_record_free(b);
    /* "opened fire in Gao" is no fire, and its toll the shooting's */
    assert_int_equal(fx_count_in("Bamako, 4 May 2021\n\nSoldiers opened fire in Gao on 3 May. "
                                 "Seven people were killed.\n", "ASSAULT"), 1);
    /* a collapse and a fire are accidents; police batons are no accident */
    s = "Geneva, 9 March 2024\n\nUnions are outraged by the collapse of a garment "
        "factory in Gazipur on Thursday, two weeks after a fire at a warehouse in "
        "Chattogram killed seven workers. At least 23 workers have been confirmed dead.\n\n"
        "On Friday, police used batons to disperse marchers, injuring at least 20.\n";
    assert_int_equal(fx_count_in(s, "ASSAULT"), 1);
    /* aid needed is none given */
    dl_record *r = fx_parse_all("Some 6.4 million people are in need of humanitarian "
                                "assistance.\n");
    const dl_event *e = fx_event(r, "AID", 0);
    assert_true(!e || e->hypothetical);
    dl_record_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_disaster_reports_tolls_are_no_assault),
        cmocka_unit_test(test_releases_exchanges_and_sentences),
        cmocka_unit_test(test_thrown_missiles_attack),
        cmocka_unit_test(test_intercepted_weapons_and_compound_nouns),
        cmocka_unit_test(test_gunshots_heard_and_a_mans_home_town),
        cmocka_unit_test(test_a_withheld_toll_the_states_place_and_units),
        cmocka_unit_test(test_the_words_of_a_military_or_ministry_statement),
        cmocka_unit_test(test_hostages_taken_violations_and_rubber_bullets),
        cmocka_unit_test(test_burning_by_forces_is_an_attack),
        cmocka_unit_test(test_casualties_of_a_disaster_are_no_assault),
        cmocka_unit_test(test_the_toll_of_a_disaster_is_no_assault),
        cmocka_unit_test(test_deaths_of_malnutrition_count_no_attack),
        cmocka_unit_test(test_deaths_after_heavy_rains_are_no_assault),
        cmocka_unit_test(test_casualties_join_the_violence_named_before),
        cmocka_unit_test(test_executing_is_an_attack),
        cmocka_unit_test(test_deportation_is_expelling),
        cmocka_unit_test(test_freezing_assets_is_a_sanction),
        cmocka_unit_test(test_the_war_is_no_days_attack),
        cmocka_unit_test(test_a_figure_dated_apart_joins_no_event_before),
        cmocka_unit_test(test_a_crackdown_sentence),
        cmocka_unit_test(test_a_future_figure_joins_no_event_before),
        cmocka_unit_test(test_each_side_keeps_its_acts),
        cmocka_unit_test(test_what_is_asked_for_is_hypothetical),
        cmocka_unit_test(test_an_open_question_denies_nothing),
        cmocka_unit_test(test_no_violence_at_the_rally_negates_the_violence_only),
        cmocka_unit_test(test_a_denied_count_attaches_to_no_event),
        cmocka_unit_test(test_a_verb_that_looks_like_a_reference_is_no_event),
        cmocka_unit_test(test_relative_clause_subject_is_the_actor),
        cmocka_unit_test(test_a_quoted_day_name_does_not_date_the_event),
        cmocka_unit_test(test_on_date_wins_over_a_saying_verbs_today),
        cmocka_unit_test(test_hours_after_keeps_two_events_of_one_sentence_apart),
        cmocka_unit_test(test_a_country_subject_names_its_state),
        cmocka_unit_test(test_headline_place_when_the_body_names_none),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
