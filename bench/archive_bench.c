/* archive_bench.c - the archive benchmark (make bench): ingest a generated
 * corpus of statements and time searches on it.
 *
 * usage: archive_bench DB [DOCS]   (DOCS defaults to 100000)
 * Statements are built from templates with a fixed pseudo-random seed, so
 * runs compare. Reports documents/s and MB/s of ingest (extraction included),
 * archive bytes per MB of text, and the median and 99th percentile latency of
 * text, filter and combined queries (first 20 hits, as a person would ask).
 * CPU time is shown too, as the machine running it may be shared. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "dateline.h"

#define PICK(a) ((a)[rnd() % (sizeof(a) / sizeof *(a))])

static uint64_t seed = 0x9E3779B97F4A7C15u;

static uint32_t rnd(void)
{
    seed ^= seed << 13;
    seed ^= seed >> 7;
    seed ^= seed << 17;
    return (uint32_t)(seed >> 11);
}

static const char *const issuers[] = {
    "Ministry of Foreign Affairs of the Republic of Kivania",
    "Permanent Mission of Northland to the United Nations",
    "Office of the High Commissioner for Human Rights",
    "Ministry of Defence", "National Police Service", "Regional Red Cross",
    "Embassy of Southland", "Office of the Spokesperson for the Secretary-General",
    "Ministry of Interior", "Human Rights Monitor", "Press Office of the President",
};
static const char *const kinds[] = {"Press release", "Statement", "Press briefing",
                                    "Letter", "News"};
static const char *const places[] = {
    "Baku", "Tbilisi", "Goma", "Bukavu", "Kharkiv", "Aleppo", "Mosul", "Kabul",
    "Juba", "Gao", "Mogadishu", "Sanaa", "Tripoli", "Bamako", "Kirumba", "Beni",
    "Mopti", "Kidal", "Idlib", "Donetsk", "Marib", "Herat", "Malakal", "Bentiu",
};
static const char *const months[] = {
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
};
static const char *const acts[] = {
    "shelling of", "attack on", "bombing of", "raid on", "assault on",
    "siege of", "air strike on", "ambush near",
};
static const char *const who[] = {"civilians", "people", "protesters",
                                  "soldiers", "police officers", "children"};
static const char *const filler[] = {
    "The authorities have opened an investigation into the circumstances of the incident.",
    "Humanitarian organisations reported that access to the affected area remained restricted.",
    "Witnesses said that the shooting lasted for several hours before reinforcements arrived.",
    "The government called on the international community to condemn the violence.",
    "A curfew was imposed in the northern districts until further notice.",
    "Hundreds of families have fled towards the border since the beginning of the month.",
    "Peaceful demonstrators gathered in the central square to demand the release of detainees.",
    "The spokesperson reiterated the call for an immediate cessation of hostilities.",
    "Local hospitals said they were overwhelmed and short of medical supplies.",
    "The mission will continue to monitor the situation closely and report to the Council.",
    "Negotiations between the parties are expected to resume in the capital next week.",
    "Security forces detained dozens of people in the aftermath of the unrest.",
};

static char *statement(size_t i, size_t *len)
{
    char buf[4096];
    int y = 2000 + (int)(rnd() % 24), m = (int)(rnd() % 12), d = 1 + (int)(rnd() % 28);
    const char *place = PICK(places);
    int n = snprintf(buf, sizeof buf,
        "%s\n\n%s\n\n%s, %d %s %d\n\n"
        "The %s condemns the %s %s on %d %s %d, in which %u %s were killed "
        "and more than %u others were injured (reference %zu).",
        PICK(issuers), PICK(kinds), place, d, months[m], y, PICK(issuers),
        PICK(acts), PICK(places), d > 1 ? d - 1 : d, months[m], y,
        rnd() % 300, PICK(who), rnd() % 900, i);
    for (int k = 0, nk = 6 + (int)(rnd() % 8); k < nk && n < 3800; k++)
        n += snprintf(buf + n, sizeof buf - (size_t)n, " %s", PICK(filler));
    n += snprintf(buf + n, sizeof buf - (size_t)n, "\n");
    *len = (size_t)n;
    return strdup(buf);
}

static double clock_of(clockid_t id)
{
    struct timespec t;
    clock_gettime(id, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

/* Wall time, and this process's CPU time (the machine may be shared). */
static double now(void) { return clock_of(CLOCK_MONOTONIC); }
static double cpu(void) { return clock_of(CLOCK_PROCESS_CPUTIME_ID); }

