/* serve.h - the pieces of `dateline serve` (docs/server.md): the server's
 * state, one request and its answer, shared by serve.c (options, start,
 * stop), serve_http.c (libmicrohttpd glue) and serve_routes.c (what each
 * address does). */
#ifndef DL_SERVE_H
#define DL_SERVE_H

#include <jansson.h>
#include <pthread.h>
#include <stddef.h>

#include "dateline.h"

/* What every request may use. The store is one SQLite handle, so requests
 * take turns with it (lock); extraction needs no lock and runs in parallel
 * on the server's threads. */
typedef struct {
    dl_store *store;        /* NULL: no archive, extraction only */
    pthread_mutex_t lock;   /* held while the store is used */
    int writable;           /* POST /v1/documents allowed */
    size_t max_body;        /* largest request body, bytes */
    int quiet;              /* no request log on stderr */
} srv_ctx;

/* One request, its body read whole. */
typedef struct {
    const char *method, *path;
    const char *body;
    size_t len;
    void *conn;             /* struct MHD_Connection, for srv_arg */
} srv_req;

/* The answer: a malloc'd body (owned here until sent), its type, and an
 * Allow header for 405. */
typedef struct {
    unsigned status;
    char *body;
    size_t len;
    const char *type;
    const char *allow;
} srv_resp;

/* A query-string argument, decoded, or NULL (serve_http.c). */
const char *srv_arg(const srv_req *r, const char *name);

/* Dispatch a request to its route (serve_routes.c). */
void srv_route(srv_ctx *c, const srv_req *r, srv_resp *out);

/* Answer with o as compact JSON (takes o's reference). */
void srv_json(srv_resp *out, unsigned status, json_t *o);
/* Answer {"error": {"status", "message"[, "offset"]}}; offset < 0: none. */
void srv_error(srv_resp *out, unsigned status, const char *code,
               const char *msg, long long offset);
/* Answer a library failure with its HTTP status and words. */
void srv_fail(srv_resp *out, dl_status st, const dl_error *err);

/* The routes (serve_routes.c lists them with their methods). */
typedef void (*srv_handler)(srv_ctx *c, const srv_req *r, srv_resp *out);
void srv_extract(srv_ctx *c, const srv_req *r, srv_resp *out);
void srv_doc_add(srv_ctx *c, const srv_req *r, srv_resp *out);
void srv_doc_get(srv_ctx *c, const srv_req *r, srv_resp *out);
void srv_search(srv_ctx *c, const srv_req *r, srv_resp *out);
void srv_timeline(srv_ctx *c, const srv_req *r, srv_resp *out);
void srv_claims(srv_ctx *c, const srv_req *r, srv_resp *out);

/* A yes/no argument: "1", "true", "yes" (anything else, or none, is no). */
int srv_flag(const srv_req *r, const char *name);

/* Start the daemon on addr:port (port 0: any free one) with nthreads
 * threads; the port it listens on in *bound. NULL on failure (errno). */
void *srv_start(srv_ctx *c, const char *addr, unsigned port,
                unsigned nthreads, unsigned *bound);
void srv_stop(void *daemon);

#endif
