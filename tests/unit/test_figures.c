/* test_figures.c - the figures stage, one construction per test: what is
 * counted (kind), how exactly (qualifier), whom (who), and what never is. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "../../src/record/record.h"

static dl_record *rec;

static void parse(const char *s)
{
    dl_record_free(rec);
    rec = NULL;
    assert_int_equal(dl_record_parse(s, strlen(s), NULL, &rec, NULL), DL_OK);
}

/* The figure whose value is v (or the vague one for v < 0), or NULL. */
static const dl_figure *fig(int64_t v)
{
    for (size_t i = 0; i < dl_record_nfigures(rec); i++) {
        const dl_figure *f = dl_record_figure(rec, i);
        if (v < 0 ? !f->has_value : (f->has_value && f->value == v))
            return f;
    }
    return NULL;
}

/* Figure of value v has this kind, qualifier and who (NULL: null). */
static void expect(int64_t v, const char *kind, const char *qual, const char *who)
{
    const dl_figure *f = fig(v);
    assert_non_null(f);
    assert_string_equal(f->kind, kind);
    assert_string_equal(f->qualifier, qual);
    if (who)
        assert_string_equal(f->who ? f->who : "(null)", who);
    else
        assert_null(f->who);
    size_t len;
    const char *in = dl_record_input(rec, &len);
    assert_true(f->span.end <= len && f->span.start < f->span.end);
    assert_memory_equal(in + f->span.start, f->text, f->span.end - f->span.start);
    assert_non_null(f->rule);
    if (f->event) /* set by the events stage when an event counts it */
        assert_true(f->event[0] == 'e');
}

static void passive_and_active_verbs_give_the_kind(void **state)
{
    (void)state;
    parse("As a result, 134 people were killed in the capital.\n");
    expect(134, "killed", "exact", "people");
    parse("The strike hit the market, killing 24 and injuring 115.\n");
    expect(24, "killed", "exact", NULL);
    expect(115, "injured", "exact", NULL);
    parse("The blast left at least six more wounded.\n");
    expect(6, "injured", "at_least", NULL);
    parse("His mother was among 11 people who died at sea.\n");
    expect(11, "killed", "exact", "people");
    parse("Witnesses said 5 soldiers who killed 3 civilians fled.\n");
    assert_null(fig(5));
    parse("Four Russian crew members died at sea.\n");
    expect(4, "killed", "exact", "Russian crew members");
}

/* Hyphenated modifiers between the number and its people. */
static void hyphenated_modifiers_keep_the_group(void **state)
{
    (void)state;
    parse("Two French-speaking journalists were seriously injured.\n");
    expect(2, "injured", "exact", "French-speaking journalists");
    parse("Police arrested 12 pro-government activists.\n");
    expect(12, "arrested", "exact", "pro-government activists");
}

/* A group after "when" is no object of the verb before it. */
static void a_clause_after_the_verb_is_no_object(void **state)
{
    (void)state;
    parse("Three were killed and 40 others injured when police arrived.\n");
    expect(40, "injured", "exact", "others");
    parse("Three were killed and dozens more injured as soldiers fired.\n");
    expect(-1, "injured", "vague", NULL);
}

/* An aside after a count naming its parts: the count keeps its verb, and
 * the part in the aside is a subset of it. */
static void an_aside_of_parts_keeps_the_verb(void **state)
{
    (void)state;
    parse("At least three people, two protesters and a police officer, were "
          "killed in clashes.\n");
    expect(3, "killed", "at_least", "people");
    expect(2, "killed", "exact", "protesters");
    assert_string_equal(fig(2)->rule, "fig_subset");
    /* "including" opens a subset, no describing word of a list member */
    parse("Troops killed 40 civilians, including women and children, in the "
          "village.\n");
    expect(40, "killed", "exact", "civilians");
}

/* An adverb in "-ly" between the auxiliaries and the verb. */
static void an_adverb_after_the_auxiliaries_keeps_the_verb(void **state)
{
    (void)state;
    parse("More than 50 Georgian citizens have been illegally detained.\n");
    expect(50, "arrested", "more_than", "Georgian citizens");
    parse("Twelve people were brutally killed.\n");
    expect(12, "killed", "exact", "people");
    /* singular nouns count one */
    parse("As a result, one serviceman of the Azerbaijani army was wounded.\n");
    expect(1, "injured", "exact", "serviceman of the Azerbaijani army");
}

static void nouns_give_the_kind(void **state)
{
    (void)state;
    parse("The clinic recorded 24 fatalities.\n");
    expect(24, "killed", "exact", NULL);
    parse("The fighting caused 86 deaths and more than 300 injuries.\n");
    expect(86, "killed", "exact", NULL);
    expect(300, "injured", "more_than", NULL);
    parse("Over 1,000 refugees reached the camp.\n");
    expect(1000, "displaced", "more_than", "refugees");
    parse("The army moved 30000 troops to the border.\n");
    expect(30000, "forces", "exact", "troops");
    parse("Some 5,000 protesters filled the square.\n");
    expect(5000, "participants", "about", "protesters");
    /* a singular noun describing a plural one counts nobody */
    parse("It had killed about 300 members of the army and its civilian "
          "auxiliaries.\n");
    assert_int_equal(dl_record_nfigures(rec), 1);
    parse("A soldier lost his life in the attack.\n");
    expect(1, "killed", "exact", "soldier");
    /* one person named as part of a group counted before */
    parse("Debris fell on a building, injuring seven people, including a "
          "12-year-old girl.\n");
    expect(1, "injured", "exact", "12-year-old girl");
    parse("The report, including a statement by the minister, was published.\n");
    assert_int_equal(dl_record_nfigures(rec), 0);
    /* "more" before an event noun, the hanged, "among those executed" */
    parse("Since January, at least 120 more executions have been recorded.\n");
    expect(120, "killed", "at_least", NULL);
    parse("The authorities hanged two men in the prison.\n");
    expect(2, "killed", "exact", "men");
    parse("At least 31 women were among those executed.\n");
    expect(31, "killed", "at_least", "women");
    parse("You may save a few more lives.\n");
    assert_int_equal(dl_record_nfigures(rec), 0);
    /* those who attended or turned out took part */
    parse("The vast majority of the 110,000 people who attended did so peacefully.\n");
    expect(110000, "participants", "exact", "people");
    parse("Some 3,000 people turned out despite the rain.\n");
    expect(3000, "participants", "about", "people");
}

