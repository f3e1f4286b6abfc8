/* explain.c - `dateline explain FILE`: for each event, its evidence
 * sentences with the words that filled each slot highlighted, and the rules
 * that fired.
 *
 * Colours (ANSI) only when stdout is a terminal or --color=always; otherwise
 * the words are marked [like this](slot). Uses only dateline.h. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static const char usage[] =
    "usage: dateline explain [--color auto|always|never] [--date YYYY-MM-DD]\n"
    "                        [--lossy] FILE...|-\n";

typedef struct {
    const char *slot, *ansi;
} slot_style;

static const slot_style styles[] = {
    {"trigger", "1;31"}, {"date", "1;34"},   {"place", "1;32"},
    {"actor", "1;33"},   {"target", "1;35"}, {"figure", "1;36"},
    {"merge", "4"},      {"negated", "7"},  {"hypothetical", "7"},
    {"source", "3"},
};

static const char *ansi_of(const char *slot)
{
    for (size_t i = 0; i < sizeof styles / sizeof *styles; i++)
        if (!strcmp(styles[i].slot, slot))
            return styles[i].ansi;
    return NULL;
}

/* The fills of event i that mark words inside [start, end), sorted by
 * start, overlapping ones dropped. Returns how many were put in out. */
static size_t marks(const dl_record *rec, size_t i, size_t start, size_t end,
                    const dl_event_fill **out, size_t cap)
{
    size_t n = 0;
    for (size_t j = 0; j < dl_record_event_nfills(rec, i) && n < cap; j++) {
        const dl_event_fill *f = dl_record_event_fill(rec, i, j);
        if (!ansi_of(f->slot) || f->span.end <= f->span.start ||
            f->span.start < start || f->span.end > end)
            continue;
        size_t k = n;
        while (k > 0 && out[k - 1]->span.start > f->span.start)
            out[k] = out[k - 1], k--;
        out[k] = f;
        n++;
    }
    size_t kept = 0; /* on overlap the trigger wins, else the first */
    for (size_t j = 0; j < n; j++) {
        if (kept == 0 || out[j]->span.start >= out[kept - 1]->span.end)
            out[kept++] = out[j];
        else if (!strcmp(out[j]->slot, "trigger"))
            out[kept - 1] = out[j];
    }
    return kept;
}

static void put_text(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        putchar(s[i] == '\n' || s[i] == '\r' || s[i] == '\t' ? ' ' : s[i]);
}

static void show_sentence(const dl_record *rec, size_t i, dl_span sp, int color)
{
    const char *in = dl_record_input(rec, NULL);
    const dl_event_fill *m[64];
    size_t n = marks(rec, i, sp.start, sp.end, m, 64), at = sp.start;
    fputs("    > ", stdout);
    for (size_t k = 0; k < n; k++) {
        put_text(in + at, m[k]->span.start - at);
        size_t len = m[k]->span.end - m[k]->span.start;
        if (color) {
            printf("\033[%sm", ansi_of(m[k]->slot));
            put_text(in + m[k]->span.start, len);
            fputs("\033[0m", stdout);
        } else {
            putchar('[');
            put_text(in + m[k]->span.start, len);
            printf("](%s)", m[k]->slot);
        }
        at = m[k]->span.end;
    }
    put_text(in + at, sp.end - at);
    putchar('\n');
}

static void show_fills(const dl_record *rec, size_t i)
{
    const char *in = dl_record_input(rec, NULL);
    for (size_t j = 0; j < dl_record_event_nfills(rec, i); j++) {
        const dl_event_fill *f = dl_record_event_fill(rec, i, j);
        printf("    %-12s %-24s ", f->slot, f->rule);
        if (f->span.end > f->span.start) {
            putchar('"');
            put_text(in + f->span.start, f->span.end - f->span.start);
            putchar('"');
        }
        putchar('\n');
    }
}

static const char *or_none(const char *s)
{
    return s ? s : "-";
}

static void show_event(const dl_record *rec, size_t i, int color)
{
    const dl_event *e = dl_record_event(rec, i);
    printf("%s %s%s%s  date %s (%s)", e->id, e->type, e->mode ? "/" : "",
           e->mode ? e->mode : "", or_none(e->date), or_none(e->when.type));
    if (e->place >= 0)
        printf("  place %s", dl_record_place(rec, (size_t)e->place)->name);
    if (e->actor >= 0)
        printf("  actor %s", dl_record_actor(rec, (size_t)e->actor)->name);
    if (e->target >= 0)
        printf("  target %s", dl_record_actor(rec, (size_t)e->target)->name);
    printf("%s%s\n", e->negated ? "  NEGATED" : "", e->hypothetical ? "  HYPOTHETICAL" : "");
    printf("  claimed by %s, reported %s", or_none(e->claimed_by), or_none(e->reported));
    if (e->attributed_to.text)
        printf(", citing %s", e->attributed_to.text);
    printf("\n");
    for (size_t k = 0; k < e->nevidence; k++)
        show_sentence(rec, i, e->evidence[k], color);
    show_fills(rec, i);
}

static int explain_one(const char *path, const dl_options *base, int color)
{
    char *data;
    size_t len;
    if (cli_read_file(path, &data, &len))
        return EXIT_INPUT;
    dl_options opt = *base;
    opt.source = path;
    dl_record *rec;
    dl_error err;
    dl_status st = dl_record_parse(data, len, &opt, &rec, &err);
    free(data);
    if (st) {
        cli_report(path, &err);
        return cli_exit_code(st);
    }
    printf("== %s: %zu event%s\n", path, dl_record_nevents(rec),
           dl_record_nevents(rec) == 1 ? "" : "s");
    for (size_t i = 0; i < dl_record_nevents(rec); i++)
        show_event(rec, i, color);
    dl_record_free(rec);
    return EXIT_OK;
}

static int parse_color(const char *s, int *color)
{
    if (!strcmp(s, "always"))
        *color = 1;
    else if (!strcmp(s, "never"))
        *color = 0;
    else if (!strcmp(s, "auto"))
        *color = isatty(STDOUT_FILENO);
    else
        return -1;
    return 0;
}

int cmd_explain(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"color", required_argument, NULL, 'c'},
        {"date", required_argument, NULL, 'd'},
        {"lossy", no_argument, NULL, 'l'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    dl_options opt = {0};
    int color = isatty(STDOUT_FILENO), c, rc = EXIT_OK;
    optind = 1;
    while ((c = cli_getopt(argc, argv, "c:d:lh", longopts, usage, &rc)) >= 0) {
        switch (c) {
        case 'c':
            if (parse_color(optarg, &color)) {
                fprintf(stderr, "dateline: bad --color '%s'\n%s", optarg, usage);
                return EXIT_USAGE;
            }
            break;
        case 'd': opt.date = optarg; break;
        case 'l': opt.lossy = 1; break;
        }
    }
    if (c == CLI_OPT_DONE)
        return rc;
    if (optind >= argc)
        return cli_usage_error(usage);
    for (int i = optind; i < argc; i++) {
        int r = explain_one(argv[i], &opt, color);
        if (r > rc)
            rc = r;
    }
    return rc;
}
