/* schema.c - the archive's tables, as a list of versioned migrations.
 *
 * PRAGMA user_version holds the number of migrations applied. A new version
 * appends a migration; none is ever edited once released. docs/archive.md
 * describes the tables for readers using the sqlite3 shell. */
#include "store.h"

/* One row per event with what a reader wants, for the sqlite3 shell;
 * WHO: the columns of who claims it (version 3 adds whom it cites). */
#define EVENT_LIST(WHO)                                                        \
    "CREATE VIEW event_list AS SELECT"                                         \
    " d.hash AS doc, e.eid AS event, e.type, e.mode, e.date,"                  \
    " e.date_start, e.date_end, p.name AS place, p.country,"                   \
    " a.name AS actor, t.name AS target,"                                      \
    " (SELECT group_concat(coalesce(f.value, f.qualifier) || ' ' || f.kind,"   \
    "  '; ') FROM figures f WHERE f.event = e.id) AS figures," WHO            \
    " d.date AS reported, d.source"                                            \
    " FROM events e JOIN documents d ON d.id = e.doc"                          \
    " LEFT JOIN places p ON p.id = e.place"                                    \
    " LEFT JOIN actors a ON a.id = e.actor"                                    \
    " LEFT JOIN actors t ON t.id = e.target;"

/* Migration 1: documents, the items extracted from them, full-text index. */
static const char m1[] =
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);"
    "CREATE TABLE documents("
    " id INTEGER PRIMARY KEY,"
    " hash TEXT NOT NULL UNIQUE,"      /* SHA-256 of the text: record id */
    " source TEXT, url TEXT,"
    " issuer TEXT,"                    /* the override, else the extracted */
    " issuer_extracted TEXT, issuer_option TEXT,"
    " kind TEXT, title TEXT,"
    " date TEXT, date_source TEXT, date_option TEXT,"
    " dateline_place TEXT,"
    " bytes INTEGER NOT NULL,"
    " extractor TEXT NOT NULL,"
    " added TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));"
    /* The bulky part apart, so that filters scan small document rows. */
    "CREATE TABLE texts("
    " id INTEGER PRIMARY KEY REFERENCES documents(id),"
    " text TEXT NOT NULL,"             /* the input bytes */
    " record TEXT NOT NULL);"          /* the record as compact JSON */
    "CREATE INDEX documents_date ON documents(date);"
    "CREATE INDEX documents_kind ON documents(kind COLLATE NOCASE);"
    "CREATE INDEX documents_extractor ON documents(extractor);"
    "CREATE TABLE times("
    " id INTEGER PRIMARY KEY, doc INTEGER NOT NULL REFERENCES documents(id),"
    " n INTEGER NOT NULL, type TEXT, value TEXT, anchor TEXT,"
    " text TEXT, span_start INTEGER, span_end INTEGER, rule TEXT);"
    "CREATE INDEX times_doc ON times(doc);"
    "CREATE INDEX times_value ON times(value);"
    "CREATE TABLE places("
    " id INTEGER PRIMARY KEY, doc INTEGER NOT NULL REFERENCES documents(id),"
    " n INTEGER NOT NULL, name TEXT, country TEXT, admin1 TEXT, kind TEXT,"
    " lat REAL, lon REAL, gazetteer_id TEXT,"
    " text TEXT, span_start INTEGER, span_end INTEGER, rule TEXT);"
    "CREATE INDEX places_doc ON places(doc);"
    "CREATE INDEX places_name ON places(name COLLATE NOCASE);"
    "CREATE INDEX places_text ON places(text COLLATE NOCASE);"
    "CREATE INDEX places_country ON places(country);"
    "CREATE TABLE actors("
    " id INTEGER PRIMARY KEY, doc INTEGER NOT NULL REFERENCES documents(id),"
    " n INTEGER NOT NULL, name TEXT, country TEXT, sector TEXT,"
    " text TEXT, span_start INTEGER, span_end INTEGER, rule TEXT);"
    "CREATE INDEX actors_doc ON actors(doc);"
    "CREATE TABLE events("
    " id INTEGER PRIMARY KEY, doc INTEGER NOT NULL REFERENCES documents(id),"
    " n INTEGER NOT NULL, eid TEXT, type TEXT, mode TEXT, date TEXT,"
    " date_start TEXT, date_end TEXT, granularity TEXT, when_type TEXT,"
    " place INTEGER REFERENCES places(id),"
    " actor INTEGER REFERENCES actors(id),"
    " target INTEGER REFERENCES actors(id),"
    " claimed_by TEXT, reported TEXT, negated INTEGER, hypothetical INTEGER,"
    " trigger TEXT, span_start INTEGER, span_end INTEGER, rule TEXT,"
    " evidence TEXT);"                 /* JSON array of [start, end] */
    "CREATE INDEX events_doc ON events(doc);"
    "CREATE INDEX events_type ON events(type, date_start);"
    "CREATE INDEX events_date ON events(date_start, date_end);"
    "CREATE INDEX events_place ON events(place);"
    "CREATE INDEX events_actor ON events(actor);"
    "CREATE INDEX events_target ON events(target);"
    "CREATE TABLE figures("
    " id INTEGER PRIMARY KEY, doc INTEGER NOT NULL REFERENCES documents(id),"
    " n INTEGER NOT NULL, event INTEGER REFERENCES events(id),"
    " kind TEXT, value INTEGER, high INTEGER, qualifier TEXT, who TEXT,"
    " cumulative INTEGER, text TEXT, span_start INTEGER, span_end INTEGER,"
    " rule TEXT);"
    "CREATE INDEX figures_doc ON figures(doc);"
    "CREATE INDEX figures_event ON figures(event);"
    "CREATE INDEX figures_kind ON figures(kind, value);"
    "CREATE VIRTUAL TABLE documents_fts USING fts5(text,"
    " content='texts', content_rowid='id',"
    " tokenize='porter unicode61 remove_diacritics 2');"
    EVENT_LIST(" d.issuer,");

