/* timeline.c - `dateline timeline [QUERY]`: archived events in date order
 * with their figures and sources; the query narrows them as in search. */
#include "cli.h"

static const char usage[] =
    "usage: dateline timeline [--db PATH] [--format table|json|jsonl|csv]\n"
    "                         [--limit N] [QUERY...]\n"
    "Events by date (undated ones last), with figures and sources. QUERY\n"
    "filters them as in 'dateline search', e.g. 'country:AZ date:1990'.\n";

int cmd_timeline(int argc, char **argv)
{
    return cli_run_search(argc, argv, 1, usage);
}
