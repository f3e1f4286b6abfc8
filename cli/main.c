/* main.c - the dateline command: dispatch to a subcommand (docs/cli.md). */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: dateline COMMAND [OPTIONS] [ARGS]\n"
    "\n"
    "commands:\n"
    "  extract   print the record of statements (JSON, JSONL, text, TimeML, CSV)\n"
    "  explain   show each event's evidence, the words that filled its slots\n"
    "            and the rules that fired\n"
    "  add       archive statements (files, folders, JSONL, stdin)\n"
    "  search    search the archive: text and filters (docs/archive.md)\n"
    "  timeline  list archived events by date\n"
    "  claims    compare what different sources claim about an event\n"
    "  show      print an archived document with its extractions marked\n"
    "  reindex   re-extract documents archived by an older extractor\n"
    "  serve     serve extraction and the archive over HTTP\n"
    "  version   print the version\n"
    "\n"
    "Run 'dateline COMMAND --help' for a command's options.\n"
    "Exit codes: 0 ok, 1 bad input, 2 usage, 3 other error.\n";

typedef struct {
    const char *name;
    int (*fn)(int, char **);
} command;

static int cmd_version(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    printf("dateline %s (%s)\n", DL_VERSION, DL_SCHEMA);
    return EXIT_OK;
}

static const command commands[] = {
    {"extract", cmd_extract},
    {"explain", cmd_explain},
    {"add", cmd_add},
    {"search", cmd_search},
    {"timeline", cmd_timeline},
    {"claims", cmd_claims},
    {"show", cmd_show},
    {"reindex", cmd_reindex},
    {"serve", cmd_serve},
    {"version", cmd_version},
};

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return EXIT_USAGE;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") ||
        !strcmp(argv[1], "help")) {
        fputs(usage, stdout);
        return EXIT_OK;
    }
    if (!strcmp(argv[1], "--version"))
        return cmd_version(argc, argv);
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (!strcmp(argv[1], commands[i].name))
            return commands[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "dateline: unknown command '%s'\n%s", argv[1], usage);
    return EXIT_USAGE;
}
