/* test_events_periods.c - running totals ("175 peacekeepers have been
 * killed since 2013") make period events: a range up to the report, never
 * a single event dated at the period's start; they keep apart from the
 * point events around them (src/events/period.c). */
#include "events_fixture.h"

static rec_figure *running(dl_record *r, const char *phrase, const char *kind,
                           int64_t value)
{
    rec_figure *f = fx_figure(r, NULL, phrase, kind, value);
    f->pub.cumulative = 1;
    return f;
}

static void test_killed_since_a_year_is_a_period_up_to_the_report(void **state)
{
    (void)state;
    dl_record *r = fx_parse("In all, 175 peacekeepers have been killed in the "
                            "country since 2013.\n", "2023-06-26");
    fx_time(r, NULL, "2013", "2013");
    fx_place(r, NULL, "country", NULL, "other");
    running(r, "175 peacekeepers", "killed", 175);
    fx_run(r);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_null(e->date);
    assert_string_equal(e->when.type, "range");
    assert_string_equal(e->when.start, "2013-01-01");
    assert_string_equal(e->when.end, "2023-06-26");
    assert_int_equal(e->nfigures, 1);
    dl_record_free(r);
}

/* The whole pipeline: "since March 2019, when 40 people were killed"
 * tells what happened then, a point event of its own with its figure (not
 * a running total), kept apart from the event before the time. */
static void test_a_times_own_clause_is_a_point_event_then(void **state)
{
    (void)state;
    const char *s = "Statement\n\nShelling killed 12 civilians in the town on "
                    "Monday. The attack was the deadliest since March 2019, "
                    "when 40 people were killed in the capital.\n";
    dl_options o = {.date = "2024-05-08"};
    dl_record *r;
    assert_int_equal(dl_record_parse(s, strlen(s), &o, &r, NULL), DL_OK);
    const dl_figure *forty = NULL;
    for (size_t i = 0; i < dl_record_nfigures(r); i++)
        if (dl_record_figure(r, i)->value == 40)
            forty = dl_record_figure(r, i);
    assert_non_null(forty);
    assert_false(forty->cumulative);
    assert_non_null(forty->event);
    const dl_event *then = NULL;
    for (size_t i = 0; i < dl_record_nevents(r); i++)
        if (!strcmp(dl_record_event(r, i)->id, forty->event))
            then = dl_record_event(r, i);
    assert_non_null(then);
    assert_string_equal(then->date, "2019-03");
    assert_string_equal(then->when.type, "exact");
    dl_record_free(r);
}

/* "the killings" with no time of its own names the running total's
 * events: one event, not a new point event. */
static void test_a_reference_joins_the_running_total(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Since 15 July, security forces have killed at least "
                            "eight protesters in the province. The office has opened "
                            "an inquiry into the killings.\n", "2021-09-14");
    fx_time(r, NULL, "15 July", "2021-07-15");
    running(r, "at least eight protesters", "killed", 8);
    fx_run(r);
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_null(e->date);
    assert_string_equal(e->when.type, "range");
    dl_record_free(r);
}

static void test_a_period_with_no_date_stays_undated(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The army said on Monday that soldiers shot two "
                            "protesters. Since the start of the conflict, 1,200 "
                            "civilians have died.\n", "2024-05-08");
    fx_time(r, NULL, "Monday", "2024-05-06");
    fx_figure(r, NULL, "two protesters", "killed", 2);
    running(r, "1,200 civilians", "killed", 1200);
    fx_run(r);
    assert_int_equal(fx_count(r, "ASSAULT"), 2);
    const dl_event *toll = fx_event(r, "ASSAULT", 1);
    assert_null(toll->date);
    assert_null(toll->when.start);
    assert_int_equal(toll->nfigures, 1);
    assert_int_equal(r->figures[toll->figures[0]].pub.value, 1200);
    assert_int_equal(fx_event(r, "ASSAULT", 0)->nfigures, 1);
    dl_record_free(r);
}

