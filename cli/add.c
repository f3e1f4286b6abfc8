/* add.c - `dateline add`: archive statements from files, folders (.txt,
 * .md, .jsonl, recursively), JSONL lines with `text` and optional `source`,
 * `date`, `issuer`, `url`, or stdin. Each document commits on its own, so
 * an interrupted run keeps all it finished; a progress bar on a terminal. */
#include <dirent.h>
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

static const char usage[] =
    "usage: dateline add [--db PATH] [--date YYYY-MM-DD] [--issuer NAME]\n"
    "                    [--url URL] [--jsonl] [--lossy] [-v] [-q]\n"
    "                    FILE|DIR|-...\n"
    "Archive statements (.txt, .md; .jsonl lines with \"text\" and optional\n"
    "\"source\", \"date\", \"issuer\", \"url\"). The archive is --db, else\n"
    "$DATELINE_DB, else ./dateline.db. -v lists each document archived.\n";

typedef struct {
    dl_store *store;
    dl_options opt;
    dl_store_meta meta;
    int jsonl, verbose, progress;
    size_t added, skipped, failed;
    size_t bytes_done, bytes_total;
    struct timespec t0, last;
    int fatal;      /* a database error: stop */
} ingest;

typedef struct {
    char **v;
    size_t n, cap;
} paths;

static double since(const struct timespec *t)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t->tv_sec) + (now.tv_nsec - t->tv_nsec) / 1e9;
}

static void progress(ingest *g, int final)
{
    if (!g->progress || (!final && since(&g->last) < 0.1))
        return;
    clock_gettime(CLOCK_MONOTONIC, &g->last);
    double secs = since(&g->t0), mb = g->bytes_done / 1e6;
    double rate = secs > 0 ? mb / secs : 0;
    fprintf(stderr, "\r\033[K%zu documents  %.1f MB  %.2f MB/s",
            g->added + g->skipped + g->failed, mb, rate);
    if (g->bytes_total && g->bytes_done <= g->bytes_total && rate > 0) {
        double left = (g->bytes_total - g->bytes_done) / 1e6 / rate;
        int w = 24, fill = (int)(w * (double)g->bytes_done / g->bytes_total);
        fprintf(stderr, "  [%.*s%*s] ETA %d:%02d", fill,
                "########################", w - fill, "", (int)left / 60,
                (int)left % 60);
    }
    if (final)
        fputs("\r\033[K", stderr);
}

static int wanted(const char *name, int *is_jsonl)
{
    const char *dot = strrchr(name, '.');
    *is_jsonl = dot && (!strcasecmp(dot, ".jsonl") || !strcasecmp(dot, ".ndjson"));
    return dot && (*is_jsonl || !strcasecmp(dot, ".txt") || !strcasecmp(dot, ".md"));
}

