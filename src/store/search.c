/* search.c - running a query: SQL from the parsed terms (query_sql.c),
 * one dl_hit per matching event or document, with a snippet around the
 * match and the event's figures. Grouping for claims is claims.c. */
#include <stdlib.h>
#include <string.h>

#include "../util/arena.h"
#include "../util/buf.h"
#include "query.h"
#include "store.h"

/* Columns of the hit query, in order. */
enum {
    C_HASH, C_SOURCE, C_URL, C_ISSUER, C_KIND, C_TITLE, C_DATE,
    C_EROW, C_EID, C_TYPE, C_MODE, C_EDATE, C_START, C_END, C_PLACE,
    C_COUNTRY, C_ACTOR, C_TARGET, C_ACOUNTRY, C_TCOUNTRY, C_CITED, C_TSTART, C_TEND,
    C_SNIPPET, C_SCORE,
    C_WINDOW
};

#define WINDOW_BEFORE 100
#define WINDOW_BYTES 260
#define STR_(x) #x
#define STR(x) STR_(x)

static const char event_cols[] =
    " e.id, e.eid, e.type, e.mode, e.date, e.date_start, e.date_end,"
    " p.name, p.country, a.name, t.name, a.country, t.country, e.attributed_to,"
    " e.span_start, e.span_end,";
/* the same for an archive older than STORE_SCHEMA_CITED */
static const char event_cols_uncited[] =
    " e.id, e.eid, e.type, e.mode, e.date, e.date_start, e.date_end,"
    " p.name, p.country, a.name, t.name, a.country, t.country, NULL, e.span_start,"
    " e.span_end,";
static const char no_event_cols[] =
    " NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
    " NULL, NULL, NULL, NULL, NULL,";
static const char event_joins[] =
    " JOIN events e ON e.doc = d.id"
    " LEFT JOIN places p ON p.id = e.place"
    " LEFT JOIN actors a ON a.id = e.actor"
    " LEFT JOIN actors t ON t.id = e.target";

/* Orders name the BM25 score SCORE: the rank in the inner query, the
 * kept score in the outer one (see build_sql). */
static const char *default_order(int events, int match, dl_order order)
{
    if (order == DL_ORDER_DATE)
        return events ? "e.date_start IS NULL, e.date_start, e.date_end,"
                        " d.date, d.id, e.n"
                      : "d.date IS NULL, d.date, d.id";
    if (match)
        return events ? "SCORE, d.date DESC, d.id, e.n"
                      : "SCORE, d.date DESC, d.id";
    return events ? "d.date DESC, d.id, e.n" : "d.date DESC, d.id";
}

/* order with SCORE replaced by expr. */
static void add_order(buf *b, const char *order, const char *expr)
{
    const char *p;
    while ((p = strstr(order, "SCORE"))) {
        buf_add(b, order, (size_t)(p - order));
        buf_puts(b, expr);
        order = p + 5;
    }
    buf_puts(b, order);
}

static char *outer_sql(buf *bp, const query_sql *qs, int events,
                       const char *order, int cited);

/* Two levels, so that snippets and text windows are made for the hits
 * kept, not for every match: the inner query picks the rows (ids and
 * score, sorted and limited), the outer one reads them. Parameters in
 * order: [MATCH], the query's, LIMIT, [snippet marks, MATCH]. */
static char *build_sql(const query_sql *qs, int events, const char *order,
                       const char *extra, int cited)
{
    buf b = {0};
    if (!events && qs->match && !strcmp(qs->where, "1") && !extra) {
        /* words only: FTS5 ranks alone, no document row per match */
        buf_puts(&b, "WITH hits AS (SELECT rowid AS did, NULL AS erow,"
                     " rank AS score FROM documents_fts WHERE documents_fts"
                     " MATCH ? ORDER BY rank LIMIT ?)");
        return outer_sql(&b, qs, events, order, cited);
    }
    buf_printf(&b, "WITH hits AS (SELECT d.id AS did, %s AS erow, %s AS score",
               events ? "e.id" : "NULL", qs->match ? "documents_fts.rank" : "0");
    buf_puts(&b, qs->match ? " FROM documents_fts JOIN documents d"
                             " ON d.id = documents_fts.rowid"
                           : " FROM documents d");
    if (events)
        buf_puts(&b, event_joins);
    buf_printf(&b, " WHERE %s%s", qs->match ? "documents_fts MATCH ? AND " : "",
               qs->where);
    if (extra)
        buf_printf(&b, " AND (%s)", extra);
    buf_puts(&b, " ORDER BY ");
    add_order(&b, order, "documents_fts.rank");
    buf_puts(&b, " LIMIT ?)");
    return outer_sql(&b, qs, events, order, cited);
}

