/* claims.c - comparing claims: events of the same type, place and date
 * (cut to a day, month or year) reported by several documents, so that
 * their figures can be read side by side; or of the same type, date and
 * sides (the countries of place, actor and target), so that each side's
 * account of one clash meets the other's. The search itself is search.c. */
#include <stdlib.h>
#include <string.h>

#include "../util/arena.h"
#include "store.h"

typedef struct {
    dl_claims_fn fn;
    void *ctx;
    size_t keylen;        /* 10 day, 7 month, 4 year */
    int sides;            /* group by sides, not place */
    size_t min_sources;
    arena *a;
    dl_hit *hits;
    size_t n, cap;
    char *key;            /* type|date|country|place of the open group (by
                           * day: type|country|place, the days in gend) */
    char gend[11];        /* by day: the last day the open group's events
                           * reach ("the night of 12-13 September" reaches
                           * the 13th, and meets an account of the 13th) */
    int stop;
} grouping;

static const char *dup(arena *a, const char *s)
{
    return s ? arena_strdup(a, s) : NULL;
}

/* The countries of an event's place, actor and target as a set: its
 * members sorted and joined by ',' ("AM,AZ"; "" when none is known). */
static const char *sides_of(arena *a, const dl_hit *h)
{
    const char *c[3] = {h->country, h->actor_country, h->target_country};
    const char *set[3];
    size_t n = 0;
    for (size_t i = 0; i < 3; i++) {
        if (!c[i] || !*c[i])
            continue;
        size_t k = 0;
        while (k < n && strcmp(set[k], c[i]) < 0)
            k++;
        if (k < n && !strcmp(set[k], c[i]))
            continue;
        memmove(set + k + 1, set + k, (n - k) * sizeof *set);
        set[k] = c[i];
        n++;
    }
    char *s = arena_strdup(a, "");
    for (size_t i = 0; s && i < n; i++)
        s = arena_printf(a, "%s%s%s", s, i ? "," : "", set[i]);
    return s;
}

static char *group_key(grouping *g, const dl_hit *h)
{
    char date[11] = "";
    size_t n = h->start ? strlen(h->start) : 0;
    if (g->keylen != 10) /* by day, overlapping days join (on_hit) */
        memcpy(date, h->start ? h->start : "", n < g->keylen ? n : g->keylen);
    if (g->sides)
        return arena_printf(g->a, "%s|%s|%s", h->type ? h->type : "", date,
                            sides_of(g->a, h));
    char *k = arena_printf(g->a, "%s|%s|%s|", h->type ? h->type : "", date,
                           h->country ? h->country : "");
    /* place names compare without case */
    for (const char *p = h->place ? h->place : ""; k && *p; p++) {
        char c = *p >= 'A' && *p <= 'Z' ? (char)(*p + 32) : *p;
        k = arena_printf(g->a, "%s%c", k, c);
    }
    return k;
}

static void copy_hit(grouping *g, dl_hit *d, const dl_hit *h)
{
    arena *a = g->a;
    *d = *h;
    const char **fields[] = {
        &d->doc, &d->source, &d->url, &d->issuer, &d->kind, &d->title,
        &d->reported, &d->event, &d->type, &d->mode, &d->date, &d->start,
        &d->end, &d->place, &d->country, &d->actor, &d->target, &d->actor_country,
        &d->target_country, &d->cited, &d->snippet,
    };
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
        *fields[i] = dup(a, *fields[i]);
    dl_figure *f = h->nfigures ? arena_alloc(a, h->nfigures * sizeof *f) : NULL;
    for (size_t i = 0; f && i < h->nfigures; i++) {
        f[i] = h->figures[i];
        f[i].kind = dup(a, f[i].kind);
        f[i].qualifier = dup(a, f[i].qualifier);
        f[i].who = dup(a, f[i].who);
        f[i].text = dup(a, f[i].text);
        f[i].rule = dup(a, f[i].rule); /* "fig_subset": shown as included */
        f[i].attributed_to.text = dup(a, f[i].attributed_to.text);
        f[i].event = dup(a, f[i].event);
    }
    d->figures = f;
    if (!f)
        d->nfigures = 0;
}

static size_t distinct_docs(const grouping *g)
{
    size_t n = 0;
    for (size_t i = 0; i < g->n; i++) {
        size_t j = 0;
        while (j < i && strcmp(g->hits[j].doc, g->hits[i].doc))
            j++;
        n += j == i;
    }
    return n;
}

static void flush(grouping *g)
{
    if (g->n && !g->stop) {
        dl_claim_group cg = {
            .type = g->hits[0].type, .place = g->hits[0].place,
            .country = g->hits[0].country, .claims = g->hits, .nclaims = g->n,
            .nsources = distinct_docs(g),
            .sides = g->sides ? sides_of(g->a, &g->hits[0]) : NULL,
        };
        char date[11] = "";
        size_t n = strlen(g->hits[0].start);
        memcpy(date, g->hits[0].start, n < g->keylen ? n : g->keylen);
        cg.date = date;
        if (cg.nsources >= g->min_sources)
            g->stop = g->fn(&cg, g->ctx);
    }
    arena_free(g->a);
    g->a = arena_new();
    g->hits = NULL;
    g->n = g->cap = 0;
    g->key = NULL;
}

/* By day, event h starts after the last day of the open group. */
static int after_group(const grouping *g, const dl_hit *h)
{
    return g->keylen == 10 && h->start && strncmp(h->start, g->gend, 10) > 0;
}

