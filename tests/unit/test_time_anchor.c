/* test_time_anchor.c - how the time stage reads tense and context when it
 * anchors weekdays and year-less dates, and what it leaves untagged (ages).
 * Each case is a sentence, the document date, and the TIMEX3 expected; the
 * other forms are in test_time.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "dateline.h"

#include "time_cases.h"

/* The nearest tense cue before the weekday decides, not any "will" in the
 * sentence; without one before it, the first after it. */
static void weekdays_follow_the_nearest_tense(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"The minister met the envoy on Thursday.", "Thursday", "DATE", "2009-01-15"},
        /* a past form that is also a present one is past in a report */
        {"Assailants set fire to a school on Thursday.", "Thursday", "DATE", "2009-01-15"},
        {"The talks are set to resume on Thursday.", "Thursday", "DATE", "2009-01-22"},
        {"The envoy said he will return on Thursday.", "Thursday", "DATE", "2009-01-22"},
        {"Officials said on Thursday that the talks will resume.", "Thursday", "DATE",
         "2009-01-15"},
        {"The talks, which will resume in Geneva, were suspended on Friday.", "Friday",
         "DATE", "2009-01-16"},
        {"On Friday, rebels seized the town.", "Friday", "DATE", "2009-01-16"},
        {"The ministers are expected to meet on Wednesday.", "Wednesday", "DATE",
         "2009-01-21"},
        /* a plan told in the past may be over or still ahead: the nearer
         * day, whatever "was" says */
        {"The offer was due to expire on Friday.", "Friday", "DATE", "2009-01-16"},
        {"The truce was due to expire at midnight on Tuesday.", "midnight on Tuesday",
         "TIME", "2009-01-20T24:00"},
        {"The vote had been scheduled for Wednesday.", "Wednesday", "DATE", "2009-01-21"},
        {"The vote was scheduled for Saturday.", "Saturday", "DATE", "2009-01-17"},
        {"Voting is scheduled for Sunday in the north.", "Sunday", "DATE", "2009-01-25"},
        /* a refusal with "would" is past; a schedule in the present is not */
        {"The ministry would not comment on Friday.", "Friday", "DATE", "2009-01-16"},
        {"The summit, its hosts said, opens Thursday in Cairo.", "Thursday", "DATE",
         "2009-01-22"},
        /* a plan in a past verb after the weekday dates the agreeing; before
         * it, what was agreed */
        {"Iraq on Thursday agreed to allow the inspectors back.", "Thursday", "DATE",
         "2009-01-15"},
        {"Rebels Thursday vowed to continue fighting.", "Thursday", "DATE", "2009-01-15"},
        {"Iraq agreed to let the inspectors back on Thursday.", "Thursday", "DATE",
         "2009-01-22"},
        {"Talks Thursday are expected to resume.", "Thursday", "DATE", "2009-01-22"},
        {"Traders await the figures, due out Thursday.", "Thursday", "DATE", "2009-01-22"},
        /* a passive after "will be" or "to be" is ahead; after "could be" it stays past */
        {"Elections will be held on Sunday.", "Sunday", "DATE", "2009-01-25"},
        {"The accord is to be signed on Thursday.", "Thursday", "DATE", "2009-01-22"},
        {"Smoke could be spotted over the city on Sunday.", "Sunday", "DATE", "2009-01-18"},
    };
    CHECK(c, DCT);
}

/* A schedule in the plural present is ahead ("the ministers meet
 * Thursday"), unless an infinitive, a negation or a determiner before the
 * verb shows it is not one. */
static void plural_schedules_look_ahead(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"The two foreign ministers meet in Geneva on Thursday.", "Thursday", "DATE",
         "2009-01-22"},
        {"Delegates from both sides convene Wednesday in Addis Ababa.", "Wednesday",
         "DATE", "2009-01-21"},
        {"Voters go to the polls on Sunday.", "Sunday", "DATE", "2009-01-25"},
        {"The law, passed in December, takes effect in July.", "July", "DATE", "2009-07"},
        {"The truce, agreed last week, takes effect on Sunday.", "Sunday", "DATE",
         "2009-01-25"},
        {"The truce took effect on Sunday.", "Sunday", "DATE", "2009-01-18"},
        {"Polling stations open on Sunday in the north.", "Sunday", "DATE", "2009-01-25"},
        {"The Security Council is meeting on Wednesday to discuss the crisis.",
         "Wednesday", "DATE", "2009-01-21"},
        {"The Security Council was meeting on Wednesday to discuss the crisis.",
         "Wednesday", "DATE", "2009-01-14"},
        {"Shops remained open on Sunday.", "Sunday", "DATE", "2009-01-18"},
        {"As of Friday's close, the index was down 6%.", "Friday", "DATE", "2009-01-16"},
        {"The envoys failed to meet on Thursday.", "Thursday", "DATE", "2009-01-15"},
        {"The delegates did not meet on Thursday.", "Thursday", "DATE", "2009-01-15"},
        {"Voters choose a new parliament on Thursday.", "Thursday", "DATE", "2009-01-22"},
        {"The Senate votes on Thursday on the bill.", "Thursday", "DATE", "2009-01-22"},
        {"Parliament reconvenes Thursday after the holiday.", "Thursday", "DATE",
         "2009-01-22"},
        {"Iraq has until Thursday to comply.", "Thursday", "DATE", "2009-01-22"},
        {"A decision is likely on Thursday.", "Thursday", "DATE", "2009-01-22"},
        {"Their visit on Thursday was cut short.", "Thursday", "DATE", "2009-01-15"},
    };
    CHECK(c, DCT);
}

/* Modals, perfects, copulas and prepositions in the clause: a modal after
 * a time inside the subject speaks of consequences, not of the time; a
 * modal perfect looks back; "agreed to a ceasefire" is no plan; "the vote
 * is Tuesday" is a schedule; "after" a time puts it behind a present
 * progressive. (The document date, 2009-01-19, is a Monday.) */
