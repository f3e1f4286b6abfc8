/* bench.c - the benchmark driver: throughput and peak memory of the pipeline.
 *
 * Reads the corpus that bench/corpus.sh built (DIR/list.txt, DIR/docs/) and
 * times either the whole pipeline (dl_record_parse, one record per document)
 * or one stage alone on records built through the stages before it. Prints
 * one line of key=value pairs for bench/run.sh to tabulate. Not a test: it
 * asserts nothing. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "../src/record/record.h"

typedef struct {
    char *name;
    char *data;
    size_t len;
} doc;

typedef struct {
    doc *docs;
    size_t ndocs;
    size_t target;  /* bytes to process, cycling through docs */
    int stage;      /* 0: whole pipeline; k: pipeline stage k alone */
    int upto;       /* time the pipeline through stage k (0: text only) */
    atomic_size_t next, bytes, done, errors;
    double each[9]; /* -s each (one thread): CPU seconds per part */
} job;

static const struct {
    const char *name;
    dl_status (*fn)(dl_record *);
} stages[] = {
    {"all", NULL},
    {"document", document_extract}, {"time", time_extract},
    {"figures", figures_extract},   {"places", places_extract},
    {"actors", actors_extract},     {"events", events_extract},
    {"text", NULL},
    {"each", NULL},
};
#define TEXT_ONLY 7 /* index of "text": input checks, copy, hash, text layer */
#define EACH 8      /* every part timed on its own, in one pass */
#define NPARTS 8    /* text, the six stages, dl_record_free */
static const char *const part_names[NPARTS] = {
    "text", "document", "time", "figures", "places", "actors", "events", "free",
};

static double now(clockid_t clk)
{
    struct timespec ts;
    clock_gettime(clk, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static long peak_rss_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
        free(b);
        b = NULL;
    }
    fclose(f);
    if (b) {
        b[n] = 0;
        *len = (size_t)n;
    }
    return b;
}

static int load_corpus(const char *dir, doc **out, size_t *n)
{
    char path[4096], name[256];
    snprintf(path, sizeof path, "%s/list.txt", dir);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    size_t cap = 0;
    *out = NULL;
    *n = 0;
    while (fscanf(f, "%255s", name) == 1) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 256;
            *out = realloc(*out, cap * sizeof **out);
        }
        doc *d = &(*out)[*n];
        snprintf(path, sizeof path, "%s/docs/%s", dir, name);
        d->data = slurp(path, &d->len);
        d->name = strdup(name);
        if (d->data)
            (*n)++;
    }
    fclose(f);
    return *n ? 0 : -1;
}

/* Time the text layer, each stage and the free apart (one thread only). */
static double run_each(job *j, const doc *d)
{
    dl_options opt = {.source = d->name};
    dl_record *r = NULL;
    dl_error err;
    double t[NPARTS + 1];
    t[0] = now(CLOCK_THREAD_CPUTIME_ID);
    if (record_parse_stages(d->data, d->len, &opt, 0, &r, &err)) {
        atomic_fetch_add(&j->errors, 1);
        return 0;
    }
    t[1] = now(CLOCK_THREAD_CPUTIME_ID);
    for (int k = 1; k <= REC_STAGES_ALL; k++) {
        if (stages[k].fn(r))
            atomic_fetch_add(&j->errors, 1);
        t[k + 1] = now(CLOCK_THREAD_CPUTIME_ID);
    }
    dl_record_free(r);
    t[NPARTS] = now(CLOCK_THREAD_CPUTIME_ID);
    for (int k = 0; k < NPARTS; k++)
        j->each[k] += t[k + 1] - t[k];
    return t[NPARTS] - t[0];
}

/* Process one document; returns the seconds of thread CPU time it took. */
static double run_one(job *j, const doc *d)
{
    if (j->stage == EACH)
        return run_each(j, d);
    dl_options opt = {.source = d->name};
    dl_record *r = NULL;
    dl_error err;
    double t0, t1;
    if (j->stage == 0 || j->upto) {
        size_t n = j->stage ? (size_t)j->stage : REC_STAGES_ALL;
        if (j->stage == TEXT_ONLY)
            n = 0;
        t0 = now(CLOCK_THREAD_CPUTIME_ID);
        dl_status st = record_parse_stages(d->data, d->len, &opt, n, &r, &err);
        dl_record_free(r);
        t1 = now(CLOCK_THREAD_CPUTIME_ID);
        if (st)
            atomic_fetch_add(&j->errors, 1);
        return t1 - t0;
    }
    if (record_parse_stages(d->data, d->len, &opt, (size_t)j->stage - 1, &r,
                            &err)) {
        atomic_fetch_add(&j->errors, 1);
        return 0;
    }
    t0 = now(CLOCK_THREAD_CPUTIME_ID);
    if (stages[j->stage].fn(r))
        atomic_fetch_add(&j->errors, 1);
    t1 = now(CLOCK_THREAD_CPUTIME_ID);
    dl_record_free(r);
    return t1 - t0;
}

