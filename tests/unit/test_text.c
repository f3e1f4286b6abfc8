/* test_text.c - the text layer: normalisation and its offset map, page
 * furniture, paragraphs, sentences and tokens.
 *
 * The central property: every token's span points at the original bytes it
 * came from, whatever the clean-up did (BOM, CRLF, NUL, curly quotes, bold
 * markers, rules, hyphenation across lines and pages). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../src/record/record.h"
#include "../../src/text/text.h"

typedef struct {
    arena *a;
    text t;
} fixture;

static fixture *build(const char *s, size_t n)
{
    fixture *f = calloc(1, sizeof *f);
    assert_non_null(f);
    f->a = arena_new();
    assert_non_null(f->a);
    assert_int_equal(text_build(f->a, &f->t, s, n), DL_OK);
    return f;
}

static fixture *build_str(const char *s)
{
    return build(s, strlen(s));
}

static void done(fixture *f)
{
    arena_free(f->a);
    free(f);
}

/* What the normaliser should make of original bytes, written out
 * independently for the inputs used here: drop CR, BOM, soft hyphens and
 * bold markers, join "-\n" + lower-case, map curly quotes and dashes. */
static size_t fold(const char *s, size_t n, char *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        const unsigned char *u = (const unsigned char *)s + i;
        if (s[i] == '\r' || (s[i] == '*' && i + 1 < n && s[i + 1] == '*')) {
            i += s[i] == '\r' ? 1 : 2;
        } else if (s[i] == '-' && i + 2 < n && s[i + 1] == '\r' &&
                   s[i + 2] == '\n') {
            i += 3;
        } else if (s[i] == '-' && i + 2 < n && s[i + 1] == '\n' &&
                   s[i + 2] >= 'a' && s[i + 2] <= 'z') {
            i += 2;
        } else if (n - i >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
                   (u[2] == 0x98 || u[2] == 0x99)) {
            out[k++] = '\'';
            i += 3;
        } else if (n - i >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
                   (u[2] == 0x9C || u[2] == 0x9D)) {
            out[k++] = '"';
            i += 3;
        } else if (n - i >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
                   (u[2] == 0x93 || u[2] == 0x94)) {
            out[k++] = '-';
            i += 3;
        } else if (n - i >= 2 && u[0] == 0xC2 && u[1] == 0xAD) {
            i += 2;
        } else {
            out[k++] = s[i++];
        }
    }
    return k;
}

/* Every token maps to original bytes that fold to the token's text, spans
 * are ordered and disjoint, and mapping back lands on the token start. */
static void assert_round_trip(const fixture *f)
{
    const text *t = &f->t;
    size_t prev_end = 0;
    char buf[256];
    for (size_t i = 0; i < t->ntoks; i++) {
        dl_span sp = text_tok_span(t, i, i + 1);
        assert_true(sp.start < sp.end);
        assert_true(sp.end <= t->orig_len);
        assert_true(sp.start >= prev_end);
        prev_end = sp.end;
        assert_true(sp.end - sp.start < sizeof buf);
        size_t k = fold(t->orig + sp.start, sp.end - sp.start, buf);
        if (k != tok_len(t, i) || memcmp(buf, tok_str(t, i), k) != 0)
            fail_msg("token %zu '%.*s' maps to '%.*s'", i, (int)tok_len(t, i),
                     tok_str(t, i), (int)(sp.end - sp.start), t->orig + sp.start);
        assert_int_equal(text_norm_offset(t, sp.start), t->toks[i].start);
    }
}

/* Index of the first token equal to w, or fail. */
static size_t find_tok(const text *t, const char *w)
{
    for (size_t i = 0; i < t->ntoks; i++)
        if (tok_len(t, i) == strlen(w) && !memcmp(tok_str(t, i), w, strlen(w)))
            return i;
    fail_msg("no token '%s'", w);
    return 0;
}

static void orig_of(const fixture *f, size_t i, const char *want)
{
    dl_span sp = text_tok_span(&f->t, i, i + 1);
    assert_int_equal(sp.end - sp.start, strlen(want));
    assert_memory_equal(f->t.orig + sp.start, want, strlen(want));
}

static const char messy[] =
    "\xEF\xBB\xBF"
    "The Permanent Mission of Utopia  \r\n"
    "to the United Nations\r\n"
    "\r\n"
    "---\r\n"
    "\r\n"
    "**Special Issue**\r\n"
    "\r\n"
    "The \xE2\x80\x9C" "empire of evil\xE2\x80\x9D \xE2\x80\x93 so it was called \xE2\x80\x93 sent 30,000 sol-\r\n"
    "diers; about 1.7 million civi\xC2\xAD" "lians fled. It\xE2\x80\x99s over.\r\n";