static void modals_copulas_and_after_in_the_clause(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"The bombing on Thursday could derail the peace talks.", "Thursday", "DATE",
         "2009-01-15"},
        {"Thursday's attack may force a delay in the vote.", "Thursday", "DATE",
         "2009-01-15"},
        {"On Thursday, the council may vote on the budget.", "Thursday", "DATE",
         "2009-01-22"},
        {"Officials said the talks could resume on Thursday.", "Thursday", "DATE",
         "2009-01-22"},
        {"Investigators said the fire may have started on Saturday.", "Saturday", "DATE",
         "2009-01-17"},
        {"The convoy could have crossed the border on Saturday.", "Saturday", "DATE",
         "2009-01-17"},
        {"The rebels agreed to a ceasefire on Thursday.", "Thursday", "DATE",
         "2009-01-15"},
        {"The ministers agreed to meet again on Thursday.", "Thursday", "DATE",
         "2009-01-22"},
        {"The runoff vote is on Thursday.", "Thursday", "DATE", "2009-01-22"},
        {"The deadline for the bids is Friday.", "Friday", "DATE", "2009-01-23"},
        {"Rescue teams are searching the rubble after the earthquake on Friday.", "Friday",
         "DATE", "2009-01-16"},
        {"Shares are rising after Friday's rally in Tokyo.", "Friday", "DATE",
         "2009-01-16"},
        {"The envoy is meeting the rebels on Friday.", "Friday", "DATE", "2009-01-23"},
        {"The minister will have left by Friday.", "Friday", "DATE", "2009-01-23"},
        /* "plans", "hope" after a past verb or a determiner are nouns;
         * "next to" a preposition */
        {"The company announced plans on Thursday to cut 5,000 jobs.", "Thursday", "DATE",
         "2009-01-15"},
        {"The envoy expressed hope on Thursday that the talks would succeed.", "Thursday",
         "DATE", "2009-01-15"},
        {"The company plans to cut jobs on Thursday.", "Thursday", "DATE", "2009-01-22"},
        {"A bomb went off next to a bus on Thursday.", "Thursday", "DATE", "2009-01-15"},
        /* "due to" before the time is a preposition; "coming" a verb
         * unless after a determiner; an "-ed" form after one an adjective */
        {"The delays due to Thursday's storm angered travellers.", "Thursday", "DATE",
         "2009-01-15"},
        {"Refugees coming across the border on Thursday told of killings.", "Thursday",
         "DATE", "2009-01-15"},
        {"The coming vote on Thursday worries investors.", "Thursday", "DATE",
         "2009-01-22"},
        {"The proposed talks on Thursday will test the truce.", "Thursday", "DATE",
         "2009-01-22"},
        /* a 24-hour clock takes the day after it, as "4 a.m. Thursday" does */
        {"The quake struck at 0430 GMT Thursday.", "0430 GMT Thursday", "TIME",
         "2009-01-15T04:30"},
        {"The attack began at 5 a.m. local Thursday.", "5 a.m. local Thursday", "TIME",
         "2009-01-15T05:00"},
        {"He spoke at 11 a.m. Moscow time Thursday.", "11 a.m. Moscow time Thursday",
         "TIME", "2009-01-15T11:00"},
        /* short and irregular past forms: "died" has four letters */
        {"The senator died on Tuesday at his home.", "Tuesday", "DATE", "2009-01-13"},
        {"The ferry sank on Tuesday off the coast.", "Tuesday", "DATE", "2009-01-13"},
        /* a date put off to is ahead, a state lasting until one is not */
        {"The vote was postponed until Friday.", "Friday", "DATE", "2009-01-23"},
        {"The hearing was adjourned to Thursday.", "Thursday", "DATE", "2009-01-22"},
        {"The curfew lasted until Sunday.", "Sunday", "DATE", "2009-01-18"},
        /* the start of a period announced is ahead */
        {"He announced three days of mourning beginning on Wednesday.", "Wednesday",
         "DATE", "2009-01-21"},
        {"The army imposed a curfew starting from Friday.", "Friday", "DATE",
         "2009-01-23"},
        /* a participle after the present copula is a state or a plan */
        {"The border crossing is closed until Thursday.", "Thursday", "DATE", "2009-01-22"},
        /* ... and so after "remain", "stay", a future's too */
        {"The festival site will remain closed until Thursday.", "Thursday", "DATE",
         "2009-01-22"},
        {"The border stays shut until Friday.", "Friday", "DATE", "2009-01-23"},
        {"The market remained closed until Thursday.", "Thursday", "DATE", "2009-01-15"},
        /* a participle far from the time is a state, no schedule */
        {"Unions are outraged by the collapse of a garment factory in Gazipur, north of "
         "Dhaka, on Thursday morning.", "Thursday morning", "TIME", "2009-01-15TMO"},
        {"The vote is planned for Sunday.", "Sunday", "DATE", "2009-01-25"},
        {"Two soldiers are reported killed on Sunday.", "Sunday", "DATE", "2009-01-18"},
    };
    CHECK(c, DCT);
}

/* "The previous Friday", "the following Monday" count from the day the
 * story is at, not from the document date; "last Friday" from the
 * document date. */
static void the_previous_weekday_counts_from_the_story(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"The index closed lower on Friday, down 4% from the previous Friday.",
         "the previous Friday", "DATE", "2009-01-09"},
        {"The truce was signed on January 2. Fighting resumed the following Monday.",
         "the following Monday", "DATE", "2009-01-05"},
        {"The envoy left on January 7. He had arrived the preceding Sunday.",
         "the preceding Sunday", "DATE", "2009-01-04"},
        {"The envoy arrived last Friday.", "last Friday", "DATE", "2009-01-16"},
    };
    CHECK(c, DCT);
}

/* "That Monday morning" after a day written with its year is the story's
 * own week's Monday; a story years back goes on in the sentence that
 * moved it and the next ("Nine days later, on 30 March ... On 8 April"),
 * not two sentences on. "said that Monday" and "recalls that this
 * Sunday's attack" keep "that" a conjunction. */
static void that_weekday_and_a_past_episode(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"Tomorrow marks 49 years since the events of 21 March 1960. That Monday "
         "morning, a crowd gathered at the police station.",
         "Monday morning", "TIME", "1960-03-21TMO"},
        {"Police fired on the crowd on 21 March 1960. Nine days later, on 30 March, the "
         "government declared a state of emergency.", "30 March", "DATE", "1960-03-30"},
        {"Police fired on the crowd on 21 March 1960. Nine days later a state of "
         "emergency was declared. On 8 April the movement was banned.",
         "8 April", "DATE", "1960-04-08"},
        {"Police fired on the crowd on 21 March 1960. Many fled. Hundreds hid. On 8 "
         "April the movement was banned.", "8 April", "DATE", "2008-04-08"},
        {"On 12 January the envoy said that Monday would bring a vote.", "Monday",
         "DATE", "2009-01-19"},
    };
    CHECK(c, DCT);
}

