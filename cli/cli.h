/* cli.h - shared pieces of the dateline command: one file per subcommand,
 * using only the public API in dateline.h. */
#ifndef DL_CLI_H
#define DL_CLI_H

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

int cmd_extract(int argc, char **argv);
int cmd_explain(int argc, char **argv);

#endif
