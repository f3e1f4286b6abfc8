/* test_time_mod.c - the TIMEX3 mod of times: the part of a period a
 * modifier picks ("early", "the end of", "earlier this year"), the bound
 * an approximation puts on a length ("more than a decade", "nearly two
 * years", "a week or so"), no mod where nothing narrows the time, and the
 * mod in the TimeML and JSON views. */
#include <stdlib.h>

#include "time_cases.h"

typedef struct {
    const char *text;
    const char *want;  /* the expression's exact text */
    const char *value; /* TIMEX3 value */
    const char *mod;   /* TIMEX3 mod, or NULL for none */
} mcase;

static void check_mods(const mcase *c, size_t n, const char *date)
{
    for (size_t i = 0; i < n; i++) {
        dl_record *r = parse(c[i].text, date);
        const dl_time *t = find(r, c[i].want);
        int ok = t && !strcmp(t->value, c[i].value) &&
                 (c[i].mod ? t->mod && !strcmp(t->mod, c[i].mod) : !t->mod);
        if (!ok) {
            print_error("in \"%s\": want '%s' %s mod %s, got %s mod %s\n",
                        c[i].text, c[i].want, c[i].value,
                        c[i].mod ? c[i].mod : "none", t ? t->value : "(none)",
                        t && t->mod ? t->mod : "none");
            dl_record_free(r);
            fail();
        }
        dl_record_free(r);
    }
}

#define CHECK_MODS(cases, date) check_mods(cases, sizeof cases / sizeof cases[0], date)

static void part_of_a_period(void **state)
{
    (void)state;
    static const mcase cases[] = {
        {"Fighting resumed in early 1990.", "early 1990", "1990", "START"},
        {"The camp opened in mid-2008.", "mid-2008", "2008", "MID"},
        {"Arrests continued until late September.", "late September",
         "2008-09", "END"},
        {"Refugees returned in the early 1990s.", "the early 1990s", "199",
         "START"},
        {"The mission ends at the end of 2009.", "the end of 2009", "2009",
         "END"},
        {"Talks were held in the middle of October.", "the middle of October",
         "2008-10", "MID"},
        /* a part of a month by its days, weeks or half: one expression */
        {"Aid stopped in the first week of December.", "the first week of December",
         "2008-12", "START"},
        {"During the second half of December, 40 were injured.",
         "the second half of December", "2008-12", "END"},
        {"Troops withdrew in the last days of December.", "the last days of December",
         "2008-12", "END"},
        /* a half of a year written with its year stays a half */
        {"Prices rose in the second half of 2007.", "the second half of 2007", "2007-H2",
         NULL},
        {"The curfew was lifted at the beginning of the month.",
         "the beginning of the month", "2009-01", "START"},
        {"Aid will arrive by the end of the week.", "the end of the week",
         "2009-W04", "END"},
        {"Earlier this year, the council met in Geneva.", "Earlier this year",
         "2009", "START"},
        {"The report is due later this month.", "later this month", "2009-01",
         "END"},
        {"Shelling resumed early next year.", "early next year", "2010",
         "START"},
        {"Earlier Sunday, police dispersed the crowd.", "Earlier Sunday",
         "2009-01-18", "START"},
        /* the hours before dawn: the start of the morning, its day's own
         * part kept, and a part of the day's mod kept on joining its day */
        {"In the early hours of Sunday, drones struck the port.",
         "the early hours of Sunday", "2009-01-18TMO", "START"},
        {"Shelling began in the small hours of 12 January.",
         "the small hours of 12 January", "2009-01-12TMO", "START"},
        {"Police arrived in the wee hours.", "the wee hours", "2009-01-19TMO", "START"},
        {"The blast came in the early hours of Saturday night.",
         "the early hours of Saturday night", "2009-01-17TNI", "START"},
        {"Police fired at mid-afternoon yesterday.", "mid-afternoon yesterday",
         "2009-01-18TAF", "MID"},
        /* "early on" and "late on" a day, or a part of a named day */
        {"Gunmen struck early on Sunday.", "early on Sunday", "2009-01-18", "START"},
        {"Early on the morning of Sunday, 11 January, shelling hit the camp.",
         "Early on the morning of Sunday, 11 January", "2009-01-11TMO", "START"},
        {"Late on the night of 12 January, troops withdrew.",
         "Late on the night of 12 January", "2009-01-12TNI", "END"},
        /* an hour by name, approximately */
        {"Drones struck at around noon.", "around noon", "2009-01-19T12:00", "APPROX"},
        /* a bare 24-hour clock time after "about" (time_clock_leads.txt) */
        {"A missile hit a building at about 02:15.", "about 02:15", "2009-01-19T02:15",
         "APPROX"},
    };
    CHECK_MODS(cases, DCT);
    /* a month that is also a verb or name, after a hyphened modifier */
    static const mcase months[] = {
        {"By mid-March, the protests had spread to six cities.", "mid-March",
         "2009-03", "MID"},
        {"The court will rule in mid-May.", "mid-May", "2009-05", "MID"},
    };
    CHECK_MODS(months, "2009-04-02");
}