static void medical_treatment_is_an_injury(void **state)
{
    (void)state;
    parse("At least 100 protesters required medical treatment.\n");
    expect(100, "injured", "at_least", "protesters");
    parse("Twelve officers received medical treatment at the scene.\n");
    expect(12, "injured", "exact", "officers");
}

static void death_toll_names_its_number(void **state)
{
    (void)state;
    parse("By nightfall the death toll rose to 20.\n");
    expect(20, "killed", "exact", NULL);
    assert_false(fig(20)->cumulative);
    /* "the total" of the kind counted before it: a running total */
    parse("Sixteen more people were killed, bringing the total to at least 82.\n");
    expect(16, "killed", "exact", "people");
    expect(82, "killed", "at_least", NULL);
    assert_true(fig(82)->cumulative);
    /* with no count before it, no kind */
    parse("The total reached 82.\n");
    assert_null(fig(82));
}

static void ellipsis_keeps_each_figures_own_kind(void **state)
{
    (void)state;
    parse("In all, 134 people were killed; more than 600 were wounded.\n");
    expect(134, "killed", "exact", "people");
    expect(600, "injured", "more_than", NULL);
    parse("At least 18 civilians were killed and 11 others wounded.\n");
    expect(18, "killed", "at_least", "civilians");
    expect(11, "injured", "exact", "others");
}

static void an_aside_naming_a_subset_does_not_hide_the_verb(void **state)
{
    (void)state;
    parse("At least 12 people, including three children, were killed.\n");
    expect(12, "killed", "at_least", "people");
    expect(3, "killed", "exact", "children");
    parse("More than 800,000 people - the great majority of them civilians - "
          "were killed.\n");
    expect(800000, "killed", "more_than", "people");
    /* an aside that lists counts goes on past its commas */
    parse("As a result, 613 people, including 106 women, 63 children and 70 "
          "elderly people, were brutally killed.\n");
    expect(613, "killed", "exact", "people");
    expect(63, "killed", "exact", "children");
    /* so does "most of them women"; and "them" describes no noun */
    parse("At least 30 people, most of them women, were abducted.\n");
    expect(30, "hostages", "at_least", "people");
    parse("Police detained 40 protesters, many of them students.\n");
    for (size_t i = 0; i < dl_record_nfigures(rec); i++) {
        const dl_figure *f = dl_record_figure(rec, i);
        assert_true(!f->who || strncmp(f->who, "them", 4));
    }
}

/* "of the town" between the group and its verb; "of the wounded" is a
 * noun, not the verb */
static void an_of_phrase_does_not_hide_the_verb(void **state)
{
    (void)state;
    parse("Whereas 487 inhabitants of the town were wounded.\n");
    expect(487, "injured", "exact", "inhabitants");
    /* "from", "at", "on" phrases too: no count of forces */
    parse("One peacekeeper from Chad was killed near Kidal.\n");
    expect(1, "killed", "exact", "peacekeeper");
    /* ... but a verb after "and" is another clause's */
    parse("The attack killed three peacekeepers from Burkina Faso and wounded eight "
          "others.\n");
    expect(3, "killed", "exact", "peacekeepers");
    parse("Two guards at the prison were injured.\n");
    expect(2, "injured", "exact", "guards");
    /* a word of a report before a noun of an event */
    parse("ACLED recorded 112 reported fatalities in the region during the week.\n");
    expect(112, "killed", "exact", NULL);
    parse("There were 30 confirmed deaths.\n");
    expect(30, "killed", "exact", NULL);
    /* refugees arriving in a host country are displaced */
    parse("Chad has received about 180,000 new arrivals since January.\n");
    expect(180000, "displaced", "about", NULL);
    assert_true(fig(180000)->cumulative);
    /* lives kept or put at risk are no deaths */
    parse("These actions endanger the lives of hundreds of thousands of civilians.\n");
    assert_null(fig(-1));
    parse("The fighting cost the lives of 12 people.\n");
    expect(12, "killed", "exact", "people");
    /* a register of the missing is a running total; one event's missing
     * are not */
    parse("More than 4,000 people are still registered as missing.\n");
    assert_true(fig(4000)->cumulative);
    parse("Russian forces struck a hypermarket, killing 12 people. Sixteen people remain "
          "missing.\n");
    assert_false(fig(16)->cumulative);
    /* leaving, sheltering; a verb of a kind after "or" */
    parse("More than 200 families left the area. More than 1,500 residents had to take "
          "shelter in monasteries.\n");
    expect(200, "displaced", "more_than", "families");
    expect(1500, "displaced", "more_than", "residents");
    parse("Since January, more than 60 journalists have been summoned or arrested.\n");
    expect(60, "arrested", "more_than", "journalists");
    /* a count in words repeated in digits in brackets: one count */
    parse("The provisional toll is seven (7) soldiers killed, twelve (12) wounded and "
          "two (2) missing.\n");
    expect(7, "killed", "exact", "soldiers");
    expect(12, "injured", "exact", NULL);
    expect(2, "missing", "exact", NULL);
    parse("Seven (8) soldiers were killed.\n"); /* they disagree: none */
    assert_null(fig(7));
    /* what a place was built for counts nobody */
    parse("The compound, built for 1,500 detainees, was stormed. The prison has a "
          "capacity of 2,000 inmates.\n");
    assert_null(fig(1500));
    assert_null(fig(2000));
    parse("Three of the wounded died later in hospital.\n");
    expect(3, "killed", "exact", NULL);
    parse("Ten of those on board drowned.\n");
    expect(10, "killed", "exact", NULL);
    parse("An estimated 1.85 million people are internally displaced.\n");
    expect(1850000, "displaced", "about", "people");
    parse("Two officers suffered minor injuries.\n");
    expect(2, "injured", "exact", "officers");
    parse("Some 25,000 women and children were forcibly deported.\n");
    expect(25000, "displaced", "about", "women and children");
    parse("Fighting has forced tens of thousands of people from their homes.\n");
    assert_non_null(dl_record_figure(rec, 0));
    assert_string_equal(dl_record_figure(rec, 0)->kind, "displaced");
    /* made to flee, or to leave their homes; not a try at fleeing */
    parse("The attacks forced more than 500,000 people to flee to Chad.\n");
    expect(500000, "displaced", "more_than", "people");
    parse("The war forced 300 families to leave their homes.\n");
    expect(300, "displaced", "exact", "families");
    parse("Five men tried to flee the scene.\n");
    assert_null(dl_record_figure(rec, 0));
    /* crossing a border, seeking refuge; not crossing a bridge */
    parse("More than 100,000 people have crossed from Lebanon into Syria.\n");
    expect(100000, "displaced", "more_than", "people");
    parse("Some 3,000 people have sought refuge in Chad.\n");
    expect(3000, "displaced", "about", "people");
    /* a noun names only its own group: "prisoners" are no "hostages" */
    parse("The pause will see 50 hostages and 150 prisoners released.\n");
    for (size_t i = 0; i < dl_record_nfigures(rec); i++)
        if (dl_record_figure(rec, i)->value == 150)
            assert_string_not_equal(dl_record_figure(rec, i)->kind, "hostages");
    parse("About 500 protesters crossed the bridge.\n");
    assert_string_not_equal(dl_record_figure(rec, 0)->kind, "displaced");
    /* executions count the killed */
    parse("We are alarmed at the execution of at least 45 people this year.\n");
    expect(45, "killed", "at_least", "people");
    /* an event noun before "to": "injuries to 27 people" */
    parse("The attack caused injuries to 27 people.\n");
    expect(27, "injured", "exact", "people");
}

