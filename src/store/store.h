/* store.h - internals of the archive (src/store): the open database, the
 * schema, and helpers shared by adding, searching and re-indexing.
 * The query language parser has its own header, query.h. */
#ifndef DL_STORE_H
#define DL_STORE_H

#include <sqlite3.h>

#include "dateline.h"

/* Slots of prepared statements kept for the life of the store. */
enum {
    SQ_DOC, SQ_TEXT, SQ_FTS, SQ_TIME, SQ_PLACE, SQ_ACTOR, SQ_EVENT, SQ_FIGURE,
    SQ_HIT_FIGURES, SQ_COUNT
};

struct dl_store {
    sqlite3 *db;
    int readonly;
    int version;         /* the archive's schema version (user_version) */
    char *info;          /* storage behind the last dl_stored_doc */
    sqlite3_stmt *cache[SQ_COUNT];
};

/* The statement of a slot, prepared on first use, reset and unbound; NULL
 * when SQLite refuses it. */
sqlite3_stmt *store_stmt(dl_store *s, int slot, const char *sql);

/* The schema version this library writes (PRAGMA user_version). */
#define STORE_SCHEMA_VERSION 3
/* The oldest schema a read-only open still reads: the migrations after it
 * only add columns that searches do without (attributed_to reads as NULL
 * before STORE_SCHEMA_CITED). */
#define STORE_SCHEMA_READABLE 1
/* The first schema with attributed_to (what searches show as `cited`). */
#define STORE_SCHEMA_CITED 3

/* Fill err (may be NULL) and return st. offset (size_t)-1 when none. */
dl_status store_fail(dl_error *err, dl_status st, size_t offset,
                     const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* DL_EDB with SQLite's message for the store's connection. */
dl_status store_dberr(dl_store *s, dl_error *err, const char *what);

/* Bring the schema up to STORE_SCHEMA_VERSION (schema.c). */
dl_status store_migrate(dl_store *s, dl_error *err);

/* Run a statement with no result; DL_OK or DL_EDB. */
dl_status store_exec(dl_store *s, const char *sql, dl_error *err);

/* Bind a string, or NULL, to a parameter (the string must outlive the
 * statement's next step). */
void store_bind(sqlite3_stmt *st, int i, const char *s);
/* Is a document with this hash archived? */
dl_status store_has_hash(dl_store *s, const char *hash, int *found);

/* Hex SHA-256 of bytes into out[65]. */
void store_hash(const char *buf, size_t len, char out[65]);

/* The ISO interval [start, end] a TIMEX3 date value covers (YYYY,
 * YYYY-MM, YYYY-MM-DD, decade YYY, century YY, with trailing parts such as
 * "T..." ignored). Returns 0 when the value is not such a date. */
int store_timex_range(const char *value, char start[11], char end[11]);

/* Insert the extracted items of rec for document row doc (add.c). */
dl_status store_insert_items(dl_store *s, const dl_record *rec,
                             sqlite3_int64 doc, dl_error *err);
/* Delete the extracted items of document row doc. */
dl_status store_delete_items(dl_store *s, sqlite3_int64 doc, dl_error *err);

/* Search with an explicit ORDER BY (NULL = as opt->order says) and an
 * extra SQL condition (NULL = none) over d, e, p (search.c; claims.c). */
dl_status store_search_sql(dl_store *s, const char *query,
                           const dl_search_opts *opt, const char *order_by,
                           const char *extra_where, dl_hit_fn fn, void *ctx,
                           dl_error *err);

#endif
