/* write_json.c - the record as JSON (docs/record.md), through jansson.
 *
 * Field order follows the spec. Events carry copies of their place, actors
 * and figures, as the spec asks, so each event reads on its own. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "record.h"

/* A JSON string; with --lossy, text copied from the input may hold invalid
 * UTF-8, which is replaced by U+FFFD here. */
static json_t *str(const char *s)
{
    if (!s)
        return json_null();
    json_t *j = json_string(s);
    if (j)
        return j;
    size_t n = strlen(s), bad;
    char *fix = malloc(n * 3 + 1);
    if (!fix)
        return json_null();
    size_t o = 0, i = 0;
    while (i < n) {
        if (text_check_utf8(s + i, n - i, &bad) == DL_OK) {
            memcpy(fix + o, s + i, n - i);
            o += n - i;
            break;
        }
        memcpy(fix + o, s + i, bad);
        o += bad;
        memcpy(fix + o, "\xEF\xBF\xBD", 3);
        o += 3;
        i += bad + 1;
    }
    fix[o] = 0;
    j = json_string(fix);
    free(fix);
    return j ? j : json_null();
}

static json_t *span(dl_span s)
{
    return json_pack("[II]", (json_int_t)s.start, (json_int_t)s.end);
}

static void common(json_t *o, dl_span s, const char *text, const char *rule)
{
    json_object_set_new(o, "span", span(s));
    json_object_set_new(o, "text", str(text));
    json_object_set_new(o, "rule", str(rule));
}

static json_t *document(const dl_record *r)
{
    const dl_document *d = &r->doc;
    json_t *o = json_object();
    json_object_set_new(o, "id", str(d->id));
    json_object_set_new(o, "source", str(d->source));
    json_object_set_new(o, "bytes", json_integer((json_int_t)d->bytes));
    json_object_set_new(o, "language", str(d->language));
    json_object_set_new(o, "issuer", str(d->issuer));
    json_object_set_new(o, "kind", str(d->kind));
    json_object_set_new(o, "title", str(d->title));
    if (d->dateline) {
        json_t *dl = json_object();
        json_object_set_new(dl, "place", str(d->dateline->place));
        json_object_set_new(dl, "date", str(d->dateline->date));
        json_object_set_new(dl, "span", span(d->dateline->span));
        json_object_set_new(dl, "text", str(d->dateline->text));
        json_object_set_new(o, "dateline", dl);
    } else {
        json_object_set_new(o, "dateline", json_null());
    }
    json_object_set_new(o, "date", str(d->date));
    json_object_set_new(o, "date_source", str(d->date_source));
    return o;
}

static json_t *time_obj(const dl_time *t)
{
    json_t *o = json_object();
    common(o, t->span, t->text, t->rule);
    json_object_set_new(o, "type", str(t->type));
    json_object_set_new(o, "value", str(t->value));
    json_object_set_new(o, "anchor", str(t->anchor));
    json_object_set_new(o, "mod", str(t->mod));
    return o;
}

static json_t *actor_obj(const dl_actor *a);

/* attributed_to: null when the issuer speaks in its own voice */
static json_t *source_obj(const dl_record *r, const dl_source *s)
{
    if (!s->text)
        return json_null();
    json_t *o = json_object();
    common(o, s->span, s->text, s->rule);
    json_object_set_new(o, "actor", s->actor >= 0 && (size_t)s->actor < r->nactors
        ? actor_obj(&r->actors[s->actor].pub) : json_null());
    return o;
}

static json_t *figure_obj(const dl_record *r, const dl_figure *f)
{
    json_t *o = json_object();
    common(o, f->span, f->text, f->rule);
    json_object_set_new(o, "kind", str(f->kind));
    json_object_set_new(o, "value", f->has_value ? json_integer(f->value) : json_null());
    json_object_set_new(o, "high", f->has_high ? json_integer(f->high) : json_null());
    json_object_set_new(o, "qualifier", str(f->qualifier));
    json_object_set_new(o, "who", str(f->who));
    json_object_set_new(o, "cumulative", json_boolean(f->cumulative));
    json_object_set_new(o, "event", str(f->event));
    json_object_set_new(o, "attributed_to", source_obj(r, &f->attributed_to));
    return o;
}

static json_t *place_obj(const dl_place *p)
{
    json_t *o = json_object();
    common(o, p->span, p->text, p->rule);
    json_object_set_new(o, "name", str(p->name));
    json_object_set_new(o, "country", str(p->country));
    json_object_set_new(o, "admin1", str(p->admin1));
    json_object_set_new(o, "kind", str(p->kind));
    json_object_set_new(o, "lat", p->has_coords ? json_real(p->lat) : json_null());
    json_object_set_new(o, "lon", p->has_coords ? json_real(p->lon) : json_null());
    json_object_set_new(o, "gazetteer_id", str(p->gazetteer_id));
    return o;
}

