/* events_fixture.h - build records by hand for the events stage's tests.
 *
 * Parses a text, empties the lists of the earlier stages and lets a test
 * put in exactly the times, figures, places and actors it needs, so the
 * events stage is tested on its own, whatever the other stages find. */
#ifndef EVENTS_FIXTURE_H
#define EVENTS_FIXTURE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "../../src/events/events.h"

/* The text gets a kind line and a title first, so that its first sentence
 * is body, not title. */
static inline dl_record *fx_parse(const char *s, const char *date)
{
    dl_record *r = NULL;
    dl_options o = {0};
    o.date = date;
    char buf[2048];
    snprintf(buf, sizeof buf, "Press release\n\nNews in brief\n\n%s", s);
    assert_int_equal(dl_record_parse(buf, strlen(buf), &o, &r, NULL), DL_OK);
    r->ntimes = r->nfigures = r->nplaces = r->nactors = r->nevents = 0;
    return r;
}

/* Tokens [*first, *last) covering `phrase`, searched after `after`
 * (NULL: from the start) in the normalised text. */
static inline void fx_find(dl_record *r, const char *after, const char *phrase,
                    size_t *first, size_t *last)
{
    const char *from = r->txt.norm;
    if (after) {
        from = strstr(from, after);
        assert_non_null(from);
    }
    const char *p = strstr(from, phrase);
    assert_non_null(p);
    size_t off = (size_t)(p - r->txt.norm), end = off + strlen(phrase);
    *first = *last = (size_t)-1;
    for (size_t i = 0; i < r->txt.ntoks; i++) {
        if (*first == (size_t)-1 && r->txt.toks[i].start >= off)
            *first = i;
        if (tok_end(&r->txt, i) <= end)
            *last = i + 1;
    }
    assert_true(*first != (size_t)-1 && *last > *first);
}

#define FX_SET(item, r, after, phrase)                                         \
    do {                                                                       \
        memset((item), 0, sizeof *(item)); /* slots may be reused */           \
        fx_find(r, after, phrase, &(item)->tok_start, &(item)->tok_end);       \
        (item)->sent = (r)->txt.toks[(item)->tok_start].sent;                  \
        (item)->pub.span = rec_tok_span(r, (item)->tok_start, (item)->tok_end);\
        (item)->pub.text = rec_span_text(r, (item)->pub.span);                 \
        (item)->pub.rule = "test";                                             \
    } while (0)

static inline rec_time *fx_time(dl_record *r, const char *after, const char *phrase,
                         const char *value)
{
    rec_time *t = VEC_PUSH(r->a, r->times, r->ntimes, r->cap_times);
    FX_SET(t, r, after, phrase);
    t->pub.type = "DATE";
    t->pub.value = value;
    return t;
}

static inline rec_place *fx_place(dl_record *r, const char *after, const char *phrase,
                           const char *country, const char *kind)
{
    rec_place *p = VEC_PUSH(r->a, r->places, r->nplaces, r->cap_places);
    FX_SET(p, r, after, phrase);
    p->pub.name = p->pub.text;
    p->pub.country = country;
    p->pub.kind = kind;
    return p;
}

static inline rec_actor *fx_actor(dl_record *r, const char *after, const char *phrase,
                           const char *country, const char *sector)
{
    rec_actor *a = VEC_PUSH(r->a, r->actors, r->nactors, r->cap_actors);
    FX_SET(a, r, after, phrase);
    a->pub.name = a->pub.text;
    a->pub.country = country;
    a->pub.sector = sector;
    return a;
}

static inline rec_figure *fx_figure(dl_record *r, const char *after, const char *phrase,
                             const char *kind, int64_t value)
{
    rec_figure *f = VEC_PUSH(r->a, r->figures, r->nfigures, r->cap_figures);
    FX_SET(f, r, after, phrase);
    f->num_tok = f->tok_start;
    f->pub.kind = kind;
    f->pub.has_value = value >= 0;
    f->pub.value = value;
    f->pub.qualifier = value >= 0 ? "exact" : "vague";
    return f;
}

static inline void fx_run(dl_record *r)
{
    assert_int_equal(events_extract(r), DL_OK);
}

/* A whole statement through every stage (the earlier stages' lists kept). */
static inline dl_record *fx_parse_all(const char *s)
{
    dl_record *r = NULL;
    assert_int_equal(dl_record_parse(s, strlen(s), NULL, &r, NULL), DL_OK);
    return r;
}

/* The n-th (0-based) event of a type, or NULL. */
static inline const dl_event *fx_event(const dl_record *r, const char *type, int n)
{
    for (size_t i = 0; i < dl_record_nevents(r); i++) {
        const dl_event *e = dl_record_event(r, i);
        if (!strcmp(e->type, type) && n-- == 0)
            return e;
    }
    return NULL;
}

/* Actor k (an event's actor or target) is there and reads `text`. */
static inline void fx_actor_is(const dl_record *r, int k, const char *text)
{
    assert_true(k >= 0);
    assert_string_equal(dl_record_actor(r, (size_t)k)->text, text);
}

/* Event e has a place, and it reads `text`. */
static inline void fx_place_is(const dl_record *r, const dl_event *e, const char *text)
{
    assert_true(e->place >= 0);
    assert_string_equal(dl_record_place(r, (size_t)e->place)->text, text);
}

/* The last event whose trigger text is `trigger`, or NULL. */
static inline const dl_event *fx_trigger(const dl_record *r, const char *trigger)
{
    const dl_event *found = NULL;
    for (size_t i = 0; i < dl_record_nevents(r); i++)
        if (!strcmp(dl_record_event(r, i)->trigger_text, trigger))
            found = dl_record_event(r, i);
    return found;
}

static inline size_t fx_count(const dl_record *r, const char *type)
{
    size_t n = 0;
    for (size_t i = 0; i < dl_record_nevents(r); i++)
        n += !strcmp(dl_record_event(r, i)->type, type);
    return n;
}

/* How many events of a type the whole pipeline finds in text s. */
static inline size_t fx_count_in(const char *s, const char *type)
{
    dl_record *r = fx_parse_all(s);
    size_t n = fx_count(r, type);
    dl_record_free(r);
    return n;
}

#endif
