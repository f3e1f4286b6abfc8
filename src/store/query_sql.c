/* query_sql.c - turning parsed query terms into an SQL condition and an
 * FTS5 MATCH string. Values never enter the SQL text: each becomes a bound
 * parameter, listed in the order the condition names them. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/buf.h"
#include "query.h"

typedef struct {
    buf sql;
    qparam *params;
    size_t n, cap;
    int failed;
} builder;

static void param(builder *b, const char *s, int64_t i, int is_int)
{
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 16;
        qparam *p = realloc(b->params, cap * sizeof *p);
        if (!p) {
            b->failed = 1;
            return;
        }
        b->params = p;
        b->cap = cap;
    }
    qparam *p = &b->params[b->n++];
    p->is_int = is_int;
    p->i = i;
    p->s = s ? strdup(s) : NULL;
    if (s && !p->s)
        b->failed = 1;
}

static void pstr(builder *b, const char *s) { param(b, s, 0, 0); }
static void pint(builder *b, int64_t i) { param(b, NULL, i, 1); }

/* A LIKE pattern: '%value%' (or 'value%' for a prefix), with % _ \ escaped. */
static void plike(builder *b, const char *v, int contains)
{
    buf p = {0};
    if (contains)
        buf_puts(&p, "%");
    for (; *v; v++) {
        if (*v == '%' || *v == '_' || *v == '\\')
            buf_add(&p, "\\", 1);
        buf_add(&p, v, 1);
    }
    buf_puts(&p, "%");
    char *s = buf_take(&p);
    if (!s)
        b->failed = 1;
    pstr(b, s ? s : "");
    free(s);
}

/* A text term in FTS5 syntax: a quoted string, '*' for a prefix. */
static void fts_term(buf *out, const qterm *t)
{
    buf_puts(out, "\"");
    for (const char *c = t->value; *c; c++) {
        if (*c == '"')
            buf_puts(out, "\"\"");
        else
            buf_add(out, c, 1);
    }
    buf_puts(out, t->prefix ? "\"*" : "\"");
}

static void bounds(builder *b, const char *lo_col, const char *hi_col,
                   const qterm *t)
{
    buf_puts(&b->sql, "(1");
    if (*t->hi) {
        buf_printf(&b->sql, " AND %s %s ?", lo_col, t->hi_strict ? "<" : "<=");
        pstr(b, t->hi);
    }
    if (*t->lo) {
        buf_printf(&b->sql, " AND %s %s ?", hi_col, t->lo_strict ? ">" : ">=");
        pstr(b, t->lo);
    }
    buf_puts(&b->sql, ")");
}

static void figure(builder *b, const qterm *t)
{
    buf_puts(&b->sql, "EXISTS (SELECT 1 FROM figures f WHERE f.event = e.id"
                      " AND f.kind = ?");
    pstr(b, t->figure);
    if (t->has_hi) {
        buf_puts(&b->sql, " AND f.value <= ?");
        pint(b, t->nhi);
    }
    if (t->has_lo) {
        buf_puts(&b->sql, " AND coalesce(f.high, f.value) >= ?");
        pint(b, t->nlo);
    }
    buf_puts(&b->sql, ")");
}

static void people(builder *b, const char *col, const char *v)
{
    buf_printf(&b->sql, "%s IN (SELECT id FROM actors WHERE name LIKE ?"
               " ESCAPE '\\' UNION ALL SELECT id FROM actors WHERE text LIKE ?"
               " ESCAPE '\\')", col);
    plike(b, v, 1);
    plike(b, v, 1);
}

static void condition(builder *b, const qterm *t)
{
    buf *s = &b->sql;
    switch (t->field) {
    case QF_TEXT: {
        buf m = {0};
        fts_term(&m, t);
        char *ms = buf_take(&m);
        buf_puts(s, "d.id IN (SELECT rowid FROM documents_fts WHERE"
                    " documents_fts MATCH ?)");
        pstr(b, ms ? ms : "\"\"");
        free(ms);
        break;
    }
    case QF_DATE: bounds(b, "e.date_start", "e.date_end", t); break;
    case QF_REPORTED: bounds(b, "d.date", "d.date", t); break;
    case QF_PLACE:
        buf_puts(s, "e.place IN (SELECT id FROM places WHERE name = ? COLLATE"
                    " NOCASE UNION ALL SELECT id FROM places WHERE text = ?"
                    " COLLATE NOCASE)");
        pstr(b, t->value);
        pstr(b, t->value);
        break;
    case QF_COUNTRY:
        buf_puts(s, "e.place IN (SELECT id FROM places WHERE country = ?)");
        pstr(b, t->value);
        break;
    case QF_TYPE: buf_puts(s, "e.type = ?"); pstr(b, t->value); break;
    case QF_MODE:
        buf_puts(s, "e.mode = ? COLLATE NOCASE");
        pstr(b, t->value);
        break;
    case QF_ACTOR: people(b, "e.actor", t->value); break;
    case QF_TARGET: people(b, "e.target", t->value); break;
    case QF_ISSUER: buf_puts(s, "d.issuer LIKE ? ESCAPE '\\'"); plike(b, t->value, 1); break;
    case QF_SOURCE: buf_puts(s, "d.source LIKE ? ESCAPE '\\'"); plike(b, t->value, 1); break;
    case QF_CITED:
        buf_puts(s, "e.attributed_to LIKE ? ESCAPE '\\'");
        plike(b, t->value, 1);
        break;
    case QF_KIND: buf_puts(s, "d.kind = ? COLLATE NOCASE"); pstr(b, t->value); break;
    case QF_ID: buf_puts(s, "d.hash LIKE ? ESCAPE '\\'"); plike(b, t->value, 0); break;
    case QF_FIGURE: figure(b, t); break;
    }
}

dl_status query_to_sql(const query *q, int events, query_sql *out)
{
    memset(out, 0, sizeof *out);
    builder b = {0};
    buf match = {0};
    int nmatch = 0;
    buf_puts(&b.sql, "1");
    for (size_t i = 0; i < q->n; i++) {
        const qterm *t = &q->terms[i];
        if (t->field == QF_TEXT && !t->negated) {
            buf_puts(&match, nmatch++ ? " " : "");
            fts_term(&match, t);
            continue;
        }
        if (query_term_is_event(t) && !events)
            continue; /* caller asked for document hits only */
        buf_puts(&b.sql, t->negated ? " AND NOT coalesce(" : " AND (");
        condition(&b, t);
        buf_puts(&b.sql, t->negated ? ", 0)" : ")");
    }
    out->where = buf_take(&b.sql);
    out->match = buf_take(&match);
    if (!nmatch) {
        free(out->match);
        out->match = NULL;
    }
    out->params = b.params;
    out->nparams = b.n;
    if (!out->where || (nmatch && !out->match) || b.failed) {
        query_sql_free(out);
        return DL_ENOMEM;
    }
    return DL_OK;
}

int query_sql_bind(const query_sql *qs, void *stmt, int first)
{
    sqlite3_stmt *st = stmt;
    for (size_t i = 0; i < qs->nparams; i++, first++) {
        const qparam *p = &qs->params[i];
        if (p->is_int)
            sqlite3_bind_int64(st, first, p->i);
        else
            sqlite3_bind_text(st, first, p->s, -1, SQLITE_STATIC);
    }
    return first;
}

void query_sql_free(query_sql *qs)
{
    for (size_t i = 0; i < qs->nparams; i++)
        free(qs->params[i].s);
    free(qs->params);
    free(qs->where);
    free(qs->match);
    memset(qs, 0, sizeof *qs);
}