static void test_the_event_since_which_is_a_point_event(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Since the coup on 1 February 2021, more than 3,000 "
                            "civilians have been killed.\n", "2023-04-12");
    fx_time(r, NULL, "1 February 2021", "2021-02-01");
    running(r, "more than 3,000 civilians", "killed", 3000);
    fx_run(r);
    const dl_event *coup = fx_event(r, "COERCE", 0);
    assert_non_null(coup);
    assert_string_equal(coup->date, "2021-02-01");
    const dl_event *toll = fx_event(r, "ASSAULT", 0);
    assert_null(toll->date);
    assert_string_equal(toll->when.start, "2021-02-01");
    assert_string_equal(toll->when.end, "2023-04-12");
    dl_record_free(r);
}

/* The event a figure of the whole pipeline's record belongs to. */
static const dl_event *event_of_value(const dl_record *r, int64_t value)
{
    for (size_t i = 0; i < dl_record_nfigures(r); i++) {
        const dl_figure *f = dl_record_figure(r, i);
        if (f->has_value && f->value == value && f->event)
            for (size_t k = 0; k < dl_record_nevents(r); k++)
                if (!strcmp(dl_record_event(r, k)->id, f->event))
                    return dl_record_event(r, k);
    }
    fail_msg("no event of figure %lld", (long long)value);
    return NULL;
}

static dl_record *pipeline(const char *s, const char *date)
{
    dl_options o = {.date = date};
    dl_record *r;
    assert_int_equal(dl_record_parse(s, strlen(s), &o, &r, NULL), DL_OK);
    return r;
}

/* The whole pipeline: a toll over a span back from the report ("in the
 * past 24 hours", "over the last week") is a running total over those
 * days; two such spans are two periods, though one holds the other. */
static void test_a_span_back_from_the_report_is_a_period_of_its_days(void **state)
{
    (void)state;
    dl_record *r = pipeline("Daily update\n\nIn the past 24 hours, airstrikes killed "
                            "31 people in the city. Over the last week, 210 people "
                            "were killed across the region. During the past three "
                            "days, at least 40 people were detained.\n", "2024-03-14");
    const dl_event *day = event_of_value(r, 31), *week = event_of_value(r, 210);
    const dl_event *held = event_of_value(r, 40);
    assert_ptr_not_equal(day, week);
    assert_null(day->date);
    assert_string_equal(day->when.type, "range");
    assert_string_equal(day->when.start, "2024-03-13");
    assert_string_equal(day->when.end, "2024-03-14");
    assert_string_equal(week->when.start, "2024-03-07");
    assert_string_equal(week->when.end, "2024-03-14");
    assert_string_equal(held->type, "COERCE");
    assert_string_equal(held->when.start, "2024-03-11");
    assert_string_equal(held->when.end, "2024-03-14");
    dl_record_free(r);
}

/* An event of a sentence with a span back and no toll is dated by the
 * span's days, from its first; a span of years dates no later sentence,
 * and an event over it takes in no new one of the next. */
static void test_a_long_span_back_dates_only_its_own_sentence(void **state)
{
    (void)state;
    dl_record *r = pipeline("Statement\n\nOver the past three days, the army shelled "
                            "the town. In the past two years, the group has attacked "
                            "dozens of schools. Gunmen ambushed a police patrol near "
                            "the border.\n", "2024-03-14");
    const dl_event *shell = NULL, *storm = NULL, *schools = NULL;
    for (size_t i = 0; i < dl_record_nevents(r); i++) {
        const dl_event *e = dl_record_event(r, i);
        if (!strcmp(e->trigger_text, "shelled"))
            shell = e;
        if (!strcmp(e->trigger_text, "attacked"))
            schools = e;
        if (!strcmp(e->trigger_text, "ambushed"))
            storm = e;
    }
    assert_non_null(shell);
    assert_string_equal(shell->date, "2024-03-11");
    assert_string_equal(shell->when.type, "range");
    assert_string_equal(shell->when.end, "2024-03-14");
    assert_non_null(schools); /* an event of two years, not the shelling */
    assert_string_equal(schools->when.start, "2022-03-14");
    assert_non_null(storm); /* the story's days go on, not the two years */
    assert_string_equal(storm->date, "2024-03-11");
    dl_record_free(r);
}

