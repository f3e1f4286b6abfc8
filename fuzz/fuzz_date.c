/* fuzz_date.c - libFuzzer target: the shared date reader (date_parse.h).
 *
 * Builds the text layer over arbitrary bytes and tries date_parse at every
 * token, checking that what it reads stays inside the text and is a real
 * calendar date. Also compiled into tests/unit/test_fuzz_regress.c to replay
 * fuzz/regress/date/. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../src/time/date_parse.h"

#define FUZZ_CHECK(c) ((c) ? (void)0 : abort())

static void check_date(const date_parts *d)
{
    char buf[16];
    FUZZ_CHECK(d->month >= 0 && d->month <= 12);
    FUZZ_CHECK(d->weekday >= 0 && d->weekday <= 7);
    FUZZ_CHECK(d->day >= 0 && d->day <= 31);
    if (d->day && d->month)
        FUZZ_CHECK(d->day <= date_days_in_month(d->year ? d->year : 2000,
                                                d->month));
    date_format(d, buf, sizeof buf);
    FUZZ_CHECK(strlen(buf) < sizeof buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    arena *a = arena_new();
    text t;
    memset(&t, 0, sizeof t);
    if (a && text_build(a, &t, (const char *)data, size) == DL_OK) {
        for (size_t i = 0; i < t.ntoks; i++) {
            date_parts d;
            memset(&d, 0, sizeof d);
            size_t limit = i + 1 + (size_t)(data[i % size] % 12);
            if (limit > t.ntoks)
                limit = t.ntoks;
            size_t n = date_parse(&t, i, limit, &d);
            FUZZ_CHECK(i + n <= limit);
            if (n)
                check_date(&d);
            (void)date_month_name(&t, i);
        }
    }
    arena_free(a);
    return 0;
}