static int ingest(dl_store *s, size_t docs, double *bytes, double *secs,
                  double *cpu_secs)
{
    double t0 = now(), c0 = cpu();
    *bytes = 0;
    for (size_t i = 0; i < docs; i++) {
        size_t len;
        char *text = statement(i, &len);
        dl_options o = {.source = "bench"};
        dl_record *r;
        dl_error err;
        if (!text || dl_record_parse(text, len, &o, &r, &err) ||
            dl_store_add(s, r, NULL, NULL, &err)) {
            fprintf(stderr, "archive_bench: document %zu: %s\n", i, err.message);
            free(text);
            return -1;
        }
        *bytes += (double)len;
        dl_record_free(r);
        free(text);
        if (i % 10000 == 9999)
            fprintf(stderr, "  %zu documents, %.0f/s\n", i + 1, (i + 1) / (now() - t0));
    }
    *secs = now() - t0;
    *cpu_secs = cpu() - c0;
    return 0;
}

static int count_hit(const dl_hit *h, void *ctx)
{
    (void)h;
    ++*(size_t *)ctx;
    return 0;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Time `runs` queries made by gen(i) into buf; median and p99 in ms. */
static void latency(dl_store *s, const char *label,
                    void (*gen)(size_t, char *, size_t), size_t runs)
{
    double *ms = calloc(runs, sizeof *ms), c0 = cpu();
    size_t hits = 0;
    dl_search_opts opt = {.limit = 20};
    for (size_t i = 0; ms && i < runs; i++) {
        char q[256];
        dl_error err;
        gen(i, q, sizeof q);
        double t0 = now();
        if (dl_store_search(s, q, &opt, count_hit, &hits, &err))
            fprintf(stderr, "archive_bench: %s: %s\n", q, err.message);
        ms[i] = (now() - t0) * 1000;
    }
    if (!ms)
        return;
    qsort(ms, runs, sizeof *ms, by_value);
    printf("search %-9s median %8.3f ms   p99 %8.3f ms   (%zu queries, %.1f hits"
           " each, %.3f ms CPU each)\n", label, ms[runs / 2],
           ms[(runs * 99) / 100], runs, (double)hits / runs,
           (cpu() - c0) * 1000 / runs);
    free(ms);
}

static const char *const words[] = {
    "curfew", "shelling", "\"peaceful demonstrators\"", "hospitals", "detained",
    "negotiations", "humanitarian", "reinforcements", "Kirumba", "cessation",
};

static void text_q(size_t i, char *q, size_t n) { snprintf(q, n, "%s", words[i % 10]); }

static void filter_q(size_t i, char *q, size_t n)
{
    static const char *const f[] = {
        "reported:%d", "issuer:Ministry reported:%d-03", "kind:statement reported:%d",
        "place:Baku date:%d", "country:AZ killed>=100 date:%d",
    };
    snprintf(q, n, f[i % 5], 2000 + (int)(i % 24));
}

static void combined_q(size_t i, char *q, size_t n)
{
    snprintf(q, n, "%s issuer:Mission reported:%d..%d", words[i % 10],
             2000 + (int)(i % 20), 2004 + (int)(i % 20));
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs("usage: archive_bench DB [DOCS]\n", stderr);
        return 2;
    }
    size_t docs = argc > 2 ? strtoul(argv[2], NULL, 10) : 100000;
    char wal[4200];
    snprintf(wal, sizeof wal, "%s-wal", argv[1]);
    remove(argv[1]);
    remove(wal);
    dl_store *s;
    dl_error err;
    double bytes, secs, cpu_secs;
    if (dl_store_open(argv[1], 0, &s, &err)) {
        fprintf(stderr, "archive_bench: %s\n", err.message);
        return 1;
    }
    printf("archive benchmark: %zu generated statements, extractor %s\n", docs,
           dl_extractor_version());
    if (ingest(s, docs, &bytes, &secs, &cpu_secs)) {
        dl_store_close(s);
        return 1;
    }
    dl_store_close(s); /* checkpoints the WAL into the file */
    struct stat st;
    double size = stat(argv[1], &st) == 0 ? (double)st.st_size : 0;
    printf("ingest          %8.0f documents/s   %6.2f MB/s   (%.1f MB in %.1f s)\n",
           docs / secs, bytes / 1e6 / secs, bytes / 1e6, secs);
    printf("ingest CPU      %8.0f documents/s   %6.2f MB/s   (%.1f s of CPU)\n",
           docs / cpu_secs, bytes / 1e6 / cpu_secs, cpu_secs);
    printf("archive size    %8.2f MB per MB of text   (%.1f MB)\n",
           size / bytes, size / 1e6);
    if (dl_store_open(argv[1], DL_STORE_READONLY, &s, &err)) {
        fprintf(stderr, "archive_bench: %s\n", err.message);
        return 1;
    }
    latency(s, "text", text_q, 500);
    latency(s, "filter", filter_q, 500);
    latency(s, "combined", combined_q, 500);
    dl_store_close(s);
    return 0;
}
