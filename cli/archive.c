/* archive.c - pieces the archive commands share: where the archive is,
 * opening it, query errors with a caret, and printing hits as a table,
 * JSON, JSONL or CSV. Each command itself is in its own file. */
#include <getopt.h>
#include <inttypes.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#define OR(s) ((s) ? (s) : "")

int cli_query_arg(cli_args *it, int argc, char **argv,
                  const struct option *lo, const char *shorts, const char **arg)
{
    if (it->i < 1)
        it->i = 1;
    if (it->i >= argc)
        return -1;
    const char *a = argv[it->i++];
    *arg = a;
    if (it->words_only || a[0] != '-' || !a[1])
        return 0;
    if (!strcmp(a, "--")) {
        it->words_only = 1;
        return cli_query_arg(it, argc, argv, lo, shorts, arg);
    }
    if (a[1] != '-') { /* -x: a short option, else a negated query word */
        const char *p = a[2] ? NULL : strchr(shorts, a[1]);
        if (!p || *p == ':')
            return 0;
        if (p[1] == ':' && it->i >= argc) {
            fprintf(stderr, "dateline: %s needs a value\n", a);
            return '?';
        }
        *arg = p[1] == ':' ? argv[it->i++] : NULL;
        return a[1];
    }
    size_t n = strcspn(a + 2, "=");
    for (; lo->name; lo++) {
        if (strlen(lo->name) != n || strncmp(lo->name, a + 2, n))
            continue;
        if (lo->has_arg == no_argument) {
            *arg = NULL;
            return a[2 + n] ? '?' : lo->val;
        }
        if (a[2 + n] == '=')
            *arg = a + 3 + n;
        else if (it->i < argc)
            *arg = argv[it->i++];
        else
            break;
        return lo->val;
    }
    fprintf(stderr, "dateline: unknown option or missing value: %s\n", a);
    return '?';
}

const char *cli_db_path(const char *opt)
{
    const char *env = getenv("DATELINE_DB");
    return opt ? opt : env && *env ? env : "./dateline.db";
}

dl_store *cli_store_open(const char *db_opt, int readonly, int *exit_code)
{
    const char *path = cli_db_path(db_opt);
    dl_store *s;
    dl_error err;
    dl_status st = dl_store_open(path, readonly ? DL_STORE_READONLY : 0, &s,
                                 &err);
    if (st) {
        fprintf(stderr, "dateline: %s\n", err.message);
        *exit_code = cli_exit_code(st);
        return NULL;
    }
    return s;
}

void cli_report_query(const char *query, const dl_error *err)
{
    fprintf(stderr, "dateline: query: %s\n", err->message);
    if (err->code != DL_EQUERY || err->offset == (size_t)-1 ||
        err->offset > strlen(query))
        return;
    fprintf(stderr, "  %s\n  %*s^\n", query, (int)err->offset, "");
}

int cli_out_parse(const char *name, cli_out *out)
{
    if (!name) {
        *out = isatty(STDOUT_FILENO) ? OUT_TABLE : OUT_JSONL;
        return 0;
    }
    static const char *const names[] = {"table", "json", "jsonl", "csv"};
    for (int i = 0; i < 4; i++)
        if (!strcmp(name, names[i])) {
            *out = (cli_out)i;
            return 0;
        }
    return -1;
}

void cli_marks(cli_out out, dl_search_opts *opt)
{
    int tty = out == OUT_TABLE && isatty(STDOUT_FILENO);
    opt->mark_open = tty ? "\033[1m" : "**";
    opt->mark_close = tty ? "\033[0m" : "**";
}

static const char *qualifier_word(const char *q)
{
    static const char *const map[][2] = {
        {"about", "about "},       {"at_least", "at least "},
        {"more_than", "more than "}, {"at_most", "at most "},
        {"less_than", "fewer than "},
    };
    for (size_t i = 0; q && i < sizeof map / sizeof *map; i++)
        if (!strcmp(q, map[i][0]))
            return map[i][1];
    return "";
}

static int subset(const dl_figure *f)
{
    return f->rule && !strcmp(f->rule, "fig_subset");
}

/* "134 killed; more than 600 injured"; a subset reads as part of the
 * figure before it ("100 killed, including 30 killed"), never as more. A
 * figure cited from another source than the event's (`cited`) names it:
 * "12 killed (the health ministry); 40 killed (the rebels)". */
