/* add.c - storing a record: the document row, its full-text entry and one
 * row per extracted item, in one transaction per document.
 *
 * Reads the record only through the public accessors, so it stores whatever
 * the stages extract. Not for searching (search.c) or re-extraction. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"
#include "store.h"

/* Bind doc, n, text, span and rule: the columns every item table starts
 * and ends with (doc = ?1, n = ?2, then the item's own columns). */
static void bind_common(sqlite3_stmt *st, sqlite3_int64 doc, size_t n,
                        int at, dl_span sp, const char *text, const char *rule)
{
    sqlite3_bind_int64(st, 1, doc);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)n);
    store_bind(st, at, text);
    sqlite3_bind_int64(st, at + 1, (sqlite3_int64)sp.start);
    sqlite3_bind_int64(st, at + 2, (sqlite3_int64)sp.end);
    store_bind(st, at + 3, rule);
}

static int step_done(sqlite3_stmt *st)
{
    return sqlite3_step(st) == SQLITE_DONE;
}

static dl_status add_times(dl_store *s, const dl_record *rec, sqlite3_int64 doc)
{
    sqlite3_stmt *st = NULL;
    for (size_t i = 0; i < dl_record_ntimes(rec); i++) {
        const dl_time *t = dl_record_time(rec, i);
        if (!(st = store_stmt(s, SQ_TIME,
                "INSERT INTO times(doc, n, type, value, anchor, text,"
                " span_start, span_end, rule, mod) VALUES(?,?,?,?,?,?,?,?,?,?)")))
            return DL_EDB;
        bind_common(st, doc, i, 6, t->span, t->text, t->rule);
        store_bind(st, 3, t->type);
        store_bind(st, 4, t->value);
        store_bind(st, 5, t->anchor);
        store_bind(st, 10, t->mod);
        if (!step_done(st))
            return DL_EDB;
    }
    return DL_OK;
}

