/* test_threads.c - records built on several threads at once come out the
 * same as when built one after another: the library has no shared mutable
 * state. Run under ThreadSanitizer-free builds too; ASan catches misuse. */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "dateline.h"

static const char *const docs[] = {
    "The Embassy of Ruritania\n\nStatement\n\nSecurity forces killed 12 "
    "protesters in Strelsau on 4 March 2019, and more than 40 were injured.\n\n"
    "London, 5 March 2019\n",
    "GENEVA, 2 February 2021 (Reuters) -- About 3,000 people fled the town "
    "of Arbel after shelling on Monday, a UN agency said.\n",
    "Office of the Spokesperson\n\n**Daily Briefing**\n\nPublished on 26 Jun "
    "2018\n\nNo one was killed when the convoy was attacked near the border "
    "yesterday.\n",
};
#define NDOCS (sizeof docs / sizeof *docs)
#define ROUNDS 20

static char *render(const char *s)
{
    dl_record *r;
    dl_error err;
    if (dl_record_parse(s, strlen(s), NULL, &r, &err))
        return NULL;
    char *out = NULL;
    dl_record_write(r, DL_FORMAT_JSONL, &out);
    dl_record_free(r);
    return out;
}

static char *expected[NDOCS];

static void *worker(void *arg)
{
    size_t k = (size_t)(uintptr_t)arg;
    for (int i = 0; i < ROUNDS; i++) {
        size_t d = (k + (size_t)i) % NDOCS;
        char *out = render(docs[d]);
        int same = out && !strcmp(out, expected[d]);
        free(out);
        if (!same)
            return (void *)1;
    }
    return NULL;
}

static void parallel_records_match_serial_ones(void **state)
{
    (void)state;
    for (size_t d = 0; d < NDOCS; d++) {
        expected[d] = render(docs[d]);
        assert_non_null(expected[d]);
    }
    pthread_t th[4];
    for (size_t k = 0; k < 4; k++)
        assert_int_equal(pthread_create(&th[k], NULL, worker, (void *)(uintptr_t)k), 0);
    for (size_t k = 0; k < 4; k++) {
        void *rv;
        pthread_join(th[k], &rv);
        assert_null(rv);
    }
    for (size_t d = 0; d < NDOCS; d++)
        free(expected[d]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(parallel_records_match_serial_ones),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