static void groups_joined_by_and_or_of_are_one_who(void **state)
{
    (void)state;
    parse("Gunmen abducted 27 women and children.\n");
    expect(27, "hostages", "exact", "women and children");
    parse("He said 297 members of the Panama Defense Forces had been killed "
          "and about 1,000 taken prisoner.\n");
    expect(297, "killed", "exact", "members of the Panama Defense Forces");
    expect(1000, "arrested", "about", NULL);
}

/* a list may close with unlisted plurals ("intellectuals and community
 * leaders"), but a count in it starts a figure of its own */
static void lists_of_unlisted_nouns_are_one_who(void **state)
{
    (void)state;
    parse("Some 250 intellectuals and community leaders were arrested.\n");
    expect(250, "arrested", "about", "intellectuals and community leaders");
    parse("Police detained 40 protesters and two journalists.\n");
    expect(40, "arrested", "exact", "protesters");
    expect(2, "arrested", "exact", "journalists");
}

static void a_subset_without_commas_does_not_hide_the_verb(void **state)
{
    (void)state;
    parse("Seven people including a child were killed.\n");
    expect(7, "killed", "exact", "people");
    /* the child is a part of the seven, no count of its own beside them */
    assert_int_equal(dl_record_nfigures(rec), 2);
    expect(1, "killed", "exact", "child");
    assert_string_equal(fig(1)->rule, "fig_subset");
}

static void the_strength_of_a_force_is_counted(void **state)
{
    (void)state;
    parse("The army sent a 5,000-strong force and 3 battalions.\n");
    expect(5000, "forces", "exact", NULL);
    assert_null(fig(3));
}

static void a_list_of_active_verbs_gives_each_its_kind(void **state)
{
    (void)state;
    parse("Militants killed at least 12, wounded 30 and abducted 4.\n");
    expect(12, "killed", "at_least", NULL);
    expect(30, "injured", "exact", NULL);
    expect(4, "hostages", "exact", NULL);
}

static void coordinated_objects_share_the_verb(void **state)
{
    (void)state;
    parse("Gunmen killed 2 police officers and 1 civilian.\n");
    expect(2, "killed", "exact", "police officers");
    expect(1, "killed", "exact", "civilian");
}

static void event_nouns_with_of_give_the_kind(void **state)
{
    (void)state;
    /* a person noun before an event noun describes it */
    parse("The UN recorded more than 16,988 civilian deaths in 2022.\n");
    expect(16988, "killed", "more_than", NULL);
    parse("The group claimed the abduction of 12 aid workers.\n");
    expect(12, "hostages", "exact", "aid workers");
}

/* A subset is a figure of its own, with the kind of its whole, and is never
 * added to it. */
