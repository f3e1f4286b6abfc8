/* test_time.c - the time stage: every form of date, time, duration and set
 * it reads, how it anchors them, and the traps it must not fall into
 * ("may" the verb, "134" the count, "SC/10010" the document number).
 * Each case is a sentence, the document date, and the TIMEX3 expected. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "dateline.h"

#include "time_cases.h"

static void absolute_dates_in_every_common_form(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"The talks ended on 19 January 2009.", "19 January 2009", "DATE", "2009-01-19"},
        {"They met on January 19, 1990 in Baku.", "January 19, 1990", "DATE", "1990-01-19"},
        {"The report arrived on Jan. 19 and was read.", "Jan. 19", "DATE", "2009-01-19"},
        {"The decree is dated 19.01.2009 and signed.", "19.01.2009", "DATE", "2009-01-19"},
        /* a two-digit year after a word leading to a date */
        {"Losses from 24.02.22 to 10.03.24 were reported.", "24.02.22", "DATE", "2022-02-24"},
        {"Losses from 24.02.22 to 10.03.24 were reported.", "10.03.24", "DATE", "2024-03-10"},
        {"The decree dated 05.11.99 was annulled.", "05.11.99", "DATE", "1999-11-05"},
        /* "a/b/yyyy" with both at most 12 follows the text's other numeric
         * dates: day first after "26/02/2021", month first after "02/26/2021" */
        {"The girls taken on 26/02/2021 were freed on 02/03/2021.", "02/03/2021", "DATE",
         "2021-03-02"},
        {"The girls taken on 02/26/2021 were freed on 03/02/2021.", "03/02/2021", "DATE",
         "2021-03-02"},
        {"The talks resumed on 03/02/2021.", "03/02/2021", "DATE", "2021-03-02"},
        {"The file was opened on 2009-01-19 by the clerk.", "2009-01-19", "DATE", "2009-01-19"},
        {"The ceremony took place on the 19th of January.", "the 19th of January", "DATE", "2009-01-19"},
        {"The vote was held on Monday, 19 January 2009.", "Monday, 19 January 2009", "DATE", "2009-01-19"},
        {"It ended on 20 January.", "20 January", "DATE", "2009-01-20"},
    };
    CHECK(c, DCT);
}

static void partial_and_coarse_dates(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"That was the year 1990.", "the year 1990", "DATE", "1990"},
        {"The plant opened in 1990.", "1990", "DATE", "1990"},
        /* a year naming what it saw, though a plural noun follows */
        {"He was arrested during the 2022 protests.", "2022", "DATE", "2022"},
        /* a preposition opening the sentence: a year, though troops follow */
        {"In 1990 troops entered the capital.", "1990", "DATE", "1990"},
        {"Since 2014 soldiers have guarded the line.", "2014", "DATE", "2014"},
        {"Elections were held in December.", "December", "DATE", "2008-12"},
        {"The conflict shaped the 1990s.", "the 1990s", "DATE", "199"},
        {"It was the worst crime of the twentieth century.", "the twentieth century", "DATE", "19"},
        {"It was the worst crime of the 20th century.", "the 20th century", "DATE", "19"},
        {"Growth slowed in the early 1990s.", "the early 1990s", "DATE", "199"},
        {"Prices peaked in mid-2008.", "mid-2008", "DATE", "2008"},
        {"The offensive began in the spring of 1992.", "the spring of 1992", "DATE", "1992-SP"},
        {"Profits rose in the third quarter.", "the third quarter", "DATE", "2008-Q3"},
        {"Profits rose in the first quarter of 2007.", "the first quarter of 2007", "DATE", "2007-Q1"},
        {"The army withdrew last fall.", "last fall", "DATE", "2008-FA"},
    };
    CHECK(c, DCT);
}

