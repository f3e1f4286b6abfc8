/* fuzz_number.c - libFuzzer target: the figures stage's number reader
 * (src/figures/number.h).
 *
 * Parses the bytes as one number string (num_parse), then builds the text
 * layer over them and reads a number at every token (num_read), checking
 * that values stay in range and reads stay inside their limit. Also compiled
 * into tests/unit/test_fuzz_regress.c to replay fuzz/regress/number/. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../src/figures/number.h"

#define FUZZ_CHECK(c) ((c) ? (void)0 : abort())

static void check_value(const num_value *v, size_t i, size_t limit, size_t n)
{
    FUZZ_CHECK(i + n <= limit && n == v->ntoks);
    FUZZ_CHECK(v->kind >= NUM_NONE && v->kind <= NUM_OTHER);
    FUZZ_CHECK((v->kind == NUM_NONE) == (n == 0));
    if (v->kind == NUM_COUNT)
        FUZZ_CHECK(v->value >= 0 && v->value <= NUM_MAX);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int64_t value = -1;
    if (num_parse((const char *)data, size, &value))
        FUZZ_CHECK(value >= 0 && value <= NUM_MAX);
    arena *a = arena_new();
    text t;
    memset(&t, 0, sizeof t);
    if (a && text_build(a, &t, (const char *)data, size) == DL_OK) {
        for (size_t i = 0; i < t.ntoks; i++) {
            num_value v;
            memset(&v, 0, sizeof v);
            size_t limit = i + 1 + (size_t)(data[i % size] % 16);
            if (limit > t.ntoks)
                limit = t.ntoks;
            check_value(&v, i, limit, 0);
            size_t n = num_read(&t, i, limit, &v);
            if (v.kind != NUM_NONE || n)
                check_value(&v, i, limit, n);
        }
    }
    arena_free(a);
    return 0;
}