/* A day after "since" within a year before the story's day starts a span
 * running to it: the story stays at its day ("occupied since 6 April",
 * then the live page's next entry at 07:45 is the document's day). */
static void a_day_after_since_leaves_the_story(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"05:00 GMT - Troops moved on the sit-in, held since 6 April.\n\n07:45 GMT - "
         "Doctors say 13 people are dead.", "07:45 GMT", "TIME", "2019-06-03T07:45"},
    };
    CHECK(c, "2019-06-03");
    /* the elapsed years of the seed move it */
    static const tcase seed[] = {
        {"Nineteen years have passed since 20 January. That day, troops entered the "
         "city.", "That day", "DATE", "1990-01-20"},
    };
    CHECK(seed, DCT);
}

/* "Overnight" is the night before the day the story is at: in a report
 * it is last night; after "closed lower Friday", Thursday night. */
static void overnight_is_the_night_before(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"Rebels shelled the city overnight.", "overnight", "TIME", "2009-01-18TNI"},
        {"Tokyo shares closed lower on Friday after overnight losses in New York.",
         "overnight", "TIME", "2009-01-15TNI"},
        /* after an evening or a late hour told, that night */
        {"Crowds burned tyres late on 15 January. Rival groups clashed overnight.",
         "overnight", "TIME", "2009-01-15TNI"},
        {"Police fired tear gas on the evening of 15 January. Overnight, looters attacked "
         "shops.", "Overnight", "TIME", "2009-01-15TNI"},
    };
    CHECK(c, DCT);
}

/* A weekday in a clause without a tense cue is the nearer such day, a
 * day ahead counting double: on a Monday, Tuesday and Wednesday are ahead,
 * Thursday to Sunday behind. */
static void untensed_weekdays_take_the_nearer_day(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"Agenda for Tuesday's session of the assembly.", "Tuesday", "DATE", "2009-01-20"},
        {"Wednesday's summit in Cairo: the agenda.", "Wednesday", "DATE", "2009-01-21"},
        {"A 24% premium over Thursday's closing price.", "Thursday", "DATE", "2009-01-15"},
        {"Results of Saturday's vote in the north.", "Saturday", "DATE", "2009-01-17"},
    };
    CHECK(c, DCT);
}

/* "That year" is the year the text last wrote ("in 1991"), even when the
 * story is at a day of another year; the story stays at its day ("the
 * next day") and a reporting quarter stays the story's quarter. */
static void a_written_year_becomes_the_reference(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"Rebels attacked on Dec. 28, 2008. The war had ended in 1991. That year, the "
         "economy shrank.", "That year", "DATE", "1991"},
        {"The war ended in 1991. That year, the economy shrank.", "That year", "DATE",
         "1991"},
        {"Rebels attacked on Dec. 28, 2008, the worst raid since 1991. The next day, "
         "troops arrived.", "The next day", "DATE", "2008-12-29"},
        {"Profit rose in the third quarter. In 2007, the bank lost money. Sales in the "
         "quarter rose.", "the quarter", "DATE", "2008-Q3"},
        /* years counted from a year written after the story's day */
        {"The siege began on 8 September 1941. In 1944, it was lifted. Sixty-five "
         "years later, survivors gathered.", "Sixty-five years later", "DATE", "2009"},
        {"Thousands died in the winter and spring of 1933. Ninety-one years later, "
         "the nation remembers.", "Ninety-one years later", "DATE", "2024"},
        {"Rebels attacked on Dec. 28, 2005. Two years later, troops returned.",
         "Two years later", "DATE", "2007-12-28"},
        /* past the document's year in a clause not told ahead: now */
        {"The massacre took place in April 1979. His sentence was reduced on appeal in "
         "2004. Some 30 years later, families are still searching for the missing.",
         "30 years later", "DATE", "2009"},
        /* a month counted from such a year: some month of it */
        {"The men were detained on 12 July 1995. Both were arrested in 2011 and "
         "transferred to The Hague the following month.", "the following month", "DATE",
         "2011-XX"},
        {"Thousands died in the winter and spring of 1933.", "the winter", "DATE",
         "1933-WI"},
        /* "the previous year", "the following year" after a written year */
        {"In 2006, the group recorded 222 disappearances, a rise on the previous "
         "year.", "the previous year", "DATE", "2005"},
        {"Rebels attacked on Dec. 28, 2008. The war had ended in 1991. The following "
         "year, elections were held.", "The following year", "DATE", "1992"},
        /* a month after "since" is a point of comparison, not the story's
         * time: a time of day later is still on the story's day */
        {"Jets struck the village on January 11, the deadliest raid since the "
         "February 2005 coup. Witnesses said bombs fell at about 7:30 a.m.",
         "about 7:30 a.m.", "TIME", "2009-01-11T07:30"},
        /* "X said today" is the day of the saying; the story stays */
        {"Jets struck the village on January 11, the group said today. Witnesses "
         "said bombs fell at about 7:30 a.m.", "about 7:30 a.m.", "TIME",
         "2009-01-11T07:30"},
        /* "after midnight" after a night or evening of the story is the
         * next day's small hours; with its day in its sentence, that day's */
        {"Police detained 63 people overnight. Police used water cannon shortly "
         "after midnight.", "midnight", "TIME", "2009-01-19T00:00"},
        {"Protesters gathered on Friday evening. Shortly after midnight, police "
         "moved in.", "midnight", "TIME", "2009-01-17T00:00"},
        {"On Friday, shortly after midnight, police raided the camp.", "midnight",
         "TIME", "2009-01-16T00:00"},
        /* a clock, the other zone's in brackets, and its day after them */
        {"Fighting resumed in the early hours of Sunday after a ceasefire expired "
         "at 0600 local time (0400 GMT) on Saturday.", "0600 local time", "TIME",
         "2009-01-17T06:00"},
        {"Fighting resumed in the early hours of Sunday after a ceasefire expired "
         "at 0600 local time (0400 GMT) on Saturday.", "0400 GMT", "TIME",
         "2009-01-17T04:00"},
        {"The blast, shortly after 6 p.m. (1500 GMT) Saturday, was felt across "
         "the city.", "6 p.m.", "TIME", "2009-01-17T18:00"},
        /* so is a weekday after "said (on)": the story stays at its day */
        {"Gunmen attacked a mining site late on Saturday, two sources said on "
         "Sunday. The assailants opened fire shortly after sunset.", "sunset", "TIME",
         "2009-01-17TEV"},
        /* a year-less day in the sentence of a month written with its year,
         * years back, is of that month's year; in the next sentence, or
         * told as to come, it is the document's */
        {"The Ministry recalls that in July 1995 thousands were killed after the "
         "town fell on 11 July.", "11 July", "DATE", "1995-07-11"},
        {"Relatives recall that in January 1990 troops entered the city on 20 "
         "January.", "20 January", "DATE", "1990-01-20"},
        {"It followed the August 1988 ceasefire. Iraq invaded Kuwait on Aug. 2.",
         "Aug. 2", "DATE", "2008-08-02"},
        {"Since January 1990 the families have waited; a vigil will be held on 20 "
         "January.", "20 January", "DATE", "2009-01-20"},
        /* told in the past, months before the episode's date: its start */
        {"In the early hours of 3 June 2005, troops fired on protesters who had "
         "camped there since 6 April.", "6 April", "DATE", "2005-04-06"},
        {"In the early hours of 3 June 2005, troops fired on protesters. They "
         "will march again on 6 April.", "6 April", "DATE", "2009-04-06"},
    };
    CHECK(c, DCT);
}

