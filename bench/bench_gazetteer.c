/* bench_gazetteer.c - size of the gazetteer tables and the cost of loading
 * and querying them, for `make bench` (mk/gazetteer.mk).
 *
 * The tables are const data linked into the library, so "loading" is the
 * first touch of its pages: timed as the first full pass over the names.
 * With a file argument, also times the pipeline (dl_record_parse) on it
 * with and without look-ups (DATELINE_NO_GAZETTEER) and fails when look-ups
 * make it slower than half its speed without them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../src/places/gazetteer.h"
#include "dateline.h"

static double now(void)
{
    struct timespec ts;
    /* CPU time: the machine may be shared with other work */
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Seconds for `rounds` builds of the record of buf; places is the count of
 * places in the last one. */
static double pipeline(const char *buf, size_t len, int rounds, size_t *places)
{
    double t0 = now();
    for (int i = 0; i < rounds; i++) {
        dl_record *r = NULL;
        dl_options opt;
        memset(&opt, 0, sizeof opt);
        if (dl_record_parse(buf, len, &opt, &r, NULL) != DL_OK)
            return -1;
        *places = dl_record_nplaces(r);
        dl_record_free(r);
    }
    return now() - t0;
}

static int time_pipeline(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return perror(path), 1;
    static char buf[1 << 22];
    size_t len = fread(buf, 1, sizeof buf, f);
    fclose(f);
    size_t with_n = 0, without_n = 0;
    double with = 1e9, without = 1e9;
    pipeline(buf, len, 1, &with_n); /* warm up */
    for (int k = 0; k < 3; k++) { /* best of three, alternating */
        double w = pipeline(buf, len, 10, &with_n);
        setenv("DATELINE_NO_GAZETTEER", "1", 1);
        double o = pipeline(buf, len, 10, &without_n);
        unsetenv("DATELINE_NO_GAZETTEER");
        if (w < 0 || o < 0)
            with = without = -1;
        if (w < with)
            with = w;
        if (o < without)
            without = o;
    }
    if (with < 0 || without < 0)
        return fprintf(stderr, "%s: no record\n", path), 1;
    printf("pipeline on %zu KiB x10: %.3f s with look-ups (%zu places), "
           "%.3f s without (ratio %.2f)\n", len / 1024, with, with_n, without,
           with / without);
    if (with > 2 * without) {
        printf("FAIL: look-ups slow the pipeline below half its speed\n");
        return 1;
    }
    printf("ok: look-ups keep the pipeline above half its speed\n");
    return 0;
}

int main(int argc, char **argv)
{
    size_t ne, nn, bytes;
    double t0 = now();
    gaz_stats(&ne, &nn, &bytes);
    double load = now() - t0;
    static const char *const probe[] = {"Baku", "Georgia", "Paris",
                                        "Nagorno-Karabakh", "Soviet Union",
                                        "Kirumba", "New York", "Jonglei State"};
    gaz_hit hits[16];
    size_t found = 0, rounds = 200000;
    t0 = now();
    for (size_t i = 0; i < rounds; i++) {
        const char *s = probe[i % (sizeof probe / sizeof *probe)];
        found += gaz_lookup(s, strlen(s), hits, 16);
    }
    double per = (now() - t0) / (double)rounds;
    printf("gazetteer: %zu entries, %zu names, %.1f MiB of tables\n", ne, nn,
           (double)bytes / (1024.0 * 1024.0));
    printf("gazetteer: load (first pass over the tables) %.2f ms\n",
           load * 1e3);
    printf("gazetteer: look-up %.0f ns each (%zu hits)\n", per * 1e9, found);
    return argc > 1 ? time_pipeline(argv[1]) : 0;
}
