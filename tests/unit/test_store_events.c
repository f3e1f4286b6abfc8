/* test_store_events.c - event filters, timeline order, snippets and claims
 * of the archive, on records whose events the test sets itself, so these
 * behaviours are checked whatever the extraction stages produce. */
#include "store_fixture.h"

/* Three statements: two report one assault in Baku on 20 January 1990 with
 * different death tolls, one a protest in Tbilisi in April 1989. */
static void fill(fixture *f)
{
    dl_record *r = bare_record("a.txt",
        "The ministry said that 134 people were killed and more than 600 were "
        "wounded when troops opened fire in the city.\n", "2009-01-19");
    int baku = add_place(r, "Baku", "AZ");
    int k = add_figure(r, "killed", 134, "exact");
    int w = add_figure(r, "injured", 600, "more_than");
    dl_event *e = add_event(r, "ASSAULT", "1990-01-20", baku, "opened fire",
                            (const int[]){k, w, -1});
    e->actor = add_actor(r, "Soviet Army", "military");
    e->target = add_actor(r, "civilians", "civilians");
    e->mode = "firearms";
    e->attributed_to.span = span_of(r, "The ministry");
    e->attributed_to.text = "The ministry";
    e->attributed_to.rule = "test";
    store(f, r);

    r = bare_record("b.txt",
        "A rights group reported that 147 people died in the shooting, and "
        "that hundreds were arrested.\n", "2010-01-20");
    baku = add_place(r, "Baku", "AZ");
    k = add_figure(r, "killed", 147, "exact");
    add_event(r, "ASSAULT", "1990-01-20", baku, "shooting", (const int[]){k, -1});
    int a = add_figure(r, "arrested", -1, "vague");
    add_event(r, "COERCE", "1990-01", baku, "arrested", (const int[]){a, -1});
    store(f, r);

    r = bare_record("c.txt",
        "Thousands gathered for a peaceful rally in the capital, organisers "
        "said; between 16 and 21 people were killed when it was dispersed.\n",
        "1989-04-10");
    int tb = add_place(r, "Tbilisi", "GE");
    k = add_figure(r, "killed", 16, "range");
    r->figures[k].pub.has_high = 1;
    r->figures[k].pub.high = 21;
    add_event(r, "PROTEST", "1989-04-09", tb, "rally", (const int[]){k, -1});
    store(f, r);
}

static int setup(void **state)
{
    if (fixture_setup(state))
        return -1;
    fill(*state);
    return 0;
}

static void test_date_month_finds_events_inside_it(void **state)
{
    hits c;
    assert_int_equal(search(*state, "date:1990-01", &c), 3);
    assert_int_equal(search(*state, "date:1990-01-20", &c), 3); /* COERCE: month */
    assert_int_equal(search(*state, "date:1989", &c), 1);
    assert_string_equal(c.got, "PROTEST");
}

static void test_date_ranges_and_comparisons(void **state)
{
    hits c;
    assert_int_equal(search(*state, "date:1989-01-01..1989-12-31", &c), 1);
    assert_int_equal(search(*state, "date:1990-01-21..", &c), 1); /* month */
    assert_int_equal(search(*state, "date:..1989-04-09", &c), 1);
    assert_int_equal(search(*state, "date>1989", &c), 3);
    assert_int_equal(search(*state, "date<1990", &c), 1);
    assert_int_equal(search(*state, "date>=1990-01-20", &c), 3);
    assert_int_equal(search(*state, "date<=1989-04-08", &c), 0);
}

static void test_place_matches_name_without_case(void **state)
{
    hits c;
    assert_int_equal(search(*state, "place:baku", &c), 3);
    assert_int_equal(search(*state, "place:Tbilisi", &c), 1);
    assert_int_equal(search(*state, "place:Bak", &c), 0);
}

static void test_country_matches_iso_code(void **state)
{
    hits c;
    assert_int_equal(search(*state, "country:az", &c), 3);
    assert_int_equal(search(*state, "country:GE", &c), 1);
    assert_int_equal(search(*state, "country:FR", &c), 0);
}

static void test_type_and_mode(void **state)
{
    hits c;
    assert_int_equal(search(*state, "type:assault", &c), 2);
    assert_int_equal(search(*state, "type:COERCE", &c), 1);
    assert_int_equal(search(*state, "mode:firearms", &c), 1);
    assert_int_equal(search(*state, "-type:ASSAULT", &c), 2);
}

static void test_actor_and_target_match_part_of_name(void **state)
{
    hits c;
    assert_int_equal(search(*state, "actor:soviet", &c), 1);
    assert_int_equal(search(*state, "target:civilians", &c), 1);
    assert_int_equal(search(*state, "actor:civilians", &c), 0);
}

static void test_killed_compares_with_each_figure(void **state)
{
    hits c;
    assert_int_equal(search(*state, "killed>=100", &c), 2);
    assert_int_equal(search(*state, "killed>140", &c), 1);
    assert_int_equal(c.first_killed, 147);
    assert_int_equal(search(*state, "killed:134", &c), 1);
    assert_int_equal(search(*state, "killed<100", &c), 1); /* 16-21 */
    assert_int_equal(search(*state, "killed:20", &c), 1);  /* in the range */
    assert_int_equal(search(*state, "killed:100..140", &c), 1);
    assert_int_equal(search(*state, "killed>=1,000", &c), 0);
}

static void test_injured_and_vague_figures(void **state)
{
    hits c;
    assert_int_equal(search(*state, "injured>500", &c), 1);
    assert_int_equal(search(*state, "injured>600", &c), 0);
    assert_int_equal(search(*state, "arrested>0", &c), 0); /* vague: no value */
}

