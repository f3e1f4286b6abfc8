/* test_figures_asides.c - what may stand between a counted group and its
 * verb (src/figures/aside.c): ages, a description, an apposition, a
 * source; and the ages themselves are no counts. */
#include "figures_fixture.h"

static dl_record *parse(const char *s)
{
    return ff_parse(s, NULL);
}

/* The sentence counts value v of this kind and no other figure. */
static void only(const char *s, int64_t v, const char *kind)
{
    dl_record *r = parse(s);
    const dl_figure *f = ff_value(r, v);
    if (!f || strcmp(f->kind, kind) || dl_record_nfigures(r) != 1) {
        print_error("in \"%s\": want %lld %s alone, got %zu figures\n", s, (long long)v, kind,
                    dl_record_nfigures(r));
        dl_record_free(r);
        fail();
    }
    dl_record_free(r);
}

static void ages_between_a_group_and_its_verb(void **state)
{
    (void)state;
    only("Two men, aged 19 and 21, were arrested at the scene.\n", 2, "arrested");
    only("Two men aged 19 and 21 were arrested.\n", 2, "arrested");
    only("Four youths, aged between 15 and 17, were detained.\n", 4, "arrested");
    only("Three boys, aged 12, 14 and 15, were injured.\n", 3, "injured");
}

static void descriptions_and_sources_between(void **state)
{
    (void)state;
    only("Twelve civilians, mostly women and children, were killed.\n", 12, "killed");
    only("Three women, all in their twenties, were detained.\n", 3, "arrested");
    only("Five people, police said, were injured.\n", 5, "injured");
    /* a longer description, ages in it */
    dl_record *a = parse("Two civilians, a farmer aged 54 and his 19-year-old son, were "
                         "killed by crossfire on Friday.\n");
    assert_non_null(ff_value(a, 2));
    assert_string_equal(ff_value(a, 2)->kind, "killed");
    dl_record_free(a);
    /* a relative clause inside a description that opens on a word of its
     * own; what the people are ("homeless") as a state */
    only("Nine Egyptian nationals, suspected of being the smugglers who organised "
         "the journey, were arrested yesterday.\n", 9, "arrested");
    only("Around 3,000 families are homeless.\n", 3000, "displaced");
    only("The two, who worked for an aid group running water projects, were kidnapped "
         "in May.\n", 2, "hostages");
    /* (none of them Americans is a count of its own: no Americans) */
    dl_record *r = parse("Eleven people, none of them Americans, died in the blast.\n");
    assert_non_null(ff_value(r, 11));
    assert_string_equal(ff_value(r, 11)->kind, "killed");
    dl_record_free(r);
}

/* a relative clause with no verb of a kind before the main clause's */
static void a_relative_clause_before_the_main_verb(void **state)
{
    (void)state;
    only("Two armed militants who opened fire on the intervening forces were "
         "neutralised.\n", 2, "killed");
    only("Five men who attacked the post were killed by troops.\n", 5, "killed");
}

/* a comma before a finite clause of its own is no aside */
static void a_clause_is_no_aside(void **state)
{
    (void)state;
    dl_record *r = parse("Two men, who were arrested, said they were beaten.\n");
    const dl_figure *f = ff_value(r, 2);
    assert_true(!f || strcmp(f->kind, "injured"));
    dl_record_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(ages_between_a_group_and_its_verb),
        cmocka_unit_test(descriptions_and_sources_between),
        cmocka_unit_test(a_clause_is_no_aside),
        cmocka_unit_test(a_relative_clause_before_the_main_verb),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