static void token_spans_map_back_to_original_bytes(void **state)
{
    (void)state;
    fixture *f = build(messy, sizeof messy - 1);
    assert_round_trip(f);
    done(f);
}

static void bom_is_skipped_but_counted_in_offsets(void **state)
{
    (void)state;
    fixture *f = build(messy, sizeof messy - 1);
    assert_int_equal(f->t.toks[0].start, 0);
    dl_span sp = text_tok_span(&f->t, 0, 1);
    assert_int_equal(sp.start, 3);
    assert_true(tok_is(&f->t, 0, "The"));
    done(f);
}

static void crlf_text_splits_like_lf_text(void **state)
{
    (void)state;
    const char *lf = "Title line\n\nFirst sentence here. Second one.\nStill second.\n";
    const char *crlf = "Title line\r\n\r\nFirst sentence here. Second one.\r\nStill second.\r\n";
    fixture *a = build_str(lf), *b = build_str(crlf);
    assert_int_equal(a->t.ntoks, b->t.ntoks);
    assert_int_equal(a->t.nsents, b->t.nsents);
    assert_int_equal(a->t.nparas, b->t.nparas);
    assert_int_equal(b->t.nparas, 2);
    assert_int_equal(b->t.nsents, 4);
    assert_null(memchr(b->t.norm, '\r', b->t.len));
    orig_of(b, find_tok(&b->t, "Still"), "Still");
    assert_round_trip(b);
    done(a);
    done(b);
}

static void nul_and_control_bytes_become_spaces(void **state)
{
    (void)state;
    const char s[] = "Troops\0moved to\x01the city.";
    fixture *f = build(s, sizeof s - 1);
    assert_null(memchr(f->t.norm, 0, f->t.len));
    size_t i = find_tok(&f->t, "moved");
    orig_of(f, i, "moved");
    orig_of(f, find_tok(&f->t, "the"), "the");
    assert_int_equal(f->t.ntoks, 6);
    done(f);
}

static void curly_quotes_map_to_their_multibyte_originals(void **state)
{
    (void)state;
    fixture *f = build(messy, sizeof messy - 1);
    size_t q = find_tok(&f->t, "\"");
    orig_of(f, q, "\xE2\x80\x9C");
    size_t ap = find_tok(&f->t, "'");
    orig_of(f, ap, "\xE2\x80\x99");
    orig_of(f, find_tok(&f->t, "empire"), "empire");
    done(f);
}

static void bold_markers_are_outside_token_spans(void **state)
{
    (void)state;
    fixture *f = build(messy, sizeof messy - 1);
    size_t i = find_tok(&f->t, "Special");
    orig_of(f, i, "Special");
    orig_of(f, i + 1, "Issue");
    assert_null(strstr(f->t.norm, "**"));
    done(f);
}

static void markdown_rules_produce_no_tokens(void **state)
{
    (void)state;
    fixture *f = build(messy, sizeof messy - 1);
    for (size_t i = 0; i < f->t.ntoks; i++)
        assert_false(tok_punct(&f->t, i, '-') && tok_punct(&f->t, i + 1, '-'));
    assert_null(strstr(f->t.norm, "---"));
    done(f);
}

static void line_end_hyphenation_is_joined_with_span_over_break(void **state)
{
    (void)state;
    fixture *f = build(messy, sizeof messy - 1);
    size_t i = find_tok(&f->t, "soldiers");
    orig_of(f, i, "sol-\r\ndiers");
    i = find_tok(&f->t, "civilians");
    orig_of(f, i, "civi\xC2\xAD" "lians");
    done(f);
}

static void hyphen_before_capital_on_next_line_is_kept(void **state)
{
    (void)state;
    fixture *f = build_str("The talks in Guinea-\nBissau resumed.");
    size_t i = find_tok(&f->t, "Guinea");
    assert_true(tok_punct(&f->t, i + 1, '-'));
    assert_true(tok_is(&f->t, i + 2, "Bissau"));
    assert_round_trip(f);
    done(f);
}

static void abbreviations_do_not_end_sentences(void **state)
{
    (void)state;
    fixture *f = build_str(
        "On Jan. 19 Gen. Smith and Dr. Jones met Lt. Col. Brown at No. 10 "
        "Downing St. in London. The U.S. delegation left at 8:51 a.m. on "
        "Monday. It was over.");
    assert_int_equal(f->t.nsents, 3);
    assert_true(tok_is(&f->t, f->t.sents[1].tok_start, "The"));
    assert_true(tok_is(&f->t, f->t.sents[2].tok_start, "It"));
    done(f);
}

