/* serve_routes.c - the addresses `dateline serve` answers (docs/server.md),
 * their methods, and the JSON answers and errors they share; the index,
 * health and stats answers live here, the others in serve_docs.c and
 * serve_search.c. */
#include <microhttpd.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "serve.h"

void srv_json(srv_resp *out, unsigned status, json_t *o)
{
    char *text = o ? json_dumps(o, JSON_PRESERVE_ORDER | JSON_COMPACT |
                                       JSON_REAL_PRECISION(6))
                   : NULL;
    json_decref(o);
    size_t n = text ? strlen(text) : 0;
    out->body = text ? realloc(text, n + 2) : NULL; /* a closing newline */
    if (out->body)
        memcpy(out->body + n, "\n", 2);
    else
        free(text);
    if (!out->body) {
        out->status = MHD_HTTP_INTERNAL_SERVER_ERROR;
        out->body = strdup("{\"error\":{\"status\":\"nomem\"}}");
    } else {
        out->status = status;
    }
    out->len = out->body ? strlen(out->body) : 0;
    out->type = "application/json";
}

void srv_error(srv_resp *out, unsigned status, const char *code,
               const char *msg, long long offset)
{
    json_t *e = json_pack("{s:s, s:s}", "status", code, "message", msg);
    if (e && offset >= 0)
        json_object_set_new(e, "offset", json_integer(offset));
    srv_json(out, status, json_pack("{s:o*}", "error", e));
}

/* The HTTP status and short name of a library status. */
static unsigned http_status(dl_status st, const char **code)
{
    static const struct {
        dl_status st;
        unsigned http;
        const char *code;
    } map[] = {
        {DL_EINPUT, MHD_HTTP_BAD_REQUEST, "input"},
        {DL_EUSAGE, MHD_HTTP_BAD_REQUEST, "usage"},
        {DL_EQUERY, MHD_HTTP_BAD_REQUEST, "query"},
        {DL_ELIMIT, MHD_HTTP_CONTENT_TOO_LARGE, "limit"},
        {DL_ENOTFOUND, MHD_HTTP_NOT_FOUND, "notfound"},
        {DL_ENOMEM, MHD_HTTP_INTERNAL_SERVER_ERROR, "nomem"},
        {DL_EIO, MHD_HTTP_INTERNAL_SERVER_ERROR, "io"},
        {DL_EDB, MHD_HTTP_INTERNAL_SERVER_ERROR, "db"},
    };
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (map[i].st == st) {
            *code = map[i].code;
            return map[i].http;
        }
    *code = "error";
    return MHD_HTTP_INTERNAL_SERVER_ERROR;
}

void srv_fail(srv_resp *out, dl_status st, const dl_error *err)
{
    const char *code;
    unsigned http = http_status(st, &code);
    const char *msg = err && err->message[0] ? err->message : dl_strerror(st);
    long long off = err && (st == DL_EINPUT || st == DL_EQUERY) &&
                            err->offset != (size_t)-1
                        ? (long long)err->offset : -1;
    srv_error(out, http, code, msg, off);
}

int srv_flag(const srv_req *r, const char *name)
{
    const char *v = srv_arg(r, name);
    return v && (!strcmp(v, "1") || !strcasecmp(v, "true") ||
                 !strcasecmp(v, "yes"));
}

static void health(srv_ctx *c, const srv_req *r, srv_resp *out)
{
    srv_json(out, MHD_HTTP_OK,
             json_pack("{s:s, s:s, s:s, s:s, s:b, s:b}", "status", "ok",
                       "version", DL_VERSION, "schema", DL_SCHEMA,
                       "extractor", dl_extractor_version(), "archive",
                       c->store != NULL, "writable", c->writable));
}

