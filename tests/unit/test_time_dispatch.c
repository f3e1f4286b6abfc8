/* test_time_dispatch.c - the time stage calls a recogniser only where it
 * can begin (scan_may_begin): run every recogniser at every token of the
 * golden and example texts and of sentences written for the rarer forms, and
 * fail when one reads an expression at a token where the dispatch would not
 * have called it (a word missing from data/en/time_leads.txt, say).
 * TIME_DISPATCH_GLOB=PATTERN adds more files. */
#include <glob.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../src/time/time.h"
#include "lexicons.h"

/* Every recogniser at every token of s; the number of misses (printed). */
static int misses_in(const char *s, size_t len, const char *name)
{
    arena *a = arena_new();
    text t;
    memset(&t, 0, sizeof t);
    int bad = 0;
    if (!a || text_build(a, &t, s, len) != DL_OK) {
        arena_free(a);
        return 1;
    }
    uint16_t *cls = malloc((t.ntoks + 1) * sizeof *cls);
    uint32_t *cand = malloc((t.ntoks + 1) * sizeof *cand);
    if (cls && cand)
        tw_classes(&t, cls, cand);
    else {
        free(cls);
        cls = NULL;
    }
    free(cand);
    for (size_t i = 0; cls && i < t.ntoks; i++) {
        size_t limit = t.sents[t.toks[i].sent].tok_end;
        unsigned may = scan_may_begin(&t, cls, i, limit);
        for (size_t k = 0; k < scan_ncore; k++) {
            tx x;
            if ((may & scan_core_bits[k]) || !scan_core[k](&t, i, limit, &x))
                continue;
            print_error("%s: recogniser %zu reads '%.*s' but is not called there\n",
                        name, k, (int)(tok_end(&t, x.t1 - 1) - t.toks[x.t0].start),
                        t.norm + t.toks[x.t0].start);
            bad++;
        }
    }
    free(cls);
    arena_free(a);
    return bad;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *b = NULL;
    if (!fseek(f, 0, SEEK_END)) {
        long n = ftell(f);
        rewind(f);
        b = n >= 0 ? malloc((size_t)n + 1) : NULL;
        if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
            free(b);
            b = NULL;
        }
        if (b)
            *len = (size_t)n;
    }
    fclose(f);
    return b;
}

static void no_recogniser_is_skipped_where_it_reads_one(void **state)
{
    (void)state;
    static const char *const forms[] = {
        "Sales rose in the latter half of 1989 and fell in the first two quarters of 1990.",
        "The council meets twice per year and once a month, every 2 years, each January.",
        "Shelling resumed late-night and again in mid-afternoon, early in the morning.",
        "Prices rose over the previous two years, in the final three months and recent years.",
        "It ended in the '90s, in fiscal 1989, in the fiscal-third quarter and the 20th century.",
        "They met last Monday, next spring, this year's third quarter and the 1988 period.",
        "He left two and a half years ago, 2 1/2 years, half an hour, 12 to 18 months.",
        "On Mondays and Tuesday nights, at 11 p.m. and 1400 GMT, the night of 19-20 January.",
        "Nineteen years have passed since 20 January; the year two thousand; nineteen ninety-six.",
        "The vote came a year or so later, more than a decade on, around Christmas, at dawn.",
        "In the twenty-first century, at 11:30 and 10 pm, 1988's results, from 19 to 20 January.",
        "The talks ran 19-20 January and 3 through 5 March, on 1/19/2009 and 19.01.2009.",
        "It took twenty four hours, two thousand years, a few days, dozens of years, 3 more weeks.",
        "The pills are taken 3 times a day for 2.5 years, the 1,000 days, fiscal 1989's third quarter.",
        "Shares fell Friday from the previous Friday, the preceding Monday and the following Tuesday.",
        "Police came at 10am, 5:30pm and 2200hrs; the march ended at 17:30hrs, the vote at 12pm.",
        "Ukraine mourns on the fourth Saturday of November and the last Sunday in May 2008.",
        "The sirens sounded at 3 o'clock and again at around 5 o'clock.",
        "Troops attacked at 5 in the morning and again at 11 at night.",
    };
    int bad = 0;
    for (size_t k = 0; k < sizeof forms / sizeof forms[0]; k++)
        bad += misses_in(forms[k], strlen(forms[k]), "forms");
    glob_t g;
    int files = 0;
    if (!glob("tests/golden/*.txt", 0, NULL, &g)) {
        glob("examples/*.txt", GLOB_APPEND, NULL, &g);
        /* more text to check, say bench/corpus/docs/\*.txt */
        const char *more = getenv("TIME_DISPATCH_GLOB");
        if (more)
            glob(more, GLOB_APPEND, NULL, &g);
        for (size_t k = 0; k < g.gl_pathc; k++) {
            size_t len = 0;
            char *s = slurp(g.gl_pathv[k], &len);
            if (!s)
                continue;
            bad += misses_in(s, len, g.gl_pathv[k]);
            files++;
            free(s);
        }
        globfree(&g);
    }
    print_message("%d files\n", files);
    assert_true(files > 0);
    assert_int_equal(bad, 0);
}

