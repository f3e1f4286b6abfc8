/* query.c - parsing the archive's query language into terms.
 *
 * A query is words, "quoted phrases" and filters NAME:VALUE (or NAME>=N for
 * numbers and dates), each optionally negated with a leading '-'. Filters
 * are checked here, so errors point at the term; SQL is query_sql.c. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "query.h"
#include "store.h"

typedef enum { OP_EQ, OP_GT, OP_GE, OP_LT, OP_LE } qop;

static const struct {
    const char *name;
    qfield field;
} filters[] = {
    {"date", QF_DATE},       {"reported", QF_REPORTED}, {"place", QF_PLACE},
    {"country", QF_COUNTRY}, {"type", QF_TYPE},         {"mode", QF_MODE},
    {"actor", QF_ACTOR},     {"target", QF_TARGET},     {"issuer", QF_ISSUER},
    {"kind", QF_KIND},       {"source", QF_SOURCE},     {"id", QF_ID},
    {"cited", QF_CITED},
};

static const char *const figure_kinds[] = {
    "killed", "injured", "arrested", "missing",
    "displaced", "forces", "participants", "hostages",
};

/* PLOVER event types (the record spec's `type`). */
static const char *const event_types[] = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
    "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
    "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
};

static const char *const doc_kinds[] = {
    "press release", "statement", "letter", "speech", "report", "news", "other",
};

#define COUNT(a) (sizeof(a) / sizeof *(a))

/* A term being read: the raw pieces before validation. */
typedef struct {
    const char *q;
    size_t start, name_len;
    qop op;
    char *value;
    size_t value_off;
} raw;

static dl_status bad(dl_error *err, size_t off, const char *fmt, const char *a)
{
    return store_fail(err, DL_EQUERY, off, fmt, a);
}

static int in_list(const char *const *list, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(list[i], s))
            return 1;
    return 0;
}

/* Read a value (quoted or bare) at *i; a malloc'd copy or NULL. */
static char *read_value(const char *q, size_t *i, int *quoted, dl_error *err,
                        dl_status *st)
{
    size_t s = *i;
    *quoted = q[s] == '"';
    if (*quoted) {
        const char *close = strchr(q + s + 1, '"');
        if (!close) {
            *st = bad(err, s, "unterminated quote: add a closing '\"'%s", "");
            return NULL;
        }
        *i = (size_t)(close - q) + 1;
        return strndup(q + s + 1, (size_t)(close - q) - s - 1);
    }
    while (q[*i] && !isspace((unsigned char)q[*i]))
        (*i)++;
    return strndup(q + s, *i - s);
}

/* NAME followed by an operator: the length of NAME, or 0. */
static size_t filter_name(const char *q, size_t i, qop *op, size_t *oplen)
{
    size_t n = 0;
    while (isalpha((unsigned char)q[i + n]) || q[i + n] == '_')
        n++;
    if (!n)
        return 0;
    const char *o = q + i + n;
    *oplen = 1;
    if (*o == ':' || *o == '=')
        *op = OP_EQ;
    else if (*o == '>' || *o == '<') {
        *op = *o == '>' ? OP_GT : OP_LT;
        if (o[1] == '=') {
            *op = *o == '>' ? OP_GE : OP_LE;
            *oplen = 2;
        }
    } else
        return 0;
    return n;
}

/* One date bound: "1990", "1990-01" or "1990-01-20". */
static int date_bound(const char *v, size_t n, char lo[11], char hi[11])
{
    char tmp[11];
    if (n < 4 || n > 10)
        return 0;
    memcpy(tmp, v, n);
    tmp[n] = 0;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)tmp[i]) && tmp[i] != '-')
            return 0;
    if (!(n == 4 || n == 7 || n == 10) || !store_timex_range(tmp, lo, hi))
        return 0;
    return 1;
}