/* "a.m." and "p.m." keep their dot; before a quote or a sentence's first
 * word it is also the full stop ("10 a.m. Monday", "a.m. EDT" go on) */
static void clock_abbreviations_end_a_sentence_before_its_opener(void **state)
{
    (void)state;
    fixture *f = build_str("A shell hit the market at 10.30 a.m. \"We have not seen this,\" "
                           "he said. Police came at 9 p.m. Monday and left at 10 a.m. EDT. "
                           "They returned at 4 p.m. The market stayed shut.");
    assert_int_equal(f->t.nsents, 5);
    assert_true(tok_punct(&f->t, f->t.sents[1].tok_start, '"'));
    assert_true(tok_is(&f->t, f->t.sents[2].tok_start, "Police"));
    assert_true(tok_is(&f->t, f->t.sents[4].tok_start, "The"));
    done(f);
}

static void number_abbreviations_hold_their_dot_only_before_numbers(void **state)
{
    (void)state;
    fixture *f = build_str("Resolution No. 2334 was adopted. The answer was no. Talks ended.");
    assert_int_equal(f->t.nsents, 3);
    assert_true(tok_is(&f->t, f->t.sents[2].tok_start, "Talks"));
    done(f);
}

static void bullets_at_line_start_begin_sentences(void **state)
{
    (void)state;
    fixture *f = build_str("Highlights of the week\n"
                           "\xE2\x80\xA2 Since 10 May heavy fighting has killed at least 58 civilians in the town\n"
                           "\xE2\x80\xA2 An estimated 40,000 people have been displaced within the town\n"
                           "- Humanitarian access remains severely restricted by the parties\n");
    assert_int_equal(f->t.nsents, 4);
    assert_true(tok_punct(&f->t, f->t.sents[3].tok_start, '-'));
    assert_round_trip(f);
    done(f);
}

static void initials_do_not_end_sentences(void **state)
{
    (void)state;
    fixture *f = build_str("The report by J. K. Brown and A. Smith was published. It was long.");
    assert_int_equal(f->t.nsents, 2);
    assert_true(tok_is(&f->t, f->t.sents[1].tok_start, "It"));
    done(f);
}

static void decimal_numbers_are_one_token(void **state)
{
    (void)state;
    fixture *f = build_str("Some 1.7 million fled; 30,000 stayed. The rate was 3.5. Then 2.");
    size_t i = find_tok(&f->t, "1.7");
    assert_int_equal(f->t.toks[i].kind, TOK_NUM);
    i = find_tok(&f->t, "30,000");
    assert_int_equal(f->t.toks[i].kind, TOK_NUM);
    i = find_tok(&f->t, "3.5");
    assert_true(tok_punct(&f->t, i + 1, '.'));
    assert_int_equal(f->t.nsents, 3);
    done(f);
}

static void us_abbreviation_is_one_word_token(void **state)
{
    (void)state;
    fixture *f = build_str("U.S. troops arrived.");
    assert_true(tok_is(&f->t, 0, "U.S."));
    assert_int_equal(f->t.toks[0].kind, TOK_WORD);
    assert_int_equal(f->t.nsents, 1);
    done(f);
}

static void blank_lines_separate_paragraphs_and_wrapped_lines_do_not(void **state)
{
    (void)state;
    fixture *f = build_str("First paragraph wraps\nacross lines and ends here.\n\n"
                           "Second paragraph.\n   \nThird.");
    assert_int_equal(f->t.nparas, 3);
    assert_int_equal(f->t.paras[0].sent_end - f->t.paras[0].sent_start, 1);
    done(f);
}

/* A heading line in title case ends its sentence at the line break however
 * long it is; a long line of running text that wraps before a capital
 * does not. */
static void a_long_heading_line_is_a_sentence_of_its_own(void **state)
{
    (void)state;
    fixture *f = build_str("Ethiopia: Military Executes Dozens in Amhara Region\n"
                           "Soldiers Summarily Killed Civilians in Merawi\n");
    assert_int_equal(f->t.nsents, 2);
    done(f);
    f = build_str("The delegation of the ministry travelled on to the border town\n"
                  "Gori after the talks ended.\n");
    assert_int_equal(f->t.nsents, 1);
    done(f);
}

static void page_footer_lines_are_dropped(void **state)
{
    (void)state;
    const char *s = "Body text starts here and runs on.\n\n"
                    "Office X | Update No. 4 | Page 1 of 2\n\n"
                    "Another paragraph.\n\n"
                    "Office X | Update No. 4 | Page 2 of 2\n";
    fixture *f = build_str(s);
    assert_null(strstr(f->t.norm, "Office X"));
    assert_int_equal(f->t.nparas, 2);
    assert_round_trip(f);
    done(f);
}