static void times_and_parts_of_day(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"Troops arrived at 11 p.m. on Sunday.", "11 p.m. on Sunday", "TIME", "2009-01-18T23:00"},
        {"The curfew starts at 10:30 p.m. tonight.", "10:30 p.m. tonight", "TIME", "2009-01-19T22:30"},
        /* the suffix joined to the digits, as British police and press write */
        {"The march started at 10am.", "10am", "TIME", "2009-01-19T10:00"},
        {"Officers were called at 5:30pm.", "5:30pm", "TIME", "2009-01-19T17:30"},
        {"The curfew runs from 2200hrs.", "2200hrs", "TIME", "2009-01-19T22:00"},
        {"The march ended at 17:30hrs.", "17:30hrs", "TIME", "2009-01-19T17:30"},
        {"The raid began at 12am.", "12am", "TIME", "2009-01-19T00:00"},
        /* "overnight" right before a day is that day's night */
        {"Drones were launched overnight Saturday.", "overnight Saturday", "TIME",
         "2009-01-17TNI"},
        /* a dot between hours and minutes, British style */
        {"Police were called shortly before 11.30pm on Sunday.", "11.30pm on Sunday", "TIME",
         "2009-01-18T23:30"},
        {"Troops arrived at 9.15 a.m. on Sunday.", "9.15 a.m. on Sunday", "TIME",
         "2009-01-18T09:15"},
        {"The blast was heard at 10.45 GMT.", "10.45 GMT", "TIME", "2009-01-19T10:45"},
        {"Shelling began at 21.30, 4 March 2008.", "21.30, 4 March 2008", "TIME",
         "2008-03-04T21:30"},
        {"The sirens sounded at 3 o'clock.", "3 o'clock", "TIME", "2009-01-19T03:00"},
        /* a live page's entry time: a clock with its zone */
        {"09:45 GMT - Gunmen stormed the school.", "09:45 GMT", "TIME", "2009-01-19T09:45"},
        /* an hour and the part of the day that says which half */
        {"Troops attacked at 5 in the morning.", "5 in the morning", "TIME",
         "2009-01-19T05:00"},
        {"Shelling resumed at 11 at night.", "11 at night", "TIME", "2009-01-19T23:00"},
        {"The convoy left at 2 in the afternoon.", "2 in the afternoon", "TIME",
         "2009-01-19T14:00"},
        /* a bare 24-hour time after a lead word of time_clock_leads.txt or
         * before a date */
        {"Figures are as of 08:00, 21 February 2008.", "08:00, 21 February 2008", "TIME",
         "2008-02-21T08:00"},
        {"Shelling began 05:30, 4 March 2008.", "05:30, 4 March 2008", "TIME",
         "2008-03-04T05:30"},
        {"The curfew holds since 22:00 tonight.", "22:00 tonight", "TIME", "2009-01-19T22:00"},
        {"The shelling continued late at night.", "late at night", "TIME", "2009-01-19TNI"},
        {"The convoy left at dawn.", "dawn", "TIME", "2009-01-19TMO"},
        /* an anniversary: the same day so many years back; a day each year */
        {"Twenty-five years ago today, forces overran the enclave.",
         "Twenty-five years ago today", "DATE", "1984-01-19"},
        /* decades too, and "on this (very) day" after the comma */
        {"Three decades ago today, the world failed them.", "Three decades ago today",
         "DATE", "1979-01-19"},
        {"Thirty years ago, on this very day, the killings began.",
         "Thirty years ago, on this very day", "DATE", "1979-01-19"},
        {"On this day last year, a suicide bomber struck a convoy.", "this day last year",
         "DATE", "2008-01-19"},
        {"Every year on 11 July, families gather at the memorial.",
         "Every year on 11 July", "SET", "XXXX-07-11"},
        /* "on this day": the document's day of each year */
        {"Every year on this day, we pay tribute to the victims.",
         "Every year on this day", "SET", "XXXX-01-19"},
        /* after midnight: the midnight that opens the day, "after" a signal */
        {"Shortly after midnight on 12 January, rebels shelled the town.",
         "midnight on 12 January", "TIME", "2009-01-12T00:00"},
        {"Troops withdrew just before midnight on 12 January.",
         "midnight on 12 January", "TIME", "2009-01-12T24:00"},
        {"The raid began after dawn.", "dawn", "TIME", "2009-01-19TMO"},
        {"The rally was held in the evening.", "the evening", "TIME", "2009-01-19TEV"},
        {"Late at night on January 19, 1990, troops entered the city.",
         "Late at night on January 19, 1990", "TIME", "1990-01-19TNI"},
        {"Shots were heard on Saturday night.", "Saturday night", "TIME", "2009-01-17TNI"},
        {"The statement was issued this morning.", "this morning", "TIME", "2009-01-19TMO"},
        /* a time of day is on the story's day, unless that day is ahead and
         * the clause is told in the past */
        {"Troops entered the town on Jan. 5. Shooting began at 10 a.m.", "10 a.m.", "TIME",
         "2009-01-05T10:00"},
        {"The accord takes effect on Feb. 1. It will be signed at 10 a.m.", "10 a.m.",
         "TIME", "2009-02-01T10:00"},
        {"The accord takes effect on Feb. 1. A car bomb exploded at 10 a.m.", "10 a.m.",
         "TIME", "2009-01-19T10:00"},
    };
    CHECK(c, DCT);
}

