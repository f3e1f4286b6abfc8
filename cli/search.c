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
    "cited kind source id, and figures killed injured arrested missing displaced\n"
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

typedef struct {
    const char *db, *fmt;
    dl_search_opts opt;
    char *query;
} search_args;

/* Options and query words, in any order. -1 when fine, else an exit code. */
static int parse_args(int argc, char **argv, const char *usage,
                      search_args *a)
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
    char *end, **words = calloc((size_t)argc + 1, sizeof *words);
    const char *val;
    cli_args it = {0};
    int c, nwords = 0, rc = words ? -1 : EXIT_ERROR;
    while (rc < 0 && (c = cli_query_arg(&it, argc, argv, longopts, "n:h",
                                        &val)) != -1) {
        switch (c) {
        case 0: words[nwords++] = (char *)val; break;
        case 'b': a->db = val; break;
        case 'f': a->fmt = val; break;
        case 'n':
            a->opt.limit = strtoul(val, &end, 10);
            if (*end || !*val || *val == '-') {
                fprintf(stderr, "dateline: --limit wants a number\n");
                rc = EXIT_USAGE;
            }
            break;
        case 'e': a->opt.events = 1; break;
        case 'd': a->opt.order = DL_ORDER_DATE; break;
        case 'h': fputs(usage, stdout); rc = EXIT_OK; break;
        default: fputs(usage, stderr); rc = EXIT_USAGE; break;
        }
    }
    if (rc < 0 && !(a->query = cli_join_args(nwords, words)))
        rc = EXIT_ERROR;
    free(words);
    return rc;
}

/* Shared by search and timeline: parse options, run, print. */
int cli_run_search(int argc, char **argv, int timeline, const char *usage)
{
    search_args a = {.opt = {.events = timeline,
                             .order = timeline ? DL_ORDER_DATE
                                               : DL_ORDER_RELEVANCE}};
    int rc = parse_args(argc, argv, usage, &a);
    cli_hits h = {.timeline = timeline};
    if (rc < 0 && !timeline && !*a.query) {
        fputs(usage, stderr);
        rc = EXIT_USAGE;
    } else if (rc < 0 && cli_out_parse(a.fmt, &h.out)) {
        fprintf(stderr, "dateline: unknown format '%s'\n%s", a.fmt, usage);
        rc = EXIT_USAGE;
    }
    dl_store *s = rc < 0 ? cli_store_open(a.db, 1, &rc) : NULL;
    if (!s) {
        free(a.query);
        return rc;
    }
    dl_error err;
    cli_marks(h.out, &a.opt);
    cli_hits_begin(&h);
    dl_status st = dl_store_search(s, a.query, &a.opt, cli_hits_print, &h, &err);
    cli_hits_end(&h);
    if (st)
        cli_report_query(a.query, &err);
    else if (h.out == OUT_TABLE && !h.n)
        fprintf(stderr, "no %s match\n", timeline ? "events" : "documents or events");
    free(a.query);
    dl_store_close(s);
    return st ? cli_exit_code(st) : EXIT_OK;
}

int cmd_search(int argc, char **argv)
{
    return cli_run_search(argc, argv, 0, usage);
}