static int push(paths *p, const char *path)
{
    if (p->n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 64;
        char **v = realloc(p->v, cap * sizeof *v);
        if (!v)
            return -1;
        p->v = v;
        p->cap = cap;
    }
    if (!(p->v[p->n] = strdup(path)))
        return -1;
    p->n++;
    return 0;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Files under dir with a statement extension, hidden entries skipped. */
static int walk(const char *dir, paths *out)
{
    DIR *d = opendir(dir);
    if (!d) {
        perror(dir);
        return -1;
    }
    struct dirent *e;
    int rc = 0, j;
    while (!rc && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        char *p = malloc(n);
        if (!p)
            break;
        snprintf(p, n, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/",
                 e->d_name);
        struct stat st;
        if (stat(p, &st) == 0 && S_ISDIR(st.st_mode))
            rc = walk(p, out);
        else if (S_ISREG(st.st_mode) && wanted(p, &j))
            rc = push(out, p);
        free(p);
    }
    closedir(d);
    return rc;
}

static void note(ingest *g, const char *fmt, const char *a, const char *b)
{
    if (g->progress)
        fputs("\r\033[K", stderr);
    fprintf(stderr, fmt, a, b);
}

/* Archive one document's bytes. */
static void add_doc(ingest *g, const char *text, size_t len,
                    const dl_options *opt, const dl_store_meta *meta,
                    const char *where)
{
    int found = 0;
    dl_record *rec;
    dl_error err;
    g->bytes_done += len;
    if (dl_store_contains(g->store, text, len, &found) == DL_OK && found) {
        g->skipped++;
        return;
    }
    dl_status st = dl_record_parse(text, len, opt, &rec, &err);
    if (st) {
        g->failed++;
        note(g, "dateline: %s: %s\n", where, err.message);
        if (st == DL_EUSAGE && opt->date && opt->date == g->opt.date)
            g->fatal = EXIT_USAGE; /* a bad --date: every document fails */
        return;
    }
    int added = 0;
    st = dl_store_add(g->store, rec, meta, &added, &err);
    if (st) {
        g->fatal = EXIT_ERROR;
        note(g, "dateline: %s: %s\n", where, err.message);
    } else if (added) {
        g->added++;
        if (g->verbose)
            printf("added %s %s\n", dl_record_document(rec)->id, where);
    } else {
        g->skipped++;
    }
    dl_record_free(rec);
    progress(g, 0);
}

static const char *field(json_t *o, const char *key, const char *dflt)
{
    const char *s = json_string_value(json_object_get(o, key));
    return s && *s ? s : dflt;
}

/* One JSONL line: {"text": ..., "source"?, "date"?, "issuer"?, "url"?}. */
static void add_json_line(ingest *g, const char *line, size_t len,
                          const char *where)
{
    json_error_t je;
    json_t *o = json_loadb(line, len, 0, &je);
    json_t *t = o ? json_object_get(o, "text") : NULL;
    if (!o || !json_is_string(t)) {
        g->failed++;
        g->bytes_done += len;
        note(g, "dateline: %s: %s\n", where,
             !o ? je.text : "a JSONL line needs a string field \"text\"");
        json_decref(o);
        return;
    }
    dl_options opt = g->opt;
    opt.source = field(o, "source", where);
    opt.date = field(o, "date", g->opt.date);
    dl_store_meta meta = {field(o, "url", g->meta.url),
                          field(o, "issuer", g->meta.issuer)};
    add_doc(g, json_string_value(t), json_string_length(t), &opt, &meta, where);
    json_decref(o);
}

static void add_jsonl(ingest *g, const char *path, const char *data, size_t len)
{
    size_t lineno = 0;
    for (size_t i = 0; i < len && !g->fatal;) {
        const char *nl = memchr(data + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - data) : len;
        lineno++;
        size_t k = i;
        while (k < end && (data[k] == ' ' || data[k] == '\t' || data[k] == '\r'))
            k++;
        if (k < end) {
            char where[4096];
            snprintf(where, sizeof where, "%s:%zu", path, lineno);
            add_json_line(g, data + i, end - i, where);
        }
        i = end + 1;
    }
}

static int looks_jsonl(const char *data, size_t len)
{
    size_t i = 0;
    while (i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' ||
                       data[i] == '\t'))
        i++;
    return i < len && data[i] == '{';
}

static void add_path(ingest *g, const char *path, int is_jsonl)
{
    char *data;
    size_t len;
    if (cli_read_file(path, &data, &len)) {
        g->failed++;
        return;
    }
    if (is_jsonl || g->jsonl || (!strcmp(path, "-") && looks_jsonl(data, len))) {
        add_jsonl(g, path, data, len);
    } else {
        dl_options opt = g->opt;
        opt.source = path;
        add_doc(g, data, len, &opt, &g->meta, path);
    }
    free(data);
}

