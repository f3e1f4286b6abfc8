/* fuzz_extract.c - libFuzzer target: the whole extraction on arbitrary bytes.
 *
 * Builds the record (strictly, then with --lossy when the input is refused),
 * checks what must hold for any input (spans inside the input, each item's
 * text equal to the bytes of its span, errors with an offset inside the
 * input) and writes the record in every format. Also compiled into
 * tests/unit/test_fuzz_regress.c to replay fuzz/regress/extract/. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dateline.h"

#define FUZZ_CHECK(c) ((c) ? (void)0 : abort())

/* The span lies inside the input and its text is the span's bytes (a text
 * is a C string, so it stops at a NUL byte inside the span). */
static void check_span(const char *in, size_t len, dl_span sp, const char *text)
{
    FUZZ_CHECK(sp.start <= sp.end && sp.end <= len);
    if (!text)
        return;
    const char *nul = memchr(in + sp.start, 0, sp.end - sp.start);
    size_t n = nul ? (size_t)(nul - (in + sp.start)) : sp.end - sp.start;
    FUZZ_CHECK(strlen(text) == n && !memcmp(text, in + sp.start, n));
}

static void check_record(const dl_record *rec)
{
    size_t len;
    const char *in = dl_record_input(rec, &len);
    const dl_document *d = dl_record_document(rec);
    FUZZ_CHECK(d && d->bytes == len && d->id && strlen(d->id) == 64);
    if (d->issuer)
        check_span(in, len, d->issuer_span, NULL);
    if (d->title)
        check_span(in, len, d->title_span, NULL);
    if (d->dateline)
        check_span(in, len, d->dateline->span, d->dateline->text);
    for (size_t i = 0; i < dl_record_ntimes(rec); i++)
        check_span(in, len, dl_record_time(rec, i)->span, dl_record_time(rec, i)->text);
    for (size_t i = 0; i < dl_record_nfigures(rec); i++)
        check_span(in, len, dl_record_figure(rec, i)->span,
                   dl_record_figure(rec, i)->text);
    for (size_t i = 0; i < dl_record_nplaces(rec); i++)
        check_span(in, len, dl_record_place(rec, i)->span, dl_record_place(rec, i)->text);
    for (size_t i = 0; i < dl_record_nactors(rec); i++)
        check_span(in, len, dl_record_actor(rec, i)->span, dl_record_actor(rec, i)->text);
    for (size_t i = 0; i < dl_record_nevents(rec); i++) {
        const dl_event *e = dl_record_event(rec, i);
        check_span(in, len, e->trigger, e->trigger_text);
        for (size_t k = 0; k < e->nevidence; k++)
            check_span(in, len, e->evidence[k], NULL);
        for (size_t k = 0; k < e->nfigures; k++)
            FUZZ_CHECK(e->figures[k] >= 0 &&
                       (size_t)e->figures[k] < dl_record_nfigures(rec));
    }
}

static void write_all(const dl_record *rec)
{
    static const dl_format fmts[] = {DL_FORMAT_JSON, DL_FORMAT_JSONL,
                                     DL_FORMAT_TEXT, DL_FORMAT_TIMEML,
                                     DL_FORMAT_CSV};
    for (size_t i = 0; i < sizeof fmts / sizeof *fmts; i++) {
        char *out = NULL;
        FUZZ_CHECK(dl_record_write(rec, fmts[i], &out) == DL_OK && out);
        free(out);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (int lossy = 0; lossy < 2; lossy++) {
        dl_options opt = {.source = "fuzz", .lossy = lossy};
        dl_record *rec = NULL;
        dl_error err;
        memset(&err, 0, sizeof err);
        dl_status st = dl_record_parse((const char *)data, size, &opt, &rec, &err);
        if (st == DL_OK) {
            check_record(rec);
            write_all(rec);
            dl_record_free(rec);
            return 0;
        }
        FUZZ_CHECK(!rec && err.code == st && err.message[0]);
        FUZZ_CHECK(err.offset == (size_t)-1 || err.offset <= size);
        if (st != DL_EINPUT)
            return 0;
    }
    return 0;
}
