/* serve.c - `dateline serve`: an HTTP server (libmicrohttpd) for
 * extraction and the archive (docs/server.md). This file reads the
 * options, opens the archive, starts the daemon and stops it cleanly on
 * SIGINT or SIGTERM; serve_http.c, serve_routes.c, serve_docs.c and
 * serve_search.c do the rest. */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "serve.h"

static const char usage[] =
    "usage: dateline serve [--db PATH] [--writable] [--bind ADDR] [--port N]\n"
    "                      [--threads N] [--max-body BYTES[K|M]] [-q]\n"
    "Serve extraction and the archive over HTTP (docs/server.md): POST\n"
    "/v1/extract, GET /v1/search, /v1/timeline, /v1/claims, /v1/documents/ID,\n"
    "and with --writable POST /v1/documents. The archive is --db, else\n"
    "$DATELINE_DB, else ./dateline.db when it exists (without one, only\n"
    "extraction is served). Defaults: --bind 127.0.0.1 --port 8080, a thread\n"
    "per core, --max-body 16M. --port 0 takes any free port. The address it\n"
    "listens on is printed on stdout; -q: no request log on stderr.\n";

typedef struct {
    const char *db, *bind;
    unsigned port, threads;
    size_t max_body;
    int writable, quiet;
} serve_opts;

/* "16M", "512K", "100000": bytes; 0 when malformed. */
static size_t parse_size(const char *s)
{
    char *end;
    unsigned long long n = strtoull(s, &end, 10);
    unsigned long long mul = !*end ? 1 : !strcmp(end, "K") || !strcmp(end, "k")
                                             ? 1024ULL
                                         : !strcmp(end, "M") ? 1024ULL * 1024
                                         : !strcmp(end, "G") ? 1024ULL * 1024 * 1024
                                                             : 0;
    if (*s == '-' || end == s || !mul || n > DL_MAX_INPUT / mul)
        return 0;
    return (size_t)(n * mul);
}

static int parse_uint(const char *s, unsigned max, unsigned *out)
{
    char *end;
    unsigned long n = strtoul(s, &end, 10);
    if (!*s || *s == '-' || *end || n > max)
        return -1;
    *out = (unsigned)n;
    return 0;
}

/* -1 when fine, else an exit code. */
static int parse_opts(int argc, char **argv, serve_opts *o)
{
    static const struct option lo[] = {
        {"db", required_argument, NULL, 'b'},
        {"writable", no_argument, NULL, 'w'},
        {"bind", required_argument, NULL, 'a'},
        {"port", required_argument, NULL, 'p'},
        {"threads", required_argument, NULL, 't'},
        {"max-body", required_argument, NULL, 'm'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    int c, rc;
    optind = 1;
    while ((c = cli_getopt(argc, argv, "qh", lo, usage, &rc)) != -1) {
        const char *bad = NULL;
        switch (c) {
        case CLI_OPT_DONE: return rc;
        case 'b': o->db = optarg; break;
        case 'w': o->writable = 1; break;
        case 'a': o->bind = optarg; break;
        case 'q': o->quiet = 1; break;
        case 'p': bad = parse_uint(optarg, 65535, &o->port) ? "--port wants 0 to 65535" : NULL; break;
        case 't': bad = parse_uint(optarg, 256, &o->threads) || !o->threads ? "--threads wants 1 to 256" : NULL; break;
        case 'm': bad = !(o->max_body = parse_size(optarg)) ? "--max-body wants a size such as 16M" : NULL; break;
        }
        if (bad) {
            fprintf(stderr, "dateline: %s\n", bad);
            return EXIT_USAGE;
        }
    }
    return optind == argc ? -1 : cli_usage_error(usage);
}

/* The archive to serve: NULL with *rc = -1 when there is none to open. */
static dl_store *open_archive(const serve_opts *o, int *rc)
{
    const char *path = cli_db_path(o->db);
    struct stat st;
    *rc = -1;
    if (!o->db && !getenv("DATELINE_DB") && !o->writable &&
        stat(path, &st) != 0) {
        fprintf(stderr, "dateline: no archive at %s: serving extraction only\n", path);
        return NULL;
    }
    return cli_store_open(o->db, !o->writable, rc);
}

/* Block the stop signals in every thread, then wait for one here. */
static void wait_for_stop(const sigset_t *set)
{
    int sig;
    while (sigwait(set, &sig) != 0)
        ;
}

static int run(srv_ctx *c, const serve_opts *o, const sigset_t *stop)
{
    unsigned bound = 0;
    void *d = srv_start(c, o->bind, o->port, o->threads, &bound);
    if (!d) {
        fprintf(stderr, "dateline: serve: cannot listen on %s port %u: %s\n",
                o->bind, o->port, strerror(errno ? errno : EADDRINUSE));
        return EXIT_ERROR;
    }
    printf("listening on http://%s%s%s:%u/v1\n", strchr(o->bind, ':') ? "[" : "",
           o->bind, strchr(o->bind, ':') ? "]" : "", bound);
    fflush(stdout);
    wait_for_stop(stop);
    srv_stop(d);
    return EXIT_OK;
}

int cmd_serve(int argc, char **argv)
{
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    serve_opts o = {.bind = "127.0.0.1", .port = 8080,
                    .threads = cores > 0 && cores <= 256 ? (unsigned)cores : 2,
                    .max_body = 16u << 20};
    int rc = parse_opts(argc, argv, &o);
    if (rc >= 0)
        return rc;
    srv_ctx c = {.writable = o.writable, .max_body = o.max_body,
                 .quiet = o.quiet};
    c.store = open_archive(&o, &rc);
    if (!c.store && rc >= 0)
        return rc;
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);
    signal(SIGPIPE, SIG_IGN);
    pthread_mutex_init(&c.lock, NULL);
    rc = run(&c, &o, &stop);
    pthread_mutex_destroy(&c.lock);
    dl_store_close(c.store);
    return rc;
}