static json_t *actor_obj(const dl_actor *a)
{
    json_t *o = json_object();
    common(o, a->span, a->text, a->rule);
    json_object_set_new(o, "name", str(a->name));
    json_object_set_new(o, "country", str(a->country));
    json_object_set_new(o, "sector", str(a->sector));
    return o;
}

static json_t *when_obj(const dl_when *w)
{
    json_t *o = json_object();
    json_object_set_new(o, "start", str(w->start));
    json_object_set_new(o, "end", str(w->end));
    json_object_set_new(o, "granularity", str(w->granularity));
    json_object_set_new(o, "type", str(w->type));
    return o;
}

static json_t *event_obj(const dl_record *r, const dl_event *e)
{
    json_t *o = json_object();
    json_object_set_new(o, "id", str(e->id));
    json_object_set_new(o, "type", str(e->type));
    json_object_set_new(o, "mode", str(e->mode));
    json_t *tr = json_object();
    json_object_set_new(tr, "span", span(e->trigger));
    json_object_set_new(tr, "text", str(e->trigger_text));
    json_object_set_new(o, "trigger", tr);
    json_object_set_new(o, "rule", str(e->rule));
    json_object_set_new(o, "date", str(e->date));
    json_object_set_new(o, "when", when_obj(&e->when));
    json_object_set_new(o, "place", e->place >= 0 && (size_t)e->place < r->nplaces
        ? place_obj(&r->places[e->place].pub) : json_null());
    json_object_set_new(o, "actor", e->actor >= 0 && (size_t)e->actor < r->nactors
        ? actor_obj(&r->actors[e->actor].pub) : json_null());
    json_object_set_new(o, "target", e->target >= 0 && (size_t)e->target < r->nactors
        ? actor_obj(&r->actors[e->target].pub) : json_null());
    json_t *figs = json_array();
    for (size_t i = 0; i < e->nfigures; i++)
        if (e->figures[i] >= 0 && (size_t)e->figures[i] < r->nfigures)
            json_array_append_new(figs, figure_obj(r, &r->figures[e->figures[i]].pub));
    json_object_set_new(o, "figures", figs);
    json_object_set_new(o, "claimed_by", str(e->claimed_by));
    json_object_set_new(o, "attributed_to", source_obj(r, &e->attributed_to));
    json_object_set_new(o, "reported", str(e->reported));
    json_t *ev = json_array();
    for (size_t i = 0; i < e->nevidence; i++)
        json_array_append_new(ev, span(e->evidence[i]));
    json_object_set_new(o, "evidence", ev);
    json_object_set_new(o, "negated", json_boolean(e->negated));
    json_object_set_new(o, "hypothetical", json_boolean(e->hypothetical));
    return o;
}

#define LIST(name, n, arr, fn)                                               \
    do {                                                                     \
        json_t *a = json_array();                                            \
        for (size_t i = 0; i < (n); i++)                                     \
            json_array_append_new(a, fn(&(arr)[i].pub));                     \
        json_object_set_new(root, name, a);                                  \
    } while (0)

json_t *record_to_json(const dl_record *r)
{
    json_t *root = json_object();
    json_object_set_new(root, "schema", json_string(DL_SCHEMA));
    json_object_set_new(root, "document", document(r));
    LIST("times", r->ntimes, r->times, time_obj);
    json_t *figs = json_array();
    for (size_t i = 0; i < r->nfigures; i++)
        json_array_append_new(figs, figure_obj(r, &r->figures[i].pub));
    json_object_set_new(root, "figures", figs);
    LIST("places", r->nplaces, r->places, place_obj);
    LIST("actors", r->nactors, r->actors, actor_obj);
    json_t *ev = json_array();
    for (size_t i = 0; i < r->nevents; i++)
        json_array_append_new(ev, event_obj(r, &r->events[i].pub));
    json_object_set_new(root, "events", ev);
    return root;
}

dl_status write_json(const dl_record *r, int pretty, char **out)
{
    json_t *root = record_to_json(r);
    if (!root)
        return DL_ENOMEM;
    size_t flags = JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(7) |
                   (pretty ? JSON_INDENT(2) : JSON_COMPACT);
    *out = json_dumps(root, flags);
    json_decref(root);
    return *out ? DL_OK : DL_ENOMEM;
}
