/* claims.c - `dateline claims [QUERY]`: events of the same type, place and
 * date reported by several documents, with each source's figures side by
 * side (one says 134 killed, another 147). */
#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: dateline claims [--db PATH] [--format table|json|jsonl]\n"
    "                       [--by day|month|year] [--group place|sides]\n"
    "                       [--all] [QUERY...]\n"
    "Groups events by type, place and date (--by: how finely dates must\n"
    "agree; --group sides: by the countries of place, actor and target\n"
    "instead of the place, so that each side's account of a clash meets the\n"
    "other's) and lists the groups reported by two or more documents\n"
    "(--all: every group), each source's figures side by side.\n";

typedef struct {
    cli_out out;
    size_t n;
} printer;

#define OR(s) ((s) ? (s) : "-")

static void group_table(const dl_claim_group *g)
{
    if (g->sides)
        printf("%s %s between %s: %zu source%s\n", OR(g->type), OR(g->date),
               *g->sides ? g->sides : "-", g->nsources, g->nsources == 1 ? "" : "s");
    else
        printf("%s %s in %s%s%s%s: %zu source%s\n", OR(g->type), OR(g->date),
               OR(g->place), g->country ? " (" : "", g->country ? g->country : "",
               g->country ? ")" : "", g->nsources, g->nsources == 1 ? "" : "s");
    for (size_t i = 0; i < g->nclaims; i++) {
        const dl_hit *h = &g->claims[i];
        char figs[512], doc[13];
        cli_figures(h->figures, h->nfigures, h->cited, figs, sizeof figs);
        snprintf(doc, sizeof doc, "%s", h->doc);
        printf("  %-32s %s%s%s, %s%s%s [%s:%s]\n", *figs ? figs : "no figures",
               h->issuer ? h->issuer : OR(h->source), h->cited ? " citing " : "",
               h->cited ? h->cited : "", OR(h->reported),
               g->sides ? ", in " : "", g->sides ? OR(h->place) : "", doc, OR(h->event));
    }
}

static int on_group(const dl_claim_group *g, void *ctx)
{
    printer *p = ctx;
    if (p->out == OUT_TABLE) {
        group_table(g);
    } else {
        json_t *o = cli_claim_group_json(g);
        char *s = o ? json_dumps(o, JSON_PRESERVE_ORDER | JSON_COMPACT) : NULL;
        if (s)
            printf("%s%s%s", p->out == OUT_JSON ? (p->n ? ",\n" : "[\n") : "",
                   s, p->out == OUT_JSON ? "" : "\n");
        free(s);
        json_decref(o);
    }
    p->n++;
    return ferror(stdout) != 0;
}

int cmd_claims(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'b'},
        {"format", required_argument, NULL, 'f'},
        {"by", required_argument, NULL, 'g'},
        {"group", required_argument, NULL, 'G'},
        {"all", no_argument, NULL, 'a'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *db = NULL, *fmt = NULL, *by = "day", *group = "place", *val;
    size_t min = 2;
    int c, rc = -1, nwords = 0;
    char **words = calloc((size_t)argc + 1, sizeof *words);
    cli_args it = {0};
    while (words && rc < 0 &&
           (c = cli_query_arg(&it, argc, argv, longopts, "h", &val)) != -1) {
        switch (c) {
        case 0: words[nwords++] = (char *)val; break;
        case 'b': db = val; break;
        case 'f': fmt = val; break;
        case 'g': by = val; break;
        case 'G': group = val; break;
        case 'a': min = 1; break;
        case 'h': fputs(usage, stdout); rc = EXIT_OK; break;
        default: fputs(usage, stderr); rc = EXIT_USAGE; break;
        }
    }
    char *q = words && rc < 0 ? cli_join_args(nwords, words) : NULL;
    free(words);
    if (!q)
        return rc < 0 ? EXIT_ERROR : rc;
    printer p = {0};
    if (cli_out_parse(fmt, &p.out) || p.out == OUT_CSV) {
        fprintf(stderr, "dateline: claims prints table, json or jsonl\n");
        free(q);
        return EXIT_USAGE;
    }
    dl_store *s = cli_store_open(db, 1, &rc);
    if (!s) {
        free(q);
        return rc;
    }
    dl_error err;
    dl_status st = dl_store_claims_by(s, q, by, group, min, on_group, &p, &err);
    if (p.out == OUT_JSON)
        fputs(p.n ? "\n]\n" : "[]\n", stdout);
    if (st)
        cli_report_query(q, &err);
    else if (p.out == OUT_TABLE && !p.n)
        fprintf(stderr, "no event is reported by %s\n",
                min > 1 ? "more than one document" : "any document");
    free(q);
    dl_store_close(s);
    return st ? cli_exit_code(st) : EXIT_OK;
}
