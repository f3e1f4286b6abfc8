/* bench_gazetteer.c - size of the gazetteer tables and the cost of loading
 * and querying them, for `make bench` (mk/gazetteer.mk).
 *
 * The tables are const data linked into the library, so "loading" is the
 * first touch of its pages: timed as the first full pass over the names.
 * With statements as arguments, also times the pipeline (dl_record_parse)
 * on them with and without look-ups (DATELINE_NO_GAZETTEER) and fails when look-ups
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

typedef struct {
    char *buf;
    size_t len;
} doc;

/* Seconds for `rounds` builds of the record of every document; *places is
 * how many places the last round found. */
static double pipeline(const doc *d, int nd, int rounds, size_t *places)
{
    double t0 = now();
    for (int i = 0; i < rounds; i++) {
        *places = 0;
        for (int k = 0; k < nd; k++) {
            dl_record *r = NULL;
            dl_options opt;
            memset(&opt, 0, sizeof opt);
            if (dl_record_parse(d[k].buf, d[k].len, &opt, &r, NULL) != DL_OK)
                continue;
            *places += dl_record_nplaces(r);
            dl_record_free(r);
        }
    }
    return now() - t0;
}

static int load(const char *path, doc *d)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return 0;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    d->buf = malloc(n > 0 ? (size_t)n : 1);
    d->len = d->buf && n > 0 ? fread(d->buf, 1, (size_t)n, f) : 0;
    fclose(f);
    return d->len > 0;
}

/* Statements one by one, as the tool reads them: best of three rounds of
 * ten, with and without look-ups alternating. */
static int time_pipeline(char **paths, int np)
{
    doc *d = calloc((size_t)np, sizeof *d);
    int nd = 0;
    size_t bytes = 0;
    for (int i = 0; d && i < np; i++)
        if (load(paths[i], &d[nd]))
            bytes += d[nd++].len;
    size_t with_n = 0, without_n = 0;
    double with = 1e9, without = 1e9;
    pipeline(d, nd, 1, &with_n); /* warm up */
    for (int k = 0; k < 3; k++) {
        double w = pipeline(d, nd, 10, &with_n);
        setenv("DATELINE_NO_GAZETTEER", "1", 1);
        double o = pipeline(d, nd, 10, &without_n);
        unsetenv("DATELINE_NO_GAZETTEER");
        with = w < with ? w : with;
        without = o < without ? o : without;
    }
    for (int i = 0; i < nd; i++)
        free(d[i].buf);
    free(d);
    printf("pipeline on %d statements (%zu KiB) x10: %.3f s with look-ups "
           "(%zu places), %.3f s without (ratio %.2f)\n", nd, bytes / 1024,
           with, with_n, without, without > 0 ? with / without : 0.0);
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
    return argc > 1 ? time_pipeline(argv + 1, argc - 1) : 0;
}