static void relative_dates_count_from_the_document_date(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"The minister spoke yesterday.", "yesterday", "DATE", "2009-01-18"},
        {"The delegation arrived on Friday.", "Friday", "DATE", "2009-01-16"},
        {"The delegation will arrive on Friday.", "Friday", "DATE", "2009-01-23"},
        {"Inflation rose last week.", "last week", "DATE", "2009-W03"},
        {"The attack took place two days ago.", "two days ago", "DATE", "2009-01-17"},
        {"Arrests were made earlier this month.", "earlier this month", "DATE", "2009-01"},
        {"Elections will be held next year.", "next year", "DATE", "2010"},
        {"The law was passed last December.", "last December", "DATE", "2008-12"},
        {"The envoy is here now.", "now", "DATE", "PRESENT_REF"},
    };
    CHECK(c, DCT);
}

static void anaphoric_dates_follow_the_story(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"On 3 March 2008 troops moved in. The following day the city fell.",
         "The following day", "DATE", "2008-03-04"},
        {"On 3 March 2008 troops moved in. That day was cold.", "That day", "DATE", "2008-03-03"},
        /* a leap day so many years on is the last of February */
        {"The pogrom ended on 29 February 1988. Thirty-five years later, survivors "
         "gathered.", "Thirty-five years later", "DATE", "2023-02-28"},
        {"On 3 March 2008 troops moved in. The same night they left.",
         "The same night", "TIME", "2008-03-03TNI"},
        {"On 3 May 2022 gunmen attacked the market. The previous evening, they had "
         "fired on the checkpoint.", "The previous evening", "TIME", "2022-05-02TEV"},
        {"On 3 May 2022 gunmen attacked the market. The following afternoon, troops "
         "arrived.", "The following afternoon", "TIME", "2022-05-04TAF"},
        {"The siege began on 5 May 2001. A year later it ended.", "A year later", "DATE", "2002-05-05"},
        /* whole days counted in hours shift the day; other hours do not */
        {"Troops entered on 3 March 2008. Forty-eight hours later they left.",
         "Forty-eight hours later", "DATE", "2008-03-05"},
        {"The town fell 72 hours ago.", "72 hours ago", "DATE", "2009-01-16"},
        {"Troops entered on 3 March 2008. Two hours later they left.",
         "Two hours", "DURATION", "PT2H"},
        {"Rescuers dug for more than 24 hours after the blast.", "more than 24 hours",
         "DURATION", "PT24H"},
        /* a weekday's part of the day, as a date's */
        {"On the morning of Sunday troops entered.", "the morning of Sunday", "TIME",
         "2009-01-18TMO"},
        {"Profit rose in the third quarter from a year ago.", "a year ago", "DATE", "2007-Q3"},
        {"Profit rose 5% from a year ago.", "a year ago", "DATE", "2008"},
    };
    CHECK(c, DCT);
}

