/* serve_http.c - the libmicrohttpd side of `dateline serve`: read each
 * request's body (refusing one over the size limit as soon as its length
 * is known), hand the request to srv_route, send the answer, log a line. */
#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "serve.h"

/* A request between the calls libmicrohttpd makes for it. */
typedef struct {
    char *data;
    size_t len, cap;
    int too_big;
    struct timespec t0;
} pending;

const char *srv_arg(const srv_req *r, const char *name)
{
    return MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, name);
}

/* Append n bytes; -1 once the body would pass max. */
static int append(pending *p, const char *d, size_t n, size_t max)
{
    if (n > max - p->len)
        return -1;
    if (p->len + n + 1 > p->cap) {
        size_t cap = p->cap ? p->cap : 4096;
        while (cap < p->len + n + 1)
            cap *= 2;
        char *v = realloc(p->data, cap);
        if (!v)
            return -1;
        p->data = v;
        p->cap = cap;
    }
    memcpy(p->data + p->len, d, n);
    p->len += n;
    p->data[p->len] = 0;
    return 0;
}

static enum MHD_Result send_resp(struct MHD_Connection *conn, srv_resp *r)
{
    if (!r->body) {
        r->body = strdup("");
        r->len = 0;
    }
    struct MHD_Response *resp = r->body
        ? MHD_create_response_from_buffer(r->len, r->body, MHD_RESPMEM_MUST_FREE)
        : NULL;
    if (!resp) {
        free(r->body);
        return MHD_NO;
    }
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE,
                            r->type ? r->type : "application/json");
    if (r->allow)
        MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, r->allow);
    enum MHD_Result ret = MHD_queue_response(conn, r->status, resp);
    MHD_destroy_response(resp);
    return ret;
}

static double ms_since(const struct timespec *t0)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t0->tv_sec) * 1e3 +
           (double)(now.tv_nsec - t0->tv_nsec) / 1e6;
}

/* A declared body over the limit: answer 413 before reading it. */
static int declared_too_big(struct MHD_Connection *conn, size_t max)
{
    const char *cl = MHD_lookup_connection_value(
        conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    return cl && strtoull(cl, NULL, 10) > max;
}

static enum MHD_Result answer(srv_ctx *c, struct MHD_Connection *conn,
                              const char *url, const char *method,
                              pending *p)
{
    srv_resp r = {0};
    if (p->too_big) {
        char msg[96];
        snprintf(msg, sizeof msg, "the body is over the limit of %zu bytes",
                 c->max_body);
        srv_error(&r, MHD_HTTP_CONTENT_TOO_LARGE, "limit", msg, -1);
    } else {
        srv_req q = {method, url, p->data ? p->data : "", p->len, conn};
        srv_route(c, &q, &r);
    }
    size_t len = r.len;
    unsigned status = r.status;
    enum MHD_Result ret = send_resp(conn, &r);
    if (!c->quiet)
        fprintf(stderr, "%s %s %u %zu %.1fms\n", method, url, status, len,
                ms_since(&p->t0));
    return ret;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn,
                                  const char *url, const char *method,
                                  const char *version, const char *data,
                                  size_t *size, void **con_cls)
{
    srv_ctx *c = cls;
    pending *p = *con_cls;
    if (!p) {
        if (!(p = calloc(1, sizeof *p)))
            return MHD_NO;
        clock_gettime(CLOCK_MONOTONIC, &p->t0);
        *con_cls = p;
        if (!declared_too_big(conn, c->max_body))
            return MHD_YES;
        p->too_big = 1;
        return answer(c, conn, url, method, p);
    }
    if (*size) {
        if (!p->too_big && append(p, data, *size, c->max_body))
            p->too_big = 1;
        *size = 0;
        return MHD_YES;
    }
    return answer(c, conn, url, method, p);
}

static void on_done(void *cls, struct MHD_Connection *conn, void **con_cls,
                    enum MHD_RequestTerminationCode toe)
{
    pending *p = *con_cls;
    if (p)
        free(p->data);
    free(p);
    *con_cls = NULL;
}

/* addr as an IPv4 or IPv6 socket address; 0 when it is neither. */
static int make_addr(const char *addr, unsigned port,
                     struct sockaddr_storage *ss, int *v6)
{
    memset(ss, 0, sizeof *ss);
    struct sockaddr_in *a4 = (struct sockaddr_in *)ss;
    struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)ss;
    if (inet_pton(AF_INET, addr, &a4->sin_addr) == 1) {
        a4->sin_family = AF_INET;
        a4->sin_port = htons((uint16_t)port);
        *v6 = 0;
        return 1;
    }
    if (inet_pton(AF_INET6, addr, &a6->sin6_addr) == 1) {
        a6->sin6_family = AF_INET6;
        a6->sin6_port = htons((uint16_t)port);
        *v6 = 1;
        return 1;
    }
    return 0;
}

void *srv_start(srv_ctx *c, const char *addr, unsigned port,
                unsigned nthreads, unsigned *bound)
{
    struct sockaddr_storage ss;
    int v6;
    if (!make_addr(addr, port, &ss, &v6)) {
        errno = EINVAL;
        return NULL;
    }
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO |
                     MHD_USE_ERROR_LOG | (v6 ? MHD_USE_IPv6 : 0);
    struct MHD_Daemon *d = MHD_start_daemon(
        flags, (uint16_t)port, NULL, NULL, on_request, c,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
        MHD_OPTION_THREAD_POOL_SIZE, nthreads > 1 ? nthreads : 0,
        MHD_OPTION_CONNECTION_TIMEOUT, 30u,
        MHD_OPTION_CONNECTION_LIMIT, 256u,
        MHD_OPTION_NOTIFY_COMPLETED, on_done, NULL,
        MHD_OPTION_END);
    if (!d)
        return NULL;
    const union MHD_DaemonInfo *info =
        MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    *bound = info ? info->port : port;
    return d;
}

void srv_stop(void *daemon)
{
    if (daemon)
        MHD_stop_daemon(daemon);
}
