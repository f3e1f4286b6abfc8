/* cli.h - shared pieces of the dateline command: one file per subcommand,
 * using only the public API in dateline.h. */
#ifndef DL_CLI_H
#define DL_CLI_H

#include <jansson.h>
#include <stddef.h>

#include "dateline.h"

/* Exit codes (docs/cli.md). */
enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2, EXIT_ERROR = 3 };

/* Read a whole file ("-" is stdin) into a malloc'd buffer. On failure
 * prints "dateline: PATH: reason" and returns -1. */
int cli_read_file(const char *path, char **data, size_t *len);
/* Print an error from the library for a file: "dateline: PATH: byte N: msg". */
void cli_report(const char *path, const dl_error *err);
/* Exit code for a library status. */
int cli_exit_code(dl_status st);

/* getopt_long for a subcommand, answering --help (usage on stdout) and a
 * bad option (usage on stderr) itself: returns the option's letter, -1 at
 * the end of the options, or CLI_OPT_DONE with the exit code in *rc. Set
 * optind = 1 before the first call. */
#define CLI_OPT_DONE (-2)
struct option;
int cli_getopt(int argc, char **argv, const char *shorts,
               const struct option *lo, const char *usage, int *rc);
/* Usage on stderr for a wrong number of operands; returns EXIT_USAGE. */
int cli_usage_error(const char *usage);

int cmd_extract(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_add(int argc, char **argv);
int cmd_search(int argc, char **argv);
int cmd_timeline(int argc, char **argv);
int cmd_claims(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_reindex(int argc, char **argv);
int cmd_serve(int argc, char **argv);

/* ---- the archive commands (archive.c) ---- */

/* Options and query words in any order, for commands that take a query
 * (search, timeline, claims): a word starting with a single '-' is a
 * negated query term unless it is one of shorts ("n:h" as for getopt);
 * after "--" all are words. Returns the option's val (with its value in
 * *arg), 0 for a query word (in *arg), -1 at the end, '?' on an error. */
struct option;
typedef struct {
    int i, words_only;
} cli_args;
int cli_query_arg(cli_args *it, int argc, char **argv,
                  const struct option *lo, const char *shorts, const char **arg);
/* The archive path: --db, else $DATELINE_DB, else ./dateline.db. */
const char *cli_db_path(const char *opt);
/* Open the archive; on failure prints why and returns NULL. */
dl_store *cli_store_open(const char *db_opt, int readonly, int *exit_code);
/* Report a failed query with a caret under the bad term. */
void cli_report_query(const char *query, const dl_error *err);

/* How hits are printed: a table for people, or JSON, JSONL, CSV. */
typedef enum { OUT_TABLE, OUT_JSON, OUT_JSONL, OUT_CSV } cli_out;
/* Parse --format (NULL: table on a terminal, else JSONL); -1 if unknown. */
int cli_out_parse(const char *name, cli_out *out);
/* Marks around matches for this output: bold on a terminal, else "**". */
void cli_marks(cli_out out, dl_search_opts *opt);

typedef struct {
    cli_out out;
    size_t n;
    int timeline;      /* table rows led by the event date */
} cli_hits;

/* Words joined with spaces into one malloc'd query (search.c). */
char *cli_join_args(int argc, char **argv);
/* search and timeline: options, query, printing (search.c). */
int cli_run_search(int argc, char **argv, int timeline, const char *usage);

void cli_hits_begin(cli_hits *h);
int cli_hits_print(const dl_hit *hit, void *ctx); /* a dl_hit_fn */
void cli_hits_end(cli_hits *h);
/* "134 killed; more than 600 injured" into buf; a figure cited from
 * another source than the event's (cited, may be NULL) names it. */
void cli_figures(const dl_figure *f, size_t n, const char *cited, char *buf,
                 size_t size);


/* ---- JSON of the archive's answers (hits_json.c) ---- */
json_t *cli_figure_json(const dl_figure *f);
json_t *cli_hit_json(const dl_hit *h);
json_t *cli_claim_group_json(const dl_claim_group *g);

#endif