static dl_status parse_dates(qterm *t, const raw *r, dl_error *err)
{
    const char *v = r->value, *dots = strstr(v, "..");
    char lo[11], hi[11], lo2[11], hi2[11];
    static const char msg[] = "bad date '%s': want YYYY, YYYY-MM or "
                              "YYYY-MM-DD, or a range A..B";
    if (dots) {
        if (r->op != OP_EQ)
            return bad(err, r->value_off, "a date range takes ':' ('%s')", v);
        size_t a = (size_t)(dots - v), b = strlen(dots + 2);
        if ((a && !date_bound(v, a, lo, hi)) ||
            (b && !date_bound(dots + 2, b, lo2, hi2)) || (!a && !b))
            return bad(err, r->value_off, msg, v);
        if (a)
            memcpy(t->lo, lo, 11);
        if (b)
            memcpy(t->hi, hi2, 11);
        if (a && b && strcmp(lo, hi2) > 0)
            return bad(err, r->value_off, "date range '%s' ends before it "
                       "starts", v);
        return DL_OK;
    }
    if (!date_bound(v, strlen(v), lo, hi))
        return bad(err, r->value_off, msg, v);
    switch (r->op) {
    case OP_EQ: memcpy(t->lo, lo, 11); memcpy(t->hi, hi, 11); break;
    case OP_GE: memcpy(t->lo, lo, 11); break;
    case OP_GT: memcpy(t->lo, hi, 11); t->lo_strict = 1; break;
    case OP_LE: memcpy(t->hi, hi, 11); break;
    case OP_LT: memcpy(t->hi, lo, 11); t->hi_strict = 1; break;
    }
    return DL_OK;
}

/* A count: digits with optional thousands commas; -1 when not one. */
static int64_t count_value(const char *s, size_t n)
{
    int64_t v = 0;
    int nd = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ',' && nd)
            continue;
        if (!isdigit((unsigned char)s[i]) || v > (INT64_MAX - 9) / 10)
            return -1;
        v = v * 10 + (s[i] - '0');
        nd++;
    }
    return nd ? v : -1;
}

static dl_status parse_counts(qterm *t, const raw *r, dl_error *err)
{
    const char *v = r->value, *dots = strstr(v, "..");
    static const char msg[] = "bad number '%s': want a count such as 100, "
                              "or a range 100..200";
    if (dots) {
        size_t a = (size_t)(dots - v), b = strlen(dots + 2);
        if (r->op != OP_EQ)
            return bad(err, r->value_off, "a range takes ':' ('%s')", v);
        t->has_lo = a > 0;
        t->has_hi = b > 0;
        if ((!a && !b) || (a && (t->nlo = count_value(v, a)) < 0) ||
            (b && (t->nhi = count_value(dots + 2, b)) < 0))
            return bad(err, r->value_off, msg, v);
        if (a && b && t->nlo > t->nhi)
            return bad(err, r->value_off, "range '%s' ends before it starts", v);
        return DL_OK;
    }
    int64_t n = count_value(v, strlen(v));
    if (n < 0)
        return bad(err, r->value_off, msg, v);
    t->has_lo = r->op == OP_EQ || r->op == OP_GE || r->op == OP_GT;
    t->has_hi = r->op == OP_EQ || r->op == OP_LE || r->op == OP_LT;
    t->nlo = r->op == OP_GT ? n + 1 : n;
    t->nhi = r->op == OP_LT ? n - 1 : n;
    return DL_OK;
}

static void upcase(char *s)
{
    for (; *s; s++)
        *s = (char)toupper((unsigned char)*s);
}

/* Check and normalise a string filter's value. */
static dl_status parse_string(qterm *t, const raw *r, dl_error *err)
{
    char *v = r->value;
    if (r->op != OP_EQ)
        return bad(err, r->start, "this filter takes ':' ('%s')", v);
    if (t->field == QF_COUNTRY) {
        upcase(v);
        size_t n = strlen(v);
        if ((n != 2 && n != 4) || !isalpha((unsigned char)v[0]) ||
            !isalpha((unsigned char)v[1]))
            return bad(err, r->value_off, "bad country '%s': want an ISO "
                       "3166 code such as AZ", v);
        v[2] = 0;
    } else if (t->field == QF_TYPE) {
        upcase(v);
        if (!in_list(event_types, COUNT(event_types), v))
            return bad(err, r->value_off, "unknown event type '%s' (PLOVER "
                       "types: ASSAULT, COERCE, PROTEST, MOBILIZE, ACCUSE, "
                       "THREATEN, ...)", v);
    } else if (t->field == QF_ID) {
        for (char *p = v; *p; p++)
            *p = (char)tolower((unsigned char)*p);
    } else if (t->field == QF_KIND) {
        for (char *p = v; *p; p++)
            *p = *p == '-' || *p == '_' ? ' ' : (char)tolower((unsigned char)*p);
        if (!in_list(doc_kinds, COUNT(doc_kinds), v))
            return bad(err, r->value_off, "unknown kind '%s' (kinds: press "
                       "release, statement, letter, speech, report, news, "
                       "other)", v);
    }
    t->value = v;
    return DL_OK;
}