static void subsets_are_not_added(void **state)
{
    (void)state;
    parse("The raid left 20 killed, including 5 children.\n");
    expect(20, "killed", "exact", NULL);
    expect(5, "killed", "exact", "children");
    assert_string_equal(fig(5)->rule, "fig_subset");
    assert_null(fig(25));
    assert_int_equal(dl_record_nfigures(rec), 2);
    parse("A bomb wounded nine people, two soldiers among them.\n");
    expect(2, "injured", "exact", "soldiers");
    parse("The army said 31 soldiers were among the wounded.\n");
    expect(31, "injured", "exact", "soldiers");
    assert_string_equal(fig(31)->rule, "fig_subset");
    /* a verb of its own gives the part its kind, and a part of another
     * kind is no part of a count of its own kind: it adds to it */
    parse("In all, 1,275 were taken hostage, of whom 150 remain missing.\n");
    expect(1275, "hostages", "exact", NULL);
    expect(150, "missing", "exact", NULL);
    assert_string_equal(fig(150)->rule, "fig_part_other_kind");
    parse("The blast killed 11 people and injured 47. Two of the wounded later died in "
          "hospital.\n");
    expect(2, "killed", "exact", NULL);
    assert_string_equal(fig(2)->rule, "fig_part_other_kind");
    parse("Soldiers detained 17 men and executed 6 of them.\n"); /* the verb before */
    expect(6, "killed", "exact", NULL);
    assert_string_equal(fig(6)->rule, "fig_part_other_kind");
    /* a count joined to a part by "and" is a part too */
    parse("The town was attacked and 613 civilians, among them 106 women and 63 "
          "children, were killed.\n");
    expect(613, "killed", "exact", "civilians");
    assert_string_equal(fig(106)->rule, "fig_subset");
    assert_string_equal(fig(63)->rule, "fig_subset");
    /* "Among them" opening the next sentence: the count before it */
    parse("Thirteen hostages were released. Among them are four children and six "
          "women.\n");
    expect(4, "hostages", "exact", "children");
    assert_string_equal(fig(4)->rule, "fig_subset");
    expect(6, "hostages", "exact", "women");
    parse("Thirteen hostages were released. Police said. Among them are four "
          "children.\n");
    assert_null(fig(4));
    /* "Of these," opening the next sentence, and a count gapped after it */
    parse("The death toll has risen to 153. Of these, 101 deaths were recorded in "
          "Jajarkot and 52 in West Rukum.\n");
    assert_string_equal(fig(101)->rule, "fig_subset");
    assert_string_equal(fig(101)->kind, "killed");
    assert_string_equal(fig(52)->rule, "fig_subset");
    /* the part's people, when the subset phrase names them */
    parse("Two of the hostages were freed on Sunday.\n");
    expect(2, "hostages", "exact", "hostages");
    assert_string_equal(fig(2)->rule, "fig_subset");
    parse("Nine of those arrested were charged.\n");
    expect(9, "arrested", "exact", NULL);
    assert_string_equal(fig(9)->rule, "fig_subset");
    /* the verb of the next figure is not the part's */
    parse("More than 100 people have died, eight of them Americans and over "
          "1,000 injured.\n");
    expect(8, "killed", "exact", NULL);
    expect(1000, "injured", "more_than", NULL);
    /* a part of a group that is no figure is a figure of its own */
    parse("Seventeen people have been indicted. Eight of them are in custody.\n");
    expect(8, "arrested", "exact", NULL);
    assert_string_equal(fig(8)->rule, "fig_passive");
}

static void negation_counts_zero(void **state)
{
    (void)state;
    parse("Officials said no one was killed in the fire.\n");
    expect(0, "killed", "exact", NULL);
    parse("No civilians were hurt.\n");
    expect(0, "injured", "exact", "civilians");
    parse("Nobody was seriously injured, the ministry said.\n");
    expect(0, "injured", "exact", NULL);
}

static void running_totals_are_cumulative(void **state)
{
    (void)state;
    parse("The number of peacekeepers killed in Mali since 2013 has now "
          "reached 175.\n");
    expect(175, "killed", "exact", "peacekeepers");
    assert_true(fig(175)->cumulative);
    assert_null(fig(2013));
    parse("Since January, 300 people have been killed in the province.\n");
    expect(300, "killed", "exact", "people");
    assert_true(fig(300)->cumulative);
    parse("Twenty years have passed since the night when about 3000 troops "
          "entered the city.\n");
    expect(3000, "forces", "about", "troops");
    assert_false(fig(3000)->cumulative);
    /* a stock of displaced people told in the present */
    parse("More than 2 million people are internally displaced.\n");
    assert_true(fig(2000000)->cumulative);
    /* "found dead" after a link and "later" */
    parse("Three of the villagers were later found dead.\n");
    expect(3, "killed", "exact", NULL);
    /* "climbed past": more than */
    parse("The death toll from the attack climbed past 2,400 on Sunday.\n");
    expect(2400, "killed", "more_than", NULL);
    /* a stock counted "now": the displaced across a country */
    parse("According to IOM, more than 362,000 people are now internally "
          "displaced across the country.\n");
    expect(362000, "displaced", "more_than", "people");
    assert_true(fig(362000)->cumulative);
}

static void things_that_are_not_people_are_never_figures(void **state)
{
    (void)state;
    parse("Overnight the army launched 59 cruise missiles and 440 drones "
          "over 3 days.\n");
    assert_int_equal(dl_record_nfigures(rec), 0);
    /* reports of people are counted, not the people */
    parse("CPJ is investigating numerous unconfirmed reports of other journalists "
          "being killed, and dozens of reports of civilians killed.\n");
    assert_int_equal(dl_record_nfigures(rec), 0);
}

/* Describing words the lists do not name may stand between the number
 * and its noun: "70 peacekeeping operations" is things, "106,000
 * uniformed personnel" people. */
static void unlisted_words_before_the_noun(void **state)
{
    (void)state;
    parse("The Organization has deployed more than 70 peacekeeping operations; "
          "16 are active, with some 106,000 uniformed personnel.\n");
    assert_null(fig(70));
    expect(106000, "forces", "about", "uniformed personnel");
    parse("The council deployed 500 peacekeeping troops to the border.\n");
    expect(500, "forces", "exact", "peacekeeping troops");
    parse("297 soldiers had been killed and about 1,000 taken prisoner.\n");
    expect(1000, "arrested", "about", NULL);
    /* a possessive between the verb and its count */
    parse("The strike killed his three sons.\n");
    expect(3, "killed", "exact", "sons");
    /* a past possibility links the verb; a future one counts no one */
    parse("Up to 400 people may have been killed.\n");
    expect(400, "killed", "at_most", "people");
    parse("At least 20 people could be killed if the shelling continues.\n");
    assert_null(fig(20));
    /* a word in -s that is no plural noun names no group */
    parse("Floods have displaced more than 700,000 across Somalia.\n");
    expect(700000, "displaced", "more_than", NULL);
}

