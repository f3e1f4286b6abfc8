/* test_tokens.c - what the tokenizer's fast paths compute for each word:
 * its lexicon hash and its case flags, checked against lex_hash and a plain
 * byte-by-byte reading of the token's text, for words of every length
 * around the eight- and sixteen-byte steps, at the end of the text, before
 * non-ASCII letters, and past TOK_MAX_LEN. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../src/text/text.h"
#include "lexicon.h"

/* Case flags of an ASCII word, read one byte at a time. */
static int expected_flags(const char *s, size_t n)
{
    size_t upper = 0, lower = 0, digits = 0;
    for (size_t i = 0; i < n; i++) {
        upper += s[i] >= 'A' && s[i] <= 'Z';
        lower += s[i] >= 'a' && s[i] <= 'z';
        digits += s[i] >= '0' && s[i] <= '9';
    }
    int f = 0;
    if (s[0] >= 'A' && s[0] <= 'Z')
        f |= TF_CAP;
    if (upper >= 2 && !lower)
        f |= TF_UPPER;
    if (!digits)
        f |= TF_ALPHA;
    return f;
}

/* Every ASCII word token of s has the hash of its text and the case flags
 * of its bytes; returns how many were checked. */
static size_t check_words(const char *s, size_t n)
{
    arena *a = arena_new();
    text t;
    memset(&t, 0, sizeof t);
    assert_non_null(a);
    assert_int_equal(text_build(a, &t, s, n), DL_OK);
    size_t checked = 0;
    for (size_t i = 0; i < t.ntoks; i++) {
        const char *w = tok_str(&t, i);
        size_t len = tok_len(&t, i);
        assert_int_equal(t.toks[i].hash, lex_hash(LEX_HASH_INIT, w, len));
        if (t.toks[i].kind != TOK_WORD)
            continue;
        int ascii = 1;
        for (size_t k = 0; k < len; k++)
            ascii &= (unsigned char)w[k] < 0x80 && w[k] != '.';
        if (!ascii)
            continue;
        int mask = TF_CAP | TF_UPPER | TF_ALPHA;
        assert_int_equal(t.toks[i].flags & mask, expected_flags(w, len));
        checked++;
    }
    arena_free(a);
    return checked;
}

static void word_hashes_and_flags_match_their_text_at_every_length(void **state)
{
    (void)state;
    static const char pattern[] = "aZ3qQ9mKx7RtWb0yEe";
    char buf[4096];
    size_t n = 0, words = 0;
    for (size_t len = 1; len <= 40; len++) {
        for (int variant = 0; variant < 4; variant++) {
            for (size_t k = 0; k < len; k++) {
                char c = pattern[(k * 7 + (size_t)variant) % (sizeof pattern - 1)];
                if (variant == 1 && c >= 'a' && c <= 'z')
                    c = (char)(c - 32); /* capitals and digits only */
                if (variant == 2 && c >= '0' && c <= '9')
                    c = 'h'; /* letters only */
                if (variant == 3 && c >= 'a' && c <= 'z')
                    c = (char)(c - 32);
                if (variant == 3 && c >= '0' && c <= '9')
                    c = 'H'; /* capitals only */
                buf[n++] = c;
            }
            buf[n++] = (char)" ,.;\n("[(len + (size_t)variant) % 6];
            words++;
        }
    }
    assert_true(n < sizeof buf);
    assert_true(check_words(buf, n) >= words - 4); /* "x." after one letter */
}

static void words_ending_the_text_are_read_whole(void **state)
{
    (void)state;
    const char *ends[] = {"Geneva", "UNHCR", "x", "I", "Covid19",
                          "internationally", "ABCDEFGHIJKLMNOP",
                          "abcdefghijklmnopq"};
    for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
        char buf[64];
        int n = snprintf(buf, sizeof buf, "Said %s", ends[i]);
        assert_int_equal(check_words(buf, (size_t)n), 2);
    }
}

static void ascii_words_before_other_letters_take_the_general_path(void **state)
{
    (void)state;
    /* "Zürich", "Aleppo\xE2\x80\x99s" (curly apostrophe), "naïve", "Kyiv\xCC\x81" */
    const char s[] = "Z\xC3\xBCrich and Aleppo\xE2\x80\x99s na\xC3\xAFve Kyiv\xCC\x81 end";
    arena *a = arena_new();
    text t;
    memset(&t, 0, sizeof t);
    assert_int_equal(text_build(a, &t, s, sizeof s - 1), DL_OK);
    const char *want[] = {"Z\xC3\xBCrich", "and", "Aleppo", "'", "s",
                          "na\xC3\xAFve", "Kyiv\xCC\x81", "end"};
    assert_int_equal(t.ntoks, sizeof want / sizeof *want);
    for (size_t i = 0; i < t.ntoks; i++) {
        assert_int_equal(tok_len(&t, i), strlen(want[i]));
        assert_memory_equal(tok_str(&t, i), want[i], strlen(want[i]));
        assert_int_equal(t.toks[i].hash,
                         lex_hash(LEX_HASH_INIT, want[i], strlen(want[i])));
    }
    assert_true(t.toks[0].flags & TF_CAP);
    arena_free(a);
    (void)check_words(s, sizeof s - 1);
}

static void words_longer_than_the_limit_are_cut_with_their_hashes(void **state)
{
    (void)state;
    size_t n = (size_t)TOK_MAX_LEN * 2 + 100;
    char *s = malloc(n);
    assert_non_null(s);
    for (size_t i = 0; i < n; i++)
        s[i] = (char)(i % 3 ? 'a' + (char)(i % 26) : 'Q');
    arena *a = arena_new();
    text t;
    memset(&t, 0, sizeof t);
    assert_int_equal(text_build(a, &t, s, n), DL_OK);
    assert_int_equal(t.ntoks, 3);
    assert_int_equal(tok_len(&t, 0), TOK_MAX_LEN);
    assert_int_equal(tok_len(&t, 1), TOK_MAX_LEN);
    assert_int_equal(tok_len(&t, 2), n - 2 * (size_t)TOK_MAX_LEN);
    arena_free(a);
    assert_int_equal(check_words(s, n), 3);
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(word_hashes_and_flags_match_their_text_at_every_length),
        cmocka_unit_test(words_ending_the_text_are_read_whole),
        cmocka_unit_test(ascii_words_before_other_letters_take_the_general_path),
        cmocka_unit_test(words_longer_than_the_limit_are_cut_with_their_hashes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