/* The outer query: what the hits picked by the inner one show. */
static char *outer_sql(buf *bp, const query_sql *qs, int events,
                       const char *order, int cited)
{
    buf b = *bp;
    buf_puts(&b, " SELECT d.hash, d.source, d.url, d.issuer, d.kind,"
                 " d.title, d.date,");
    buf_puts(&b, !events ? no_event_cols : cited ? event_cols : event_cols_uncited);
    buf_puts(&b, qs->match ? " snippet(documents_fts, 0, ?, ?, '…', 24),"
                           : " NULL,");
    buf_printf(&b, " hits.score, substr(CAST(x.text AS BLOB), %s, %d)",
               events ? "max(1, e.span_start + 1 - " STR(WINDOW_BEFORE) ")" : "1",
               WINDOW_BYTES);
    buf_puts(&b, " FROM hits CROSS JOIN documents d ON d.id = hits.did"
                 " CROSS JOIN texts x ON x.id = hits.did");
    if (events)
        buf_puts(&b, " CROSS JOIN events e ON e.id = hits.erow"
                     " LEFT JOIN places p ON p.id = e.place"
                     " LEFT JOIN actors a ON a.id = e.actor"
                     " LEFT JOIN actors t ON t.id = e.target");
    if (qs->match)
        buf_puts(&b, " CROSS JOIN documents_fts ON documents_fts.rowid = hits.did"
                     " WHERE documents_fts MATCH ?");
    buf_puts(&b, " ORDER BY ");
    add_order(&b, order, "hits.score");
    return buf_take(&b);
}

typedef struct {
    dl_store *s;
    sqlite3_stmt *st;
    const dl_search_opts *opt;
    const char *open, *close;
    arena *a;
    dl_hit hit;
} run;