/* "three more terrorists": the noun after "more" is the group; the
 * words of military statements for deaths ("embraced shahadat",
 * "martyred") count as killed, whatever side says them. */
static void more_and_the_words_of_military_statements(void **state)
{
    (void)state;
    parse("Three more terrorists were apprehended on Friday.\n");
    expect(3, "arrested", "exact", "more terrorists");
    parse("In the exchange of fire, two soldiers embraced shahadat while four "
          "terrorists were killed.\n");
    expect(2, "killed", "exact", "soldiers");
    expect(4, "killed", "exact", "terrorists");
    parse("Five policemen were martyred in the blast.\n");
    expect(5, "killed", "exact", "policemen");
}

static void qualifiers_are_read(void **state)
{
    (void)state;
    parse("Approximately 40 people were arrested.\n");
    expect(40, "arrested", "about", "people");
    parse("No fewer than 12 journalists were detained.\n");
    expect(12, "arrested", "at_least", "journalists");
    parse("Upwards of 200 people were abducted.\n");
    expect(200, "hostages", "more_than", "people");
    parse("Up to 70 people remain missing.\n");
    expect(70, "missing", "at_most", "people");
    /* people whose fate is unknown are missing */
    parse("The fate of 150 people remains unknown.\n");
    expect(150, "missing", "exact", "people");
    /* a register's word between the group and its fate */
    parse("About 1,000 persons are still listed as missing.\n");
    expect(1000, "missing", "about", "persons");
    parse("Some 60 soldiers were declared dead.\n");
    expect(60, "killed", "about", "soldiers");
    parse("Fewer than 50 protesters were detained.\n");
    expect(50, "arrested", "less_than", "protesters");
}

static void ranges_carry_their_top(void **state)
{
    (void)state;
    const char *forms[] = {"Between 30 and 40 people were detained.\n",
                           "Police detained 30-40 people.\n",
                           "Police detained 30 to 40 people.\n"};
    for (size_t i = 0; i < 3; i++) {
        parse(forms[i]);
        expect(30, "arrested", "range", "people");
        assert_true(fig(30)->has_high);
        assert_int_equal(fig(30)->high, 40);
    }
}

static void vague_amounts_have_null_value(void **state)
{
    (void)state;
    parse("Afterwards mass arrests were conducted.\n");
    expect(-1, "arrested", "vague", NULL);
    parse("Dozens of families have fled.\n");
    expect(-1, "displaced", "vague", "families");
    parse("Hundreds of people were injured.\n");
    expect(-1, "injured", "vague", "people");
    parse("Many were killed.\n");
    expect(-1, "killed", "vague", NULL);
}

static void years_dates_and_labels_are_never_counts(void **state)
{
    (void)state;
    parse("Nineteen years have passed since 20 January 1990. That day of the "
          "year 1990 opened a new page. Resolution 1973 and document "
          "SC/10010 were cited on 19 January 2009.\n");
    assert_int_equal(dl_record_nfigures(rec), 0);
    parse("On January 19, 1990, 134 people were killed.\n");
    assert_int_equal(dl_record_nfigures(rec), 1);
    expect(134, "killed", "exact", "people");
}

static void ordinals_and_percentages_are_not_counts(void **state)
{
    (void)state;
    parse("The 19th brigade was deployed for the twentieth time, and 30% of "
          "the residents fled.\n");
    assert_null(fig(19));
    assert_null(fig(20));
    assert_null(fig(30));
    /* nor is the second number of a ratio */
    parse("One in five of those injured was a child, and 1 in 4 detainees were "
          "women.\n");
    assert_null(fig(5));
    assert_null(fig(4));
}

static void words_that_only_look_like_counts_are_not_figures(void **state)
{
    (void)state;
    parse("Jews are prohibited from killing one another, he said. The "
          "government will pay the first 32 death claims. It was the most "
          "emotional of many held since December.\n");
    assert_int_equal(dl_record_nfigures(rec), 0);
}

static void a_participle_gives_way_to_the_verb_after_it(void **state)
{
    (void)state;
    parse("His mother and 10 other people fleeing Cuba drowned.\n");
    expect(10, "killed", "exact", "other people");
    parse("Thousands of people fleeing into Sudan crossed the river.\n");
    expect(-1, "displaced", "vague", "people");
}

/* "rescued 42 kidnapped hostages", "30 abducted students": a participle
 * between the count and its noun says what was done to them; a verb
 * before the count still decides ("killed 12 wounded soldiers") */
static void a_participle_before_the_noun_gives_the_kind(void **state)
{
    (void)state;
    parse("Troops rescued 42 kidnapped hostages and 30 abducted students.\n");
    expect(42, "hostages", "exact", "kidnapped hostages");
    expect(30, "hostages", "exact", "abducted students");
    assert_string_equal(fig(42)->rule, "fig_participle");
    parse("Gunmen killed 12 wounded soldiers in the hospital.\n");
    expect(12, "killed", "exact", "wounded soldiers");
    /* a relative clause says who they were; the verb before, what
     * happened to them */
    parse("The airstrike reportedly killed more than 100 people, including "
          "children, who had gathered for a ceremony.\n");
    expect(100, "killed", "more_than", "people");
    /* military communiques: "neutralised" counts the enemies killed */
    parse("Troops neutralised 18 terrorists in the forest.\n");
    expect(18, "killed", "exact", "terrorists");
}

/* "a 45-year-old woman was killed", "killed a civilian": one person, when
 * a verb says what befell them; "a soldier said", "a crowd was
 * dispersed", "as a child fled" count nothing */
