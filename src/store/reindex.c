/* reindex.c - reading a stored document back (dl_store_get) and
 * re-extracting documents stored by another extractor version
 * (dl_store_reindex). The text and the options it was added with are
 * kept, so a record can always be rebuilt from the archive alone. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"
#include "store.h"

/* Build the record of a stored text with the options it was added with. */
static dl_status rebuild(sqlite3_stmt *st, int text, int source, int date,
                         dl_record **rec, dl_error *err)
{
    dl_options o = {
        .source = (const char *)sqlite3_column_text(st, source),
        .date = (const char *)sqlite3_column_text(st, date),
        .lossy = 1,
    };
    const char *t = sqlite3_column_blob(st, text);
    size_t n = (size_t)sqlite3_column_bytes(st, text);
    return dl_record_parse(t ? t : "", n, &o, rec, err);
}

static dl_status find(dl_store *s, const char *id, sqlite3_stmt **out,
                      dl_error *err)
{
    size_t n = strlen(id);
    for (size_t i = 0; i < n; i++)
        if (!isxdigit((unsigned char)id[i]))
            return store_fail(err, DL_EUSAGE, i, "'%s' is not a document id "
                              "(hexadecimal)", id);
    if (n < 4 || n > 64)
        return store_fail(err, DL_EUSAGE, (size_t)-1, "a document id has 4 "
                          "to 64 hexadecimal digits, not '%s'", id);
    char pat[66];
    for (size_t i = 0; i < n; i++)
        pat[i] = (char)tolower((unsigned char)id[i]);
    memcpy(pat + n, "%", 2);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
            "SELECT hash, source, url, issuer_option, date_option, extractor,"
            " added, x.text FROM documents d JOIN texts x ON x.id = d.id"
            " WHERE hash LIKE ? LIMIT 2",
            -1, &st, NULL))
        return store_dberr(s, err, "looking up the document");
    sqlite3_bind_text(st, 1, pat, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_finalize(st);
        return store_fail(err, DL_ENOTFOUND, (size_t)-1,
                          "no document with id %s", id);
    }
    *out = st;
    return DL_OK;
}

/* Copy the metadata columns 0-6 into one block owned by the store. */
static dl_status keep_info(dl_store *s, sqlite3_stmt *st, dl_stored_doc *info)
{
    size_t total = 0;
    for (int i = 0; i < 7; i++)
        total += (size_t)sqlite3_column_bytes(st, i) + 1;
    free(s->info);
    if (!(s->info = malloc(total)))
        return DL_ENOMEM;
    char *p = s->info;
    const char **fields[] = {&info->id, &info->source, &info->url,
                             &info->issuer, &info->date_option,
                             &info->extractor, &info->added};
    for (int i = 0; i < 7; i++) {
        const char *v = (const char *)sqlite3_column_text(st, i);
        if (!v) {
            *fields[i] = NULL;
            continue;
        }
        size_t n = strlen(v) + 1;
        memcpy(p, v, n);
        *fields[i] = p;
        p += n;
    }
    return DL_OK;
}

dl_status dl_store_get(dl_store *s, const char *id, dl_record **rec,
                       dl_stored_doc *info, dl_error *err)
{
    sqlite3_stmt *st = NULL;
    *rec = NULL;
    dl_status rc = find(s, id ? id : "", &st, err);
    if (rc)
        return rc;
    if (sqlite3_step(st) == SQLITE_ROW) {
        sqlite3_finalize(st);
        return store_fail(err, DL_EUSAGE, (size_t)-1, "id %s is ambiguous: "
                          "give more digits", id);
    }
    sqlite3_reset(st);
    sqlite3_step(st);
    rc = info ? keep_info(s, st, info) : DL_OK;
    if (!rc)
        rc = rebuild(st, 7, 1, 4, rec, err);
    else
        store_fail(err, rc, (size_t)-1, "out of memory");
    sqlite3_finalize(st);
    return rc;
}

