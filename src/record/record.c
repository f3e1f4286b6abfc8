/* record.c - build a record from bytes (the pipeline) and free it.
 *
 * Checks the input (size, emptiness, binary content, UTF-8), copies it into
 * the record's arena, then runs the stages in order. Each stage appends to
 * the record; none reaches into another's internals. */
#include <nettle/sha2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "record.h"
#include "../time/date_parse.h"

static dl_status fail(dl_error *err, dl_status st, size_t off, const char *msg)
{
    if (err) {
        err->code = st;
        err->offset = off;
        snprintf(err->message, sizeof err->message, "%s", msg);
    }
    return st;
}

/* Control bytes other than \t \n \v \f \r (9 to 13) at s[i]. */
static int control_byte(unsigned char c)
{
    return c < 0x20 && ((0xFFFFC1FFu >> c) & 1);
}

/* Text with NUL or control bytes making up more than a few percent of it is
 * not text. Reports the first such byte. */
static int looks_binary(const char *s, size_t n, size_t *first)
{
    size_t ctl = 0, i = 0;
    *first = (size_t)-1;
#ifdef __SSE2__
    /* sixteen bytes at a time: the control bytes among them, if any */
    const __m128i lo = _mm_set1_epi8(0x20), neg = _mm_set1_epi8(-1),
                  ws_lo = _mm_set1_epi8(8), ws_hi = _mm_set1_epi8(14);
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i low = _mm_and_si128(_mm_cmpgt_epi8(lo, v), _mm_cmpgt_epi8(v, neg));
        __m128i ws = _mm_and_si128(_mm_cmpgt_epi8(v, ws_lo), _mm_cmpgt_epi8(ws_hi, v));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(ws, low));
        if (m && *first == (size_t)-1)
            *first = i + (size_t)__builtin_ctz(m);
        for (; m; m &= m - 1)
            ctl++;
    }
#endif
    for (; i < n; i++) {
        if (control_byte((unsigned char)s[i])) {
            if (*first == (size_t)-1)
                *first = i;
            ctl++;
        }
    }
    return ctl > 0 && (ctl * 20 > n || (n < 64 && ctl * 4 > n));
}

static int all_blank(const char *s, size_t n)
{
    size_t i = (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
    for (; i < n; i++) {
        char c = s[i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' &&
            c != '\v')
            return 0;
    }
    return 1;
}

static int valid_date(const char *d)
{
    int y, m, dd;
    char tail;
    if (!d || strlen(d) != 10 || sscanf(d, "%4d-%2d-%2d%c", &y, &m, &dd, &tail) != 3)
        return 0;
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return d[4] == '-' && d[7] == '-' && m >= 1 && m <= 12 && dd >= 1 &&
           dd <= mdays[m - 1];
}

static dl_status check_input(const char *buf, size_t len, const dl_options *opt,
                             dl_error *err)
{
    size_t off;
    if (len > DL_MAX_INPUT)
        return fail(err, DL_ELIMIT, DL_MAX_INPUT, "input larger than 1 GiB");
    if (opt && opt->date && !valid_date(opt->date))
        return fail(err, DL_EUSAGE, (size_t)-1,
                    "--date wants a calendar date as YYYY-MM-DD");
    if (len == 0 || all_blank(buf, len))
        return fail(err, DL_EINPUT, 0, "empty input: no text to read");
    if (looks_binary(buf, len, &off))
        return fail(err, DL_EINPUT, off,
                    "binary input: control or NUL bytes, not text");
    if ((!opt || !opt->lossy) && text_check_utf8(buf, len, &off) != DL_OK)
        return fail(err, DL_EINPUT, off,
                    "invalid UTF-8 (use --lossy to replace bad bytes)");
    return DL_OK;
}

static void hash_input(dl_record *r)
{
    struct sha256_ctx ctx;
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_init(&ctx);
    sha256_update(&ctx, r->len, (const uint8_t *)r->input);
    sha256_digest(&ctx, sizeof digest, digest);
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < SHA256_DIGEST_SIZE; i++) {
        r->id[2 * i] = hex[digest[i] >> 4];
        r->id[2 * i + 1] = hex[digest[i] & 15];
    }
    r->id[2 * SHA256_DIGEST_SIZE] = 0;
}

static dl_status run_stages(dl_record *r, size_t nstages)
{
    dl_status (*const stages[])(dl_record *) = {
        document_extract, time_extract,  figures_extract,
        places_extract,   actors_extract, events_extract,
    };
    for (size_t i = 0; i < sizeof stages / sizeof *stages && i < nstages; i++) {
        dl_status st = stages[i](r);
        if (st)
            return st;
    }
    return DL_OK;
}

static dl_status setup(dl_record *r, const char *buf, size_t len,
                       const dl_options *opt)
{
    if (opt)
        r->opt = *opt;
    r->opt.source = arena_strdup(r->a, r->opt.source ? r->opt.source : "-");
    r->opt.date = arena_strdup(r->a, r->opt.date);
    r->input = arena_strndup(r->a, buf, len);
    if (!r->input || !r->opt.source)
        return DL_ENOMEM;
    r->len = len;
    hash_input(r);
    r->doc.id = r->id;
    r->doc.source = r->opt.source;
    r->doc.bytes = len;
    r->doc.language = "en";
    dl_status st = text_build(r->a, &r->txt, r->input, len);
    if (st == DL_OK)
        r->txt.day_first = date_numeric_order(&r->txt);
    return st;
}

dl_status dl_record_parse(const char *buf, size_t len, const dl_options *opt,
                          dl_record **out, dl_error *err)
{
    return record_parse_stages(buf, len, opt, REC_STAGES_ALL, out, err);
}

dl_status record_parse_stages(const char *buf, size_t len,
                              const dl_options *opt, size_t nstages,
                              dl_record **out, dl_error *err)
{
    *out = NULL;
    dl_status st = check_input(buf, len, opt, err);
    if (st)
        return st;
    dl_record *r = calloc(1, sizeof *r);
    if (!r || !(r->a = arena_new())) {
        free(r);
        return fail(err, DL_ENOMEM, (size_t)-1, "out of memory");
    }
    st = setup(r, buf, len, opt);
    if (!st)
        st = run_stages(r, nstages);
    if (st) {
        dl_record_free(r);
        return fail(err, st, (size_t)-1, dl_strerror(st));
    }
    *out = r;
    return DL_OK;
}

void dl_record_free(dl_record *r)
{
    if (!r)
        return;
    arena_free(r->a);
    free(r);
}

const char *rec_span_text(dl_record *r, dl_span sp)
{
    if (sp.end < sp.start || sp.end > r->len)
        return "";
    return arena_strndup(r->a, r->input + sp.start, sp.end - sp.start);
}

size_t rec_place_from(const dl_record *r, size_t lo, size_t hi, size_t tok)
{
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r->places[mid].tok_start < tok)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t rec_time_from(const dl_record *r, size_t tok)
{
    size_t lo = 0, hi = r->ntimes;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r->times[mid].tok_start < tok)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int rec_time_opens_clause(const dl_record *r, size_t k)
{
    size_t e = r->times[k].tok_end;
    return e + 1 < r->txt.ntoks && tok_punct(&r->txt, e, ',') && tok_is(&r->txt, e + 1, "when");
}

dl_span rec_tok_span(dl_record *r, size_t first, size_t last)
{
    return text_tok_span(&r->txt, first, last);
}