static void test_filters_combine_with_text_and_documents(void **state)
{
    hits c;
    assert_int_equal(search(*state, "killed>=100 place:Baku", &c), 2);
    assert_int_equal(search(*state, "date:1990-01 country:AZ reported:2010", &c), 2);
    assert_int_equal(search(*state, "killed>=100 wounded", &c), 1);
    assert_string_equal(c.got, "ASSAULT");
    assert_int_equal(search(*state, "type:ASSAULT -wounded", &c), 1);
}

static void test_event_snippet_marks_the_trigger(void **state)
{
    hits c;
    assert_int_equal(search(*state, "type:PROTEST", &c), 1);
    assert_non_null(strstr(c.snippet, "peaceful **rally** in the capital"));
}

static void test_timeline_orders_by_event_date(void **state)
{
    fixture *f = *state;
    hits c;
    dl_error err;
    dl_search_opts o = {.events = 1, .order = DL_ORDER_DATE};
    memset(&c, 0, sizeof c);
    assert_int_equal(dl_store_search(f->s, "", &o, collect, &c, &err), DL_OK);
    assert_string_equal(c.got, "PROTEST COERCE ASSAULT ASSAULT");
    o.limit = 2;
    memset(&c, 0, sizeof c);
    assert_int_equal(dl_store_search(f->s, NULL, &o, collect, &c, &err), DL_OK);
    assert_int_equal(c.n, 2);
}

typedef struct {
    size_t groups;
    char first[256];
} claims;

static int on_group(const dl_claim_group *g, void *ctx)
{
    claims *c = ctx;
    if (!c->groups++) {
        size_t n = 0;
        n += (size_t)snprintf(c->first, sizeof c->first, "%s %s %s %zu:", g->type,
                              g->date, g->place, g->nsources);
        for (size_t i = 0; i < g->nclaims && n < sizeof c->first; i++)
            for (size_t k = 0; k < g->claims[i].nfigures; k++)
                n += (size_t)snprintf(c->first + n, sizeof c->first - n, " %lld",
                                      (long long)g->claims[i].figures[k].value);
    }
    return 0;
}

static void test_claims_put_sources_side_by_side(void **state)
{
    fixture *f = *state;
    claims c = {0};
    dl_error err;
    assert_int_equal(dl_store_claims(f->s, NULL, "day", 2, on_group, &c, &err),
                     DL_OK);
    assert_int_equal(c.groups, 1);
    assert_string_equal(c.first, "ASSAULT 1990-01-20 Baku 2: 134 600 147");
}

/* cited: whom the issuer cites; a claim shows it beside its issuer */
static int first_cited(const dl_claim_group *g, void *ctx)
{
    for (size_t i = 0; i < g->nclaims; i++)
        if (g->claims[i].cited)
            snprintf(ctx, 64, "%s", g->claims[i].cited);
    return 0;
}

static void test_cited_sources_are_searched_and_shown(void **state)
{
    fixture *f = *state;
    hits c;
    assert_int_equal(search(f, "cited:ministry", &c), 1);
    assert_string_equal(c.got, "ASSAULT");
    assert_int_equal(search(f, "cited:\"rights group\"", &c), 0);
    assert_int_equal(search(f, "-cited:ministry type:ASSAULT", &c), 1);
    char cited[64] = "";
    dl_error err;
    assert_int_equal(dl_store_claims(f->s, NULL, "day", 2, first_cited, cited, &err),
                     DL_OK);
    assert_string_equal(cited, "The ministry");
}

static void test_claims_granularity_and_minimum(void **state)
{
    fixture *f = *state;
    claims c = {0};
    dl_error err;
    assert_int_equal(dl_store_claims(f->s, "", "month", 1, on_group, &c, &err),
                     DL_OK);
    assert_int_equal(c.groups, 3); /* ASSAULT, COERCE, PROTEST */
    memset(&c, 0, sizeof c);
    assert_int_equal(dl_store_claims(f->s, "country:GE", "year", 2, on_group,
                                     &c, &err), DL_OK);
    assert_int_equal(c.groups, 0);
    assert_int_equal(dl_store_claims(f->s, NULL, "week", 2, on_group, &c, &err),
                     DL_EUSAGE);
}

static void test_reindex_keeps_documents_and_drops_test_events(void **state)
{
    fixture *f = *state;
    size_t done = 0, docs = 0, stale = 9;
    dl_error err;
    assert_int_equal(dl_store_stats(f->s, &docs, NULL, &stale), DL_OK);
    assert_int_equal(stale, 0);
    assert_int_equal(dl_store_reindex(f->s, 1, NULL, NULL, &done, &err), DL_OK);
    assert_int_equal(done, 3);
    assert_int_equal(dl_store_stats(f->s, &docs, NULL, NULL), DL_OK);
    assert_int_equal(docs, 3);
    hits c;
    assert_int_equal(search(f, "reported:2009..2010", &c), 2);
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, fixture_teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_date_month_finds_events_inside_it),
        T(test_date_ranges_and_comparisons),
        T(test_place_matches_name_without_case),
        T(test_country_matches_iso_code),
        T(test_type_and_mode),
        T(test_actor_and_target_match_part_of_name),
        T(test_killed_compares_with_each_figure),
        T(test_injured_and_vague_figures),
        T(test_filters_combine_with_text_and_documents),
        T(test_event_snippet_marks_the_trigger),
        T(test_timeline_orders_by_event_date),
        T(test_claims_put_sources_side_by_side),
        T(test_cited_sources_are_searched_and_shown),
        T(test_claims_granularity_and_minimum),
        T(test_reindex_keeps_documents_and_drops_test_events),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