static void bounds_on_a_length(void **state)
{
    (void)state;
    static const mcase cases[] = {
        {"The siege lasted more than a decade.", "more than a decade", "P10Y",
         "MORE_THAN"},
        {"The talks took about three weeks.", "about three weeks", "P3W",
         "APPROX"},
        {"Nearly two years have passed since the attack.", "Nearly two years",
         "P2Y", "LESS_THAN"},
        {"They were held for at least six months.", "at least six months",
         "P6M", "EQUAL_OR_MORE"},
        {"The journalist was detained for up to 48 hours.", "up to 48 hours",
         "PT48H", "EQUAL_OR_LESS"},
        {"The strike could last a year or so.", "a year or so", "P1Y",
         "APPROX"},
        {"The village was shelled a week or so ago.", "a week or so ago",
         "2009-W03", "APPROX"},
        /* "over" is "more than" after a word of time_count_leads.txt */
        {"The blockade lasted over a week.", "over a week", "P1W", "MORE_THAN"},
        {"He was held for over three years.", "over three years", "P3Y", "MORE_THAN"},
    };
    CHECK_MODS(cases, DCT);
}

static void no_mod_without_a_modifier(void **state)
{
    (void)state;
    static const mcase cases[] = {
        {"The attack took place on 20 January 1990.", "20 January 1990",
         "1990-01-20", NULL},
        {"The siege lasted three years.", "three years", "P3Y", NULL},
        {"Fighting resumed last week.", "last week", "2009-W03", NULL},
        {"The worst year was 1990.", "1990", "1990", NULL},
        /* elsewhere "over" says when, and is no part of the expression */
        {"Police beat protesters over three consecutive nights.",
         "three consecutive nights", "P3D", NULL},
        {"The method was used over three years.", "three years", "P3Y", NULL},
    };
    CHECK_MODS(cases, DCT);
}

/* "the end of the year" in a story about another year is the end of that
 * year, as "that year" would be. */
static void a_part_of_the_narrated_year(void **state)
{
    (void)state;
    static const mcase cases[] = {
        {"Troops entered the city in March 1990. By the end of the year, "
         "300 people had died.", "the end of the year", "1990", "END"},
        {"Troops entered the city on 4 March 1990. At the beginning of the "
         "month, 20 people had died.", "the beginning of the month", "1990-03",
         "START"},
        {"By the end of the year, the mission will close.",
         "the end of the year", "2009", "END"},
    };
    CHECK_MODS(cases, DCT);
}

static void mod_in_the_views(void **state)
{
    (void)state;
    const char *s = "The blockade lasted more than a decade.";
    dl_record *r = parse(s, DCT);
    char *xml = NULL, *json = NULL;
    assert_int_equal(dl_record_write(r, DL_FORMAT_TIMEML, &xml), DL_OK);
    assert_non_null(strstr(xml, "value=\"P10Y\" mod=\"MORE_THAN\">more than a "
                                "decade</TIMEX3>"));
    assert_int_equal(dl_record_write(r, DL_FORMAT_JSON, &json), DL_OK);
    assert_non_null(strstr(json, "\"mod\": \"MORE_THAN\""));
    free(xml);
    free(json);
    dl_record_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(part_of_a_period),
        cmocka_unit_test(bounds_on_a_length),
        cmocka_unit_test(no_mod_without_a_modifier),
        cmocka_unit_test(a_part_of_the_narrated_year),
        cmocka_unit_test(mod_in_the_views),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
