/* io.c - reading inputs and reporting errors for the dateline command. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cli_read_file(const char *path, char **data, size_t *len)
{
    int is_stdin = !strcmp(path, "-");
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "dateline: %s: %s\n", path, strerror(errno));
        return -1;
    }
    size_t cap = 65536, n = 0;
    char *b = malloc(cap);
    while (b) {
        if (n == cap) {
            if (cap > DL_MAX_INPUT) {
                fprintf(stderr, "dateline: %s: byte %zu: input larger than "
                        "1 GiB\n", path, (size_t)DL_MAX_INPUT);
                free(b);
                b = NULL;
                n = (size_t)-1;
                break;
            }
            char *nb = realloc(b, cap * 2);
            if (!nb) {
                free(b);
                b = NULL;
                break;
            }
            b = nb;
            cap *= 2;
        }
        size_t k = fread(b + n, 1, cap - n, f);
        n += k;
        if (k == 0)
            break;
    }
    int err = b ? ferror(f) : 0;
    if (!is_stdin)
        fclose(f);
    if (!b || err) {
        if (n != (size_t)-1)
            fprintf(stderr, "dateline: %s: %s\n", path,
                    err ? "read error" : "out of memory");
        free(b);
        return -1;
    }
    *data = b;
    *len = n;
    return 0;
}

void cli_report(const char *path, const dl_error *err)
{
    if (err->offset != (size_t)-1)
        fprintf(stderr, "dateline: %s: byte %zu: %s\n", path, err->offset,
                err->message);
    else
        fprintf(stderr, "dateline: %s: %s\n", path, err->message);
}

int cli_exit_code(dl_status st)
{
    switch (st) {
    case DL_OK: return EXIT_OK;
    case DL_EINPUT: case DL_ELIMIT: case DL_EQUERY: return EXIT_INPUT;
    case DL_EUSAGE: return EXIT_USAGE;
    default: return EXIT_ERROR;
    }
}

int cli_getopt(int argc, char **argv, const char *shorts,
               const struct option *lo, const char *usage, int *rc)
{
    int c = getopt_long(argc, argv, shorts, lo, NULL);
    if (c == 'h') {
        fputs(usage, stdout);
        *rc = EXIT_OK;
        return CLI_OPT_DONE;
    }
    if (c == '?' || c == ':') {
        fputs(usage, stderr);
        *rc = EXIT_USAGE;
        return CLI_OPT_DONE;
    }
    return c;
}

int cli_usage_error(const char *usage)
{
    fputs(usage, stderr);
    return EXIT_USAGE;
}