static void durations_and_sets(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"The siege lasted nineteen years.", "nineteen years", "DURATION", "P19Y"},
        {"The blockade lasted three days.", "three days", "DURATION", "P3D"},
        {"The dispute has lasted more than a decade.", "more than a decade", "DURATION", "P10Y"},
        {"The talks took 36 hours.", "36 hours", "DURATION", "PT36H"},
        {"The index fell for eight trading days.", "eight trading days", "DURATION", "P8D"},
        {"Protests went on for 48 straight hours.", "48 straight hours", "DURATION", "PT48H"},
        {"They signed a twenty-five year lease.", "twenty-five year", "DURATION", "P25Y"},
        {"A two-year truce was agreed.", "two-year", "DURATION", "P2Y"},
        /* vague spans after a lead word of time_span_leads.txt; "the
         * following year" stays a date counted from the story */
        {"Over the following years, thousands fled.", "the following years", "DURATION", "PXY"},
        {"In subsequent months, talks failed.", "subsequent months", "DURATION", "PXM"},
        {"Protests grew in the ensuing days.", "the ensuing days", "DURATION", "PXD"},
        {"Troops left on 3 March 2008. The following year, talks resumed.",
         "The following year", "DATE", "2009"},
        {"The memorial is held every year.", "every year", "SET", "P1Y"},
        {"Aid is delivered annually.", "annually", "SET", "P1Y"},
        {"The vigil is held each January.", "each January", "SET", "XXXX-01"},
        {"Inspectors visit twice a month.", "a month", "SET", "P1M"},
        /* a count in words before "times", as in digits */
        {"Shells hit the camp three times a day.", "a day", "SET", "P1D"},
        {"Patrols pass twenty-five times a month.", "a month", "SET", "P1M"},
        {"Convoys cross 3 times a week.", "a week", "SET", "P1W"},
    };
    CHECK(c, DCT);
}

static void ranges_give_each_end_its_own_date(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"Fighting raged from 19 to 20 January 1990.", "19", "DATE", "1990-01-19"},
        {"Fighting raged from 19 to 20 January 1990.", "20 January 1990", "DATE", "1990-01-20"},
        /* a night named by the two days it spans is one TIME, its first
         * day's (test_time_forms.c: nights_of_two_days) */
        {"Troops entered on the night of 19-20 January 1990.", "the night of 19-20 January 1990",
         "TIME", "1990-01-19TNI"},
        /* ordinal days and a slash between the two nights */
        {"Talks ran from 11th to 14th May 2023.", "11th", "DATE", "2023-05-11"},
        {"Talks ran from 11th to 14th May 2023.", "14th May 2023", "DATE", "2023-05-14"},
        {"Terrorists attacked during the night of 11th and 12th May 2023.",
         "the night of 11th and 12th May 2023", "TIME", "2023-05-11TNI"},
        {"Terrorists attacked on the night of 11/12 May 2023.", "the night of 11/12 May 2023",
         "TIME", "2023-05-11TNI"},
        /* after a lead word ("during", "in") as after "on" */
        {"Troops entered Baku during the night of 19-20 January 1990.",
         "the night of 19-20 January 1990", "TIME", "1990-01-19TNI"},
        {"Shelling resumed in the night of 3 to 4 March 2022.", "the night of 3 to 4 March 2022",
         "TIME", "2022-03-03TNI"},
        {"Two villages burned during the night between 5 and 6 May 2024.",
         "the night between 5 and 6 May 2024", "TIME", "2024-05-05TNI"},
        {"Shelling hit Jermuk during the night from 12 to 13 September 2022.",
         "the night from 12 to 13 September 2022", "TIME", "2022-09-12TNI"},
        {"The war lasted between 1992 and 1994.", "1992", "DATE", "1992"},
        {"The war lasted between 1992 and 1994.", "1994", "DATE", "1994"},
        {"Talks were held on Aug. 7-8, 1998.", "8, 1998", "DATE", "1998-08-08"},
        /* two dates each with its month, not a range inside the first */
        {"The report covers 1 November to 31 December.", "31 December", "DATE",
         "2008-12-31"},
        {"Aid arrived between 1 November and 15 December.", "15 December", "DATE",
         "2008-12-15"},
        /* a year-less first date takes the year written after the second */
        {"Fighting raged between April and June 2006.", "April", "DATE", "2006-04"},
        {"Killings went on from late April to mid-June 2006.", "late April", "DATE",
         "2006-04"},
        {"The siege lasted from December to February 2006.", "December", "DATE",
         "2005-12"},
        {"Aid flowed from 3 March to 5 May 2006.", "3 March", "DATE", "2006-03-03"},
    };
    CHECK(c, DCT);
}