/* A year after a capitalised word inside the sentence is part of a name
 * ("Orion 1980", as TimeBank leaves it); after a month, a season or a
 * preposition it is a year. And "one day" after a modal is no span. */
static void years_inside_names_are_not_times(void **state)
{
    (void)state;
    static const char *const names[] = {
        "The joint venture Orion 1980 makes parts for satellites.",
        "The plan, called Vision 2020, was adopted.",
        /* an age in years is no span of time */
        "One person, aged about 65 years, was found dead.",
    };
    CHECK_NONE(names, DCT);
    static const tcase c[] = {
        /* "one day" after a modal is some day ahead, after a verb a span */
        {"Islam will one day be the second largest religion here.", "one day", "DATE",
         "FUTURE_REF"},
        {"The strike will last one day.", "one day", "DURATION", "P1D"},
        {"Prices rose in January 1990.", "January 1990", "DATE", "1990-01"},
        {"He said Spring 1991 was hard.", "Spring 1991", "DATE", "1991-SP"},
        {"Sales hit a record in the U.S. in 1996.", "1996", "DATE", "1996"},
    };
    CHECK(c, DCT);
}

/* "The weekend" follows the tense of its clause: the one just past in a
 * report, the one ahead in a plan; on a Monday with no tense, the one past. */
/* A feast named as a landmark after "before", "ahead of" or "for" is no
 * day the story moves to */
static void a_feast_as_a_landmark(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"They were arrested in the early hours of 2 March, days before a planned "
         "gathering for International Women's Day. A fourth activist was arrested the "
         "following day in Rasht.", "the following day", "DATE", "2023-03-03"},
    };
    CHECK(c, "2023-03-14");
}

/* "that spring": the season of the story's year; "that spring rains" is
 * no date */
static void that_season_is_the_storys(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"The massacre took place on 16 April 1993. It was part of a wider offensive in "
         "the valley that spring.", "that spring", "DATE", "1993-SP"},
    };
    CHECK(c, "2023-04-16");
    static const char *const none[] = {"He said that spring rains flooded fields."};
    CHECK_NONE(none, "2023-04-16");
}

/* A weekday told in a sentence that named a week is that week's */
static void a_weekday_in_a_named_week(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"Last week, security forces arrested more than 30 men following Friday "
         "prayers.", "Friday", "DATE", "2024-05-03"},
        {"Last week, police raided the office on Tuesday.", "Tuesday", "DATE",
         "2024-04-30"},
        {"Talks will resume next week, on Thursday.", "Thursday", "DATE", "2024-05-16"},
        {"Police raided the office on Tuesday.", "Tuesday", "DATE", "2024-05-07"},
    };
    CHECK(c, "2024-05-10");
}

/* A plan's day ahead of the document's is no day a past clause after it
 * counts from: the story's last day that was not ahead */
static void a_past_clause_counts_from_no_plan(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"Nine men were arrested yesterday and will appear before a prosecutor on "
         "Monday. The search continued throughout the night.",
         "the night", "TIME", "2023-06-14TNI"},
        {"Nine men were arrested yesterday and will appear before a prosecutor on "
         "Monday. They will be questioned that day.", "that day", "DATE", "2023-06-19"},
    };
    CHECK(c, "2023-06-15");
}

/* A month alone told with a finite past verb in "-ed" is behind the
 * document date, though it lies a few months ahead; after an auxiliary, a
 * determiner or an adverb the "-ed" form is weak, and the nearer month
 * wins (data/en/time_nonfinite_before.txt) */
static void a_finite_past_puts_a_month_behind(void **state)
{
    (void)state;
    static const tcase october[] = {
        {"The group attacked the town in January.", "January", "DATE", "2023-01"},
        {"In February, gunmen abducted 20 girls.", "February", "DATE", "2023-02"},
        {"Troops killed five people in December.", "December", "DATE", "2022-12"},
        {"The group has extended the truce until January.", "January", "DATE", "2024-01"},
        {"Payment is due on a still unspecified date in January.", "January", "DATE",
         "2024-01"},
    };
    CHECK(october, "2023-10-19");
}

static void the_weekend_follows_the_tense(void **state)
{
    (void)state;
    static const tcase friday[] = {
        {"Thousands marched in the capital over the weekend.", "the weekend", "DATE",
         "2009-W02-WE"},
        {"Talks will continue over the weekend.", "the weekend", "DATE", "2009-W03-WE"},
    };
    CHECK(friday, "2009-01-16");
    static const tcase monday[] = {
        {"Rebels shelled the town over the weekend.", "the weekend", "DATE",
         "2009-W03-WE"},
        {"The talks will resume this weekend in Doha.", "this weekend", "DATE",
         "2009-W04-WE"},
        {"Over the weekend, the border stayed closed.", "the weekend", "DATE",
         "2009-W03-WE"},
    };
    CHECK(monday, DCT);
}