/* A day's span goes on into the next sentence of a daily update: what it
 * did there is the same attacks, one event with both tolls. */
static void test_a_days_span_goes_on_in_the_next_sentence(void **state)
{
    (void)state;
    dl_record *r = pipeline("Operational update\n\nOver the past day, the enemy "
                            "launched 2 missile strikes and 61 air strikes on "
                            "settlements. As a result of the attacks, 4 civilians were "
                            "killed and 11 wounded in Kherson oblast.\n", "2024-02-21");
    const dl_event *killed = event_of_value(r, 4), *hurt = event_of_value(r, 11);
    assert_ptr_equal(killed, hurt);
    assert_string_equal(killed->date, "2024-02-20");
    assert_string_equal(killed->when.end, "2024-02-21");
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    dl_record_free(r);
}

/* A running total in a later sentence with no event of its own counts no
 * attack named before it. */
static void test_a_later_running_total_counts_no_earlier_attack(void **state)
{
    (void)state;
    dl_record *r = pipeline("Statement\n\nOn Sunday, shelling hit the camp, killing "
                            "five people. An estimated 40,000 people have fled their "
                            "homes since the start of the month.\n", "2024-05-14");
    const dl_figure *fled = NULL;
    for (size_t i = 0; i < dl_record_nfigures(r); i++)
        if (dl_record_figure(r, i)->value == 40000)
            fled = dl_record_figure(r, i);
    assert_non_null(fled);
    assert_true(fled->cumulative);
    assert_null(fled->event);
    assert_non_null(event_of_value(r, 5));
    dl_record_free(r);
}

/* "Since the coup": the period runs from the coup's date; and a running
 * total takes no town of an earlier paragraph, unless it points back to
 * it ("in the city"). */
static void test_a_period_since_a_dated_event(void **state)
{
    (void)state;
    dl_record *r = pipeline("Statement\n\nThe military seized power in a coup in "
                            "February 2021. On 11 April, an airstrike on Pazigyi "
                            "village killed 160 people.\n\nSince the coup, security "
                            "forces have killed more than 3,200 people.\n",
                            "2023-04-14");
    const dl_event *toll = event_of_value(r, 3200);
    assert_null(toll->date);
    assert_string_equal(toll->when.type, "range");
    assert_string_equal(toll->when.start, "2021-02-01");
    assert_string_equal(toll->when.end, "2023-04-14");
    assert_int_equal(toll->place, -1);
    /* "Since the coup" refers back: the coup takes no place from there */
    for (size_t i = 0; i < dl_record_nevents(r); i++)
        if (!strcmp(dl_record_event(r, i)->type, "COERCE"))
            assert_int_equal(dl_record_event(r, i)->place, -1);
    dl_record_free(r);
    /* a coup named first after "since" is no event of the earlier
     * paragraph's village either */
    r = pipeline("Statement\n\nOn Tuesday, an airstrike on Pazigyi village in Sagaing "
                 "Region killed 40 people.\n\nSince the military coup of 1 February "
                 "2021, more than 4,800 civilians have been killed.\n", "2024-04-12");
    for (size_t i = 0; i < dl_record_nevents(r); i++)
        if (!strcmp(dl_record_event(r, i)->type, "COERCE")) {
            assert_string_equal(dl_record_event(r, i)->date, "2021-02-01");
            assert_int_equal(dl_record_event(r, i)->place, -1);
        }
    dl_record_free(r);
    r = pipeline("Statement\n\nGENEVA, 9 May 2024 - Aid partners report that shelling "
                 "hit a market in the city of Kharkiv on Tuesday.\n\nSince Tuesday, "
                 "aid groups have delivered emergency aid to 4,000 people in the "
                 "city.\n", "2024-05-09");
    const dl_event *aid = NULL;
    for (size_t i = 0; i < dl_record_nevents(r); i++)
        if (!strcmp(dl_record_event(r, i)->type, "AID"))
            aid = dl_record_event(r, i);
    assert_non_null(aid);
    assert_true(aid->place >= 0);
    assert_string_equal(r->places[aid->place].pub.name, "Kharkiv");
    dl_record_free(r);
}