/* "the week of 12 January": the ISO week of the day named, one TIMEX3
 * with its lead and, for a weekend, its range (TimeML: 2009-W03). */
static void a_week_named_by_a_day_is_its_iso_week(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"Talks stalled during the week of 12 January.", "the week of 12 January",
         "DATE", "2009-W03"},
        {"In the week ending 10 January 2009, 40 people died.",
         "the week ending 10 January 2009", "DATE", "2009-W02"},
        {"Aid resumed in the week beginning January 12.", "the week beginning January 12",
         "DATE", "2009-W03"},
        {"Fighting ended the weekend of 9-10 March 2024.", "the weekend of 9-10 March 2024",
         "DATE", "2024-W10-WE"},
        /* ISO weeks across the turn of a year */
        {"Shelling eased the week of 29 December 2008.", "the week of 29 December 2008",
         "DATE", "2009-W01"},
        /* the week is the story's time: "the following week" counts from it */
        {"Talks began the week of 5 January. The following week they failed.",
         "The following week", "DATE", "2009-W03"},
    };
    CHECK(c, DCT);
}

static void elapsed_time_anchors_a_yearless_date_in_the_past(void **state)
{
    (void)state;
    static const tcase c[] = {
        {"Nineteen years have passed since 20 January.", "20 January", "DATE", "1990-01-20"},
        {"We mark the 19th anniversary of 20 January.", "20 January", "DATE", "1990-01-20"},
        {"Ten years have passed since 5 May. That day the war ended.", "That day", "DATE", "1999-05-05"},
        {"Rebels attacked in June last year.", "June last year", "DATE", "2008-06"},
    };
    CHECK(c, DCT);
}

static void a_story_of_another_year_keeps_its_year(void **state)
{
    (void)state;
    dl_record *r = parse("On January 19, 1990 troops entered Baku. On 20 January 1990 "
                         "the city mourned. The tragedy of 20 January is remembered.\n",
                         DCT);
    size_t n = dl_record_ntimes(r);
    assert_int_equal(n, 3);
    assert_string_equal(dl_record_time(r, 2)->value, "1990-01-20");
    assert_string_equal(dl_record_time(r, 2)->anchor, "1990-01-20");
    dl_record_free(r);
}

/* A shifted day is anchored to the day it is counted from, not to itself;
 * "A year to the day after the massacre" is that day a year on, and the
 * story moves there. */
static void a_shift_is_anchored_to_its_start(void **state)
{
    (void)state;
    dl_record *r = parse("On 20 January 1990, troops killed 134 people in Baku. A year to "
                         "the day after the massacre, thousands marched. The next day, "
                         "police detained 12 people.\n",
                         DCT);
    const dl_time *t = find(r, "A year to the day after");
    assert_non_null(t);
    assert_string_equal(t->value, "1991-01-20");
    t = find(r, "The next day");
    assert_non_null(t);
    assert_string_equal(t->value, "1991-01-21");
    assert_string_equal(t->anchor, "1991-01-20");
    dl_record_free(r);
}

static void without_a_document_date_values_keep_unknowns(void **state)
{
    (void)state;
    dl_record *r = parse("Protests began on 20 January. Two days ago it rained.\n", NULL);
    const dl_time *t = find(r, "20 January");
    assert_non_null(t);
    assert_string_equal(t->value, "XXXX-01-20");
    assert_null(t->anchor);
    t = find(r, "Two days ago");
    assert_non_null(t);
    assert_string_equal(t->value, "XXXX-XX-XX");
    dl_record_free(r);
    /* a movable feast's day depends on the year; a fixed one's does not */
    r = parse("Pilgrims came for Easter and stayed until Christmas.\n", NULL);
    t = find(r, "Easter");
    assert_non_null(t);
    assert_string_equal(t->value, "XXXX-XX-XX");
    t = find(r, "Christmas");
    assert_non_null(t);
    assert_string_equal(t->value, "XXXX-12-25");
    dl_record_free(r);
    /* a weekday keeps its clock time or part of the day */
    r = parse("The first blasts struck at 9 a.m. on Sunday.\n", NULL);
    t = find(r, "9 a.m. on Sunday");
    assert_non_null(t);
    assert_string_equal(t->value, "XXXX-WXX-7T09:00");
    dl_record_free(r);
}

