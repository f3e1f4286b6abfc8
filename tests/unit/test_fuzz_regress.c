/* test_fuzz_regress.c - replay every input the fuzzers found (fuzz/regress/)
 * and their hand-written seeds through the fuzz targets' own code.
 *
 * Each fuzz/fuzz_NAME.c is included here with its entry point renamed, so a
 * crash or broken invariant (they abort) fails `make check`, also under
 * SAN=1. Add a file to fuzz/regress/NAME/ for every crash fuzzing finds. */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#define LLVMFuzzerTestOneInput fuzz_extract_one
#include "../../fuzz/fuzz_extract.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_date_one
#include "../../fuzz/fuzz_date.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_number_one
#include "../../fuzz/fuzz_number.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_query_one
#include "../../fuzz/fuzz_query.c"
#undef LLVMFuzzerTestOneInput

typedef int (*fuzz_fn)(const uint8_t *, size_t);

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    size_t cap = 4096, n = 0, k;
    char *b = malloc(cap);
    while ((k = fread(b + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap)
            b = realloc(b, cap *= 2);
    }
    fclose(f);
    *len = n;
    return b;
}

/* Run fn on every file in dir; returns how many there were. */
static int replay_dir(const char *dir, fuzz_fn fn)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    int n = 0;
    struct dirent *e;
    char path[1024];
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        size_t len;
        char *data = read_all(path, &len);
        assert_int_equal(fn((const uint8_t *)data, len), 0);
        free(data);
        n++;
    }
    closedir(d);
    return n;
}

static void extract_survives_regression_inputs(void **state)
{
    int n = replay_dir("fuzz/regress/extract", fuzz_extract_one);
    n += replay_dir("examples", fuzz_extract_one);
    assert_true(n > 0);
}

static void date_reader_survives_regression_inputs(void **state)
{
    int n = replay_dir("fuzz/regress/date", fuzz_date_one);
    n += replay_dir("fuzz/seeds/date", fuzz_date_one);
    assert_true(n > 0);
}

static void number_reader_survives_regression_inputs(void **state)
{
    int n = replay_dir("fuzz/regress/number", fuzz_number_one);
    n += replay_dir("fuzz/seeds/number", fuzz_number_one);
    assert_true(n > 0);
}

static void query_parser_survives_regression_inputs(void **state)
{
    int n = replay_dir("fuzz/regress/query", fuzz_query_one);
    n += replay_dir("fuzz/seeds/query", fuzz_query_one);
    assert_true(n > 0);
}

static void extract_survives_edge_inputs(void **state)
{
    static const char *const inputs[] = {
        "", " ", "\n\n\n", "\xEF\xBB\xBF", "\xff", "a\0b", "19", "January",
        "19 January", "\xE2\x80\x9C", "((((((((", "more than more than",
        "On 31 February 2009, 2009-13-45 and 0.0.0000 were not dates.",
    };
    for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++)
        assert_int_equal(fuzz_extract_one((const uint8_t *)inputs[i],
                                          strlen(inputs[i]) + (i == 5 ? 2 : 0)),
                         0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(extract_survives_regression_inputs),
        cmocka_unit_test(date_reader_survives_regression_inputs),
        cmocka_unit_test(number_reader_survives_regression_inputs),
        cmocka_unit_test(query_parser_survives_regression_inputs),
        cmocka_unit_test(extract_survives_edge_inputs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