static dl_status add_places(dl_store *s, const dl_record *rec,
                            sqlite3_int64 doc, sqlite3_int64 *ids)
{
    for (size_t i = 0; i < dl_record_nplaces(rec); i++) {
        const dl_place *p = dl_record_place(rec, i);
        sqlite3_stmt *st = store_stmt(s, SQ_PLACE,
            "INSERT INTO places(doc, n, name, country, admin1, kind, lat, lon,"
            " gazetteer_id, text, span_start, span_end, rule)"
            " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
        if (!st)
            return DL_EDB;
        bind_common(st, doc, i, 10, p->span, p->text, p->rule);
        store_bind(st, 3, p->name);
        store_bind(st, 4, p->country);
        store_bind(st, 5, p->admin1);
        store_bind(st, 6, p->kind);
        if (p->has_coords) {
            sqlite3_bind_double(st, 7, p->lat);
            sqlite3_bind_double(st, 8, p->lon);
        }
        store_bind(st, 9, p->gazetteer_id);
        if (!step_done(st))
            return DL_EDB;
        ids[i] = sqlite3_last_insert_rowid(s->db);
    }
    return DL_OK;
}

static dl_status add_actors(dl_store *s, const dl_record *rec,
                            sqlite3_int64 doc, sqlite3_int64 *ids)
{
    for (size_t i = 0; i < dl_record_nactors(rec); i++) {
        const dl_actor *a = dl_record_actor(rec, i);
        sqlite3_stmt *st = store_stmt(s, SQ_ACTOR,
            "INSERT INTO actors(doc, n, name, country, sector, text,"
            " span_start, span_end, rule) VALUES(?,?,?,?,?,?,?,?,?)");
        if (!st)
            return DL_EDB;
        bind_common(st, doc, i, 6, a->span, a->text, a->rule);
        store_bind(st, 3, a->name);
        store_bind(st, 4, a->country);
        store_bind(st, 5, a->sector);
        if (!step_done(st))
            return DL_EDB;
        ids[i] = sqlite3_last_insert_rowid(s->db);
    }
    return DL_OK;
}

static void bind_ref(sqlite3_stmt *st, int col, int idx, size_t n,
                     const sqlite3_int64 *ids)
{
    if (idx >= 0 && (size_t)idx < n)
        sqlite3_bind_int64(st, col, ids[idx]);
    else
        sqlite3_bind_null(st, col);
}

/* The event's interval: its `when`, else the range its date value covers. */
static void bind_interval(sqlite3_stmt *st, const dl_event *e)
{
    char lo[11], hi[11];
    if (e->when.start || e->when.end) {
        store_bind(st, 7, e->when.start ? e->when.start : e->when.end);
        store_bind(st, 8, e->when.end ? e->when.end : e->when.start);
    } else if (e->date && store_timex_range(e->date, lo, hi)) {
        sqlite3_bind_text(st, 7, lo, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 8, hi, -1, SQLITE_TRANSIENT);
    }
}

static char *evidence_json(const dl_event *e)
{
    buf b = {0};
    buf_puts(&b, "[");
    for (size_t i = 0; i < e->nevidence; i++)
        buf_printf(&b, "%s[%zu,%zu]", i ? "," : "", e->evidence[i].start,
                   e->evidence[i].end);
    buf_puts(&b, "]");
    return buf_take(&b);
}

static dl_status add_event(dl_store *s, const dl_record *rec,
                           sqlite3_int64 doc, size_t i,
                           const sqlite3_int64 *place_ids,
                           const sqlite3_int64 *actor_ids)
{
    const dl_event *e = dl_record_event(rec, i);
    sqlite3_stmt *st = store_stmt(s, SQ_EVENT,
        "INSERT INTO events(doc, n, eid, type, mode, date, date_start, date_end,"
        " granularity, when_type, place, actor, target, claimed_by, reported,"
        " negated, hypothetical, trigger, span_start, span_end, rule, evidence,"
        " attributed_to)"
        " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    char *ev = evidence_json(e);
    if (!st || !ev) {
        free(ev);
        return st ? DL_ENOMEM : DL_EDB;
    }
    bind_common(st, doc, i, 18, e->trigger, e->trigger_text, e->rule);
    store_bind(st, 3, e->id);
    store_bind(st, 4, e->type);
    store_bind(st, 5, e->mode);
    store_bind(st, 6, e->date);
    bind_interval(st, e);
    store_bind(st, 9, e->when.granularity);
    store_bind(st, 10, e->when.type);
    bind_ref(st, 11, e->place, dl_record_nplaces(rec), place_ids);
    bind_ref(st, 12, e->actor, dl_record_nactors(rec), actor_ids);
    bind_ref(st, 13, e->target, dl_record_nactors(rec), actor_ids);
    store_bind(st, 14, e->claimed_by);
    store_bind(st, 15, e->reported);
    sqlite3_bind_int(st, 16, e->negated);
    sqlite3_bind_int(st, 17, e->hypothetical);
    sqlite3_bind_text(st, 22, ev, -1, free);
    store_bind(st, 23, e->attributed_to.text);
    return step_done(st) ? DL_OK : DL_EDB;
}

/* The event row each figure belongs to: listed in an event's figures, or
 * named by the figure's own `event` id. */
static sqlite3_int64 figure_event(const dl_record *rec, size_t fi,
                                  const sqlite3_int64 *event_ids)
{
    const dl_figure *f = dl_record_figure(rec, fi);
    for (size_t i = 0; i < dl_record_nevents(rec); i++) {
        const dl_event *e = dl_record_event(rec, i);
        for (size_t k = 0; k < e->nfigures; k++)
            if (e->figures[k] >= 0 && (size_t)e->figures[k] == fi)
                return event_ids[i];
        if (f->event && e->id && !strcmp(f->event, e->id))
            return event_ids[i];
    }
    return 0;
}

static dl_status add_figures(dl_store *s, const dl_record *rec,
                             sqlite3_int64 doc, const sqlite3_int64 *event_ids)
{
    for (size_t i = 0; i < dl_record_nfigures(rec); i++) {
        const dl_figure *f = dl_record_figure(rec, i);
        sqlite3_stmt *st = store_stmt(s, SQ_FIGURE,
            "INSERT INTO figures(doc, n, event, kind, value, high, qualifier,"
            " who, cumulative, text, span_start, span_end, rule, attributed_to)"
            " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        if (!st)
            return DL_EDB;
        bind_common(st, doc, i, 10, f->span, f->text, f->rule);
        sqlite3_int64 ev = figure_event(rec, i, event_ids);
        if (ev)
            sqlite3_bind_int64(st, 3, ev);
        store_bind(st, 4, f->kind);
        if (f->has_value)
            sqlite3_bind_int64(st, 5, f->value);
        if (f->has_high)
            sqlite3_bind_int64(st, 6, f->high);
        store_bind(st, 7, f->qualifier);
        store_bind(st, 8, f->who);
        sqlite3_bind_int(st, 9, f->cumulative);
        store_bind(st, 14, f->attributed_to.text);
        if (!step_done(st))
            return DL_EDB;
    }
    return DL_OK;
}

dl_status store_insert_items(dl_store *s, const dl_record *rec,
                             sqlite3_int64 doc, dl_error *err)
{
    size_t np = dl_record_nplaces(rec), na = dl_record_nactors(rec);
    size_t ne = dl_record_nevents(rec);
    sqlite3_int64 *ids = calloc(np + na + ne + 1, sizeof *ids);
    if (!ids)
        return store_fail(err, DL_ENOMEM, (size_t)-1, "out of memory");
    sqlite3_int64 *place_ids = ids, *actor_ids = ids + np;
    sqlite3_int64 *event_ids = ids + np + na;
    dl_status st = add_times(s, rec, doc);
    if (!st)
        st = add_places(s, rec, doc, place_ids);
    if (!st)
        st = add_actors(s, rec, doc, actor_ids);
    for (size_t i = 0; !st && i < ne; i++) {
        st = add_event(s, rec, doc, i, place_ids, actor_ids);
        event_ids[i] = sqlite3_last_insert_rowid(s->db);
    }
    if (!st)
        st = add_figures(s, rec, doc, event_ids);
    free(ids);
    if (st == DL_EDB)
        return store_dberr(s, err, "storing the extracted items");
    return st ? store_fail(err, st, (size_t)-1, "%s", dl_strerror(st)) : DL_OK;
}

dl_status store_delete_items(dl_store *s, sqlite3_int64 doc, dl_error *err)
{
    static const char *const tables[] = {"figures", "events", "places",
                                         "actors", "times"};
    for (size_t i = 0; i < sizeof tables / sizeof *tables; i++) {
        char sql[64];
        sqlite3_stmt *st;
        snprintf(sql, sizeof sql, "DELETE FROM %s WHERE doc = ?", tables[i]);
        if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL))
            return store_dberr(s, err, "removing old items");
        sqlite3_bind_int64(st, 1, doc);
        int ok = step_done(st);
        sqlite3_finalize(st);
        if (!ok)
            return store_dberr(s, err, "removing old items");
    }
    return DL_OK;
}