/* Text that holds no time expression where a careless reader sees one. */
static void traps_are_not_times(void **state)
{
    (void)state;
    static const struct {
        const char *text, *not_a_time;
    } c[] = {
        {"In 1990, 134 people were killed.", "134"},
        {"1990 people marched on the square.", "1990"},
        {"A cumulative total of 36 943 cases and 1210 deaths was reported.", "1210"},
        {"The ministry said in 1990 troops were sent.", "1990"},
        {"You may go, the guard said.", "may"},
        {"May God protect them.", "May"},
        {"Troops march on the capital.", "march"},
        {"The Long March ended.", "March"},
        {"It was the week of talks.", "week"},
        {"The stock closed at 12.50, up 3.", "12.50"},
        {"The index fell 10.45 points.", "10.45"},
        {"The 19 delegates voted.", "19"},
        {"The Council issued document SC/10010 today.", "10010"},
        {"See resolution A/RES/1990/12 of the Assembly.", "1990"},
        {"Theresa May spoke.", "May"},
        {"Prices fall in spring markets.", "fall"},
        {"Version 31.02.2009 of the file is cited.", "31.02"},
        {"Serial 19.01.20091 was found.", "19.01"},
        {"Install version 10.03.24 of the software.", "10.03"},
        {"Code 19.01.209 was found.", "19.01"},
        {"Code 123.01.2009 was found.", "01.2009"},
        /* scores and ratios: "of" without "as" is no lead word */
        {"The vote was 2:1 in favour.", "2:1"},
        {"A ratio of 3:2 was agreed.", "3:2"},
    };
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        dl_record *r = parse(c[i].text, DCT);
        for (size_t k = 0; k < dl_record_ntimes(r); k++) {
            const char *got = dl_record_time(r, k)->text;
            if (strstr(got, c[i].not_a_time)) {
                print_error("in \"%s\": '%s' read as a time\n", c[i].text, got);
                dl_record_free(r);
                fail();
            }
        }
        dl_record_free(r);
    }
}

static void times_come_in_text_order_with_exact_spans(void **state)
{
    (void)state;
    const char *s = "On \xe2\x80\x9c" "19 January 2009\xe2\x80\x9d the envoy left; "
                    "two days later, on Wednesday, he returned.\n";
    dl_record *r = parse(s, DCT);
    size_t n = dl_record_ntimes(r);
    assert_true(n >= 2);
    for (size_t i = 0; i < n; i++) {
        const dl_time *t = dl_record_time(r, i);
        assert_int_equal(strlen(t->text), t->span.end - t->span.start);
        assert_memory_equal(s + t->span.start, t->text, strlen(t->text));
        if (i)
            assert_true(dl_record_time(r, i - 1)->span.end <= t->span.start);
    }
    dl_record_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(absolute_dates_in_every_common_form),
        cmocka_unit_test(partial_and_coarse_dates),
        cmocka_unit_test(times_and_parts_of_day),
        cmocka_unit_test(relative_dates_count_from_the_document_date),
        cmocka_unit_test(anaphoric_dates_follow_the_story),
        cmocka_unit_test(durations_and_sets),
        cmocka_unit_test(ranges_give_each_end_its_own_date),
        cmocka_unit_test(elapsed_time_anchors_a_yearless_date_in_the_past),
        cmocka_unit_test(a_shift_is_anchored_to_its_start),
        cmocka_unit_test(a_story_of_another_year_keeps_its_year),
        cmocka_unit_test(without_a_document_date_values_keep_unknowns),
        cmocka_unit_test(a_week_named_by_a_day_is_its_iso_week),
        cmocka_unit_test(traps_are_not_times),
        cmocka_unit_test(times_come_in_text_order_with_exact_spans),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