static dl_status update_doc(dl_store *s, const dl_record *rec,
                            sqlite3_int64 row)
{
    const dl_document *d = dl_record_document(rec);
    char *json;
    if (dl_record_write(rec, DL_FORMAT_JSONL, &json))
        return DL_ENOMEM;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
            "UPDATE documents SET issuer = coalesce(issuer_option, ?1),"
            " issuer_extracted = ?1, kind = ?2, title = ?3, date = ?4,"
            " date_source = ?5, dateline_place = ?6, extractor = ?7"
            " WHERE id = ?9; ", -1, &st, NULL)) {
        free(json);
        return DL_EDB;
    }
    store_bind(st, 1, d->issuer);
    store_bind(st, 2, d->kind);
    store_bind(st, 3, d->title);
    store_bind(st, 4, d->date);
    store_bind(st, 5, d->date_source);
    store_bind(st, 6, d->dateline ? d->dateline->place : NULL);
    store_bind(st, 7, dl_extractor_version());
    sqlite3_bind_int64(st, 9, row);
    int rc = sqlite3_step(st);
    sqlite3_finalize(st);
    if (rc == SQLITE_DONE &&
        !sqlite3_prepare_v2(s->db, "UPDATE texts SET record = ? WHERE id = ?",
                            -1, &st, NULL)) {
        sqlite3_bind_text(st, 1, json, -1, free);
        json = NULL;
        sqlite3_bind_int64(st, 2, row);
        rc = sqlite3_step(st);
        sqlite3_finalize(st);
    }
    free(json);
    return rc == SQLITE_DONE ? DL_OK : DL_EDB;
}

/* Re-extract one document row in its own transaction. */
static dl_status reindex_one(dl_store *s, sqlite3_int64 row, dl_error *err)
{
    sqlite3_stmt *st;
    dl_status rc = store_exec(s, "BEGIN IMMEDIATE", err);
    if (rc)
        return rc;
    if (sqlite3_prepare_v2(s->db, "SELECT x.text, d.source, d.date_option"
                           " FROM documents d JOIN texts x ON x.id = d.id"
                           " WHERE d.id = ?", -1, &st, NULL))
        rc = store_dberr(s, err, "reading a document");
    dl_record *rec = NULL;
    if (!rc) {
        sqlite3_bind_int64(st, 1, row);
        rc = sqlite3_step(st) == SQLITE_ROW ? rebuild(st, 0, 1, 2, &rec, err)
                                            : DL_OK; /* gone meanwhile */
        sqlite3_finalize(st);
    }
    if (!rc && rec)
        rc = store_delete_items(s, row, err);
    if (!rc && rec && (rc = update_doc(s, rec, row)))
        store_dberr(s, err, "updating a document");
    if (!rc && rec)
        rc = store_insert_items(s, rec, row, err);
    dl_record_free(rec);
    if (!rc)
        rc = store_exec(s, "COMMIT", err);
    if (rc)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

static dl_status stale_rows(dl_store *s, int all, sqlite3_int64 **rows,
                            size_t *n, dl_error *err)
{
    sqlite3_stmt *st;
    *rows = NULL;
    *n = 0;
    if (sqlite3_prepare_v2(s->db, "SELECT id FROM documents WHERE ?1 OR"
                           " extractor <> ?2 ORDER BY id", -1, &st, NULL))
        return store_dberr(s, err, "listing documents");
    sqlite3_bind_int(st, 1, all != 0);
    sqlite3_bind_text(st, 2, dl_extractor_version(), -1, SQLITE_STATIC);
    size_t cap = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (*n == cap) {
            cap = cap ? cap * 2 : 256;
            sqlite3_int64 *r = realloc(*rows, cap * sizeof *r);
            if (!r) {
                sqlite3_finalize(st);
                return store_fail(err, DL_ENOMEM, (size_t)-1, "out of memory");
            }
            *rows = r;
        }
        (*rows)[(*n)++] = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    return DL_OK;
}

dl_status dl_store_reindex(dl_store *s, int all, dl_progress_fn fn, void *ctx,
                           size_t *done, dl_error *err)
{
    size_t dummy, n;
    sqlite3_int64 *rows;
    if (!done)
        done = &dummy;
    *done = 0;
    if (s->readonly)
        return store_fail(err, DL_EUSAGE, (size_t)-1,
                          "the archive was opened read-only");
    dl_status rc = stale_rows(s, all, &rows, &n, err);
    for (size_t i = 0; !rc && i < n; i++) {
        rc = reindex_one(s, rows[i], err);
        if (!rc)
            ++*done;
        if (fn)
            fn(i + 1, n, ctx);
    }
    free(rows);
    return rc;
}