static const char *col(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

/* Is byte c the start of a UTF-8 character? */
static int starts_char(unsigned char c) { return (c & 0xC0) != 0x80; }

/* Text of the window [from, to) with whitespace folded, added to b. */
static void folded(buf *b, const char *s, size_t from, size_t to)
{
    int space = 0;
    for (size_t i = from; i < to; i++) {
        if (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t') {
            space = 1;
            continue;
        }
        if (space && b->len)
            buf_add(b, " ", 1);
        space = 0;
        buf_add(b, s + i, 1);
    }
}

/* A snippet cut from the stored text: for events, around the trigger
 * (window starting WINDOW_BEFORE bytes before it), marks around it. */
static const char *window_snippet(run *r)
{
    sqlite3_stmt *st = r->st;
    const char *w = sqlite3_column_blob(st, C_WINDOW);
    size_t n = (size_t)sqlite3_column_bytes(st, C_WINDOW), from = 0, to = n;
    size_t ts = n, te = n;
    if (r->hit.event && sqlite3_column_type(st, C_TSTART) != SQLITE_NULL) {
        size_t a = (size_t)sqlite3_column_int64(st, C_TSTART);
        size_t z = (size_t)sqlite3_column_int64(st, C_TEND);
        size_t base = a > WINDOW_BEFORE ? a - WINDOW_BEFORE : 0;
        ts = a - base < n ? a - base : n;
        te = z - base < n && z >= a ? z - base : n;
    }
    while (from < n && !starts_char((unsigned char)w[from]))
        from++;
    while (to > from && to < n && !starts_char((unsigned char)w[to]))
        to--;
    buf b = {0};
    if (r->hit.event ? sqlite3_column_int64(st, C_TSTART) > WINDOW_BEFORE : 0)
        buf_puts(&b, "…");
    if (ts > from && ts < to && te <= to) {
        folded(&b, w, from, ts);
        int gap = ts > 0 && (w[ts - 1] == ' ' || w[ts - 1] == '\n' ||
                             w[ts - 1] == '\t' || w[ts - 1] == '\r');
        buf_puts(&b, b.len && gap ? " " : "");
        buf_puts(&b, r->open);
        folded(&b, w, ts, te);
        buf_puts(&b, r->close);
        folded(&b, w, te, to);
    } else {
        folded(&b, w, from, to);
    }
    if (n == WINDOW_BYTES)
        buf_puts(&b, " …");
    char *s = buf_take(&b);
    const char *out = s ? arena_strdup(r->a, s) : NULL;
    free(s);
    return out;
}

static dl_status hit_figures(run *r, sqlite3_int64 event)
{
    /* the slot's statement is prepared once per store, whose schema
     * version does not change while it is open */
    sqlite3_stmt *st = store_stmt(r->s, SQ_HIT_FIGURES,
        r->s->version >= STORE_SCHEMA_CITED
            ? "SELECT kind, value, high, qualifier, who, text, cumulative, rule,"
              " attributed_to FROM figures WHERE event = ? ORDER BY n"
            : "SELECT kind, value, high, qualifier, who, text, cumulative, rule,"
              " NULL FROM figures WHERE event = ? ORDER BY n");
    if (!st)
        return DL_EDB;
    sqlite3_bind_int64(st, 1, event);
    dl_figure *figs = NULL;
    size_t n = 0, cap = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        dl_figure *f = VEC_PUSH(r->a, figs, n, cap);
        if (!f)
            return DL_ENOMEM;
        memset(f, 0, sizeof *f);
        f->attributed_to.actor = -1;
        f->attributed_to.text = arena_strdup(r->a, col(st, 8));
        f->kind = arena_strdup(r->a, col(st, 0));
        f->has_value = sqlite3_column_type(st, 1) != SQLITE_NULL;
        f->value = sqlite3_column_int64(st, 1);
        f->has_high = sqlite3_column_type(st, 2) != SQLITE_NULL;
        f->high = sqlite3_column_int64(st, 2);
        f->qualifier = arena_strdup(r->a, col(st, 3));
        f->who = arena_strdup(r->a, col(st, 4));
        f->text = arena_strdup(r->a, col(st, 5));
        f->cumulative = sqlite3_column_int(st, 6);
        f->rule = arena_strdup(r->a, col(st, 7)); /* "fig_subset": part of another */
    }
    sqlite3_reset(st);
    r->hit.figures = figs;
    r->hit.nfigures = n;
    return DL_OK;
}

static dl_status fill_hit(run *r)
{
    sqlite3_stmt *st = r->st;
    dl_hit *h = &r->hit;
    memset(h, 0, sizeof *h);
    h->doc = col(st, C_HASH);
    h->source = col(st, C_SOURCE);
    h->url = col(st, C_URL);
    h->issuer = col(st, C_ISSUER);
    h->kind = col(st, C_KIND);
    h->title = col(st, C_TITLE);
    h->reported = col(st, C_DATE);
    h->event = col(st, C_EID);
    h->type = col(st, C_TYPE);
    h->mode = col(st, C_MODE);
    h->date = col(st, C_EDATE);
    h->start = col(st, C_START);
    h->end = col(st, C_END);
    h->place = col(st, C_PLACE);
    h->country = col(st, C_COUNTRY);
    h->actor = col(st, C_ACTOR);
    h->target = col(st, C_TARGET);
    h->actor_country = col(st, C_ACOUNTRY);
    h->target_country = col(st, C_TCOUNTRY);
    h->cited = col(st, C_CITED);
    h->score = sqlite3_column_double(st, C_SCORE);
    h->snippet = col(st, C_SNIPPET);
    if (h->snippet) {
        buf b = {0};
        folded(&b, h->snippet, 0, strlen(h->snippet));
        char *s = buf_take(&b);
        h->snippet = s ? arena_strdup(r->a, s) : "";
        free(s);
    } else {
        h->snippet = window_snippet(r);
    }
    if (sqlite3_column_type(st, C_EROW) != SQLITE_NULL)
        return hit_figures(r, sqlite3_column_int64(st, C_EROW));
    return DL_OK;
}