static void one_person_named_with_a_counts_one(void **state)
{
    (void)state;
    parse("A 45-year-old woman was killed and four more civilians were wounded.\n");
    expect(1, "killed", "exact", "45-year-old woman");
    parse("Gunmen killed a security guard and wounded a nurse.\n");
    assert_int_equal(dl_record_nfigures(rec), 2);
    assert_string_equal(dl_record_figure(rec, 0)->kind, "killed");
    assert_string_equal(dl_record_figure(rec, 1)->kind, "injured");
    assert_int_equal(dl_record_figure(rec, 1)->value, 1);
    parse("A soldier said the crowd was dispersed.\n");
    assert_int_equal(dl_record_nfigures(rec), 0);
    parse("As a child she fled her native land.\n");
    assert_int_equal(dl_record_nfigures(rec), 0);
    parse("A family was killed in the strike.\n");
    assert_int_equal(dl_record_nfigures(rec), 0);
    /* the noun before its "of" phrase and the names of those counted; the
     * "a" of "as a result" is no count */
    parse("As a result, a serviceman of the Azerbaijan Army, Aliyev Elvin, was wounded.\n");
    expect(1, "injured", "exact", "serviceman of the Azerbaijan Army");
    parse("Two servicemen of the army, Aliyev Elvin and Mammadov Rauf, were wounded.\n");
    expect(2, "injured", "exact", "servicemen of the army");
}

/* "14 soldiers and 4 civilians were injured": the first group shares the
 * verb after the second (a victim's kind); a verb before the number still
 * wins ("killed nineteen villagers and a hundred were wounded") */
static void two_groups_share_the_verb_after_them(void **state)
{
    (void)state;
    parse("14 soldiers and 4 civilians were injured.\n");
    expect(14, "injured", "exact", "soldiers");
    parse("Gunmen killed nineteen villagers and a hundred were wounded.\n");
    expect(19, "killed", "exact", "villagers");
    parse("30000 troops and 200 tanks entered the city.\n");
    expect(30000, "forces", "exact", "troops");
    parse("Around 1,000 counter-protesters clashed with officers.\n");
    expect(1000, "participants", "about", "counter-protesters");
    /* an unlisted plural after a describing word, confirmed by its verb */
    parse("Two social leaders were murdered in Tumaco.\n");
    expect(2, "killed", "exact", "social leaders");
    parse("Four major roads were closed.\n");
    assert_int_equal(dl_record_nfigures(rec), 0);
}

/* Sum of the figures of this kind, and how many there are. */
static int64_t kind_sum(const char *kind, size_t *n)
{
    int64_t sum = 0;
    *n = 0;
    for (size_t i = 0; i < dl_record_nfigures(rec); i++) {
        const dl_figure *f = dl_record_figure(rec, i);
        if (f->has_value && !strcmp(f->kind, kind))
            sum += f->value, (*n)++;
    }
    return sum;
}

/* A person and their kin, each counted: "a woman and her two children"
 * is three killed, "his son" one; a group after "a" or a possessive
 * shares the verb after the second group. */
static void one_person_and_their_kin_each_count(void **state)
{
    (void)state;
    size_t n;
    parse("The shelling killed a woman and her two children in the village.\n");
    assert_int_equal(kind_sum("killed", &n), 3);
    assert_int_equal(n, 2);
    expect(2, "killed", "exact", "children");
    parse("A woman and her two children were killed in the strike.\n");
    assert_int_equal(kind_sum("killed", &n), 3);
    parse("Two soldiers and a civilian were wounded.\n");
    assert_int_equal(kind_sum("injured", &n), 3);
    parse("The strike killed a man and his son.\n");
    assert_int_equal(kind_sum("killed", &n), 2);
    parse("Her husband and two neighbours were arrested.\n");
    assert_int_equal(kind_sum("arrested", &n), 3);
    parse("His son was killed in the strike.\n");
    expect(1, "killed", "exact", "son");
    parse("A paramedic, Evans Kiprono, was shot dead while treating a man.\n");
    expect(1, "killed", "exact", "paramedic");
    /* kin who speak or describe are no count */
    parse("His son said the strike killed four people.\n");
    assert_int_equal(kind_sum("killed", &n), 4);
    assert_int_equal(n, 1);
    parse("Two soldiers and a journalist said the town was calm.\n");
    assert_null(fig(1));
    /* a list goes on past a comma; a source after one is no victim */
    parse("The strike killed two soldiers, a policeman and a child.\n");
    assert_int_equal(kind_sum("killed", &n), 4);
    parse("The strike killed 30 people, a local official said.\n");
    assert_int_equal(kind_sum("killed", &n), 30);
}

/* Counts of people that are none: armies counted in words ("the two
 * forces"), a sum of losses that mixes the dead and the wounded, a year
 * that opens its sentence ("In 1990 troops entered"). */
static void units_losses_and_years_count_no_one(void **state)
{
    (void)state;
    parse("The two forces exchanged fire overnight near the border.\n");
    assert_int_equal(dl_record_nfigures(rec), 0);
    parse("The combat losses of the enemy amounted to 1,200 personnel.\n");
    assert_int_equal(dl_record_nfigures(rec), 0);
    parse("In 1990 troops entered the capital.\n");
    assert_int_equal(dl_record_nfigures(rec), 0);
    /* the people still count */
    parse("Russia deployed 30000 forces to the border.\n");
    expect(30000, "forces", "exact", "forces");
    parse("Despite heavy losses, 5,000 troops advanced on the city.\n");
    expect(5000, "forces", "exact", "troops");
    parse("Enemy losses: 1,200 personnel killed.\n");
    expect(1200, "killed", "exact", "personnel");
    parse("Some 1990 troops entered the capital.\n");
    expect(1990, "forces", "about", "troops");
    /* personnel who bear no arms are no forces; "Among the dead were"
     * opens a subset; a noun that names what befell them keeps its kind */
    parse("The strike killed 40 people. Among the dead were 12 children.\n");
    expect(12, "killed", "exact", "children");
    parse("Among the martyrs were 337 health personnel.\n");
    expect(337, "killed", "exact", "health personnel");
    /* an adverb that is part of the verb ("forcibly transferred") */
    parse("Some 25,000 women, children and elderly people were forcibly "
          "transferred.\n");
    expect(25000, "displaced", "about", "women, children and elderly people");
    parse("Some 300 activists were brutally beaten.\n");
    expect(300, "injured", "about", "activists");
    parse("The strikes left 132 martyrs and 252 injured.\n");
    expect(132, "killed", "exact", "martyrs");
    expect(252, "injured", "exact", NULL);
}