/* Migration 2: the TIMEX3 mod of each time ("the end of 1990": END). Rows
 * of documents added before it keep NULL until `dateline reindex`. */
static const char m2[] = "ALTER TABLE times ADD COLUMN mod TEXT;";

/* Migration 3: whom the issuer cites for each event and figure ("police
 * said": attributed_to), and the cited source in event_list. Rows of
 * documents added before it keep NULL until `dateline reindex`. */
static const char m3[] =
    "ALTER TABLE events ADD COLUMN attributed_to TEXT;"
    "ALTER TABLE figures ADD COLUMN attributed_to TEXT;"
    "DROP VIEW IF EXISTS event_list;"
    EVENT_LIST(" d.issuer, e.attributed_to AS cited,");

static const char *const migrations[] = {m1, m2, m3};

#define NMIGRATIONS (sizeof migrations / sizeof *migrations)

_Static_assert(NMIGRATIONS == STORE_SCHEMA_VERSION,
               "one migration per schema version");

static dl_status user_version(dl_store *s, int *v, dl_error *err)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL))
        return store_dberr(s, err, "reading the schema version");
    *v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    return DL_OK;
}

/* Apply one migration and bump user_version, atomically. */
static dl_status apply(dl_store *s, int to, dl_error *err)
{
    char bump[64];
    snprintf(bump, sizeof bump, "PRAGMA user_version = %d", to);
    dl_status st = store_exec(s, "BEGIN IMMEDIATE", err);
    if (st)
        return st;
    int v = 0;
    st = user_version(s, &v, err); /* another process may have got here */
    if (!st && v < to)
        st = store_exec(s, migrations[to - 1], err);
    if (!st && v < to)
        st = store_exec(s, bump, err);
    if (!st)
        st = store_exec(s, "COMMIT", err);
    if (st)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return st;
}

dl_status store_migrate(dl_store *s, dl_error *err)
{
    int v;
    dl_status st = user_version(s, &v, err);
    if (st)
        return st;
    if (v > STORE_SCHEMA_VERSION)
        return store_fail(err, DL_EDB, (size_t)-1,
                          "archive schema version %d is newer than this "
                          "dateline (%d): upgrade dateline", v,
                          STORE_SCHEMA_VERSION);
    if (v == 0 && s->readonly)
        return store_fail(err, DL_EDB, (size_t)-1,
                          "not a dateline archive (no schema)");
    if (v < STORE_SCHEMA_READABLE && s->readonly)
        return store_fail(err, DL_EDB, (size_t)-1,
                          "archive schema version %d needs migrating to %d: "
                          "run 'dateline reindex' once", v,
                          STORE_SCHEMA_VERSION);
    s->version = v;
    if (s->readonly)
        return DL_OK;
    for (int to = v + 1; to <= STORE_SCHEMA_VERSION; to++)
        if ((st = apply(s, to, err)))
            return st;
    s->version = STORE_SCHEMA_VERSION;
    return DL_OK;
}
