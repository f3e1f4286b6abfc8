/* store.c - opening and closing an archive, errors, content hashes and
 * counts. The archive is one SQLite file in WAL mode: readers never block
 * the writer, and a killed writer loses at most its open transaction. */
#include <nettle/sha2.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "store.h"

dl_status store_fail(dl_error *err, dl_status st, size_t offset,
                     const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        err->code = st;
        err->offset = offset;
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
    }
    return st;
}

dl_status store_dberr(dl_store *s, dl_error *err, const char *what)
{
    return store_fail(err, DL_EDB, (size_t)-1, "%s: %s", what,
                      s && s->db ? sqlite3_errmsg(s->db) : "no database");
}

dl_status store_exec(dl_store *s, const char *sql, dl_error *err)
{
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) == SQLITE_OK)
        return DL_OK;
    dl_status st = store_fail(err, DL_EDB, (size_t)-1, "%s",
                              msg ? msg : "unknown error");
    sqlite3_free(msg);
    return st;
}

void store_hash(const char *buf, size_t len, char out[65])
{
    struct sha256_ctx ctx;
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_init(&ctx);
    sha256_update(&ctx, len, (const uint8_t *)buf);
    sha256_digest(&ctx, sizeof digest, digest);
    for (int i = 0; i < SHA256_DIGEST_SIZE; i++)
        snprintf(out + 2 * i, 3, "%02x", digest[i]);
}

/* WAL lets readers work while one process writes; NORMAL sync keeps every
 * committed transaction across a process crash (not a power cut). */
static const char pragmas[] =
    "PRAGMA journal_mode = WAL;"
    "PRAGMA synchronous = NORMAL;"
    "PRAGMA foreign_keys = ON;"
    "PRAGMA cache_size = -32768;"
    "PRAGMA mmap_size = 268435456;"
    "PRAGMA wal_autocheckpoint = 8192;";

dl_status dl_store_open(const char *path, int flags, dl_store **out,
                        dl_error *err)
{
    *out = NULL;
    if (!path || !*path)
        return store_fail(err, DL_EUSAGE, (size_t)-1, "no archive path");
    dl_store *s = calloc(1, sizeof *s);
    if (!s)
        return store_fail(err, DL_ENOMEM, (size_t)-1, "out of memory");
    s->readonly = (flags & DL_STORE_READONLY) != 0;
    /* Readers open read-write where they may (query_only keeps them from
     * writing): after a crash, the first connection must recover the WAL,
     * which a read-only connection cannot do. */
    int oflags = SQLITE_OPEN_READWRITE | (s->readonly ? 0 : SQLITE_OPEN_CREATE);
    int rc = sqlite3_open_v2(path, &s->db, oflags | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc && s->readonly && access(path, F_OK) == 0) {
        sqlite3_close_v2(s->db);
        rc = sqlite3_open_v2(path, &s->db,
                             SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
    }
    dl_status st = DL_OK;
    if (rc == SQLITE_CANTOPEN)
        st = store_fail(err, s->readonly ? DL_ENOTFOUND : DL_EIO, (size_t)-1,
                        "%s: cannot open the archive%s", path,
                        s->readonly ? " (run 'dateline add' first)" : "");
    else if (rc)
        st = store_dberr(s, err, path);
    if (!st) {
        sqlite3_busy_timeout(s->db, 10000);
        sqlite3_extended_result_codes(s->db, 1);
        st = s->readonly ? store_exec(s, "PRAGMA query_only = ON;"
                                         "PRAGMA cache_size = -32768;"
                                         "PRAGMA mmap_size = 268435456;", err)
                         : store_exec(s, pragmas, err);
    }
    if (!st)
        st = store_migrate(s, err);
    if (st) {
        dl_store_close(s);
        return st;
    }
    *out = s;
    return DL_OK;
}

sqlite3_stmt *store_stmt(dl_store *s, int slot, const char *sql)
{
    sqlite3_stmt *st = s->cache[slot];
    if (st) {
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        return st;
    }
    if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
                           &s->cache[slot], NULL))
        return NULL;
    return s->cache[slot];
}

void dl_store_close(dl_store *s)
{
    if (!s)
        return;
    for (int i = 0; i < SQ_COUNT; i++)
        sqlite3_finalize(s->cache[i]);
    /* Keep the planner's statistics fresh (cheap: ANALYZE runs only when
     * tables changed a lot, and on a sample). */
    if (!s->readonly)
        sqlite3_exec(s->db, "PRAGMA analysis_limit = 400; PRAGMA optimize;",
                     NULL, NULL, NULL);
    sqlite3_close_v2(s->db);
    free(s->info);
    free(s);
}

static dl_status count(dl_store *s, const char *sql, size_t *out)
{
    if (!out)
        return DL_OK;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL))
        return DL_EDB;
    if (!*sql || sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_finalize(st);
        return DL_EDB;
    }
    *out = (size_t)sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return DL_OK;
}

dl_status dl_store_stats(dl_store *s, size_t *documents, size_t *events,
                         size_t *stale)
{
    char sql[160];
    snprintf(sql, sizeof sql,
             "SELECT count(*) FROM documents WHERE extractor <> '%s'",
             dl_extractor_version());
    dl_status st = count(s, "SELECT count(*) FROM documents", documents);
    if (!st)
        st = count(s, "SELECT count(*) FROM events", events);
    if (!st)
        st = count(s, sql, stale);
    return st;
}

void store_bind(sqlite3_stmt *st, int i, const char *s)
{
    if (s)
        sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

dl_status store_has_hash(dl_store *s, const char *hash, int *found)
{
    sqlite3_stmt *st;
    *found = 0;
    if (sqlite3_prepare_v2(s->db, "SELECT 1 FROM documents WHERE hash = ?",
                           -1, &st, NULL))
        return DL_EDB;
    sqlite3_bind_text(st, 1, hash, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    *found = rc == SQLITE_ROW;
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? DL_OK : DL_EDB;
}

dl_status dl_store_contains(dl_store *s, const char *buf, size_t len,
                            int *found)
{
    char hash[65];
    store_hash(buf, len, hash);
    return store_has_hash(s, hash, found);
}
