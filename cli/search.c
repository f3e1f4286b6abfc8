/* search.c - `dateline search QUERY`: find archived documents and events
 * by free text and filters (docs/archive.md), printed as a table on a
 * terminal or as JSON, JSONL or CSV. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: dateline search [--db PATH] [--format table|json|jsonl|csv]\n"
    "                       [--limit N] [--events] [--by-date] QUERY...\n"
    "QUERY mixes words, \"phrases\" and filters, for example\n"
    "  'killed>=100 place:Baku'  'date:1990-01 country:AZ'\n"
    "  'reported:2009 issuer:\"Permanent Mission\" kind:\"press release\"'\n"
    "Filters: date reported place country type mode actor target issuer\n"
    "kind source id, and figures killed injured arrested missing displaced\n"
    "forces participants hostages (with : = > >= < <=). A leading - negates.\n";

char *cli_join_args(int argc, char **argv)
{
    size_t n = 1;
    for (int i = 0; i < argc; i++)
        n += strlen(argv[i]) + 1;
    char *q = malloc(n);
    if (!q)
        return NULL;
    q[0] = 0;
    for (int i = 0; i < argc; i++) {
        if (i)
            strcat(q, " ");
        strcat(q, argv[i]);
    }
    return q;
}

/* Shared by search and timeline: parse options, run, print. */
int cli_run_search(int argc, char **argv, int timeline, const char *usage)
{
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'b'},
        {"format", required_argument, NULL, 'f'},
        {"limit", required_argument, NULL, 'n'},
        {"events", no_argument, NULL, 'e'},
        {"by-date", no_argument, NULL, 'd'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *db = NULL, *fmt = NULL;
    dl_search_opts opt = {.events = timeline,
                          .order = timeline ? DL_ORDER_DATE : DL_ORDER_RELEVANCE};
    int c;
    char *end;
    optind = 1;
    while ((c = getopt_long(argc, argv, "+n:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'b': db = optarg; break;
        case 'f': fmt = optarg; break;
        case 'n':
            opt.limit = strtoul(optarg, &end, 10);
            if (*end || !*optarg || *optarg == '-') {
                fprintf(stderr, "dateline: --limit wants a number\n");
                return EXIT_USAGE;
            }
            break;
        case 'e': opt.events = 1; break;
        case 'd': opt.order = DL_ORDER_DATE; break;
        case 'h': fputs(usage, stdout); return EXIT_OK;
        default: fputs(usage, stderr); return EXIT_USAGE;
        }
    }
    if (optind >= argc && !timeline) {
        fputs(usage, stderr);
        return EXIT_USAGE;
    }
    cli_hits h = {.timeline = timeline};
    if (cli_out_parse(fmt, &h.out)) {
        fprintf(stderr, "dateline: unknown format '%s'\n%s", fmt, usage);
        return EXIT_USAGE;
    }
    cli_marks(h.out, &opt);
    char *q = cli_join_args(argc - optind, argv + optind);
    int rc;
    dl_store *s = q ? cli_store_open(db, 1, &rc) : NULL;
    if (!s) {
        free(q);
        return q ? rc : EXIT_ERROR;
    }
    dl_error err;
    cli_hits_begin(&h);
    dl_status st = dl_store_search(s, q, &opt, cli_hits_print, &h, &err);
    cli_hits_end(&h);
    if (st)
        cli_report_query(q, &err);
    else if (h.out == OUT_TABLE && !h.n)
        fprintf(stderr, "no %s match\n", timeline ? "events" : "documents or events");
    free(q);
    dl_store_close(s);
    return st ? cli_exit_code(st) : EXIT_OK;
}

int cmd_search(int argc, char **argv)
{
    return cli_run_search(argc, argv, 0, usage);
}
