/* serve_docs.c - the server's document addresses: POST /v1/extract (the
 * record of a text, nothing stored), POST /v1/documents (archive a text)
 * and GET /v1/documents/ID (an archived document's record). */
#include <microhttpd.h>
#include <stdlib.h>
#include <string.h>

#include "serve.h"

/* The content type of a record written in fmt. */
static const char *format_type(dl_format fmt)
{
    switch (fmt) {
    case DL_FORMAT_JSON: return "application/json";
    case DL_FORMAT_JSONL: return "application/x-ndjson";
    case DL_FORMAT_TIMEML: return "application/xml; charset=utf-8";
    case DL_FORMAT_CSV: return "text/csv; charset=utf-8";
    default: return "text/plain; charset=utf-8";
    }
}

/* ?format into *fmt (JSON when absent); answers 400 and returns -1 when
 * it names no format. */
static int want_format(const srv_req *r, dl_format *fmt, srv_resp *out)
{
    const char *name = srv_arg(r, "format");
    *fmt = DL_FORMAT_JSON;
    if (!name || !dl_format_parse(name, fmt))
        return 0;
    srv_error(out, MHD_HTTP_BAD_REQUEST, "usage",
              "format is json, jsonl, text, timeml or csv", -1);
    return -1;
}

/* The record of the request's body, read with ?date, ?source, ?lossy. */
static dl_status parse_body(const srv_req *r, dl_record **rec, dl_error *err)
{
    dl_options opt = {.source = srv_arg(r, "source"),
                      .date = srv_arg(r, "date"),
                      .lossy = srv_flag(r, "lossy")};
    if (opt.date && !*opt.date)
        opt.date = NULL;
    return dl_record_parse(r->body, r->len, &opt, rec, err);
}

/* Answer rec written in fmt (a CSV with its header line). */
static void send_record(const dl_record *rec, dl_format fmt, srv_resp *out)
{
    char *text = NULL;
    dl_status st = dl_record_write(rec, fmt, &text);
    if (st) {
        srv_fail(out, st, NULL);
        return;
    }
    if (fmt == DL_FORMAT_CSV) {
        const char *head = dl_csv_header();
        size_t hn = strlen(head), tn = strlen(text);
        char *both = malloc(hn + tn + 1);
        if (!both) {
            free(text);
            srv_fail(out, DL_ENOMEM, NULL);
            return;
        }
        memcpy(both, head, hn);
        memcpy(both + hn, text, tn + 1);
        free(text);
        text = both;
    }
    out->status = MHD_HTTP_OK;
    out->body = text;
    out->len = strlen(text);
    out->type = format_type(fmt);
}

void srv_extract(srv_ctx *c, const srv_req *r, srv_resp *out)
{
    dl_format fmt;
    dl_record *rec;
    dl_error err;
    if (want_format(r, &fmt, out))
        return;
    dl_status st = parse_body(r, &rec, &err);
    if (st) {
        srv_fail(out, st, &err);
        return;
    }
    send_record(rec, fmt, out);
    dl_record_free(rec);
}

void srv_doc_add(srv_ctx *c, const srv_req *r, srv_resp *out)
{
    if (!c->writable) {
        srv_error(out, MHD_HTTP_FORBIDDEN, "readonly",
                  "the archive is read-only (dateline serve --writable)", -1);
        return;
    }
    dl_record *rec;
    dl_error err;
    dl_status st = parse_body(r, &rec, &err);
    if (st) {
        srv_fail(out, st, &err);
        return;
    }
    dl_store_meta meta = {.url = srv_arg(r, "url"),
                          .issuer = srv_arg(r, "issuer")};
    int added = 0;
    pthread_mutex_lock(&c->lock);
    st = dl_store_add(c->store, rec, &meta, &added, &err);
    pthread_mutex_unlock(&c->lock);
    if (st)
        srv_fail(out, st, &err);
    else
        srv_json(out, added ? MHD_HTTP_CREATED : MHD_HTTP_OK,
                 json_pack("{s:s, s:b, s:I, s:I}", "id",
                           dl_record_document(rec)->id, "added", added,
                           "events", (json_int_t)dl_record_nevents(rec),
                           "figures", (json_int_t)dl_record_nfigures(rec)));
    dl_record_free(rec);
}

void srv_doc_get(srv_ctx *c, const srv_req *r, srv_resp *out)
{
    const char *id = r->path + strlen("/v1/documents/");
    dl_format fmt;
    if (want_format(r, &fmt, out))
        return;
    dl_record *rec = NULL;
    dl_stored_doc info;
    dl_error err;
    pthread_mutex_lock(&c->lock);
    dl_status st = dl_store_get(c->store, id, &rec, &info, &err);
    pthread_mutex_unlock(&c->lock);
    if (st) {
        srv_fail(out, st, &err);
        return;
    }
    send_record(rec, fmt, out);
    dl_record_free(rec);
}
