/* extract.c - `dateline extract`: print the record of each input file. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: dateline extract [--format json|jsonl|text|timeml|csv]\n"
    "                        [--date YYYY-MM-DD] [--lossy] FILE...|-\n";

static int extract_one(const char *path, const dl_options *base, dl_format fmt)
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
    char *out;
    st = dl_record_write(rec, fmt, &out);
    dl_record_free(rec);
    if (st) {
        fprintf(stderr, "dateline: %s: %s\n", path, dl_strerror(st));
        return cli_exit_code(st);
    }
    fputs(out, stdout);
    if (fmt != DL_FORMAT_CSV && fmt != DL_FORMAT_TIMEML)
        fputc('\n', stdout);
    free(out);
    return EXIT_OK;
}

int cmd_extract(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"date", required_argument, NULL, 'd'},
        {"lossy", no_argument, NULL, 'l'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    dl_options opt = {0};
    dl_format fmt = DL_FORMAT_JSON;
    int c, rc = EXIT_OK;
    optind = 1;
    while ((c = cli_getopt(argc, argv, "f:d:lh", longopts, usage, &rc)) >= 0) {
        switch (c) {
        case 'f':
            if (dl_format_parse(optarg, &fmt)) {
                fprintf(stderr, "dateline: unknown format '%s'\n%s", optarg, usage);
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
    if (fmt == DL_FORMAT_CSV)
        fputs(dl_csv_header(), stdout);
    for (int i = optind; i < argc; i++) {
        int r = extract_one(argv[i], &opt, fmt);
        if (r > rc)
            rc = r;
        if (r == EXIT_USAGE)
            break;
    }
    fflush(stdout);
    return rc;
}
