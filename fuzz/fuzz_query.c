/* fuzz_query.c - libFuzzer target: the archive's search query parser and
 * its SQL translation (src/store/query.h).
 *
 * Parses arbitrary bytes (up to the first NUL, as a C string), checks that a
 * failure names an offset inside the query and a success has terms inside
 * it, then builds the SQL for documents and for events. Also compiled into
 * tests/unit/test_fuzz_regress.c to replay fuzz/regress/query/. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../src/store/query.h"

#define FUZZ_CHECK(c) ((c) ? (void)0 : abort())

static void check_sql(const query *q)
{
    for (int events = 0; events < 2; events++) {
        query_sql qs;
        memset(&qs, 0, sizeof qs);
        if (query_to_sql(q, events, &qs) == DL_OK)
            FUZZ_CHECK(qs.where != NULL);
        query_sql_free(&qs);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    if (!s)
        return 0;
    memcpy(s, data, size);
    s[size] = 0;
    size_t len = strlen(s);
    query q;
    memset(&q, 0, sizeof q);
    dl_error err;
    memset(&err, 0, sizeof err);
    dl_status st = query_parse(s, &q, &err);
    if (st == DL_OK) {
        FUZZ_CHECK(q.n <= QUERY_MAX_TERMS);
        for (size_t i = 0; i < q.n; i++)
            FUZZ_CHECK(q.terms[i].offset + q.terms[i].len <= len);
        check_sql(&q);
    } else {
        FUZZ_CHECK(q.n == 0 && err.message[0]);
        FUZZ_CHECK(err.offset == (size_t)-1 || err.offset <= len);
    }
    query_free(&q);
    free(s);
    return 0;
}