/* "A decade ago" is a year, like "two decades ago"; in a quarterly report
 * "a year ago" is the quarter a year before, but "five years ago" a year. */
static void years_ago_are_years(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"The mission opened a decade ago.", "a decade ago", "DATE", "1999"},
        {"The mission opened two decades ago.", "two decades ago", "DATE", "1989"},
        {"The chapel was built a century ago.", "a century ago", "DATE", "1909"},
        {"Third-quarter profit rose 8%. Sales rose from a year ago.", "a year ago", "DATE",
         "2007-Q3"},
        {"Third-quarter profit rose 8%. The unit was bought five years ago.",
         "five years ago", "DATE", "2004"},
    };
    CHECK(c, DCT);
}

/* Holidays: fixed days, and movable feasts worked out for the year the
 * tense picks; a holiday's name inside a longer name is no date. */
static void holidays_fall_on_their_day(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"Pilgrims were in the city for Easter.", "Easter", "DATE", "2008-03-23"},
        {"Pilgrims will gather in the city for Easter.", "Easter", "DATE", "2009-04-12"},
        {"The ceasefire will be tested on Good Friday.", "Good Friday", "DATE",
         "2009-04-10"},
        {"The strike began on Thanksgiving.", "Thanksgiving", "DATE", "2008-11-27"},
        {"The parade will be held on Memorial Day.", "Memorial Day", "DATE",
         "2009-05-25"},
        {"Offices are closed for Martin Luther King Day.", "Martin Luther King Day", "DATE",
         "2009-01-19"},
        {"The agency will mark World Refugee Day in Geneva.", "World Refugee Day", "DATE",
         "2009-06-20"},
        /* the n-th or last weekday of a month, by the same rule */
        {"The nation commemorated the victims on the fourth Saturday of November.",
         "the fourth Saturday of November", "DATE", "2008-11-22"},
        {"The vote was held on the last Sunday in May 2008.",
         "the last Sunday in May 2008", "DATE", "2008-05-25"},
        {"Schools will reopen on the first Monday of September.",
         "the first Monday of September", "DATE", "2009-09-07"},
    };
    CHECK(c, DCT);
    static const char *const names[] = {
        "The Good Friday Agreement ended the conflict.",
        "Refugees were held on Christmas Island.",
        /* an event's name ending in a weekday is no day */
        "Families marked the 50th anniversary of Bloody Sunday.",
        "In what became known as Bloody Friday, troops fired on worshippers.",
    };
    CHECK_NONE(names, DCT);
}

/* Holidays whose day differs by country take the day of the country the
 * document is dated from; one with no day but a country's and no country
 * known is a day left unsaid. */
static void national_holidays_by_the_datelines_country(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"Pretoria, 20 March 2010\n\nTomorrow South Africans will mark Human Rights Day.",
         "Human Rights Day", "DATE", "2010-03-21"},
        {"Geneva, 8 December 2010\n\nThe High Commissioner will speak on Human Rights Day.",
         "Human Rights Day", "DATE", "2010-12-10"},
        {"Washington, 3 July 2019\n\nThe embassy will be closed on Independence Day.",
         "Independence Day", "DATE", "2019-07-04"},
        {"Nairobi, Kenya, 1 December 2019\n\nThe president will speak on Independence Day.",
         "Independence Day", "DATE", "2019-12-12"},
        {"Toronto, 20 August 2019\n\nThe strike will begin on Labour Day.", "Labour Day",
         "DATE", "2019-09-02"},
        {"Moscow, 2 May 2015\n\nTroops will parade on Victory Day.", "Victory Day", "DATE",
         "2015-05-09"},
        {"The parade on Independence Day drew crowds.", "Independence Day", "DATE",
         "XXXX-XX-XX"},
    };
    CHECK(c, NULL);
}

/* Feasts of other calendars (Umm al-Qura Islamic, Hebrew, Persian, from
 * the table ICU gives at build time) and the Orthodox Easter: the
 * occurrence the tense picks, or the one of the year written. */
static void other_calendars_feasts(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"Two people were killed on Eid al-Fitr.", "Eid al-Fitr", "DATE", "2008-10-01"},
        {"Prisoners will be released on Eid al-Adha.", "Eid al-Adha", "DATE", "2009-11-27"},
        {"The ceasefire held over Eid al-Adha in 2023.", "Eid al-Adha", "DATE", "2023-06-28"},
        {"Shops closed at Easter 2008.", "Easter 2008", "DATE", "2008-03-23"},
        {"Shops closed over Christmas of 2001.", "Christmas of 2001", "DATE", "2001-12-25"},
        {"Gunmen attacked a synagogue on Yom Kippur.", "Yom Kippur", "DATE", "2008-10-09"},
        {"The offensive began on Simchat Torah.", "Simchat Torah", "DATE", "2008-10-21"},
        {"Crowds marked Ashura in Karbala.", "Ashura", "DATE", "2009-01-07"},
        {"Families will celebrate Novruz in Baku.", "Novruz", "DATE", "2009-03-21"},
        {"The truce will last until Orthodox Easter.", "Orthodox Easter", "DATE",
         "2009-04-19"},
        /* "last" after "will" is a verb, not a past cue */
        {"The truce will last until Easter.", "Easter", "DATE", "2009-04-12"},
        {"Shops closed for Orthodox Christmas.", "Orthodox Christmas", "DATE", "2009-01-07"},
    };
    CHECK(c, DCT);
}

/* "On the 19th": a day of the month the story is in, by the tense; "the
 * 15th of last month" from the document date; not a rank or a century. */