void cli_figures(const dl_figure *f, size_t n, const char *cited, char *out,
                 size_t size)
{
    size_t used = 0;
    out[0] = 0;
    for (size_t i = 0; i < n && used < size; i++) {
        const char *sep = !i ? "" : subset(&f[i]) ? ", including " : "; ";
        int k;
        if (!f[i].has_value)
            k = snprintf(out + used, size - used, "%s%s (%s)", sep,
                         OR(f[i].kind), OR(f[i].qualifier));
        else if (f[i].has_high)
            k = snprintf(out + used, size - used, "%s%" PRId64 "-%" PRId64 " %s",
                         sep, f[i].value, f[i].high, OR(f[i].kind));
        else
            k = snprintf(out + used, size - used, "%s%s%" PRId64 " %s", sep,
                         qualifier_word(f[i].qualifier), f[i].value,
                         OR(f[i].kind));
        if (k < 0)
            break;
        used += (size_t)k;
        const char *src = f[i].attributed_to.text;
        if (src && used < size && (!cited || strcmp(src, cited))) {
            k = snprintf(out + used, size - used, " (%s)", src);
            if (k < 0)
                break;
            used += (size_t)k;
        }
    }
}

static void csv_field(const char *s, int last)
{
    s = OR(s);
    if (strpbrk(s, ",\"\n\r")) {
        putchar('"');
        for (; *s; s++) {
            if (*s == '"')
                putchar('"');
            putchar(*s);
        }
        putchar('"');
    } else {
        fputs(s, stdout);
    }
    putchar(last ? '\n' : ',');
}

static const char csv_header[] =
    "doc,event,type,mode,date,start,end,place,country,actor,target,"
    "figures,issuer,kind,reported,source,url,snippet,cited\n";

static void hit_csv(const dl_hit *h)
{
    char figs[512];
    cli_figures(h->figures, h->nfigures, h->cited, figs, sizeof figs);
    const char *f[] = {h->doc, h->event, h->type, h->mode, h->date, h->start,
                       h->end, h->place, h->country, h->actor, h->target, figs,
                       h->issuer, h->kind, h->reported, h->source, h->url,
                       h->snippet, h->cited};
    size_t n = sizeof f / sizeof *f;
    for (size_t i = 0; i < n; i++)
        csv_field(f[i], i == n - 1);
}

/* "1990-01-19..1990-01-20", "1990-01-20" or "undated". */
static void when(const dl_hit *h, char *out, size_t size)
{
    if (!h->start)
        snprintf(out, size, "%s", h->date ? h->date : "undated");
    else if (h->end && strcmp(h->start, h->end))
        snprintf(out, size, "%s..%s", h->start, h->end);
    else
        snprintf(out, size, "%s", h->start);
}

static void hit_table(const cli_hits *c, const dl_hit *h)
{
    char doc[13];
    snprintf(doc, sizeof doc, "%s", OR(h->doc));
    const char *who = h->issuer ? h->issuer : OR(h->source);
    if (h->event) {
        char figs[512], date[32], place[160];
        cli_figures(h->figures, h->nfigures, h->cited, figs, sizeof figs);
        when(h, date, sizeof date);
        snprintf(place, sizeof place, "%s%s%s%s", h->place ? h->place : "-",
                 h->country ? " (" : "", OR(h->country), h->country ? ")" : "");
        printf("%-22s %-9s %-22s %-28s %s%s%s, %s [%s:%s]\n", date, OR(h->type),
               place, *figs ? figs : "-", who, h->cited ? " citing " : "",
               h->cited ? h->cited : "", h->reported ? h->reported : "undated",
               doc, h->event);
    } else {
        printf("%-10s %-13s %s [%s] %s\n", h->reported ? h->reported : "undated",
               h->kind ? h->kind : "-", *who ? who : "-", doc, OR(h->source));
    }
    if (!c->timeline && h->snippet && *h->snippet)
        printf("    %s\n", h->snippet);
}

void cli_hits_begin(cli_hits *h)
{
    h->n = 0;
    if (h->out == OUT_CSV)
        fputs(csv_header, stdout);
    else if (h->out == OUT_JSON)
        fputs("[", stdout);
}

int cli_hits_print(const dl_hit *hit, void *ctx)
{
    cli_hits *c = ctx;
    if (c->out == OUT_TABLE) {
        hit_table(c, hit);
    } else if (c->out == OUT_CSV) {
        hit_csv(hit);
    } else {
        json_t *o = cli_hit_json(hit);
        char *s = o ? json_dumps(o, JSON_PRESERVE_ORDER | JSON_COMPACT |
                                        JSON_REAL_PRECISION(6)) : NULL;
        if (s)
            printf("%s%s%s", c->out == OUT_JSON && c->n ? ",\n" : "",
                   c->out == OUT_JSON && !c->n ? "\n" : "", s);
        if (s && c->out == OUT_JSONL)
            putchar('\n');
        free(s);
        json_decref(o);
    }
    c->n++;
    return ferror(stdout) != 0;
}

void cli_hits_end(cli_hits *h)
{
    if (h->out == OUT_JSON)
        fputs(h->n ? "\n]\n" : "]\n", stdout);
}
