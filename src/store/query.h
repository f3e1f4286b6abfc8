/* query.h - the archive's query language: parsing a query string into
 * terms (query.c) and turning them into SQL (query_sql.c).
 *
 * Internal, but kept apart so the parser can be tested and fuzzed alone:
 * query_parse never reads past the terminating NUL and frees all it
 * allocated on failure. The language is described in docs/archive.md. */
#ifndef DL_STORE_QUERY_H
#define DL_STORE_QUERY_H

#include <stddef.h>
#include <stdint.h>

#include "dateline.h"

#define QUERY_MAX_BYTES 4096
#define QUERY_MAX_TERMS 64

typedef enum {
    QF_TEXT,     /* a word or "a phrase": full-text search */
    QF_DATE,     /* event dates overlap a range */
    QF_REPORTED, /* the document's date is in a range */
    QF_PLACE, QF_COUNTRY, QF_TYPE, QF_MODE, QF_ACTOR, QF_TARGET,
    QF_ISSUER, QF_KIND, QF_SOURCE, QF_ID,
    QF_CITED,    /* whom the issuer cites for the event */
    QF_FIGURE    /* killed>=100 and other figure kinds */
} qfield;

typedef struct {
    qfield field;
    int negated;          /* -term */
    int phrase;           /* text given in quotes */
    int prefix;           /* text word ending in '*' */
    char *value;          /* text, or the filter's normalised value */
    const char *figure;   /* QF_FIGURE: the figure kind (static string) */
    /* QF_DATE, QF_REPORTED: ISO bounds, "" when open; strict = exclusive */
    char lo[11], hi[11];
    int lo_strict, hi_strict;
    /* QF_FIGURE: inclusive bounds on the number */
    int has_lo, has_hi;
    int64_t nlo, nhi;
    size_t offset, len;   /* where the term is in the query */
} qterm;

typedef struct {
    qterm *terms;
    size_t n;
} query;

/* Parse q. On failure returns DL_EQUERY (or DL_ENOMEM) with err->offset at
 * the bad term and a message naming it; *out is then empty. */
dl_status query_parse(const char *q, query *out, dl_error *err);
void query_free(query *q);

/* Does a term filter on events (date, place, type, figures, ...)? */
int query_term_is_event(const qterm *t);
int query_has_event_terms(const query *q);
/* Some term of q filters on field. */
int query_has_field(const query *q, qfield field);

/* SQL for a query (query_sql.c): a WHERE condition over documents `d`
 * (and, with events, events `e`) whose `?` parameters are listed in order,
 * plus the FTS5 MATCH string of the positive text terms (NULL if none). */
typedef struct {
    int is_int;
    int64_t i;
    char *s;
} qparam;

typedef struct {
    char *where;      /* never NULL on success; "1" when no conditions */
    char *match;      /* FTS5 query or NULL */
    qparam *params;
    size_t nparams;
} query_sql;

dl_status query_to_sql(const query *q, int events, query_sql *out);
/* Bind the parameters to stmt (a sqlite3_stmt *) from index first on;
 * returns the next free index. */
int query_sql_bind(const query_sql *qs, void *stmt, int first);
void query_sql_free(query_sql *qs);

#endif