static void *worker(void *arg)
{
    job *j = arg;
    double *cpu = calloc(1, sizeof *cpu);
    for (;;) {
        size_t i = atomic_fetch_add(&j->next, 1);
        const doc *d = &j->docs[i % j->ndocs];
        if (atomic_fetch_add(&j->bytes, d->len) >= j->target)
            break;
        *cpu += run_one(j, d);
        atomic_fetch_add(&j->done, d->len);
    }
    return cpu;
}

/* Join the documents with blank lines into one of at least `target` bytes. */
static doc join_docs(const doc *docs, size_t n, size_t target)
{
    doc big = {.name = "joined"};
    big.data = malloc(target + 1);
    size_t i = 0;
    while (big.len < target) {
        const doc *d = &docs[i++ % n];
        size_t k = d->len < target - big.len ? d->len : target - big.len;
        memcpy(big.data + big.len, d->data, k);
        big.len += k;
        if (big.len + 2 <= target) {
            memcpy(big.data + big.len, "\n\n", 2);
            big.len += 2;
        }
    }
    big.data[big.len] = 0;
    return big;
}

static int usage(void)
{
    fputs("usage: bench [-s all|each|text|document|time|figures|places|actors|events]"
          " [-u] [-t THREADS] [-m MB] [-1] CORPUS_DIR\n"
          "  -s STAGE  time that stage alone (all: dl_record_parse; each: every\n"
          "            part apart in one pass, one line per part)\n"
          "  -u        time the pipeline from the start through STAGE\n"
          "  -t N      threads on separate documents (0: all cores)\n"
          "  -m MB     megabytes to read, cycling through the corpus\n"
          "  -1        one single document of MB megabytes\n", stderr);
    return 2;
}

static int parse_stage(const char *s)
{
    for (size_t i = 0; i < sizeof stages / sizeof *stages; i++)
        if (!strcmp(s, stages[i].name))
            return (int)i;
    return -1;
}

int main(int argc, char **argv)
{
    int c, threads = 1, single = 0;
    double mb = 64;
    job j = {.stage = 0};
    while ((c = getopt(argc, argv, "s:t:m:1u")) != -1) {
        switch (c) {
        case 's': if ((j.stage = parse_stage(optarg)) < 0) return usage(); break;
        case 't': threads = atoi(optarg); break;
        case 'm': mb = atof(optarg); break;
        case '1': single = 1; break;
        case 'u': j.upto = 1; break;
        default: return usage();
        }
    }
    if (j.stage == TEXT_ONLY)
        j.upto = 1;
    if (j.stage == EACH)
        threads = 1;
    if (optind != argc - 1 || mb <= 0)
        return usage();
    if (threads <= 0)
        threads = (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (load_corpus(argv[optind], &j.docs, &j.ndocs)) {
        fprintf(stderr, "bench: no corpus in %s (run bench/corpus.sh)\n",
                argv[optind]);
        return 1;
    }
    j.target = (size_t)(mb * 1e6);
    doc big;
    if (single) {
        big = join_docs(j.docs, j.ndocs, j.target);
        j.docs = &big;
        j.ndocs = 1;
        threads = 1;
    }
    long base_kb = peak_rss_kb();
    pthread_t tid[256];
    if (threads > 256)
        threads = 256;
    double w0 = now(CLOCK_MONOTONIC), cpu = 0;
    for (int i = 0; i < threads; i++)
        pthread_create(&tid[i], NULL, worker, &j);
    for (int i = 0; i < threads; i++) {
        double *t;
        pthread_join(tid[i], (void **)&t);
        cpu += *t;
        free(t);
    }
    double wall = now(CLOCK_MONOTONIC) - w0;
    size_t bytes = atomic_load(&j.done);
    /* One thread: bytes per CPU second of the timed calls (steady on a busy
     * machine). Several: bytes per wall-clock second of the whole run. */
    double rate = threads == 1 ? (double)bytes / cpu : (double)bytes / wall;
    printf("stage=%s%s threads=%d single=%d bytes=%zu wall_s=%.3f cpu_s=%.3f "
           "mb_s=%.2f base_rss_kb=%ld peak_rss_kb=%ld errors=%zu\n",
           j.upto && j.stage != TEXT_ONLY ? "upto-" : "", stages[j.stage].name, threads, single, bytes, wall, cpu,
           rate / 1e6, base_kb, peak_rss_kb(), atomic_load(&j.errors));
    if (j.stage == EACH)
        for (int k = 0; k < NPARTS; k++)
            printf("part=%s bytes=%zu cpu_s=%.3f share=%.1f mb_s=%.2f\n",
                   part_names[k], bytes, j.each[k], 100 * j.each[k] / cpu,
                   j.each[k] > 0 ? (double)bytes / j.each[k] / 1e6 : 0.0);
    return 0;
}
