/* figures_fixture.h - what the figure tests that run the whole pipeline
 * share: parse a text (with a document date or none) and find a figure by
 * its value. */
#ifndef FIGURES_FIXTURE_H
#define FIGURES_FIXTURE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "dateline.h"

static inline dl_record *ff_parse(const char *s, const char *date)
{
    dl_record *r = NULL;
    dl_options o = {.date = date};
    assert_int_equal(dl_record_parse(s, strlen(s), &o, &r, NULL), DL_OK);
    return r;
}

/* The first figure of value v, or NULL. */
static inline const dl_figure *ff_value(const dl_record *r, int64_t v)
{
    for (size_t i = 0; i < dl_record_nfigures(r); i++) {
        const dl_figure *f = dl_record_figure(r, i);
        if (f->has_value && f->value == v)
            return f;
    }
    return NULL;
}

#endif
