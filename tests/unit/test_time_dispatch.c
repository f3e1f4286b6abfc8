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
    unsigned char *cls = tw_classes(a, &t);
    for (size_t i = 0; cls && i < t.ntoks; i++) {
        size_t limit = t.sents[t.toks[i].sent].tok_end;
        unsigned may = scan_may_begin(&t, cls, i, limit);
        for (size_t k = 0; k < scan_ncore; k++) {
            tx x;
            if ((may >> k) & 1 || !scan_core[k](&t, i, limit, &x))
                continue;
            print_error("%s: recogniser %zu reads '%.*s' but is not called there\n",
                        name, k, (int)(tok_end(&t, x.t1 - 1) - t.toks[x.t0].start),
                        t.norm + t.toks[x.t0].start);
            bad++;
        }
    }
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(no_recogniser_is_skipped_where_it_reads_one),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