static void days_of_the_month(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"Troops shelled the village on the 12th.", "the 12th", "DATE", "2009-01-12"},
        {"Fighting began on the 28th.", "the 28th", "DATE", "2008-12-28"},
        {"Talks will resume on the 2nd.", "the 2nd", "DATE", "2009-02-02"},
        {"Leaders will meet on the 31st.", "the 31st", "DATE", "2009-01-31"},
        {"Leaders met on the 31st.", "the 31st", "DATE", "2008-12-31"},
        {"Talks will resume on the 22nd and end on the 23rd.", "the 23rd", "DATE",
         "2009-01-23"},
        {"In March 2004, the army moved in. On the 19th, two civilians died.", "the 19th",
         "DATE", "2004-03-19"},
        {"Fighting raged through the night of the 17th.", "the night of the 17th", "TIME",
         "2009-01-17TNI"},
        {"The deadline is the 15th of this month.", "the 15th of this month", "DATE",
         "2009-01-15"},
        {"The order was signed on the 30th of last month.", "the 30th of last month", "DATE",
         "2008-12-30"},
    };
    CHECK(c, DCT);
    static const char *const none[] = {
        "The 19th round of talks failed.",
        "It was signed on the 20th anniversary of the accord.",
        "Orders came from the 3rd Brigade.",
        "Wars marked the 19th and 20th centuries.",
        "He rose to the 5th place in the polls.",
    };
    CHECK_NONE(none, DCT);
}

/* "The eve of", "the day before", "the day after" a date: that day moved,
 * one expression; before a noun that is no date, nothing. */
static void days_before_and_after_a_date(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"Two people were killed on the eve of Eid al-Adha.", "the eve of Eid al-Adha",
         "DATE", "2008-12-07"},
        {"Troops massed the day before 19 January 1990.", "the day before 19 January 1990",
         "DATE", "1990-01-18"},
        {"Talks will resume the day after Christmas.", "the day after Christmas", "DATE",
         "2009-12-26"},
        {"On 12 March 2004, shelling began. The attack came on the eve of the 14th.",
         "the eve of the 14th", "DATE", "2004-03-13"},
        /* the days of a feast of several days */
        {"Shops reopened on the second day of Eid al-Fitr in 2024.",
         "the second day of Eid al-Fitr", "DATE", "2024-04-11"},
    };
    CHECK(c, DCT);
    static const char *const none[] = {
        "Three were killed on the eve of the elections.",
    };
    CHECK_NONE(none, DCT);
}

/* The second end of a range of year-less dates takes the first end's
 * year (the next when it falls earlier in the year); a night "overnight
 * on" a range of days is the first one's. */
static void range_ends_share_a_year(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"The lean season, which runs from June to September, will worsen it.", "September",
         "DATE", "2009-09"},
        {"The lean season, which runs from June to September, will worsen it.", "June", "DATE",
         "2009-06"},
        {"Snow will close the pass from November to February.", "February", "DATE",
         "2010-02"},
        {"Fighting continued overnight on 12-13 January.", "overnight on 12-13 January", "TIME",
         "2009-01-12TNI"},
    };
    CHECK(c, DCT);
}

/* Clock times and parts of the day in the forms statements use: "3 am",
 * "since dawn", "until dusk", a clock time on a day named with its part,
 * and the first end of a clock range on the second's day. */
static void clock_times_and_parts_of_the_day(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"A building collapsed at 3 am.", "3 am", "TIME", "2009-01-19T03:00"},
        /* a part of the day "of" a day named with that part: one time */
        {"An airstrike hit the centre in the early hours of this morning.",
         "the early hours of this morning", "TIME", "2009-01-19TMO"},
        /* a weekday with its part, then the date of that day: one time */
        {"Disorder broke out on Saturday afternoon, 17 January.",
         "Saturday afternoon, 17 January", "TIME", "2009-01-17TAF"},
        {"Police dispersed the crowd on Tuesday night, 13 January.",
         "Tuesday night, 13 January", "TIME", "2009-01-13TNI"},
        {"Strikes have continued since dawn.", "dawn", "TIME", "2009-01-19TMO"},
        {"Since midnight, 40 strikes were recorded.", "midnight", "TIME", "2009-01-19T00:00"},
        {"Shelling continued until dusk.", "dusk", "TIME", "2009-01-19TEV"},
        {"More families fled this past weekend.", "this past weekend", "DATE",
         "2009-W03-WE"},
        {"The order was issued at 05:30 this morning.", "05:30 this morning", "TIME",
         "2009-01-19T05:30"},
        {"The blast came at 11 pm last night.", "11 pm last night", "TIME",
         "2009-01-18T23:00"},
        {"The blast came at 2 am last night.", "2 am last night", "TIME",
         "2009-01-19T02:00"},
        {"Between 10:00 and 14:00 on Sunday, four people were killed.", "10:00", "TIME",
         "2009-01-18T10:00"},
        {"The crossing was closed from 10:00 to 14:00.", "14:00", "TIME",
         "2009-01-19T14:00"},
        /* a range that runs past midnight ends on the next day */
        {"The curfew runs from 10 p.m. to 5 a.m.", "5 a.m.", "TIME", "2009-01-20T05:00"},
        {"The curfew runs from 10 p.m. to 5 a.m.", "10 p.m.", "TIME", "2009-01-19T22:00"},
        /* a bare hour starting the range takes the other end's half of the day */
        /* a two-digit year after a dash ends a range of years */
        {"In 1992-94, thousands fled.", "94", "DATE", "1994"},
        {"During the 1998-02 drought, crops failed.", "02", "DATE", "2002"},
        {"In the late hours of 4 August 2020, the port exploded.",
         "the late hours of 4 August 2020", "TIME", "2020-08-04TNI"},
        {"The attack took place between 2 and 4 a.m. on Sunday.", "2", "TIME",
         "2009-01-18T02:00"},
        {"Shops may open from 10 to 11 p.m.", "10", "TIME", "2009-01-19T22:00"},
        {"The curfew runs from 10 to 5 a.m.", "5 a.m.", "TIME", "2009-01-20T05:00"},
        {"Shooting lasted from 23:00 until 02:00.", "02:00", "TIME", "2009-01-20T02:00"},
    };
    CHECK(c, DCT);
    static const char *const none[] = {
        "I am sure that I am right.",
        "The score was 2:1 and then 3:0.",
    };
    CHECK_NONE(none, DCT);
}

/* Report and narrative forms: quarters and halves by their codes, "the
 * week before last", the night between two weekdays, an anniversary with
 * words between it and its date. */
