/* time_report.c - the document date a document gives only in its text: a
 * full date right after a verb of saying in its first sentences ("IOM said
 * on Tuesday 30 May", data/en/time_report_verbs.txt) is the date of the
 * report, so of a document that has no date of its own (no --date,
 * dateline or header date). */
#include "../text/phrase_match.h"
#include "lexicons.h"
#include "time.h"

/* How many sentences from the start may hold the report's date. */
#define REPORT_SENTS 6

/* A value of the form YYYY-MM-DD. */
static int full_date(const char *v)
{
    for (int i = 0; i < 10; i++)
        if (!v[i] || (i == 4 || i == 7 ? v[i] != '-' : (v[i] < '0' || v[i] > '9')))
            return 0;
    return v[10] == 0;
}

/* A verb of saying right before token i, "on" between or not. */
static int after_report_verb(const text *t, size_t i)
{
    if (i > 0 && tok_is(t, i - 1, "on"))
        i--;
    return i > 0 && tok_lex(t, i - 1, &lex_en_time_report_verbs) != NULL;
}

const char *time_report_date(const dl_record *r)
{
    for (size_t k = 0; k < r->ntimes; k++) {
        const rec_time *tm = &r->times[k];
        if (tm->sent >= REPORT_SENTS)
            break;
        if (full_date(tm->pub.value) && after_report_verb(&r->txt, tm->tok_start))
            return tm->pub.value;
    }
    return NULL;
}