static void stats(srv_ctx *c, const srv_req *r, srv_resp *out)
{
    size_t docs = 0, events = 0, stale = 0;
    pthread_mutex_lock(&c->lock);
    dl_status st = dl_store_stats(c->store, &docs, &events, &stale);
    pthread_mutex_unlock(&c->lock);
    if (st)
        srv_fail(out, st, NULL);
    else
        srv_json(out, MHD_HTTP_OK,
                 json_pack("{s:I, s:I, s:I}", "documents", (json_int_t)docs,
                           "events", (json_int_t)events, "stale",
                           (json_int_t)stale));
}

typedef struct {
    const char *method, *path;
    int prefix;         /* path is a prefix ("/v1/documents/" + id) */
    int archive;        /* needs the archive */
    srv_handler fn;
    const char *what;   /* for the index */
} route;

static void index_page(srv_ctx *c, const srv_req *r, srv_resp *out);

static const route routes[] = {
    {"GET", "/v1", 0, 0, index_page, "this list"},
    {"GET", "/v1/health", 0, 0, health, "version, and whether an archive is open"},
    {"POST", "/v1/extract", 0, 0, srv_extract,
     "the record of the body's text (?format=json|jsonl|text|timeml|csv, ?date, ?source, ?lossy)"},
    {"GET", "/v1/stats", 0, 1, stats, "counts of what the archive holds"},
    {"GET", "/v1/search", 0, 1, srv_search,
     "archived documents and events matching ?q (?limit, ?order=relevance|date, ?events)"},
    {"GET", "/v1/timeline", 0, 1, srv_timeline,
     "archived events by date, optionally matching ?q (?limit)"},
    {"GET", "/v1/claims", 0, 1, srv_claims,
     "what different sources claim about one event (?q, ?by=day|month|year, ?all)"},
    {"POST", "/v1/documents", 0, 1, srv_doc_add,
     "archive the body's text (?source, ?date, ?url, ?issuer, ?lossy; with --writable)"},
    {"GET", "/v1/documents/", 1, 1, srv_doc_get,
     "an archived document's record by id or id prefix (?format)"},
};
#define NROUTES (sizeof routes / sizeof *routes)

static void index_page(srv_ctx *c, const srv_req *r, srv_resp *out)
{
    json_t *list = json_array();
    for (size_t i = 0; list && i < NROUTES; i++)
        json_array_append_new(list, json_pack("{s:s, s:s, s:s}", "method",
            routes[i].method, "path", routes[i].path, "what", routes[i].what));
    srv_json(out, MHD_HTTP_OK,
             json_pack("{s:s, s:s, s:o*}", "name", "dateline", "version",
                       DL_VERSION, "routes", list));
}

static int matches(const route *rt, const char *path)
{
    size_t n = strlen(rt->path);
    return rt->prefix ? !strncmp(path, rt->path, n) && path[n]
                      : !strcmp(path, rt->path) ||
                            (!strncmp(path, rt->path, n) && !strcmp(path + n, "/"));
}

void srv_route(srv_ctx *c, const srv_req *r, srv_resp *out)
{
    const char *path = !strcmp(r->path, "/") ? "/v1" : r->path;
    const route *hit = NULL;
    int path_known = 0;
    for (size_t i = 0; i < NROUTES && !hit; i++) {
        if (!matches(&routes[i], path))
            continue;
        path_known = 1;
        if (!strcmp(routes[i].method, r->method) ||
            (!strcmp(r->method, "HEAD") && !strcmp(routes[i].method, "GET")))
            hit = &routes[i];
        else
            out->allow = routes[i].method;
    }
    if (!hit && path_known)
        srv_error(out, MHD_HTTP_METHOD_NOT_ALLOWED, "method",
                  "this address does not take that method", -1);
    else if (!hit)
        srv_error(out, MHD_HTTP_NOT_FOUND, "notfound",
                  "no such address (GET /v1 lists them)", -1);
    else if (hit->archive && !c->store)
        srv_error(out, MHD_HTTP_SERVICE_UNAVAILABLE, "archive",
                  "the server runs without an archive (dateline serve --db PATH)", -1);
    else
        hit->fn(c, &(srv_req){r->method, path, r->body, r->len, r->conn}, out);
}