/* "Since fighting began in August 2023, forces have carried out
 * massacres": the main clause runs from the since-clause's time to the
 * report, and is no part of the fighting; a deed its own sentence dates
 * later is one of the conflict's, an event of its own. */
static void test_a_since_clause_opens_a_period(void **state)
{
    (void)state;
    dl_record *r = pipeline("Statement\n\nSince fighting began in August 2023, security "
                            "forces have carried out several massacres in Amhara. In Bahir "
                            "Dar in August, soldiers killed at least 20 civilians.\n",
                            "2024-04-04");
    const dl_event *mas = NULL, *kill = event_of_value(r, 20);
    for (size_t i = 0; i < dl_record_nevents(r); i++)
        if (!strcmp(dl_record_event(r, i)->trigger_text, "massacres"))
            mas = dl_record_event(r, i);
    assert_non_null(mas);
    assert_null(mas->date);
    assert_string_equal(mas->when.start, "2023-08-01");
    assert_string_equal(mas->when.end, "2024-04-04");
    assert_non_null(kill);
    assert_string_equal(kill->trigger_text, "killed");
    assert_string_equal(kill->date, "2023-08");
    assert_string_equal(r->places[kill->place].pub.text, "Bahir Dar");
    dl_record_free(r);
}

/* "Since the February 1, 2021 coup, the junta has carried out more than
 * 600 airstrikes": the date of the noun after "since the" opens a period
 * for what follows the comma; the coup is the point event of that day. */
static void test_a_dated_noun_after_since_opens_a_period(void **state)
{
    (void)state;
    dl_record *r = pipeline("Statement\n\nSince the February 1, 2021 coup, the junta has "
                            "carried out more than 600 airstrikes.\n",
                            "2023-04-13");
    const dl_event *strikes = fx_trigger(r, "airstrikes"), *coup = fx_trigger(r, "coup");
    assert_non_null(strikes);
    assert_null(strikes->date);
    assert_string_equal(strikes->when.start, "2021-02-01");
    assert_string_equal(strikes->when.end, "2023-04-13");
    assert_non_null(coup);
    assert_string_equal(coup->date, "2021-02-01");
    dl_record_free(r);
}

/* "Over the next two years" after a dated sentence: the days from that
 * day on, a period of its own (not the executions told just before, nor
 * dated by their night); "later" carries no date into what it tells. */
static void test_a_span_ahead_of_the_story_is_its_own_period(void **state)
{
    (void)state;
    dl_record *r = pipeline("Statement\n\nOn the night of 24 April 1915, some 250 leaders "
                            "were arrested in the capital. Most of them were later "
                            "executed. Over the next two years, an estimated 1.5 million "
                            "people were killed.\n",
                            "2015-04-24");
    const dl_event *exe = fx_trigger(r, "executed"), *kill = fx_trigger(r, "killed");
    assert_non_null(exe);
    assert_null(exe->date);
    assert_non_null(kill);
    assert_ptr_not_equal(kill, exe);
    assert_null(kill->date);
    assert_string_equal(kill->when.start, "1915-04-24");
    assert_string_equal(kill->when.end, "1917-04-24");
    dl_record_free(r);
}

