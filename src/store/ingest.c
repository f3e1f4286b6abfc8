/* ingest.c - dl_store_add: one document in one transaction, skipped when
 * the same bytes are archived already (idempotent by content hash).
 * The extracted items are written by add.c; re-extraction is reindex.c. */
#include <stdlib.h>
#include <string.h>

#include "store.h"

static int len_too_big(const dl_record *rec)
{
    size_t len;
    dl_record_input(rec, &len);
    return len > 1000000000u; /* SQLITE_MAX_LENGTH */
}

static dl_status insert_doc(dl_store *s, const dl_record *rec,
                            const dl_store_meta *meta, const char *json,
                            sqlite3_int64 *row)
{
    const dl_document *d = dl_record_document(rec);
    sqlite3_stmt *st = store_stmt(s, SQ_DOC,
        "INSERT INTO documents(hash, source, url, issuer, issuer_extracted,"
        " issuer_option, kind, title, date, date_source, date_option,"
        " dateline_place, bytes, extractor) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!st)
        return DL_EDB;
    const char *issuer_opt = meta && meta->issuer && *meta->issuer
                                 ? meta->issuer : NULL;
    int date_opt = d->date_source && !strcmp(d->date_source, "option");
    size_t len;
    const char *text = dl_record_input(rec, &len);
    store_bind(st, 1, d->id);
    store_bind(st, 2, d->source);
    store_bind(st, 3, meta && meta->url && *meta->url ? meta->url : NULL);
    store_bind(st, 4, issuer_opt ? issuer_opt : d->issuer);
    store_bind(st, 5, d->issuer);
    store_bind(st, 6, issuer_opt);
    store_bind(st, 7, d->kind);
    store_bind(st, 8, d->title);
    store_bind(st, 9, d->date);
    store_bind(st, 10, d->date_source);
    store_bind(st, 11, date_opt ? d->date : NULL);
    store_bind(st, 12, d->dateline ? d->dateline->place : NULL);
    sqlite3_bind_int64(st, 13, (sqlite3_int64)d->bytes);
    store_bind(st, 14, dl_extractor_version());
    if (sqlite3_step(st) != SQLITE_DONE)
        return DL_EDB;
    *row = sqlite3_last_insert_rowid(s->db);
    st = store_stmt(s, SQ_TEXT,
                    "INSERT INTO texts(id, text, record) VALUES(?, ?, ?)");
    if (!st)
        return DL_EDB;
    sqlite3_bind_int64(st, 1, *row);
    sqlite3_bind_text(st, 2, text, (int)len, SQLITE_STATIC);
    store_bind(st, 3, json);
    if (sqlite3_step(st) != SQLITE_DONE)
        return DL_EDB;
    st = store_stmt(s, SQ_FTS,
                    "INSERT INTO documents_fts(rowid, text) VALUES(?, ?)");
    if (!st)
        return DL_EDB;
    sqlite3_bind_int64(st, 1, *row);
    sqlite3_bind_text(st, 2, text, (int)len, SQLITE_STATIC);
    return sqlite3_step(st) == SQLITE_DONE ? DL_OK : DL_EDB;
}

static dl_status add_in_tx(dl_store *s, const dl_record *rec,
                           const dl_store_meta *meta, int *added,
                           dl_error *err)
{
    int found;
    if (store_has_hash(s, dl_record_document(rec)->id, &found))
        return store_dberr(s, err, "looking up the document");
    if (found)
        return DL_OK;
    char *json;
    dl_status st = dl_record_write(rec, DL_FORMAT_JSONL, &json);
    if (st)
        return store_fail(err, st, (size_t)-1, "writing the record: %s",
                          dl_strerror(st));
    sqlite3_int64 row;
    st = insert_doc(s, rec, meta, json, &row);
    free(json);
    if (st)
        return store_dberr(s, err, "storing the document");
    st = store_insert_items(s, rec, row, err);
    if (!st)
        *added = 1;
    return st;
}

dl_status dl_store_add(dl_store *s, const dl_record *rec,
                       const dl_store_meta *meta, int *added, dl_error *err)
{
    int dummy;
    if (!added)
        added = &dummy;
    *added = 0;
    if (s->readonly)
        return store_fail(err, DL_EUSAGE, (size_t)-1,
                          "the archive was opened read-only");
    if (len_too_big(rec))
        return store_fail(err, DL_ELIMIT, (size_t)-1,
                          "document larger than SQLite accepts");
    dl_status st = store_exec(s, "BEGIN IMMEDIATE", err);
    if (st)
        return st;
    st = add_in_tx(s, rec, meta, added, err);
    if (!st)
        st = store_exec(s, "COMMIT", err);
    if (st) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        *added = 0;
    }
    return st;
}
