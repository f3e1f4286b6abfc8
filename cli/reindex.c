/* reindex.c - `dateline reindex`: re-extract the archived documents that
 * an older extractor stored (or all with --all), one transaction each. */
#include <getopt.h>
#include <stdio.h>
#include <unistd.h>

#include "cli.h"

static const char usage[] =
    "usage: dateline reindex [--db PATH] [--all] [-q]\n"
    "Re-extract documents archived by another extractor version (--all:\n"
    "every document), keeping their text and metadata.\n";

static void bar(size_t done, size_t total, void *ctx)
{
    (void)ctx;
    fprintf(stderr, "\r\033[Kreindexing %zu/%zu", done, total);
    if (done == total)
        fputs("\r\033[K", stderr);
}

int cmd_reindex(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'b'},
        {"all", no_argument, NULL, 'a'},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *db = NULL;
    int c, all = 0, quiet = 0, rc;
    optind = 1;
    while ((c = cli_getopt(argc, argv, "+qh", longopts, usage, &rc)) >= 0) {
        switch (c) {
        case 'b': db = optarg; break;
        case 'a': all = 1; break;
        case 'q': quiet = 1; break;
        }
    }
    if (c == CLI_OPT_DONE)
        return rc;
    if (optind < argc)
        return cli_usage_error(usage);
    dl_store *s = cli_store_open(db, 0, &rc);
    if (!s)
        return rc;
    size_t done = 0;
    dl_error err;
    dl_progress_fn fn = !quiet && isatty(STDERR_FILENO) ? bar : NULL;
    dl_status st = dl_store_reindex(s, all, fn, NULL, &done, &err);
    if (st)
        fprintf(stderr, "dateline: %s\n", err.message);
    if (!quiet)
        printf("reindexed %zu documents (extractor %s)\n", done,
               dl_extractor_version());
    dl_store_close(s);
    return cli_exit_code(st);
}