/* "the deadliest period for journalists since CPJ began collecting data
 * in 1992": the baseline of a comparison dates no event, and carries into
 * none after it. */
static void test_a_comparisons_baseline_dates_nothing(void **state)
{
    (void)state;
    dl_record *r = pipeline("Statement\n\nAt least 90 journalists have been killed in "
                            "Gaza since the war began, the deadliest period for journalists "
                            "since CPJ began collecting data in 1992. Two reporters were "
                            "killed in Rafah.\n",
                            "2024-03-03");
    for (size_t i = 0; i < dl_record_nevents(r); i++) {
        const dl_event *e = dl_record_event(r, i);
        assert_true(!e->when.start || strncmp(e->when.start, "1992", 4));
    }
    dl_record_free(r);
    /* a plain "since 1992" still opens a period */
    r = pipeline("Statement\n\nAt least 90 journalists have been killed since 1992.\n",
                 "2024-03-03");
    const dl_event *e = event_of_value(r, 90);
    assert_non_null(e);
    assert_string_equal(e->when.start, "1992-01-01");
    dl_record_free(r);
}

/* A genocide is an event when named with a determiner ("the 1994
 * genocide"), not as a qualification ("amount to genocide"); what is
 * remembered takes only the times and places of its own noun phrase. */
static void test_a_remembered_event_keeps_only_its_own_time(void **state)
{
    (void)state;
    dl_record *r = pipeline("Statement\n\nThe acts amount to genocide.\n", "2024-04-08");
    assert_int_equal(dl_record_nevents(r), 0);
    dl_record_free(r);
    r = pipeline("Statement\n\nRwanda commemorated on 7 April the genocide of 1994.\n",
                 "2024-04-08");
    assert_int_equal(dl_record_nevents(r), 1);
    assert_string_equal(dl_record_event(r, 0)->date, "1994");
    dl_record_free(r);
    /* a time after "on" past the trigger dates the remembering */
    r = pipeline("Statement\n\nRwanda commemorated the genocide on 7 April.\n",
                 "2024-04-08");
    assert_null(dl_record_event(r, 0)->date);
    dl_record_free(r);
    /* an anniversary dates it to the year, not by the event's own words */
    r = pipeline("Statement\n\nSri Lankans marked the first anniversary of the Easter "
                 "Sunday bombings on Tuesday.\n", "2020-04-21");
    assert_string_equal(dl_record_event(r, 0)->date, "2019");
    dl_record_free(r);
    r = pipeline("Statement\n\nOn the first day of the ceremonies, survivors of the "
                 "genocide gathered in Kigali on Sunday.\n", "2024-04-08");
    assert_int_equal(dl_record_nevents(r), 1);
    assert_null(dl_record_event(r, 0)->date);
    assert_int_equal(dl_record_event(r, 0)->place, -1);
    dl_record_free(r);
    /* its participle and place phrase, then its time, are its own */
    r = pipeline("Statement\n\nRwandans remember the victims of the genocide committed "
                 "in Kigali thirty years ago.\n", "2024-04-07");
    assert_int_equal(dl_record_nevents(r), 1);
    assert_non_null(dl_record_event(r, 0)->date);
    assert_string_equal(dl_record_event(r, 0)->date, "1994");
    assert_true(dl_record_event(r, 0)->place >= 0);
    assert_string_equal(dl_record_place(r, (size_t)dl_record_event(r, 0)->place)->text,
                        "Kigali");
    dl_record_free(r);
}

/* "The toll of the aggression has risen to 24,100 martyrs since 7
 * October": a reference to nothing named whose running total its
 * sentence counts is a period event of its own, with the counts. */
