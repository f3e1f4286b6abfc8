/* actors_util.h - helpers shared by the actors stage's unit tests: build a
 * record from a statement and find an actor by its text. */
#ifndef TEST_ACTORS_UTIL_H
#define TEST_ACTORS_UTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include <cmocka.h>

#include "../../src/record/record.h"

static inline dl_record *build(const char *s)
{
    dl_record *r = NULL;
    dl_error err;
    assert_int_equal(dl_record_parse(s, strlen(s), NULL, &r, &err), DL_OK);
    return r;
}

/* The actor whose text is exactly `text`, checking its span gives back
 * that text from the input. */
static inline const rec_actor *actor_text(const dl_record *r, const char *text)
{
    for (size_t k = 0; k < r->nactors; k++) {
        const rec_actor *a = &r->actors[k];
        if (!strcmp(a->pub.text, text)) {
            assert_int_equal(a->pub.span.end - a->pub.span.start, strlen(text));
            assert_memory_equal(r->input + a->pub.span.start, text, strlen(text));
            return a;
        }
    }
    fail_msg("no actor with text \"%s\"", text);
    return NULL;
}

/* No actor's text contains `text`. */
static inline void no_actor(const dl_record *r, const char *text)
{
    for (size_t k = 0; k < r->nactors; k++)
        if (strstr(r->actors[k].pub.text, text))
            fail_msg("unexpected actor \"%s\"", r->actors[k].pub.text);
}

static inline void country_is(const rec_actor *a, const char *cc)
{
    if (!cc) {
        assert_null(a->pub.country);
        return;
    }
    assert_non_null(a->pub.country);
    assert_string_equal(a->pub.country, cc);
}

#endif
