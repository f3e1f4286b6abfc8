/* test_store_sides.c - claims grouped by sides: each side's account of one
 * border clash (its own territory, the other's forces) meets the other's,
 * while an event of one country alone, or of another day, stays apart; by
 * day, events whose days overlap meet (a night of two days and either).
 * Records are built by hand (store_fixture.h). */
#include "store_fixture.h"

/* An attack of country `by`'s forces on those of country `tc` (`on`'s,
 * or "" for one not known), in `on`. */
static void clash(fixture *f, const char *src, const char *place, const char *on,
                  const char *by, const char *tc, int64_t killed, const char *date)
{
    char text[200]; /* a document of its own: the archive keeps one per text */
    snprintf(text, sizeof text, "On the night of 12-13 September, the armed forces of "
             "the other side attacked our positions near %s; servicemen were killed.\n",
             place);
    dl_record *r = bare_record(src, text, "2022-09-13");
    int p = add_place(r, place, on);
    int k = add_figure(r, "killed", killed, "exact");
    dl_event *e = add_event(r, "ASSAULT", date, p, "attacked", (const int[]){k, -1});
    e->actor = add_actor(r, "armed forces", "military");
    r->actors[e->actor].pub.country = by;
    e->target = add_actor(r, "servicemen", "military");
    r->actors[e->target].pub.country = tc;
    store(f, r);
}

static void fill(fixture *f)
{
    clash(f, "am.txt", "Jermuk", "AM", "AZ", "AM", 49, "2022-09-13");
    clash(f, "az.txt", "Dashkasan", "AZ", "AM", "AZ", 50, "2022-09-13");
    /* a third account whose target's country is empty: the same sides */
    clash(f, "az2.txt", "Kalbajar", "AZ", "AM", "", 51, "2022-09-13");
    /* the same day, one country alone: a police raid in Yerevan */
    dl_record *r = bare_record("yr.txt", "Police beat protesters in Yerevan.\n",
                               "2022-09-14");
    int p = add_place(r, "Yerevan", "AM");
    add_event(r, "ASSAULT", "2022-09-13", p, "beat", NULL);
    store(f, r);
}

static int setup(void **state)
{
    if (fixture_setup(state))
        return -1;
    fill(*state);
    return 0;
}

typedef struct {
    size_t groups;
    char got[256];
} seen;

static int on_group(const dl_claim_group *g, void *ctx)
{
    seen *s = ctx;
    size_t n = strlen(s->got);
    n += (size_t)snprintf(s->got + n, sizeof s->got - n, "%s%s %s %zu:", n ? "; " : "",
                          g->sides ? g->sides : "-", g->date, g->nsources);
    for (size_t i = 0; i < g->nclaims && n < sizeof s->got; i++)
        for (size_t k = 0; k < g->claims[i].nfigures && n < sizeof s->got; k++)
            n += (size_t)snprintf(s->got + n, sizeof s->got - n, " %lld",
                                  (long long)g->claims[i].figures[k].value);
    s->groups++;
    return 0;
}

static void test_each_sides_account_meets_the_others(void **state)
{
    fixture *f = *state;
    seen s = {0};
    dl_error err;
    assert_int_equal(dl_store_claims_by(f->s, NULL, "day", "sides", 2, on_group, &s, &err),
                     DL_OK);
    assert_int_equal(s.groups, 1);
    assert_string_equal(s.got, "AM,AZ 2022-09-13 3: 49 50 51");
    /* every group: the raid in Yerevan is one country's alone */
    memset(&s, 0, sizeof s);
    assert_int_equal(dl_store_claims_by(f->s, NULL, "day", "sides", 1, on_group, &s, &err),
                     DL_OK);
    assert_string_equal(s.got, "AM 2022-09-13 1:; AM,AZ 2022-09-13 3: 49 50 51");
}

static void test_by_place_the_accounts_stay_apart(void **state)
{
    fixture *f = *state;
    seen s = {0};
    dl_error err;
    assert_int_equal(dl_store_claims_by(f->s, NULL, "day", "place", 2, on_group, &s, &err),
                     DL_OK);
    assert_int_equal(s.groups, 0);
    assert_int_equal(dl_store_claims(f->s, NULL, "day", 1, on_group, &s, &err), DL_OK);
    assert_int_equal(s.groups, 4);
    assert_int_equal(dl_store_claims_by(f->s, NULL, "day", "side", 1, on_group, &s, &err),
                     DL_EUSAGE);
}

/* By day, an account of the night of 12-13 September (the 12th to the
 * 13th) meets one of the 13th; one of the 14th stays apart. */
static void test_a_night_of_two_days_meets_either_day(void **state)
{
    fixture *f = *state;
    dl_record *r = bare_record("night.txt", "On the night of 12-13 September, forces "
                               "attacked positions near Goris; servicemen were killed.\n",
                               "2022-09-13");
    int p = add_place(r, "Goris", "AM");
    int k = add_figure(r, "killed", 47, "exact");
    dl_event *e = add_event(r, "ASSAULT", "2022-09-12TNI", p, "attacked", (const int[]){k, -1});
    e->when = (dl_when){"2022-09-12", "2022-09-13", "day", "range"};
    e->actor = add_actor(r, "forces", "military");
    r->actors[e->actor].pub.country = "AZ";
    store(f, r);
    r = bare_record("later.txt", "On 14 September, forces attacked positions near "
                    "Jermuk.\n", "2022-09-14");
    p = add_place(r, "Jermuk", "AM");
    e = add_event(r, "ASSAULT", "2022-09-14", p, "attacked", NULL);
    e->actor = add_actor(r, "forces", "military");
    r->actors[e->actor].pub.country = "AZ";
    store(f, r);
    seen s = {0};
    dl_error err;
    assert_int_equal(dl_store_claims_by(f->s, NULL, "day", "sides", 2, on_group, &s, &err),
                     DL_OK);
    assert_int_equal(s.groups, 1);
    assert_string_equal(s.got, "AM,AZ 2022-09-12 4: 47 49 50 51");
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, fixture_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_each_sides_account_meets_the_others),
        T(test_by_place_the_accounts_stay_apart),
        T(test_a_night_of_two_days_meets_either_day),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
