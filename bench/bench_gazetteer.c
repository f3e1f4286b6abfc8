/* bench_gazetteer.c - size of the gazetteer tables and the cost of loading
 * and querying them, for `make bench` (mk/gazetteer.mk).
 *
 * The tables are const data linked into the library, so "loading" is the
 * first touch of its pages: timed as the first full pass over the names. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "../src/places/gazetteer.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(void)
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
    return 0;
}
