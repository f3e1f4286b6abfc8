/* serve_search.c - the server's archive queries: GET /v1/search,
 * /v1/timeline and /v1/claims, answered as JSON in the shapes of
 * `dateline search/claims --format json` (hits_json.c). */
#include <microhttpd.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "serve.h"

enum { DEFAULT_LIMIT = 100, MAX_LIMIT = 10000 };

/* Hits gathered up to limit; one more sets more. */
typedef struct {
    json_t *list;
    size_t limit, n;
    int more;
} gather;

/* The limit is reached: note that there is more, and stop (1). Checked
 * before an item's JSON is made. */
static int full(gather *g)
{
    if (g->n < g->limit)
        return 0;
    g->more = 1;
    return 1;
}

/* Append o and count it; 0: go on. */
static int add(gather *g, json_t *o)
{
    json_array_append_new(g->list, o);
    g->n++;
    return 0;
}

static int on_hit(const dl_hit *h, void *ctx)
{
    return full(ctx) || add(ctx, cli_hit_json(h));
}

static int on_group(const dl_claim_group *grp, void *ctx)
{
    return full(ctx) || add(ctx, cli_claim_group_json(grp));
}

/* ?limit (1..MAX_LIMIT, DEFAULT_LIMIT when absent); 0 and an answer of
 * 400 when it is no such number. */
static size_t want_limit(const srv_req *r, srv_resp *out)
{
    const char *v = srv_arg(r, "limit");
    if (!v)
        return DEFAULT_LIMIT;
    char *end;
    unsigned long n = strtoul(v, &end, 10);
    if (*v && *v != '-' && !*end && n >= 1 && n <= MAX_LIMIT)
        return n;
    srv_error(out, MHD_HTTP_BAD_REQUEST, "usage",
              "limit is a number from 1 to 10000", -1);
    return 0;
}

/* Run a search and answer {"query", "count", "more", "hits"}. */
static void run_search(srv_ctx *c, const char *q, dl_search_opts *opt,
                       srv_resp *out)
{
    gather g = {.list = json_array(), .limit = opt->limit};
    dl_error err;
    opt->limit = 0; /* on_hit stops one past the limit, to tell "more" */
    pthread_mutex_lock(&c->lock);
    dl_status st = dl_store_search(c->store, q, opt, on_hit, &g, &err);
    pthread_mutex_unlock(&c->lock);
    if (st) {
        json_decref(g.list);
        srv_fail(out, st, &err);
        return;
    }
    srv_json(out, MHD_HTTP_OK,
             json_pack("{s:s, s:I, s:b, s:o*}", "query", q, "count",
                       (json_int_t)g.n, "more", g.more, "hits", g.list));
}

void srv_search(srv_ctx *c, const srv_req *r, srv_resp *out)
{
    const char *q = srv_arg(r, "q"), *order = srv_arg(r, "order");
    dl_search_opts opt = {.events = srv_flag(r, "events")};
    if (!q || !*q) {
        srv_error(out, MHD_HTTP_BAD_REQUEST, "usage",
                  "search wants a query: ?q=words and filters", -1);
        return;
    }
    if (order && strcmp(order, "relevance") && strcmp(order, "date")) {
        srv_error(out, MHD_HTTP_BAD_REQUEST, "usage",
                  "order is relevance or date", -1);
        return;
    }
    opt.order = order && !strcmp(order, "date") ? DL_ORDER_DATE
                                                : DL_ORDER_RELEVANCE;
    if ((opt.limit = want_limit(r, out)))
        run_search(c, q, &opt, out);
}

void srv_timeline(srv_ctx *c, const srv_req *r, srv_resp *out)
{
    const char *q = srv_arg(r, "q");
    dl_search_opts opt = {.events = 1, .order = DL_ORDER_DATE};
    if ((opt.limit = want_limit(r, out)))
        run_search(c, q ? q : "", &opt, out);
}

void srv_claims(srv_ctx *c, const srv_req *r, srv_resp *out)
{
    /* a bad ?by or ?group is the library's DL_EUSAGE: a 400 "usage" */
    const char *q = srv_arg(r, "q"), *by = srv_arg(r, "by"), *group = srv_arg(r, "group");
    gather g = {.list = json_array()};
    if (!(g.limit = want_limit(r, out))) {
        json_decref(g.list);
        return;
    }
    dl_error err;
    pthread_mutex_lock(&c->lock);
    dl_status st = dl_store_claims_by(c->store, q && *q ? q : NULL, by ? by : "day",
                                      group, srv_flag(r, "all") ? 1 : 2, on_group, &g,
                                      &err);
    pthread_mutex_unlock(&c->lock);
    if (st) {
        json_decref(g.list);
        srv_fail(out, st, &err);
        return;
    }
    srv_json(out, MHD_HTTP_OK,
             json_pack("{s:s?, s:I, s:b, s:o*}", "query", q, "count",
                       (json_int_t)g.n, "more", g.more, "groups", g.list));
}
