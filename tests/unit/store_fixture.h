/* store_fixture.h - helpers for the archive's unit tests: a temporary
 * archive, and records whose extracted lists are set by the test itself
 * (through the internal record), so event filters are tested whatever the
 * extraction stages find. Included by tests/unit/test_store*.c only. */
#ifndef DL_TEST_STORE_FIXTURE_H
#define DL_TEST_STORE_FIXTURE_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../src/record/record.h"
#include "dateline.h"

typedef struct {
    char dir[64];
    char path[96];
    dl_store *s;
} fixture;

static inline int fixture_setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    snprintf(f->dir, sizeof f->dir, "/tmp/dl-store-XXXXXX");
    if (!f || !mkdtemp(f->dir))
        return -1;
    snprintf(f->path, sizeof f->path, "%s/a.db", f->dir);
    dl_error err;
    if (dl_store_open(f->path, 0, &f->s, &err) != DL_OK)
        return -1;
    *state = f;
    return 0;
}

static inline int fixture_teardown(void **state)
{
    fixture *f = *state;
    char cmd[128];
    dl_store_close(f->s);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
    int rc = system(cmd);
    free(f);
    return rc == 0 ? 0 : -1;
}

/* A record of text with every extracted list emptied. */
static inline dl_record *bare_record(const char *source, const char *text,
                              const char *date)
{
    dl_options o = {.source = source, .date = date};
    dl_record *r = NULL;
    dl_error err;
    assert_int_equal(dl_record_parse(text, strlen(text), &o, &r, &err), DL_OK);
    /* drop what the stages found; fresh arrays, so new slots are zeroed */
    r->ntimes = r->nfigures = r->nplaces = r->nactors = r->nevents = 0;
    r->cap_times = r->cap_figures = r->cap_places = r->cap_actors = 0;
    r->cap_events = 0;
    r->times = NULL;
    r->figures = NULL;
    r->places = NULL;
    r->actors = NULL;
    r->events = NULL;
    return r;
}

/* The span of the first occurrence of word in the record's text. */
static inline dl_span span_of(dl_record *r, const char *word)
{
    const char *p = strstr(r->input, word);
    assert_non_null(p);
    size_t at = (size_t)(p - r->input);
    return (dl_span){at, at + strlen(word)};
}

static inline int add_place(dl_record *r, const char *name, const char *country)
{
    rec_place *p = VEC_PUSH(r->a, r->places, r->nplaces, r->cap_places);
    assert_non_null(p);
    p->pub.name = name;
    p->pub.text = name;
    p->pub.country = country;
    p->pub.kind = "city";
    p->pub.rule = "test";
    return (int)r->nplaces - 1;
}

static inline int add_actor(dl_record *r, const char *name, const char *sector)
{
    rec_actor *a = VEC_PUSH(r->a, r->actors, r->nactors, r->cap_actors);
    assert_non_null(a);
    a->pub.name = name;
    a->pub.text = name;
    a->pub.sector = sector;
    a->pub.rule = "test";
    return (int)r->nactors - 1;
}

static inline int add_figure(dl_record *r, const char *kind, int64_t value,
                      const char *qualifier)
{
    rec_figure *f = VEC_PUSH(r->a, r->figures, r->nfigures, r->cap_figures);
    assert_non_null(f);
    f->pub.kind = kind;
    f->pub.has_value = value >= 0;
    f->pub.value = value;
    f->pub.qualifier = qualifier;
    f->pub.text = "figure";
    f->pub.rule = "test";
    return (int)r->nfigures - 1;
}

/* An event; figs is a -1-terminated list of figure indexes. trigger is a
 * word of the text. */
static inline dl_event *add_event(dl_record *r, const char *type, const char *date,
                           int place, const char *trigger, const int *figs)
{
    rec_event *e = VEC_PUSH(r->a, r->events, r->nevents, r->cap_events);
    assert_non_null(e);
    size_t n = 0;
    while (figs && figs[n] >= 0)
        n++;
    int *copy = arena_alloc(r->a, (n + 1) * sizeof *copy);
    memcpy(copy, figs ? figs : (const int[]){-1}, n * sizeof *copy);
    e->pub.id = arena_printf(r->a, "e%zu", r->nevents);
    e->pub.type = type;
    e->pub.date = date;
    e->pub.place = place;
    e->pub.actor = e->pub.target = -1;
    e->pub.attributed_to = (dl_source){.actor = -1};
    e->pub.figures = copy;
    e->pub.nfigures = n;
    e->pub.trigger = span_of(r, trigger);
    e->pub.trigger_text = trigger;
    e->pub.rule = "test";
    e->pub.claimed_by = r->doc.issuer;
    e->pub.reported = r->doc.date;
    return &e->pub;
}

static inline void store(fixture *f, dl_record *r)
{
    int added = 0;
    dl_error err;
    assert_int_equal(dl_store_add(f->s, r, NULL, &added, &err), DL_OK);
    assert_int_equal(added, 1);
    dl_record_free(r);
}

/* Collecting hits: their document sources or event ids, space separated. */
typedef struct {
    size_t n;
    char got[1024];
    char snippet[512];
    int64_t first_killed;
} hits;

static inline int collect(const dl_hit *h, void *ctx)
{
    hits *c = ctx;
    size_t len = strlen(c->got);
    snprintf(c->got + len, sizeof c->got - len, "%s%s", len ? " " : "",
             h->event ? h->type : h->source);
    if (!c->n && h->snippet)
        snprintf(c->snippet, sizeof c->snippet, "%s", h->snippet);
    for (size_t i = 0; !c->n && i < h->nfigures; i++)
        if (!strcmp(h->figures[i].kind, "killed"))
            c->first_killed = h->figures[i].value;
    c->n++;
    return 0;
}

static inline size_t search(fixture *f, const char *q, hits *c)
{
    dl_error err;
    memset(c, 0, sizeof *c);
    c->first_killed = -1;
    dl_status st = dl_store_search(f->s, q, NULL, collect, c, &err);
    if (st)
        fail_msg("query '%s': %s", q, err.message);
    return c->n;
}

#endif