/* Validate a filter term; takes ownership of r->value. */
static dl_status make_filter(qterm *t, raw *r, dl_error *err)
{
    char name[16];
    size_t n = r->name_len < sizeof name ? r->name_len : sizeof name - 1;
    for (size_t i = 0; i < n; i++)
        name[i] = (char)tolower((unsigned char)r->q[r->start + i]);
    name[n] = 0;
    t->field = QF_TEXT;
    for (size_t i = 0; i < COUNT(filters); i++)
        if (r->name_len == strlen(filters[i].name) && !strcmp(name, filters[i].name))
            t->field = filters[i].field;
    for (size_t i = 0; i < COUNT(figure_kinds); i++)
        if (r->name_len == strlen(figure_kinds[i]) && !strcmp(name, figure_kinds[i])) {
            t->field = QF_FIGURE;
            t->figure = figure_kinds[i];
        }
    if (t->field == QF_TEXT)
        return bad(err, r->start, "unknown filter '%s' (filters: date, "
                   "reported, place, country, type, mode, actor, target, "
                   "issuer, kind, source, id, killed, injured, ...; quote "
                   "text that holds ':')", name);
    if (!*r->value)
        return bad(err, r->start, "filter '%s' needs a value", name);
    if (t->field == QF_DATE || t->field == QF_REPORTED)
        return parse_dates(t, r, err);
    if (t->field == QF_FIGURE)
        return parse_counts(t, r, err);
    dl_status st = parse_string(t, r, err);
    if (!st)
        r->value = NULL; /* now t->value */
    return st;
}

/* Read the term starting at *i into t. */
static dl_status read_term(const char *q, size_t *i, qterm *t, dl_error *err)
{
    dl_status st = DL_OK;
    t->offset = *i;
    if (q[*i] == '-') {
        t->negated = 1;
        if (!q[++*i] || isspace((unsigned char)q[*i]))
            return bad(err, t->offset, "'-' needs a word or filter after it%s",
                       "");
    }
    raw r = {.q = q, .start = *i};
    size_t oplen;
    r.name_len = filter_name(q, *i, &r.op, &oplen);
    if (r.name_len) {
        *i += r.name_len + oplen;
        r.value_off = *i;
        int quoted;
        if (!(r.value = read_value(q, i, &quoted, err, &st)))
            return st ? st : DL_ENOMEM;
        st = make_filter(t, &r, err);
        free(r.value);
    } else {
        t->field = QF_TEXT;
        if (!(t->value = read_value(q, i, &t->phrase, err, &st)))
            return st ? st : DL_ENOMEM;
        size_t n = strlen(t->value);
        if (!t->phrase && n > 1 && t->value[n - 1] == '*') {
            t->prefix = 1;
            t->value[n - 1] = 0;
        }
        if (!*t->value)
            st = bad(err, t->offset, "empty phrase%s", "");
    }
    t->len = *i - t->offset;
    return st;
}

dl_status query_parse(const char *q, query *out, dl_error *err)
{
    memset(out, 0, sizeof *out);
    if (!q)
        q = "";
    if (strlen(q) > QUERY_MAX_BYTES)
        return bad(err, QUERY_MAX_BYTES, "query longer than 4096 bytes%s", "");
    size_t i = 0;
    while (1) {
        while (isspace((unsigned char)q[i]))
            i++;
        if (!q[i])
            return DL_OK;
        if (out->n == QUERY_MAX_TERMS) {
            query_free(out);
            return bad(err, i, "more than 64 terms in a query%s", "");
        }
        if (!out->terms && !(out->terms = calloc(QUERY_MAX_TERMS, sizeof(qterm))))
            return store_fail(err, DL_ENOMEM, (size_t)-1, "out of memory");
        qterm *t = &out->terms[out->n++];
        dl_status st = read_term(q, &i, t, err);
        if (!st && q[i] && !isspace((unsigned char)q[i]))
            st = bad(err, i, "expected a space after the closing quote%s", "");
        if (st) {
            query_free(out);
            return st;
        }
    }
}

void query_free(query *q)
{
    for (size_t i = 0; i < q->n; i++)
        free(q->terms[i].value);
    free(q->terms);
    q->terms = NULL;
    q->n = 0;
}

int query_term_is_event(const qterm *t)
{
    switch (t->field) {
    case QF_DATE: case QF_PLACE: case QF_COUNTRY: case QF_TYPE: case QF_MODE:
    case QF_ACTOR: case QF_TARGET: case QF_FIGURE: case QF_CITED:
        return 1;
    default:
        return 0;
    }
}

int query_has_field(const query *q, qfield field)
{
    for (size_t i = 0; i < q->n; i++)
        if (q->terms[i].field == field)
            return 1;
    return 0;
}

int query_has_event_terms(const query *q)
{
    for (size_t i = 0; i < q->n; i++)
        if (query_term_is_event(&q->terms[i]))
            return 1;
    return 0;
}
