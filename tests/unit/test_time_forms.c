/* test_time_forms.c - forms of the time stage beyond the common ones of
 * test_time.c: fractional and ranged durations, vague spans ("recent
 * months"), and the periods of financial reports ("the year-ago quarter",
 * "this year's third quarter", "the latest period"). Each case is a
 * sentence, the document date, and the TIMEX3 expected. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "dateline.h"

#include "time_cases.h"

static void fractional_durations(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"The project took 2 1/2 years to finish.", "2 1/2 years", "DURATION", "P2Y6M"},
        {"He served two and a half years in prison.", "two and a half years", "DURATION",
         "P2Y6M"},
        {"The siege lasted a year and a half.", "a year and a half", "DURATION", "P1Y6M"},
        {"Talks were adjourned for half an hour.", "half an hour", "DURATION", "PT30M"},
        {"The vote took 1 1/2 hours.", "1 1/2 hours", "DURATION", "PT1H30M"},
        {"The convoy waited 2.5 days at the border.", "2.5 days", "DURATION", "P2DT12H"},
        {"The silence lasted a minute and a half.", "a minute and a half", "DURATION",
         "PT1M30S"},
    };
    CHECK(c, DCT);
}

/* A range of counts is one duration of unknown length, as TimeML has it. */
static void ranged_durations(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"Repairs will take 12 to 18 months.", "12 to 18 months", "DURATION", "PXM"},
        {"Aid should arrive within the next two to three weeks.",
         "the next two to three weeks", "DURATION", "PXW"},
        {"The strike may last three or four days.", "three or four days", "DURATION",
         "PXD"},
        {"Delivery takes 6-8 weeks.", "6-8 weeks", "DURATION", "PXW"},
    };
    CHECK(c, DCT);
}

/* "in recent months" is a span of some months up to now. */
static void vague_spans(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"Fighting has intensified in recent months.", "recent months", "DURATION", "PXM"},
        {"Prices rose in recent years.", "recent years", "DURATION", "PXY"},
        {"More troops will arrive in coming weeks.", "coming weeks", "DATE", "FUTURE_REF"},
        /* a span after the story's day, of no known length */
        {"In the months that followed, hundreds were tried.", "the months that followed",
         "DURATION", "PXM"},
        {"Looting went on in the days which ensued.", "the days which ensued", "DURATION",
         "PXD"},
    };
    CHECK(c, DCT);
}

/* Qualifiers and parts of the day that join what they qualify. */
static void qualified_forms(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"The strike ended a week or so ago.", "a week or so ago", "DATE", "2009-W03"},
        {"The envoy arrived mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME",
         "2009-01-18TAF"},
        {"No more than sixty days remain.", "No more than sixty days", "DURATION", "P60D"},
        {"The dispute lasted almost a hundred years.", "almost a hundred years", "DURATION",
         "P100Y"},
        {"The craft survived for more than two thousand years.",
         "more than two thousand years", "DURATION", "P2000Y"},
        {"The pledge was to halve poverty by the year two thousand.",
         "the year two thousand", "DATE", "2000"},
        {"Prices may fall in the weeks ahead.", "the weeks ahead", "DURATION", "PXW"},
        {"Growth will be slow in the near term.", "the near term", "DATE", "FUTURE_REF"},
    };
    CHECK(c, DCT);
}

/* A report dated 1989-11-02 about the third quarter of 1989. */
static void reporting_periods(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"Profit in the third quarter fell from the year-ago quarter.",
         "the year-ago quarter", "DATE", "1988-Q3"},
        {"Profit in the third quarter fell. The latest period was weak.",
         "The latest period", "DATE", "1989-Q3"},
        {"Profit in the third quarter fell from last year's quarter.",
         "last year's quarter", "DATE", "1988-Q3"},
        {"Sales rose in this year's third quarter.", "this year's third quarter", "DATE",
         "1989-Q3"},
        {"Sales will rise in next year's first half.", "next year's first half", "DATE",
         "1990-H1"},
        {"Sales fell from the 1988 third quarter.", "the 1988 third quarter", "DATE",
         "1988-Q3"},
        {"Net income rose in the third quarter from the 1988 period.", "the 1988 period",
         "DATE", "1988-Q3"},
        {"Output fell in the last half of 1989.", "the last half of 1989", "DATE",
         "1989-H2"},
        {"Output rose in the first two quarters of 1990.",
         "the first two quarters of 1990", "DATE", "1990-H1"},
        {"Net income rose in the third quarter. Compared with the same period last year, "
         "costs rose.", "the same period last year", "DATE", "1988-Q3"},
        /* without a quarter in the story, "the quarter" is the last one done */
        {"The company said the quarter was weak.", "the quarter", "DATE", "1989-Q3"},
        {"Sales fell in the third quarter. In that quarter costs rose.", "that quarter",
         "DATE", "1989-Q3"},
        {"It forecast higher earnings for the full year.", "the full year", "DATE", "1989"},
        {"For the year ended June 30, the mill earned $2 million.", "the year", "DURATION",
         "P1Y"},
        {"Revenue fell in the first nine months of the year.", "the year", "DATE", "1989"},
        /* an outlook does not become the story's quarter */
        {"Profit fell in the third quarter and may rise in the fourth quarter. The "
         "latest quarter was weak.", "The latest quarter", "DATE", "1989-Q3"},
    };
    CHECK(c, "1989-11-02");
}

