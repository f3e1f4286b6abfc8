/* test_figures_gapped.c - counts whose verb is left out ("killed five
 * people in Kharkiv and three in Odesa"): the figures stage counts them as
 * the figure before them (src/figures/gapped.c), and the events stage
 * gives each to an event at its own place (src/events/elsewhere.c). */
#include "figures_fixture.h"

static dl_record *parse(const char *s)
{
    return ff_parse(s, "2023-11-21");
}

/* The event figure of value v counts, or NULL. */
static const dl_event *event_of(const dl_record *r, int64_t v)
{
    for (size_t i = 0; i < dl_record_nevents(r); i++) {
        const dl_event *e = dl_record_event(r, i);
        for (size_t k = 0; k < e->nfigures; k++) {
            const dl_figure *f = dl_record_figure(r, (size_t)e->figures[k]);
            if (f->has_value && f->value == v)
                return e;
        }
    }
    return NULL;
}

static const char *place_of(const dl_record *r, const dl_event *e)
{
    return e && e->place >= 0 ? dl_record_place(r, (size_t)e->place)->text : NULL;
}

static void a_bare_count_before_another_place_counts_the_same(void **state)
{
    (void)state;
    dl_record *r = parse("More than 13,000 people have been killed in Gaza and at least "
                         "1,200 in Israel.\n");
    const dl_figure *f = ff_value(r, 1200);
    assert_non_null(f);
    assert_string_equal(f->kind, "killed");
    assert_string_equal(f->qualifier, "at_least");
    assert_string_equal(f->who, "people");
    dl_record_free(r);
    r = parse("Two soldiers were wounded in Avdiivka, and four in Bakhmut.\n");
    f = ff_value(r, 4);
    assert_non_null(f);
    assert_string_equal(f->kind, "injured");
    assert_string_equal(f->who, "soldiers");
    dl_record_free(r);
}

/* a number after "and" that counts something else is none */
static void no_gap_without_the_same_place_phrase(void **state)
{
    (void)state;
    dl_record *r = parse("Strikes killed five people in Kharkiv and 40 percent of the "
                         "city lost power.\n");
    assert_null(ff_value(r, 40));
    dl_record_free(r);
}

/* each count goes to an event at its own place, not one summing both */
static void each_place_its_own_event(void **state)
{
    (void)state;
    dl_record *r = parse("Russian strikes killed five people in Kharkiv and three in "
                         "Odesa on Monday.\n");
    const dl_event *a = event_of(r, 5), *b = event_of(r, 3);
    assert_non_null(a);
    assert_non_null(b);
    assert_ptr_not_equal(a, b);
    assert_string_equal(place_of(r, a), "Kharkiv");
    assert_string_equal(place_of(r, b), "Odesa");
    assert_string_equal(a->type, b->type);
    assert_string_equal(b->date, a->date);
    assert_int_equal(b->nfigures, 1);
    dl_record_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_bare_count_before_another_place_counts_the_same),
        cmocka_unit_test(no_gap_without_the_same_place_phrase),
        cmocka_unit_test(each_place_its_own_event),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