/* The words of police releases: "pronounced dead", "suffering from
 * gunshot wounds", "transported to an area hospital". */
static void police_release_words_count(void **state)
{
    (void)state;
    parse("Officers located three adult males suffering from gunshot wounds. "
          "One victim was pronounced dead at the scene.\n");
    expect(3, "injured", "exact", "adult males");
    expect(1, "killed", "exact", "victim");
    parse("The two other victims were transported to an area hospital.\n");
    expect(2, "injured", "exact", "other victims");
    parse("Four others were treated for injuries and two people were taken to "
          "hospital.\n");
    expect(4, "injured", "exact", "others");
    expect(2, "injured", "exact", "people");
}

/* Peoples whose plural takes no "s" count as people. */
static void peoples_without_plural_s(void **state)
{
    (void)state;
    parse("More than 700,000 Rohingya fled to Bangladesh.\n");
    expect(700000, "displaced", "more_than", "Rohingya");
}

/* One firefighter, one shepherd: singulars of more trades count one. */
static void more_singulars_count_one(void **state)
{
    (void)state;
    parse("The fire killed a firefighter and injured two residents.\n");
    expect(1, "killed", "exact", "firefighter");
    parse("A shepherd was shot dead near the border.\n");
    expect(1, "killed", "exact", "shepherd");
}

/* A person noun before a noun of things describes the things: "19 police
 * vehicles" counts no police. */
static void a_person_noun_describing_things_counts_none(void **state)
{
    (void)state;
    parse("In all, 41 officers were injured and 19 police vehicles damaged.\n");
    assert_int_equal(dl_record_nfigures(rec), 1);
    expect(41, "injured", "exact", "officers");
}

/* A group after "and" whose noun names another victim's kind, or with a
 * verb of its own, shares no verb with the figure before it. */
static void a_group_of_its_own_kind_after_and(void **state)
{
    (void)state;
    parse("More than 1,200 people have been killed, including at least 22 French "
          "nationals, and more than 150 hostages have been taken to Gaza.\n");
    expect(150, "hostages", "more_than", "hostages");
    expect(22, "killed", "at_least", "French nationals");
    parse("Gunmen killed 2 soldiers and 3 policemen.\n");
    expect(3, "killed", "exact", "policemen");
}

/* "behind bars" holds people; one "-ly" adverb may stand between the
 * group and its verb. */
static void behind_bars_after_an_adverb(void **state)
{
    (void)state;
    parse("Release the 33 journalists currently behind bars.\n");
    expect(33, "arrested", "exact", "journalists");
}

/* "The dead included 5 children": a part of the dead. */
static void the_dead_included_a_part(void **state)
{
    (void)state;
    parse("Gunmen killed 20 people in Mopti. The dead included 5 children.\n");
    expect(5, "killed", "exact", "children");
    assert_string_equal(fig(5)->rule, "fig_subset");
    /* "Of the wounded, 12 are ...": the group named, a comma, the part */
    parse("Gunmen killed 20 people and wounded 40. Of the wounded, 12 are in critical "
          "condition.\n");
    expect(12, "injured", "exact", NULL);
    assert_string_equal(fig(12)->rule, "fig_subset");
    /* a part of a group counted after "among the" */
    parse("At least two children were among the 34 people killed when missiles struck "
          "Sumy.\n");
    expect(2, "killed", "at_least", "children");
    assert_string_equal(fig(2)->rule, "fig_subset");
}

/* Vague amounts of hundreds of thousands and a few hundred. */
static void vague_hundreds_of_thousands(void **state)
{
    (void)state;
    parse("Several hundred thousand civilians fled their homes.\n");
    assert_int_equal(dl_record_nfigures(rec), 1);
    const dl_figure *f = dl_record_figure(rec, 0);
    assert_string_equal(f->text, "Several hundred thousand civilians");
    assert_string_equal(f->qualifier, "vague");
    assert_string_equal(f->kind, "displaced");
    parse("A few hundred people were detained.\n");
    f = dl_record_figure(rec, 0);
    assert_string_equal(f->text, "A few hundred people");
    assert_string_equal(f->kind, "arrested");
}

static void figures_come_in_text_order(void **state)
{
    (void)state;
    parse("Gunmen killed 7 villagers. Later 12 soldiers were wounded and 3 "
          "were abducted.\n");
    assert_int_equal(dl_record_nfigures(rec), 3);
    assert_int_equal(dl_record_figure(rec, 0)->value, 7);
    assert_int_equal(dl_record_figure(rec, 1)->value, 12);
    assert_int_equal(dl_record_figure(rec, 2)->value, 3);
    assert_string_equal(dl_record_figure(rec, 2)->kind, "hostages");
}

/* The stage can be timed on its own: running it again on a built record
 * gives the same list, not a longer one. */
static void rerunning_the_stage_gives_the_same_figures(void **state)
{
    (void)state;
    parse("Gunmen killed 7 villagers and 2 others were abducted.\n");
    size_t n = dl_record_nfigures(rec);
    assert_int_equal(n, 2);
    assert_int_equal(figures_extract(rec), DL_OK);
    assert_int_equal(dl_record_nfigures(rec), n);
    expect(7, "killed", "exact", "villagers");
    expect(2, "hostages", "exact", "others");
}

static int teardown(void **state)
{
    (void)state;
    dl_record_free(rec);
    rec = NULL;
    return 0;
}

/* A name in the "of" phrase goes on through a plural's apostrophe and
 * another "of" ("the Rural Teachers' College of Ayotzinapa"), so the verb
 * after it still gives the kind */
