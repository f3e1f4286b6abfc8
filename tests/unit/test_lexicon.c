/* test_lexicon.c - compiled word lists: case-folded look-up, duplicate
 * keys, multi-field values, and that the build sorted every table. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "actor_starts.h"
#include "lexicons.h"
#include "place_words.h"

static void lookup_folds_ascii_case(void **state)
{
    (void)state;
    assert_int_equal(lex_int(&lex_en_months, "January", 7, 0), 1);
    assert_int_equal(lex_int(&lex_en_months, "SEPT", 4, 0), 9);
    assert_int_equal(lex_int(&lex_en_months, "Janu", 4, -1), -1);
    assert_false(lex_has(&lex_en_months, "", 0));
}

static void lookup_uses_the_given_length_only(void **state)
{
    (void)state;
    const char *s = "December 2009";
    assert_int_equal(lex_int(&lex_en_months, s, 8, 0), 12);
    assert_int_equal(lex_int(&lex_en_months, s, 3, 0), 12);
}

static void duplicate_keys_are_all_found(void **state)
{
    (void)state;
    size_t n = 0;
    const lex_entry *e = lex_all(&lex_en_issuer_heads, "agency", 6, &n);
    assert_non_null(e);
    assert_int_equal(n, 2);
}

static void fields_split_on_bars(void **state)
{
    (void)state;
    char buf[16];
    assert_int_equal(lex_field("ASSAULT|firearms|x", 1, buf, sizeof buf), 8);
    assert_string_equal(buf, "firearms");
    assert_int_equal(lex_field("a|b", 2, buf, sizeof buf), -1);
    assert_int_equal(lex_field("abc", 0, buf, 2), 3);
    assert_string_equal(buf, "a");
}

static void check_sorted(const lex_table *t)
{
    for (size_t i = 1; i < t->n; i++)
        assert_true(strcmp(t->entries[i - 1].key, t->entries[i].key) <= 0);
}

static void tables_are_sorted(void **state)
{
    (void)state;
    check_sorted(&lex_en_months);
    check_sorted(&lex_en_kinds);
    check_sorted(&lex_en_abbreviations);
    assert_int_equal(lex_en_kinds.max_words >= 2, 1);
}

/* Every key is found through the hash index, in upper case too, as the
 * first of its entries; every prefix of a key may start one. */
static void check_index(const lex_table *t)
{
    char up[128];
    for (size_t i = 0; i < t->n; i++) {
        const char *k = t->entries[i].key;
        size_t n = strlen(k), cnt = 0;
        assert_true(n < sizeof up);
        for (size_t c = 0; c < n; c++)
            up[c] = (k[c] >= 'a' && k[c] <= 'z') ? (char)(k[c] - 32) : k[c];
        const lex_entry *e = lex_all(t, up, n, &cnt);
        assert_non_null(e);
        assert_string_equal(e->key, k);
        assert_true(e <= &t->entries[i] && &t->entries[i] < e + cnt);
        assert_true(e == t->entries || strcmp(e[-1].key, k));
        for (size_t c = 1; c <= n; c++)
            assert_true(lex_may_start(t, lex_hash(LEX_HASH_INIT, up, c)));
    }
}

static void every_key_is_found_through_the_index(void **state)
{
    (void)state;
    check_index(&lex_en_months);
    check_index(&lex_en_issuer_heads);
    check_index(&lex_en_time_phrases);
    check_index(&lex_en_event_triggers);
    check_index(&lex_en_demonyms);
    check_index(&lex_en_kinds);
}

static void absent_keys_and_prefixes_are_not_found(void **state)
{
    (void)state;
    assert_null(lex_get(&lex_en_months, "januar", 6));
    assert_null(lex_get(&lex_en_months, "januaryx", 8));
    assert_false(lex_may_start(&lex_en_months, lex_hash(LEX_HASH_INIT, "zq", 2)));
    assert_true(lex_may_start(&lex_en_months, lex_hash(LEX_HASH_INIT, "Janu", 4)));
}

/* Each key's first token (up to the first byte that is not an ASCII letter
 * or digit, or the whole key), in any case, may be a key's first token. */