static dl_status each_hit(run *r, dl_hit_fn fn, void *ctx, dl_error *err)
{
    int rc;
    while ((rc = sqlite3_step(r->st)) == SQLITE_ROW) {
        arena_free(r->a);
        if (!(r->a = arena_new()))
            return store_fail(err, DL_ENOMEM, (size_t)-1, "out of memory");
        dl_status st = fill_hit(r);
        if (st)
            return st == DL_EDB ? store_dberr(r->s, err, "reading figures")
                                : store_fail(err, st, (size_t)-1, "out of memory");
        if (fn(&r->hit, ctx))
            return DL_OK;
    }
    return rc == SQLITE_DONE ? DL_OK : store_dberr(r->s, err, "searching");
}

static dl_status prepare(run *r, const query_sql *qs, int events,
                         const char *order, const char *extra, dl_error *err)
{
    char *sql = build_sql(qs, events, order, extra, r->s->version >= STORE_SCHEMA_CITED);
    if (!sql)
        return store_fail(err, DL_ENOMEM, (size_t)-1, "out of memory");
    int rc = sqlite3_prepare_v2(r->s->db, sql, -1, &r->st, NULL);
    free(sql);
    if (rc)
        return store_dberr(r->s, err, "preparing the search");
    int i = 1;
    if (qs->match)
        sqlite3_bind_text(r->st, i++, qs->match, -1, SQLITE_STATIC);
    i = query_sql_bind(qs, r->st, i);
    sqlite3_bind_int64(r->st, i++, r->opt->limit ? (sqlite3_int64)r->opt->limit
                                                 : -1);
    if (qs->match) {
        sqlite3_bind_text(r->st, i++, r->open, -1, SQLITE_STATIC);
        sqlite3_bind_text(r->st, i++, r->close, -1, SQLITE_STATIC);
        sqlite3_bind_text(r->st, i++, qs->match, -1, SQLITE_STATIC);
    }
    return DL_OK;
}

dl_status store_search_sql(dl_store *s, const char *text,
                           const dl_search_opts *opt, const char *order_by,
                           const char *extra_where, dl_hit_fn fn, void *ctx,
                           dl_error *err)
{
    static const dl_search_opts none = {0};
    query q;
    query_sql qs;
    dl_status st = query_parse(text, &q, err);
    if (st)
        return st;
    if (!opt)
        opt = &none;
    int events = opt->events || query_has_event_terms(&q);
    if (s->version < STORE_SCHEMA_CITED && query_has_field(&q, QF_CITED)) {
        query_free(&q);
        return store_fail(err, DL_EDB, (size_t)-1,
                          "archive schema version %d has no cited sources: "
                          "run 'dateline reindex' once", s->version);
    }
    st = query_to_sql(&q, events, &qs);
    query_free(&q);
    if (st)
        return store_fail(err, st, (size_t)-1, "out of memory");
    run r = {.s = s, .opt = opt, .open = opt->mark_open ? opt->mark_open : "**",
             .close = opt->mark_close ? opt->mark_close : "**"};
    const char *order = order_by ? order_by
                                 : default_order(events, qs.match != NULL, opt->order);
    st = prepare(&r, &qs, events, order, extra_where, err);
    if (!st)
        st = each_hit(&r, fn, ctx, err);
    sqlite3_finalize(r.st);
    arena_free(r.a);
    query_sql_free(&qs);
    return st;
}

dl_status dl_store_search(dl_store *s, const char *query,
                          const dl_search_opts *opt, dl_hit_fn fn, void *ctx,
                          dl_error *err)
{
    return store_search_sql(s, query, opt, NULL, NULL, fn, ctx, err);
}