static void page_break_inside_a_word_is_joined(void **state)
{
    (void)state;
    const char *s = "The attack had been car-\n\n"
                    "- 1 -\n\f\n"
                    "ried out at night. Nobody was hurt.\n\n"
                    "- 2 -\n";
    fixture *f = build_str(s);
    size_t i = find_tok(&f->t, "carried");
    dl_span sp = text_tok_span(&f->t, i, i + 1);
    assert_memory_equal(s + sp.start, "car-", 4);
    assert_memory_equal(s + sp.end - 4, "ried", 4);
    assert_int_equal(f->t.nparas, 1);
    assert_int_equal(f->t.nsents, 2);
    done(f);
}

static void page_break_between_sentences_keeps_paragraphs(void **state)
{
    (void)state;
    const char *s = "First page ends here.\n\nPage 1 of 2\n\fSecond page starts.\n";
    fixture *f = build_str(s);
    assert_int_equal(f->t.nparas, 2);
    assert_null(strstr(f->t.norm, "Page 1"));
    done(f);
}

static void repeated_lines_without_numbers_are_kept(void **state)
{
    (void)state;
    fixture *f = build_str("Thank you.\n\nMore words here.\n\nThank you.\n");
    assert_int_equal(f->t.nparas, 3);
    done(f);
}

static void sentence_and_token_indexes_agree(void **state)
{
    (void)state;
    fixture *f = build(messy, sizeof messy - 1);
    for (size_t s = 0; s < f->t.nsents; s++) {
        const sentence *se = &f->t.sents[s];
        assert_true(f->t.toks[se->tok_start].flags & TF_SENT_START);
        for (size_t i = se->tok_start; i < se->tok_end; i++)
            assert_int_equal(f->t.toks[i].sent, s);
    }
    done(f);
}

static void invalid_utf8_offset_is_reported(void **state)
{
    (void)state;
    size_t bad = 0;
    const char s[] = "caf\xC3\xA9 ok \xC3\x28 bad";
    assert_int_equal(text_check_utf8(s, sizeof s - 1, &bad), DL_EINPUT);
    assert_int_equal(bad, 9);
    assert_int_equal(text_check_utf8("fine \xE2\x80\x94 text", 13, &bad), DL_OK);
}

static void lossy_mode_maps_replacement_to_the_bad_byte(void **state)
{
    (void)state;
    const char s[] = "Bad \xFF byte here.";
    fixture *f = build(s, sizeof s - 1);
    assert_non_null(strstr(f->t.norm, "\xEF\xBF\xBD"));
    orig_of(f, find_tok(&f->t, "byte"), "byte");
    done(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(token_spans_map_back_to_original_bytes),
        cmocka_unit_test(bom_is_skipped_but_counted_in_offsets),
        cmocka_unit_test(crlf_text_splits_like_lf_text),
        cmocka_unit_test(nul_and_control_bytes_become_spaces),
        cmocka_unit_test(curly_quotes_map_to_their_multibyte_originals),
        cmocka_unit_test(bold_markers_are_outside_token_spans),
        cmocka_unit_test(markdown_rules_produce_no_tokens),
        cmocka_unit_test(line_end_hyphenation_is_joined_with_span_over_break),
        cmocka_unit_test(hyphen_before_capital_on_next_line_is_kept),
        cmocka_unit_test(abbreviations_do_not_end_sentences),
        cmocka_unit_test(clock_abbreviations_end_a_sentence_before_its_opener),
        cmocka_unit_test(number_abbreviations_hold_their_dot_only_before_numbers),
        cmocka_unit_test(bullets_at_line_start_begin_sentences),
        cmocka_unit_test(initials_do_not_end_sentences),
        cmocka_unit_test(decimal_numbers_are_one_token),
        cmocka_unit_test(us_abbreviation_is_one_word_token),
        cmocka_unit_test(blank_lines_separate_paragraphs_and_wrapped_lines_do_not),
        cmocka_unit_test(a_long_heading_line_is_a_sentence_of_its_own),
        cmocka_unit_test(page_footer_lines_are_dropped),
        cmocka_unit_test(page_break_inside_a_word_is_joined),
        cmocka_unit_test(page_break_between_sentences_keeps_paragraphs),
        cmocka_unit_test(repeated_lines_without_numbers_are_kept),
        cmocka_unit_test(sentence_and_token_indexes_agree),
        cmocka_unit_test(invalid_utf8_offset_is_reported),
        cmocka_unit_test(lossy_mode_maps_replacement_to_the_bad_byte),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