static void codes_weeks_nights_and_anniversaries(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"Exports fell in H1 2008 and in Q3 2007.", "H1 2008", "DATE", "2008-H1"},
        {"Exports fell in H1 2008 and in Q3 2007.", "Q3 2007", "DATE", "2007-Q3"},
        {"Profit rose in Q3.", "Q3", "DATE", "2008-Q3"},
        {"Talks were held the week before last.", "the week before last", "DATE",
         "2009-W02"},
        {"The night between Saturday and Sunday was quiet.",
         "The night between Saturday and Sunday", "TIME", "2009-01-17TNI"},
        {"Today marks the 19th anniversary of the tragedy of 20 January.", "20 January",
         "DATE", "1990-01-20"},
    };
    CHECK(c, DCT);
    static const char *const none[] = {
        "Drivers of the Q1 team were fast.",
    };
    CHECK_NONE(none, DCT);
}

/* A year-less date right after a year in its sentence is in that year:
 * "In 1990, on 20 January", "Fifty years ago, on Yom Kippur". */
static void a_year_just_before_gives_its_year(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"In 1990, on 20 January, troops entered Baku.", "20 January", "DATE", "1990-01-20"},
        {"In 1973, on Yom Kippur, the country was attacked.", "Yom Kippur", "DATE",
         "1973-10-06"},
        {"Thirty-five years ago, on Yom Kippur, the country was attacked.", "Yom Kippur",
         "DATE", "1973-10-06"},
    };
    CHECK(c, "2008-10-10");
}

/* A year-less month halfway round the year: the tense picks the side. */
static void yearless_months_follow_the_tense(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"The commander will lead a mission in January.", "January", "DATE", "2010-01"},
        {"The commander led a mission in January.", "January", "DATE", "2009-01"},
        {"The report covers January.", "January", "DATE", "2009-01"},
        {"The fiscal year ended Jan. 31 with a loss.", "Jan. 31", "DATE", "2009-01-31"},
        /* a past participle does not outweigh the date's nearness */
        {"The reduced dividend is payable Aug. 15.", "Aug. 15", "DATE", "2009-08-15"},
    };
    CHECK(c, "2009-07-10");
    /* "since" puts the date behind, however near it is ahead */
    static const tcase since[] = {
        {"Prices are up 5% since March 5.", "March 5", "DATE", "2009-03-05"},
    };
    CHECK(since, "2010-02-20");
    /* "ended" is a listed past: a period that ended is behind */
    static const tcase late[] = {
        {"In the fiscal year ended Jan. 31, sales rose.", "Jan. 31", "DATE", "2009-01-31"},
    };
    CHECK(late, "2009-11-10");
    /* a listed past verb rules out a day more than three weeks ahead; a
     * verb of saying leaves what was said free to lie ahead */
    static const tcase near[] = {
        {"On June 15, gunmen shot dead the governor.", "June 15", "DATE", "2023-06-15"},
        {"The minister told companies of a cut in supply in June.", "June", "DATE",
         "2024-06"},
        {"The council will meet on April 10.", "April 10", "DATE", "2025-04-10"},
        /* a participle after "is" is a schedule, not a past */
        {"The appeal is heard in June in the high court.", "June", "DATE", "2024-06"},
    };
    CHECK(near, "2024-05-09");
}

/* A life story full of old dates: a later year-less month far from the
 * episode told is read against the document date again. */
static void a_far_month_in_a_life_story_is_news_again(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"She was born on May 26, 1960. She joined the army in October 1984 and "
         "retired on May 22, 1995. Police cited her in December for speeding.",
         "December", "DATE", "2008-12"},
        {"Troops entered the city on January 19, 1990. On January 22, 1990 the city "
         "mourned. Many died on 20 January.",
         "20 January", "DATE", "1990-01-20"},
        /* cues are lower-case words: "May" the month is not "may" */
        {"She was elected in May. The vote on Tuesday was close.", "Tuesday", "DATE",
         "2009-01-13"},
        {"Officials say the convoy could arrive Friday.", "Friday", "DATE", "2009-01-23"},
    };
    CHECK(c, DCT);
}

/* "the month", "the year" of what is still to come ("should", "will")
 * after a story years back are the document's, not the story's; told in
 * the past they stay the story's. */
static void a_month_to_come_is_the_documents(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"Since the February 1, 2006 coup, the junta has jailed thousands. The council "
         "should adopt a resolution by the end of the month.",
         "the end of the month", "DATE", "2009-01"},
        {"Troops left on 3 March 2006. The government will review the decision by "
         "the end of the year.", "the end of the year", "DATE", "2009"},
        {"Troops left on 3 March 2006. By the end of the month, all had gone.",
         "the end of the month", "DATE", "2006-03"},
    };
    CHECK(c, DCT);
}

/* "the week", "the month" are the story's, as "the day" and "the year";
 * not in "the month of Ramadan", "the week after the attack", and not
 * before a glued hyphen ("the year-ago quarter"; "the week-long strike" is
 * a duration adjective, test_time_forms.c) */
static void the_week_and_the_month_of_the_story(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"During the week, forces struck 117 areas.", "the week", "DATE", "2009-W04"},
        {"Troops left on 3 March 2006. The month saw heavy fighting.", "The month", "DATE",
         "2006-03"},
        {"Profit rose from the year-ago quarter.", "the year-ago quarter", "DATE", "2007-Q4"},
    };
    CHECK(c, DCT);
    static const char *const none[] = {
        "During the month of Ramadan, raids continued.",
        "It happened in the week after the attack.",
    };
    CHECK_NONE(none, DCT);
}

/* TimeML leaves a person's or an institution's age untagged, but the age
 * of a truce or a war is a span of time. */
static void ages_are_not_durations(void **state)
{
    (void)state;
    static const char *const ages[] = {
        "Mr. Reupke, 52 years old, will succeed him.",
        "A 34-year-old man was arrested.",
        "The 136-year-old bank was sold.",
        "Workers 55 years old or older may retire.",
    };
    CHECK_NONE(ages, DCT);
    static const tcase c[] = {
        {"Bombs threatened the 8-month-old truce.", "8-month-old", "DURATION", "P8M"},
        {"The two-year-old war has killed thousands.", "two-year-old", "DURATION", "P2Y"},
    };
    CHECK(c, DCT);
}

