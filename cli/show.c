/* show.c - `dateline show ID`: an archived document with what was
 * extracted from it marked in the text (colours on a terminal, [[text|kind]]
 * otherwise), then the record's summary. ID is a document id or prefix. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static const char usage[] =
    "usage: dateline show [--db PATH] [--format text|json] ID\n"
    "Print an archived document (ID: its id or a unique prefix, as search\n"
    "prints it) with its times, figures, places, actors and event triggers\n"
    "marked, then what was extracted.\n";

typedef struct {
    dl_span span;
    const char *kind;
} mark;

static int by_start(const void *a, const void *b)
{
    const mark *x = a, *y = b;
    if (x->span.start != y->span.start)
        return x->span.start < y->span.start ? -1 : 1;
    return x->span.end > y->span.end ? -1 : x->span.end < y->span.end;
}

/* Every span worth marking, sorted; the caller frees. */
static mark *marks(const dl_record *r, size_t *n)
{
    size_t cap = dl_record_ntimes(r) + dl_record_nfigures(r) +
                 dl_record_nplaces(r) + dl_record_nactors(r) +
                 dl_record_nevents(r) + 1;
    mark *m = calloc(cap, sizeof *m);
    *n = 0;
    if (!m)
        return NULL;
    for (size_t i = 0; i < dl_record_ntimes(r); i++)
        m[(*n)++] = (mark){dl_record_time(r, i)->span, "time"};
    for (size_t i = 0; i < dl_record_nfigures(r); i++)
        m[(*n)++] = (mark){dl_record_figure(r, i)->span, "figure"};
    for (size_t i = 0; i < dl_record_nplaces(r); i++)
        m[(*n)++] = (mark){dl_record_place(r, i)->span, "place"};
    for (size_t i = 0; i < dl_record_nactors(r); i++)
        m[(*n)++] = (mark){dl_record_actor(r, i)->span, "actor"};
    for (size_t i = 0; i < dl_record_nevents(r); i++)
        m[(*n)++] = (mark){dl_record_event(r, i)->trigger, "event"};
    qsort(m, *n, sizeof *m, by_start);
    return m;
}

static const char *colour(const char *kind)
{
    static const char *const map[][2] = {
        {"time", "\033[36m"}, {"figure", "\033[31;1m"}, {"place", "\033[32m"},
        {"actor", "\033[33m"}, {"event", "\033[1;4m"},
    };
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (!strcmp(kind, map[i][0]))
            return map[i][1];
    return "";
}

/* The text with the outermost non-overlapping spans marked. */
static void print_marked(const dl_record *r, int tty)
{
    size_t len, n, at = 0;
    const char *text = dl_record_input(r, &len);
    mark *m = marks(r, &n);
    for (size_t i = 0; m && i < n; i++) {
        dl_span sp = m[i].span;
        if (sp.start < at || sp.end > len || sp.end <= sp.start)
            continue;
        fwrite(text + at, 1, sp.start - at, stdout);
        fputs(tty ? colour(m[i].kind) : "[[", stdout);
        fwrite(text + sp.start, 1, sp.end - sp.start, stdout);
        if (tty)
            fputs("\033[0m", stdout);
        else
            printf("|%s]]", m[i].kind);
        at = sp.end;
    }
    fwrite(text + at, 1, len - at, stdout);
    if (len && text[len - 1] != '\n')
        putchar('\n');
    free(m);
}

static void header(const dl_stored_doc *d)
{
    printf("id        %s\n", d->id);
    printf("source    %s\n", d->source ? d->source : "-");
    if (d->url)
        printf("url       %s\n", d->url);
    if (d->issuer)
        printf("issuer    %s (given when added)\n", d->issuer);
    if (d->date_option)
        printf("date      %s (given when added)\n", d->date_option);
    printf("added     %s by extractor %s\n", d->added, d->extractor);
    if (strcmp(d->extractor, dl_extractor_version()))
        printf("note      extracted again now by %s; 'dateline reindex' "
               "updates the archive\n", dl_extractor_version());
    puts("");
}

int cmd_show(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"db", required_argument, NULL, 'b'},
        {"format", required_argument, NULL, 'f'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    const char *db = NULL;
    int c, rc, json = 0;
    optind = 1;
    while ((c = cli_getopt(argc, argv, "+h", longopts, usage, &rc)) >= 0) {
        switch (c) {
        case 'b': db = optarg; break;
        case 'f':
            if (strcmp(optarg, "text") && strcmp(optarg, "json")) {
                fprintf(stderr, "dateline: show prints text or json\n");
                return EXIT_USAGE;
            }
            json = !strcmp(optarg, "json");
            break;
        }
    }
    if (c == CLI_OPT_DONE)
        return rc;
    if (optind != argc - 1)
        return cli_usage_error(usage);
    dl_store *s = cli_store_open(db, 1, &rc);
    if (!s)
        return rc;
    dl_record *rec;
    dl_stored_doc info;
    dl_error err;
    dl_status st = dl_store_get(s, argv[optind], &rec, &info, &err);
    char *out = NULL;
    if (st) {
        fprintf(stderr, "dateline: %s\n", err.message);
    } else if (json) {
        if (!(st = dl_record_write(rec, DL_FORMAT_JSON, &out)))
            printf("%s\n", out);
    } else {
        header(&info);
        print_marked(rec, isatty(STDOUT_FILENO));
        if (!(st = dl_record_write(rec, DL_FORMAT_TEXT, &out)))
            printf("\n%s", out);
    }
    free(out);
    dl_record_free(rec);
    dl_store_close(s);
    return cli_exit_code(st);
}