static void test_a_counted_reference_is_a_period_event(void **state)
{
    (void)state;
    dl_record *r = pipeline("Statement\n\nThe toll of the aggression has risen to 24,100 "
                            "martyrs and 60,834 injuries since 7 October.\n",
                            "2024-01-15");
    const dl_event *e = event_of_value(r, 24100);
    assert_non_null(e);
    assert_null(e->date);
    assert_string_equal(e->when.start, "2023-10-07");
    assert_string_equal(e->when.end, "2024-01-15");
    assert_int_equal(e->nfigures, 2);
    dl_record_free(r);
    /* a reference with no count stays none */
    r = pipeline("Statement\n\nThe aggression must end.\n", "2024-01-15");
    assert_int_equal(dl_record_nevents(r), 0);
    dl_record_free(r);
}

static void test_a_toll_of_one_attack_is_no_period(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Gunmen attacked the village on 3 May 2024. Twenty "
                            "people were killed.\n", "2024-05-04");
    fx_time(r, NULL, "3 May 2024", "2024-05-03");
    fx_figure(r, NULL, "Twenty people", "killed", 20);
    fx_run(r);
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    assert_string_equal(fx_event(r, "ASSAULT", 0)->date, "2024-05-03");
    dl_record_free(r);
}

static void test_a_period_does_not_absorb_the_attack_named_before(void **state)
{
    (void)state;
    dl_record *r = fx_parse("Gunmen attacked the village on 3 May 2024. So far "
                            "this year, 300 people have been killed in the "
                            "region.\n", "2024-05-04");
    fx_time(r, NULL, "3 May 2024", "2024-05-03");
    fx_time(r, NULL, "this year", "2024");
    running(r, "300 people", "killed", 300);
    fx_run(r);
    assert_int_equal(fx_count(r, "ASSAULT"), 2);
    assert_int_equal(fx_event(r, "ASSAULT", 0)->nfigures, 0);
    const dl_event *p = fx_event(r, "ASSAULT", 1);
    assert_string_equal(p->when.start, "2024-01-01");
    assert_string_equal(p->when.end, "2024-05-04");
    dl_record_free(r);
}

static void test_participle_after_the_victims_makes_them_the_target(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The number of peacekeepers killed in the country "
                            "rose.\n", NULL);
    fx_actor(r, NULL, "peacekeepers", NULL, "international");
    fx_run(r);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_int_equal(e->actor, -1);
    assert_int_equal(e->target, 0);
    dl_record_free(r);
}

static void test_a_verb_between_keeps_the_subject_off_its_object(void **state)
{
    (void)state;
    dl_record *r = fx_parse("The troops dispersed peaceful demonstrations in the "
                            "capital.\n", NULL);
    fx_actor(r, NULL, "troops", NULL, "military");
    fx_run(r);
    assert_int_equal(fx_event(r, "COERCE", 0)->actor, 0);
    assert_int_equal(fx_event(r, "PROTEST", 0)->actor, -1);
    dl_record_free(r);
}

/* The whole pipeline: killed and wounded over the same past days are one
 * running total, not a period and a point event dated at its start. */
static void test_a_second_count_of_a_periods_sentence_joins_it(void **state)
{
    (void)state;
    const char *s = "Statement\n\nOver the past three days, 104 servicemen have "
                    "been killed and 23 civilians wounded, the ministry reported.\n";
    dl_options o = {.date = "2020-09-30"};
    dl_record *r;
    assert_int_equal(dl_record_parse(s, strlen(s), &o, &r, NULL), DL_OK);
    assert_int_equal(fx_count(r, "ASSAULT"), 1);
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_null(e->date);
    assert_string_equal(e->when.type, "range");
    assert_int_equal(e->nfigures, 2);
    dl_record_free(r);
}

/* A running total over a period that closed before the report ("500 were
 * killed in 2022", "detained in the first half of this year") ends with
 * its period; one "so far this year" runs up to the report. */