/* Expand arguments into the list of inputs and their total size. */
static int collect(int argc, char **argv, paths *p, size_t *total)
{
    for (int i = 0; i < argc; i++) {
        struct stat st;
        if (strcmp(argv[i], "-") && stat(argv[i], &st)) {
            perror(argv[i]);
            return -1;
        }
        size_t first = p->n;
        if (strcmp(argv[i], "-") && S_ISDIR(st.st_mode)) {
            if (walk(argv[i], p))
                return -1;
            qsort(p->v + first, p->n - first, sizeof *p->v, by_name);
        } else if (push(p, argv[i])) {
            return -1;
        }
    }
    for (size_t i = 0; i < p->n; i++) {
        struct stat st;
        if (strcmp(p->v[i], "-") && !stat(p->v[i], &st))
            *total += (size_t)st.st_size;
    }
    return 0;
}

static int run(ingest *g, int argc, char **argv, int quiet)
{
    paths p = {0};
    int rc = collect(argc, argv, &p, &g->bytes_total) ? EXIT_INPUT : EXIT_OK;
    clock_gettime(CLOCK_MONOTONIC, &g->t0);
    for (size_t i = 0; !rc && i < p.n && !g->fatal; i++) {
        int is_jsonl = 0;
        wanted(p.v[i], &is_jsonl);
        add_path(g, p.v[i], is_jsonl);
    }
    progress(g, 1);
    for (size_t i = 0; i < p.n; i++)
        free(p.v[i]);
    free(p.v);
    if (!quiet && (g->verbose || isatty(STDERR_FILENO)))
        fprintf(stderr, "added %zu, already archived %zu, failed %zu "
                "(%.1f MB in %.1f s)\n", g->added, g->skipped, g->failed,
                g->bytes_done / 1e6, since(&g->t0));
    size_t stale = 0;
    if (!quiet && !dl_store_stats(g->store, NULL, NULL, &stale) && stale)
        fprintf(stderr, "dateline: %zu archived documents were read by another "
                "extractor version: 'dateline reindex' updates them\n", stale);
    if (g->fatal)
        return g->fatal;
    return rc ? rc : g->failed ? EXIT_INPUT : EXIT_OK;
}

/* Check --date once, by the library's own rule, before any document. */
static int bad_date(const dl_options *opt)
{
    static const char probe[] = "date check";
    dl_record *rec;
    dl_error err;
    dl_status st = dl_record_parse(probe, sizeof probe - 1, opt, &rec, &err);
    dl_record_free(rec);
    if (st == DL_EUSAGE)
        fprintf(stderr, "dateline: %s\n", err.message);
    return st == DL_EUSAGE;
}

int cmd_add(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'b'},
        {"date", required_argument, NULL, 'd'},
        {"issuer", required_argument, NULL, 'i'},
        {"url", required_argument, NULL, 'u'},
        {"jsonl", no_argument, NULL, 'j'},
        {"lossy", no_argument, NULL, 'l'},
        {"verbose", no_argument, NULL, 'v'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    ingest g = {0};
    const char *db = NULL;
    int c, quiet = 0, rc = EXIT_OK;
    optind = 1;
    while ((c = cli_getopt(argc, argv, "vqh", longopts, usage, &rc)) >= 0) {
        switch (c) {
        case 'b': db = optarg; break;
        case 'd': g.opt.date = optarg; break;
        case 'i': g.meta.issuer = optarg; break;
        case 'u': g.meta.url = optarg; break;
        case 'j': g.jsonl = 1; break;
        case 'l': g.opt.lossy = 1; break;
        case 'v': g.verbose = 1; break;
        case 'q': quiet = 1; break;
        }
    }
    if (c == CLI_OPT_DONE)
        return rc;
    if (optind >= argc)
        return cli_usage_error(usage);
    if (g.opt.date && bad_date(&g.opt))
        return EXIT_USAGE;
    if (!(g.store = cli_store_open(db, 0, &rc)))
        return rc;
    g.progress = !quiet && isatty(STDERR_FILENO);
    if (g.verbose)
        setvbuf(stdout, NULL, _IOLBF, 0);
    rc = run(&g, argc - optind, argv + optind, quiet);
    dl_store_close(g.store);
    return rc;
}
