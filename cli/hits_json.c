/* hits_json.c - archive hits and claim groups as JSON objects, one shape
 * for `dateline search/timeline/claims --format json` and for the server's
 * answers (serve_routes.c). */
#include <jansson.h>
#include <string.h>

#include "cli.h"

static json_t *jstr(const char *s)
{
    return s ? json_string(s) : json_null();
}

json_t *cli_figure_json(const dl_figure *f)
{
    return json_pack("{s:o, s:o, s:o, s:o, s:o, s:o, s:b, s:o}",
                     "kind", jstr(f->kind),
                     "value", f->has_value ? json_integer(f->value) : json_null(),
                     "high", f->has_high ? json_integer(f->high) : json_null(),
                     "qualifier", jstr(f->qualifier), "who", jstr(f->who),
                     "text", jstr(f->text),
                     "subset", f->rule && !strcmp(f->rule, "fig_subset"),
                     "cited", jstr(f->attributed_to.text));
}

static json_t *figures_json(const dl_figure *f, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < n; i++)
        json_array_append_new(a, cli_figure_json(&f[i]));
    return a;
}

/* Set keys[i] to vals[i] (null when NULL) on o. */
static void set_strings(json_t *o, const char *const *keys,
                        const char *const *vals, size_t n)
{
    for (size_t i = 0; i < n; i++)
        json_object_set_new(o, keys[i], jstr(vals[i]));
}

json_t *cli_hit_json(const dl_hit *h)
{
    json_t *o = json_object();
    if (!o)
        return NULL;
    const char *keys[] = {"doc", "event", "type", "mode", "date", "start",
                          "end", "place", "country", "actor", "target"};
    const char *vals[] = {h->doc, h->event, h->type, h->mode, h->date,
                          h->start, h->end, h->place, h->country, h->actor,
                          h->target};
    set_strings(o, keys, vals, sizeof keys / sizeof *keys);
    json_object_set_new(o, "figures", figures_json(h->figures, h->nfigures));
    const char *k2[] = {"issuer", "cited", "kind", "title", "reported",
                        "source", "url", "snippet"};
    const char *v2[] = {h->issuer, h->cited, h->kind, h->title, h->reported,
                        h->source, h->url, h->snippet};
    set_strings(o, k2, v2, sizeof k2 / sizeof *k2);
    json_object_set_new(o, "score", json_real(h->score));
    return o;
}

static json_t *claim_json(const dl_hit *h)
{
    json_t *o = json_object();
    if (!o)
        return NULL;
    /* each claim's own place and sides: grouped by sides, they differ */
    const char *keys[] = {"doc", "event", "date", "place", "country", "actor", "target"};
    const char *vals[] = {h->doc, h->event, h->date, h->place, h->country, h->actor,
                          h->target};
    set_strings(o, keys, vals, sizeof keys / sizeof *keys);
    json_object_set_new(o, "figures", figures_json(h->figures, h->nfigures));
    const char *k2[] = {"issuer", "cited", "reported", "source"};
    const char *v2[] = {h->issuer, h->cited, h->reported, h->source};
    set_strings(o, k2, v2, 4);
    return o;
}

json_t *cli_claim_group_json(const dl_claim_group *g)
{
    json_t *claims = json_array();
    for (size_t i = 0; claims && i < g->nclaims; i++)
        json_array_append_new(claims, claim_json(&g->claims[i]));
    json_t *o = json_pack("{s:o, s:o, s:o, s:o, s:I, s:o}", "type", jstr(g->type),
                          "date", jstr(g->date), "place", jstr(g->place),
                          "country", jstr(g->country), "sources",
                          (json_int_t)g->nsources, "claims",
                          claims ? claims : json_null());
    if (o && g->sides) { /* "AM,AZ" as ["AM", "AZ"] */
        json_t *sides = json_array();
        for (const char *p = g->sides; sides && *p;) {
            const char *e = strchr(p, ',');
            size_t n = e ? (size_t)(e - p) : strlen(p);
            json_array_append_new(sides, json_stringn(p, n));
            p += n + (e != NULL);
        }
        json_object_set_new(o, "sides", sides ? sides : json_null());
    }
    return o;
}