static void a_long_name_after_of_keeps_the_verb(void **state)
{
    (void)state;
    parse("On that night 43 students of the Raul Isidro Burgos Rural Teachers' "
          "College of Ayotzinapa were forcibly disappeared in Iguala.\n");
    expect(43, "missing", "exact",
           "students of the Raul Isidro Burgos Rural Teachers' College of Ayotzinapa");
    parse("Officials said 12 members of the Union of Journalists of Kordofan were "
          "detained.\n");
    expect(12, "arrested", "exact", "members of the Union of Journalists of Kordofan");
}

/* "the number of missing girls could be higher than 200": a running count
 * told with a modal, and a comparative as its qualifier */
static void a_running_count_may_be_hedged(void **state)
{
    (void)state;
    parse("Parents said the number of missing girls could be higher than 200.\n");
    expect(200, "missing", "more_than", NULL);
    parse("Officials fear the death toll may be as high as 300.\n");
    expect(300, "killed", "at_most", NULL);
}

/* the size of a group given after it: "Gunmen numbering about 100" are
 * forces; "13 United States service members" is one group, its country's
 * name no thing counted */
static void a_groups_size_after_it_and_a_country_in_its_name(void **state)
{
    (void)state;
    parse("Gunmen numbering about 100 stormed the boarding school.\n");
    expect(100, "forces", "about", "Gunmen");
    parse("Troops numbering 300 entered the town.\n");
    expect(300, "forces", "exact", "Troops");
    parse("The attacks killed at least 170 civilians and 13 United States service "
          "members.\n");
    expect(13, "killed", "exact", "United States service members");
    parse("Delegates of 12 Gulf States met in Riyadh.\n");
    assert_null(fig(12));
}

/* a range whose ends have their own qualifiers, after a running count:
 * "Estimates of the dead range from about 460 to more than 3,000" */
static void a_range_of_estimates(void **state)
{
    (void)state;
    parse("Estimates of the dead range from about 460 to more than 3,000.\n");
    const dl_figure *f = fig(460);
    assert_non_null(f);
    assert_string_equal(f->kind, "killed");
    assert_string_equal(f->qualifier, "range");
    assert_int_equal(f->high, 3000);
    parse("Some 20 to 30 children were killed.\n");
    assert_string_equal(fig(20)->text, "Some 20 to 30 children");
    /* another source's figure for the same count */
    parse("IHR says at least 83 people have been killed, while the authorities have "
          "put the figure at about 40.\n");
    expect(40, "killed", "about", NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_range_of_estimates),
        cmocka_unit_test(a_groups_size_after_it_and_a_country_in_its_name),
        cmocka_unit_test(a_long_name_after_of_keeps_the_verb),
        cmocka_unit_test(a_running_count_may_be_hedged),
        cmocka_unit_test(passive_and_active_verbs_give_the_kind),
        cmocka_unit_test(hyphenated_modifiers_keep_the_group),
        cmocka_unit_test(a_clause_after_the_verb_is_no_object),
        cmocka_unit_test(an_aside_of_parts_keeps_the_verb),
        cmocka_unit_test(an_adverb_after_the_auxiliaries_keeps_the_verb),
        cmocka_unit_test(nouns_give_the_kind),
        cmocka_unit_test(death_toll_names_its_number),
        cmocka_unit_test(medical_treatment_is_an_injury),
        cmocka_unit_test(ellipsis_keeps_each_figures_own_kind),
        cmocka_unit_test(subsets_are_not_added),
        cmocka_unit_test(an_aside_naming_a_subset_does_not_hide_the_verb),
        cmocka_unit_test(an_of_phrase_does_not_hide_the_verb),
        cmocka_unit_test(groups_joined_by_and_or_of_are_one_who),
        cmocka_unit_test(lists_of_unlisted_nouns_are_one_who),
        cmocka_unit_test(coordinated_objects_share_the_verb),
        cmocka_unit_test(a_subset_without_commas_does_not_hide_the_verb),
        cmocka_unit_test(the_strength_of_a_force_is_counted),
        cmocka_unit_test(a_list_of_active_verbs_gives_each_its_kind),
        cmocka_unit_test(event_nouns_with_of_give_the_kind),
        cmocka_unit_test(negation_counts_zero),
        cmocka_unit_test(running_totals_are_cumulative),
        cmocka_unit_test(a_participle_before_the_noun_gives_the_kind),
        cmocka_unit_test(one_person_named_with_a_counts_one),
        cmocka_unit_test(things_that_are_not_people_are_never_figures),
        cmocka_unit_test(unlisted_words_before_the_noun),
        cmocka_unit_test(more_and_the_words_of_military_statements),
        cmocka_unit_test(qualifiers_are_read),
        cmocka_unit_test(ranges_carry_their_top),
        cmocka_unit_test(vague_amounts_have_null_value),
        cmocka_unit_test(years_dates_and_labels_are_never_counts),
        cmocka_unit_test(ordinals_and_percentages_are_not_counts),
        cmocka_unit_test(police_release_words_count),
        cmocka_unit_test(peoples_without_plural_s),
        cmocka_unit_test(vague_hundreds_of_thousands),
        cmocka_unit_test(more_singulars_count_one),
        cmocka_unit_test(a_person_noun_describing_things_counts_none),
        cmocka_unit_test(a_group_of_its_own_kind_after_and),
        cmocka_unit_test(behind_bars_after_an_adverb),
        cmocka_unit_test(the_dead_included_a_part),
        cmocka_unit_test(figures_come_in_text_order),
        cmocka_unit_test(words_that_only_look_like_counts_are_not_figures),
        cmocka_unit_test(a_participle_gives_way_to_the_verb_after_it),
        cmocka_unit_test(two_groups_share_the_verb_after_them),
        cmocka_unit_test(one_person_and_their_kin_each_count),
        cmocka_unit_test(units_losses_and_years_count_no_one),
        cmocka_unit_test(rerunning_the_stage_gives_the_same_figures),
    };
    return cmocka_run_group_tests(tests, NULL, teardown);
}