static void check_first(const lex_table *t)
{
    char up[128];
    for (size_t i = 0; i < t->n; i++) {
        const char *k = t->entries[i].key;
        size_t n = 0;
        while (k[n] && ((k[n] >= 'a' && k[n] <= 'z') || (k[n] >= '0' && k[n] <= '9')))
            n++;
        if (!n) /* "(...": a one-byte token of its own */
            n = 1;
        assert_true(n < sizeof up);
        for (size_t c = 0; c < n; c++)
            up[c] = (k[c] >= 'a' && k[c] <= 'z') ? (char)(k[c] - 32) : k[c];
        assert_true(lex_may_first(t, lex_hash(LEX_HASH_INIT, k, n)));
        assert_true(lex_may_first(t, lex_hash(LEX_HASH_INIT, up, n)));
        assert_true(lex_may_first(t, lex_hash(LEX_HASH_INIT, k, strlen(k))));
    }
}

static void first_tokens_of_keys_may_start_a_key(void **state)
{
    (void)state;
    check_first(&lex_en_months);
    check_first(&lex_en_actor_titles);
    check_first(&lex_en_actor_groups);
    check_first(&lex_en_actor_known);
    check_first(&lex_en_demonyms);
    check_first(&lex_en_time_phrases);
    check_first(&lex_en_event_triggers);
    check_first(&lex_actor_noun_starts); /* unions built by mk/actors.mk */
    check_first(&lex_actor_country_starts);
    check_first(&lex_place_not_names); /* built by mk/places.mk */
    assert_true(lex_may_first(&lex_place_not_names, lex_hash(LEX_HASH_INIT, "Tuesday", 7)));
    /* a union's first tokens are its parts' */
    assert_true(lex_may_first(&lex_actor_noun_starts, lex_hash(LEX_HASH_INIT, "troops", 6)));
    assert_true(lex_may_first(&lex_actor_noun_starts, lex_hash(LEX_HASH_INIT, "Mayor", 5)));
    assert_true(lex_may_first(&lex_actor_country_starts, lex_hash(LEX_HASH_INIT, "Soviet", 6)));
    /* a prefix that ends inside a word, or a word only inside keys, is no
     * key's first token ("of" of "head of state") */
    assert_false(lex_may_first(&lex_en_months, lex_hash(LEX_HASH_INIT, "Janu", 4)));
    assert_false(lex_may_first(&lex_en_actor_titles, lex_hash(LEX_HASH_INIT, "of", 2)));
    assert_true(lex_may_first(&lex_en_actor_titles, lex_hash(LEX_HASH_INIT, "head", 4)));
    assert_true(lex_may_first(&lex_en_actor_titles, lex_hash(LEX_HASH_INIT, "Lt", 2)));
}

static void hashes_join_like_the_bytes(void **state)
{
    (void)state;
    const char *s = "in the aftermath of a very long and winding hyphenated-phrase";
    size_t n = strlen(s);
    uint32_t p = 1;
    for (size_t k = 0; k < 40; k++, p *= LEX_HASH_B)
        assert_int_equal(lex_hash_pow(k), p);
    for (size_t cut = 0; cut <= n; cut++)
        assert_int_equal(lex_hash_join(lex_hash(LEX_HASH_INIT, s, cut),
                                       lex_hash(LEX_HASH_INIT, s + cut, n - cut),
                                       n - cut),
                         lex_hash(LEX_HASH_INIT, s, n));
}

/* A noun that counts one person ("a paramedic was shot dead", "his son")
 * must be a noun of people too, or the group reader never sees it. */
static void every_singular_is_a_noun_of_people(void **state)
{
    (void)state;
    for (size_t i = 0; i < lex_en_figure_singulars.n; i++) {
        const char *k = lex_en_figure_singulars.entries[i].key;
        if (!lex_has(&lex_en_figure_nouns, k, strlen(k))) {
            print_error("'%s' of figure_singulars.txt is not in figure_nouns.txt\n", k);
            fail();
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lookup_folds_ascii_case),
        cmocka_unit_test(lookup_uses_the_given_length_only),
        cmocka_unit_test(duplicate_keys_are_all_found),
        cmocka_unit_test(fields_split_on_bars),
        cmocka_unit_test(tables_are_sorted),
        cmocka_unit_test(every_key_is_found_through_the_index),
        cmocka_unit_test(absent_keys_and_prefixes_are_not_found),
        cmocka_unit_test(first_tokens_of_keys_may_start_a_key),
        cmocka_unit_test(hashes_join_like_the_bytes),
        cmocka_unit_test(every_singular_is_a_noun_of_people),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