/* A rate ("$300 a year", "10,000 tonnes a month") is left untagged, as
 * TimeBank mostly does; a frequency ("twice a month") is still a set. */
static void rates_are_not_times(void **state)
{
    (void)state;
    static const char *const rates[] = {
        "Pensions rose by $300 a year.",
        "The mill will produce 10,000 tonnes a month.",
        "Prices climbed 3% a week in the spring of hyperinflation.",
        "The airline will add four flights a week.",
    };
    for (size_t i = 0; i < sizeof rates / sizeof rates[0]; i++) {
        dl_record *r = parse(rates[i], DCT);
        for (size_t k = 0; k < dl_record_ntimes(r); k++) {
            const dl_time *t = dl_record_time(r, k);
            if (!strcmp(t->type, "SET") || strstr(t->text, " a ")  ||
                !strncmp(t->text, "a ", 2)) {
                print_error("in \"%s\": rate '%s' read as a time\n", rates[i], t->text);
                dl_record_free(r);
                fail();
            }
        }
        dl_record_free(r);
    }
    static const tcase c[] = {
        {"Inspectors visit the camp twice a month.", "a month", "SET", "P1M"},
        {"Aid is delivered annually.", "annually", "SET", "P1Y"},
    };
    CHECK(c, DCT);
}

/* "Now" or "Currently" set off by a comma at a sentence start is a
 * discourse word, untagged as in TimeBank; without the comma, or inside the
 * sentence, it is the present. */
static void discourse_now_is_not_a_time(void **state)
{
    (void)state;
    static const char *const talk[] = {
        "Now, he says, the town is quiet.",
        "Currently, aid reaches the camps by road.",
        "The current account deficit widened to 4% of output.",
        /* "the present" before a noun is "this" */
        "I would be grateful if the present letter could be circulated.",
    };
    CHECK_NONE(talk, DCT);
    /* a capitalised time word after a name belongs to the name */
    dl_record *r = parse("The minister told USA Today that talks had failed.", DCT);
    if (dl_record_ntimes(r)) {
        print_error("'%s' in a newspaper's name read as a time\n",
                    dl_record_time(r, 0)->text);
        dl_record_free(r);
        fail();
    }
    dl_record_free(r);
    static const tcase c[] = {
        {"Now officials are investigating the fire.", "Now", "DATE", "PRESENT_REF"},
        {"The minister said Today the talks failed.", "Today", "DATE", "2009-01-19"},
        {"The camp now holds 4,000 people.", "now", "DATE", "PRESENT_REF"},
        {"The agency currently runs two clinics.", "currently", "DATE", "PRESENT_REF"},
        /* "current" as an adjective is the present (TimeML, TimeBank 12 of
         * 20), but "the current account" is a term */
        {"The current talks have stalled.", "current", "DATE", "PRESENT_REF"},
        {"From 1990 to the present, the dispute has continued.", "the present", "DATE",
         "PRESENT_REF"},
        {"The past and the present are linked.", "the present", "DATE", "PRESENT_REF"},
    };
    CHECK(c, DCT);
}

/* "Forty years ago today" sets a commemoration in its past: its year-less
 * dates near that day are of that year; a month "of that year" or "of
 * the following year" takes the year counted from the story's, one time */
static void a_commemorations_dates_keep_its_past(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"Forty years ago today, armed men entered the camp. Over the following "
         "two days, until the morning of 18 September, they killed hundreds of "
         "refugees.", "the morning of 18 September", "TIME", "1982-09-18TMO"},
        {"Forty years ago today, armed men entered the camp. The killings began "
         "on the evening of 16 September.", "the evening of 16 September", "TIME",
         "1982-09-16TEV"},
        {"The march was held in 1972. He died of his injuries in June of that year.",
         "June of that year", "DATE", "1972-06"},
        {"The massacre took place in 1982. An inquiry concluded in February of the "
         "following year.", "February of the following year", "DATE", "1983-02"},
        {"The decision was taken in 1940, on 5 March of that year.",
         "5 March of that year", "DATE", "1940-03-05"},
    };
    CHECK(c, "2022-09-16");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_commemorations_dates_keep_its_past),
        cmocka_unit_test(weekdays_follow_the_nearest_tense),
        cmocka_unit_test(plural_schedules_look_ahead),
        cmocka_unit_test(modals_copulas_and_after_in_the_clause),
        cmocka_unit_test(the_previous_weekday_counts_from_the_story),
        cmocka_unit_test(overnight_is_the_night_before),
        cmocka_unit_test(untensed_weekdays_take_the_nearer_day),
        cmocka_unit_test(a_written_year_becomes_the_reference),
        cmocka_unit_test(years_inside_names_are_not_times),
        cmocka_unit_test(the_weekend_follows_the_tense),
        cmocka_unit_test(a_finite_past_puts_a_month_behind),
        cmocka_unit_test(a_past_clause_counts_from_no_plan),
        cmocka_unit_test(a_weekday_in_a_named_week),
        cmocka_unit_test(a_feast_as_a_landmark),
        cmocka_unit_test(that_season_is_the_storys),
        cmocka_unit_test(years_ago_are_years),
        cmocka_unit_test(holidays_fall_on_their_day),
        cmocka_unit_test(national_holidays_by_the_datelines_country),
        cmocka_unit_test(other_calendars_feasts),
        cmocka_unit_test(days_of_the_month),
        cmocka_unit_test(days_before_and_after_a_date),
        cmocka_unit_test(range_ends_share_a_year),
        cmocka_unit_test(clock_times_and_parts_of_the_day),
        cmocka_unit_test(codes_weeks_nights_and_anniversaries),
        cmocka_unit_test(a_year_just_before_gives_its_year),
        cmocka_unit_test(yearless_months_follow_the_tense),
        cmocka_unit_test(a_far_month_in_a_life_story_is_news_again),
        cmocka_unit_test(a_month_to_come_is_the_documents),
        cmocka_unit_test(the_week_and_the_month_of_the_story),
        cmocka_unit_test(that_weekday_and_a_past_episode),
        cmocka_unit_test(a_day_after_since_leaves_the_story),
        cmocka_unit_test(ages_are_not_durations),
        cmocka_unit_test(rates_are_not_times),
        cmocka_unit_test(discourse_now_is_not_a_time),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