static void test_a_closed_period_keeps_its_own_end(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Geneva, 10 March 2024\n\nAt least 500 civilians were "
                                "killed in 2022, and more than 300 have been killed "
                                "so far this year.\n");
    const dl_event *y2022 = fx_event(r, "ASSAULT", 0), *now = fx_event(r, "ASSAULT", 1);
    assert_non_null(y2022);
    assert_non_null(now);
    assert_string_equal(y2022->when.start, "2022-01-01");
    assert_string_equal(y2022->when.end, "2022-12-31");
    assert_string_equal(now->when.start, "2024-01-01");
    assert_string_equal(now->when.end, "2024-03-10");
    dl_record_free(r);
    /* "since 2015" in a text with no date: open, not the year 2015 */
    r = fx_parse_all("OUAGADOUGOU, Nov 6 (Reuters) - Armed groups have killed thousands "
                     "of people in Burkina Faso since 2015.\n");
    const dl_event *e = fx_event(r, "ASSAULT", 0);
    assert_non_null(e);
    assert_string_equal(e->when.start, "2015-01-01");
    assert_null(e->when.end);
    dl_record_free(r);
}

/* A count right after a period's sentence is one more total of that
 * period, not a count of the day's attack told before it; a count that
 * fits none of the period's events joins none. */
static void test_a_periods_sentence_frames_the_next_count(void **state)
{
    (void)state;
    dl_record *r = fx_parse_all("Geneva, 14 March 2023\n\nOn Saturday, soldiers "
                                "shelled the village after a clash with a local "
                                "armed group.\n\nSince the coup of 1 February 2021, "
                                "at least 3,000 people have been killed by the "
                                "military. At least 1.3 million people have been "
                                "displaced.\n");
    const dl_event *day = fx_trigger(r, "shelled"), *period = fx_trigger(r, "killed");
    assert_non_null(day);
    assert_non_null(period);
    assert_string_equal(period->when.type, "range");
    int seen = 0;
    for (size_t i = 0; i < dl_record_nfigures(r); i++) {
        const dl_figure *f = dl_record_figure(r, i);
        if (f->value == 1300000) {
            assert_non_null(f->event);
            assert_string_equal(f->event, period->id);
            seen = 1;
        }
    }
    assert_true(seen);
    dl_record_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_killed_since_a_year_is_a_period_up_to_the_report),
        cmocka_unit_test(test_a_periods_sentence_frames_the_next_count),
        cmocka_unit_test(test_a_period_with_no_date_stays_undated),
        cmocka_unit_test(test_a_times_own_clause_is_a_point_event_then),
        cmocka_unit_test(test_a_second_count_of_a_periods_sentence_joins_it),
        cmocka_unit_test(test_a_reference_joins_the_running_total),
        cmocka_unit_test(test_the_event_since_which_is_a_point_event),
        cmocka_unit_test(test_a_toll_of_one_attack_is_no_period),
        cmocka_unit_test(test_a_span_back_from_the_report_is_a_period_of_its_days),
        cmocka_unit_test(test_a_long_span_back_dates_only_its_own_sentence),
        cmocka_unit_test(test_a_days_span_goes_on_in_the_next_sentence),
        cmocka_unit_test(test_a_later_running_total_counts_no_earlier_attack),
        cmocka_unit_test(test_a_period_since_a_dated_event),
        cmocka_unit_test(test_a_since_clause_opens_a_period),
        cmocka_unit_test(test_a_dated_noun_after_since_opens_a_period),
        cmocka_unit_test(test_a_span_ahead_of_the_story_is_its_own_period),
        cmocka_unit_test(test_a_comparisons_baseline_dates_nothing),
        cmocka_unit_test(test_a_remembered_event_keeps_only_its_own_time),
        cmocka_unit_test(test_a_counted_reference_is_a_period_event),
        cmocka_unit_test(test_a_period_does_not_absorb_the_attack_named_before),
        cmocka_unit_test(test_participle_after_the_victims_makes_them_the_target),
        cmocka_unit_test(test_a_verb_between_keeps_the_subject_off_its_object),
        cmocka_unit_test(test_a_closed_period_keeps_its_own_end),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