/* By day, the open group now reaches h's last day too. */
static void reach(grouping *g, const dl_hit *h)
{
    const char *e = h->end ? h->end : h->start;
    if (g->keylen == 10 && e && strncmp(e, g->gend, 10) > 0) {
        size_t n = strlen(e);
        memcpy(g->gend, e, n < 10 ? n : 10);
        g->gend[n < 10 ? n : 10] = 0;
    }
}

static int on_hit(const dl_hit *h, void *ctx)
{
    grouping *g = ctx;
    if (!g->a)
        return 1;
    char *key = group_key(g, h);
    if (g->key && key && (strcmp(g->key, key) || after_group(g, h))) {
        flush(g);
        if (!g->a || g->stop)
            return 1;
        key = group_key(g, h);
    }
    if (!g->key)
        g->gend[0] = 0;
    reach(g, h);
    g->key = key;
    dl_hit *d = VEC_PUSH(g->a, g->hits, g->n, g->cap);
    if (!d || !key)
        return 1;
    copy_hit(g, d, h);
    return 0;
}

/* The sides of an event in SQL, for ORDER BY: the set of place, actor and
 * target countries as one canonical string "lo,mid,hi" (a missing or
 * empty one standing for another, as sides_of skips it), so that events
 * of one set, one group of sides_of's key, come together. */
#define SIDE_P "nullif(p.country, '')"
#define SIDE_A "nullif(a.country, '')"
#define SIDE_T "nullif(t.country, '')"
#define SIDE_X "coalesce(" SIDE_P ", " SIDE_A ", " SIDE_T ", '')"
#define SIDE_Y "coalesce(" SIDE_A ", " SIDE_T ", " SIDE_P ", '')"
#define SIDE_Z "coalesce(" SIDE_T ", " SIDE_P ", " SIDE_A ", '')"
#define SIDE_LO "min(" SIDE_X ", " SIDE_Y ", " SIDE_Z ")"
#define SIDE_HI "max(" SIDE_X ", " SIDE_Y ", " SIDE_Z ")"
#define SIDES_SQL                                                                   \
    SIDE_LO " || ',' || CASE WHEN " SIDE_X " NOT IN (" SIDE_LO ", " SIDE_HI ") THEN " \
    SIDE_X " WHEN " SIDE_Y " NOT IN (" SIDE_LO ", " SIDE_HI ") THEN " SIDE_Y          \
    " WHEN " SIDE_Z " NOT IN (" SIDE_LO ", " SIDE_HI ") THEN " SIDE_Z " ELSE " SIDE_LO  \
    " END || ',' || " SIDE_HI

dl_status dl_store_claims(dl_store *s, const char *query,
                          const char *granularity, size_t min_sources,
                          dl_claims_fn fn, void *ctx, dl_error *err)
{
    return dl_store_claims_by(s, query, granularity, NULL, min_sources, fn, ctx, err);
}

dl_status dl_store_claims_by(dl_store *s, const char *query, const char *granularity,
                             const char *group, size_t min_sources, dl_claims_fn fn,
                             void *ctx, dl_error *err)
{
    grouping g = {.fn = fn, .ctx = ctx, .keylen = 10,
                  .min_sources = min_sources ? min_sources : 1};
    if (group && !strcmp(group, "sides"))
        g.sides = 1;
    else if (group && strcmp(group, "place"))
        return store_fail(err, DL_EUSAGE, (size_t)-1,
                          "grouping is by place or sides, not '%s'", group);
    if (granularity && !strcmp(granularity, "month"))
        g.keylen = 7;
    else if (granularity && !strcmp(granularity, "year"))
        g.keylen = 4;
    else if (granularity && strcmp(granularity, "day"))
        return store_fail(err, DL_EUSAGE, (size_t)-1,
                          "granularity is day, month or year, not '%s'",
                          granularity);
    char order[4096]; /* SIDES_SQL spells its three values out: about 2.9 KB */
    /* by day, the groups' other keys first and the days in order, so that
     * overlapping days meet (on_hit) */
    if (g.sides && g.keylen == 10)
        snprintf(order, sizeof order,
                 "e.type, " SIDES_SQL ", substr(e.date_start, 1, 10), d.date, d.id, e.n");
    else if (g.sides)
        snprintf(order, sizeof order,
                 "e.type, substr(e.date_start, 1, %zu), " SIDES_SQL ", d.date, d.id, e.n",
                 g.keylen);
    else if (g.keylen == 10)
        snprintf(order, sizeof order,
                 "e.type, p.country, lower(p.name), substr(e.date_start, 1, 10), d.date,"
                 " d.id, e.n");
    else
        snprintf(order, sizeof order,
                 "e.type, substr(e.date_start, 1, %zu), p.country,"
                 " lower(p.name), d.date, d.id, e.n", g.keylen);
    dl_search_opts opt = {.events = 1};
    if (!(g.a = arena_new()))
        return store_fail(err, DL_ENOMEM, (size_t)-1, "out of memory");
    /* a group needs a date and a place; by sides, some country known */
    dl_status st = store_search_sql(
        s, query, &opt, order,
        g.sides ? "e.date_start IS NOT NULL AND NOT e.negated AND NOT e.hypothetical AND"
                  " " SIDE_X " <> ''"
                : "e.date_start IS NOT NULL AND p.id IS NOT NULL AND NOT e.negated"
                  " AND NOT e.hypothetical",
        on_hit, &g, err);
    if (!st && !g.a)
        st = store_fail(err, DL_ENOMEM, (size_t)-1, "out of memory");
    if (!st)
        flush(&g);
    arena_free(g.a);
    return st;
}
