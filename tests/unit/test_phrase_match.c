/* test_phrase_match.c - the shared matcher of lexicon keys over token runs:
 * longest key, spaces only where the text had them, case folding, and each
 * option (limit, token count, sentence, first word, end word, punctuation,
 * value). Uses the real data/en tables. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../src/text/phrase_match.h"
#include "lexicons.h"

static arena *A;
static text T;

/* Tokenise s into T (the index of a token is its position in s's words). */
static void build(const char *s)
{
    arena_free(A);
    A = arena_new();
    assert_non_null(A);
    memset(&T, 0, sizeof T);
    assert_int_equal(text_build(A, &T, s, strlen(s)), DL_OK);
}

/* The token that starts at byte offset `off` of the (unchanged) text. */
static size_t tok_at(size_t off)
{
    for (size_t i = 0; i < T.ntoks; i++)
        if (T.toks[i].start == off)
            return i;
    fail_msg("no token at %zu", off);
    return 0;
}

static size_t match(size_t i, const lex_table *tab, unsigned flags,
                    const char *value, const lex_entry **e)
{
    pm_opts o = {T.ntoks, 20, flags, value};
    return phrase_match(&T, i, tab, &o, e);
}

static void longest_key_wins_with_case_folded(void **state)
{
    (void)state;
    build("The Secretary of State and the Secretary-General met.");
    const lex_entry *e = NULL;
    assert_int_equal(match(1, &lex_en_actor_titles, 0, NULL, &e), 3);
    assert_string_equal(e->key, "secretary of state");
    assert_int_equal(match(tok_at(31), &lex_en_actor_titles, 0, NULL, &e), 3);
    assert_string_equal(e->key, "secretary-general");
}

static void space_must_match_the_text(void **state)
{
    (void)state;
    build("No-one and no one but no -one.");
    const lex_entry *e = NULL;
    assert_int_equal(match(0, &lex_en_figure_negation, 0, NULL, &e), 3);
    assert_string_equal(e->key, "no-one");
    assert_int_equal(match(tok_at(11), &lex_en_figure_negation, 0, NULL, &e), 2);
    assert_string_equal(e->key, "no one");
    /* "no -one" spells neither key: only "no" */
    assert_int_equal(match(tok_at(22), &lex_en_figure_negation, 0, NULL, &e), 1);
    assert_string_equal(e->key, "no");
}

static void limit_and_token_count_cut_the_run(void **state)
{
    (void)state;
    build("In the aftermath of the storm.");
    pm_opts o = {3, 20, 0, NULL}; /* "in" alone is a key too */
    assert_int_equal(phrase_match(&T, 0, &lex_en_event_cues, &o, NULL), 1);
    o.limit = 4;
    assert_int_equal(phrase_match(&T, 0, &lex_en_event_cues, &o, NULL), 4);
    o.max_toks = 3;
    assert_int_equal(phrase_match(&T, 0, &lex_en_event_cues, &o, NULL), 1);
    o.limit = 99; /* past the end is cut to the tokens there are */
    o.max_toks = 20;
    assert_int_equal(phrase_match(&T, 0, &lex_en_event_cues, &o, NULL), 4);
}

static void same_sentence_stops_at_its_end(void **state)
{
    (void)state;
    build("They met in the wake\nOf the storm they left.");
    /* without the flag the key runs over the line break */
    assert_int_equal(match(2, &lex_en_event_cues, 0, NULL, NULL), 4);
    /* with it only "in" is left, in the sentence of the title line */
    assert_int_equal(T.toks[5].sent, T.toks[4].sent + 1);
    assert_int_equal(match(2, &lex_en_event_cues, PM_SAME_SENT, NULL, NULL), 1);
}

static void first_word_and_end_word_options(void **state)
{
    (void)state;
    build("Lt. Gen. Smith and gen. Jones");
    const lex_entry *e = NULL;
    assert_int_equal(match(0, &lex_en_actor_titles, PM_FIRST_WORD | PM_END_WORD,
                           NULL, &e), 4);
    assert_string_equal(e->key, "lt. gen.");
    build("- gen. Jones");
    assert_int_equal(match(0, &lex_en_actor_titles, PM_FIRST_WORD, NULL, NULL), 0);
}

static void no_punct_spans_only_hyphens_and_apostrophes(void **state)
{
    (void)state;
    build("didn't, at least");
    assert_int_equal(match(0, &lex_en_event_cues, PM_NO_PUNCT, NULL, NULL), 3);
    build("at, least");
    assert_int_equal(match(0, &lex_en_figure_qualifiers, PM_NO_PUNCT, NULL, NULL), 0);
}

static void value_picks_the_entry_of_that_value(void **state)
{
    (void)state;
    build("after the talks");
    const lex_entry *e = NULL;
    assert_int_equal(match(0, &lex_en_event_cues, 0, "barrier", &e), 1);
    assert_string_equal(e->value, "barrier");
    assert_int_equal(match(0, &lex_en_event_cues, 0, "neg", &e), 0);
    assert_non_null(phrase_lookup(&T, 0, 1, &lex_en_event_cues, "after"));
    assert_null(phrase_lookup(&T, 0, 2, &lex_en_event_cues, NULL));
    assert_null(phrase_lookup(&T, 2, 5, &lex_en_event_cues, NULL));
}

static int teardown(void **state)
{
    (void)state;
    arena_free(A);
    A = NULL;
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(longest_key_wins_with_case_folded),
        cmocka_unit_test(space_must_match_the_text),
        cmocka_unit_test(limit_and_token_count_cut_the_run),
        cmocka_unit_test(same_sentence_stops_at_its_end),
        cmocka_unit_test(first_word_and_end_word_options),
        cmocka_unit_test(no_punct_spans_only_hyphens_and_apostrophes),
        cmocka_unit_test(value_picks_the_entry_of_that_value),
    };
    return cmocka_run_group_tests(tests, NULL, teardown);
}