/* A unit glued to "-long" is a duration adjective, the article outside. */
static void long_adjectives(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"The week-long strike ended.", "week-long", "DURATION", "P1W"},
        {"A month-long siege followed.", "month-long", "DURATION", "P1M"},
        {"A 10-day-long curfew was imposed.", "10-day-long", "DURATION", "P10D"},
        {"A three-month-long offensive began.", "three-month-long", "DURATION", "P3M"},
    };
    CHECK(c, DCT);
}

/* A night named by the two days it spans is one TIME, valued by its
 * first day; the day before it is that first day, the day after it the
 * second. A night of days apart, or a morning of two days, stays two
 * expressions. */
static void nights_of_two_days(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"Drones struck the port on the night of August 7 to 8, 2023.",
         "the night of August 7 to 8, 2023", "TIME", "2023-08-07TNI"},
        {"Shelling went on through the night of 7/8 August.", "the night of 7/8 August",
         "TIME", "2008-08-07TNI"},
        {"The village was raided on the night between Saturday and Sunday.",
         "the night between Saturday and Sunday", "TIME", "2009-01-17TNI"},
        {"Missiles were launched overnight from 7 to 8 August 2023.",
         "overnight from 7 to 8 August 2023", "TIME", "2023-08-07TNI"},
        {"Explosions were heard overnight on 12-13 May 2022.",
         "overnight on 12-13 May 2022", "TIME", "2022-05-12TNI"},
        {"During the night of 11 to 12 June 2022, gunmen attacked the town. The day "
         "before, on 11 June, a patrol was ambushed.", "The day before", "DATE",
         "2022-06-11"},
        {"During the night of 11 to 12 June 2022, gunmen attacked the town. The "
         "following day, troops arrived.", "The following day", "DATE", "2022-06-12"},
        {"During the night of 11 to 12 June 2022, gunmen attacked the town. That night "
         "the lights went out.", "That night", "TIME", "2022-06-11TNI"},
        /* not the next day: the night of the first, then a date */
        {"Fighting raged on the night of 7 to 9 August 2023.", "the night of 7", "TIME",
         "2023-08-07TNI"},
        {"Fighting raged on the night of 7 to 9 August 2023.", "9 August 2023", "DATE",
         "2023-08-09"},
        /* mornings of two days are two */
        {"Talks were held on the morning of 7-8 August 2023.", "the morning of 7", "TIME",
         "2023-08-07TMO"},
        /* a range of days after "between" is two dates, as before */
        {"Aid arrived between 7 and 8 August 2023.", "8 August 2023", "DATE", "2023-08-08"},
    };
    CHECK(c, DCT);
}

/* Forms of statements and wire copy: a part of the day after "from", a
 * season after "the following", a military clock with a leading zero, a
 * shift after the pronoun "that", years back in this month; and what is
 * no date: a season "of" a noun, a number glued to a code. */
static void truce_hours_and_story_seasons(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"A truce took effect from noon on Saturday.", "noon on Saturday", "TIME",
         "2009-01-17T12:00"},
        {"The curfew runs from midnight.", "midnight", "TIME", "2009-01-19T24:00"},
        {"The siege began in April 1992. By the following spring the city was encircled.",
         "the following spring", "DATE", "1993-SP"},
        {"The offensive failed. The previous winter had been harsh.",
         "The previous winter", "DATE", "2007-WI"},
        {"The patrol came under fire at about 0530 hours.", "about 0530 hours", "TIME",
         "2009-01-19T05:30"},
        {"A shell hit the market on 28 August 1995. Two days after that, NATO launched "
         "air strikes.", "Two days after that", "DATE", "1995-08-30"},
        {"Five years ago this month, a truck bomb killed more than 500 people.",
         "Five years ago this month", "DATE", "2004-01"},
        {"The army withdrew in the fall of 1998.", "the fall of 1998", "DATE", "1998-FA"},
    };
    CHECK(c, DCT);
    static const char *const none[] = {
        "He spoke on the eve of the fall of the regime.",
        "Survivors of the fall of Srebrenica gathered.",
        "PRESS RELEASE No. 041-2003 was issued.",
    };
    CHECK_NONE(none, DCT);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(fractional_durations),
        cmocka_unit_test(ranged_durations),
        cmocka_unit_test(vague_spans),
        cmocka_unit_test(qualified_forms),
        cmocka_unit_test(reporting_periods),
        cmocka_unit_test(nights_of_two_days),
        cmocka_unit_test(long_adjectives),
        cmocka_unit_test(truce_hours_and_story_seasons),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