/* The letters of field `f` (1-based after the key) of a time_starts.txt
 * value, as bits c - 'a'. */
static uint32_t field_bits(const char *value, int f)
{
    const char *p = value;
    for (; f > 0 && p; f--)
        if ((p = strchr(p, '|')))
            p++;
    uint32_t m = 0;
    for (; p && *p && *p != '|'; p++)
        if (*p >= 'a' && *p <= 'z')
            m |= 1u << (*p - 'a');
    return m;
}

static void generated_masks_match_time_starts(void **state)
{
    (void)state;
    const lex_table *lex = &lex_en_time_starts;
    assert_int_equal(time_start_count, lex->n);
    for (size_t k = 0; k < lex->n; k++) {
        const char *v = lex->entries[k].value;
        int cls = !strncmp(v, "full", 4) ? TS_FULL | TS_TAIL : !strncmp(v, "lead", 4) ? TS_LEAD
                : !strncmp(v, "tail", 4) ? TS_TAIL : !strncmp(v, "both", 4) ? TS_LEAD | TS_TAIL : 0;
        if (time_start_begins[k] != field_bits(v, 1) || time_start_leads[k] != field_bits(v, 2) ||
            time_start_follows[k] != field_bits(v, 3) || time_start_class[k] != cls) {
            print_error("time_starts '%s|%s': generated masks differ\n",
                        lex->entries[k].key, v);
            fail();
        }
    }
}

/* Every key of `lex` has the letters `begins` and `follows` in its
 * time_starts.txt entry (the lists read a word at a time). */
static int lacks(const lex_table *lex, const char *begins, const char *follows)
{
    int bad = 0;
    for (size_t k = 0; k < lex->n; k++) {
        const char *key = lex->entries[k].key;
        const lex_entry *e = lex_get(&lex_en_time_starts, key, strlen(key));
        if (!e || (field_bits(e->value, 1) & field_bits(begins, 0)) != field_bits(begins, 0) ||
            (field_bits(e->value, 3) & field_bits(follows, 0)) != field_bits(follows, 0)) {
            print_error("%s: '%s' lacks %s|%s in time_starts.txt (run "
                        "tools/eval/time_starts.py)\n", lex->source, key, begins, follows);
            bad++;
        }
    }
    return bad;
}

static void time_starts_has_every_list_word_with_its_letters(void **state)
{
    (void)state;
    int bad = lacks(&lex_en_months, "dm", "dme") + lacks(&lex_en_weekdays, "dw", "dwe") +
              lacks(&lex_en_time_ordinals, "yq", "yq") + lacks(&lex_en_time_units, "u", "ekruyz") +
              lacks(&lex_en_time_parts_of_day, "n", "np") + lacks(&lex_en_time_seasons, "s", "s");
    const lex_table *leads = &lex_en_time_leads;
    for (size_t k = 0; k < leads->n; k++) {
        const char *key = leads->entries[k].key, *v = leads->entries[k].value;
        const lex_entry *e = lex_get(&lex_en_time_starts, key, strlen(key));
        if (!e || (field_bits(e->value, 2) & field_bits(v, 0)) != field_bits(v, 0) ||
            (field_bits(e->value, 3) & field_bits(v, 1)) != field_bits(v, 1)) {
            print_error("time_leads.txt: '%s' differs in time_starts.txt (run "
                        "tools/eval/time_starts.py)\n", key);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(generated_masks_match_time_starts),
        cmocka_unit_test(time_starts_has_every_list_word_with_its_letters),
        cmocka_unit_test(no_recogniser_is_skipped_where_it_reads_one),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
