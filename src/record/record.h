/* record.h - the record of one document as the stages build it.
 *
 * Each stage (document, time, figures, places, actors, events) reads what
 * earlier stages left here and appends its own list. Every item wraps the
 * public struct from dateline.h (first member, so accessors can hand it out)
 * with the token range it covers, for later stages. The arena owns it all. */
#ifndef DL_RECORD_H
#define DL_RECORD_H

#include <string.h>

#include "../text/text.h"
#include "../util/arena.h"
#include "dateline.h"

typedef struct {
    dl_time pub;
    size_t tok_start, tok_end; /* tokens covered */
    size_t sent;
    /* The resolved interval, for events and the archive: ISO dates or NULL. */
    const char *start, *end;
    const char *granularity;
} rec_time;

typedef struct {
    dl_figure pub;
    size_t tok_start, tok_end;
    size_t sent;
    size_t num_tok;    /* the token holding the number (or the vague word) */
} rec_figure;

typedef struct {
    dl_place pub;
    size_t tok_start, tok_end;
    size_t sent;
    double population;
} rec_place;

typedef struct {
    dl_actor pub;
    size_t tok_start, tok_end;
    size_t sent; /* (size_t)-1 for the issuer when it has no mention */
} rec_actor;

typedef struct {
    dl_event pub;
    size_t trig_tok;
    size_t sent;
    int *figs;
    size_t nfigs, cap_figs;
    dl_span *ev;
    size_t nev, cap_ev;
    dl_event_fill *fills; /* how its slots were filled (explain) */
    size_t nfills, cap_fills;
} rec_event;

struct dl_record {
    arena *a;
    char *input; /* copy of the original bytes, NUL-terminated */
    size_t len;
    text txt;
    dl_options opt;

    dl_document doc;
    dl_dateline dateline;
    int issuer_abroad; /* the issuer represents a state abroad (a mission,
                          an embassy): its dateline is not its home */
    char id[65];

    rec_time *times;
    size_t ntimes, cap_times;
    rec_figure *figures;
    size_t nfigures, cap_figures;
    rec_place *places;
    size_t nplaces, cap_places;
    rec_actor *actors;
    size_t nactors, cap_actors;
    rec_event *events;
    size_t nevents, cap_events;
};

/* Copy the original bytes of a span (the `text` of an item). */
const char *rec_span_text(dl_record *r, dl_span sp);
/* Span and text of tokens [first, last), set on an item's fields. */
dl_span rec_tok_span(dl_record *r, size_t first, size_t last);
/* The first of places [lo, hi) (sorted by tok_start) that starts at or
 * after token tok; hi when none does. */
size_t rec_place_from(const dl_record *r, size_t lo, size_t hi, size_t tok);
/* The same for the times (r->times is in text order). */
size_t rec_time_from(const dl_record *r, size_t tok);
/* Time tm counts days back from the report: a DURATION the time stage
 * gave days to ("in the past 24 hours"). */
static inline int rec_time_span_back(const rec_time *tm)
{
    return tm->start && tm->pub.type && !strcmp(tm->pub.type, "DURATION");
}
/* Time k opens a clause of its own: a comma and "when" follow it ("since
 * June last year, when hundreds were killed"); what the clause tells
 * happened then. */
int rec_time_opens_clause(const dl_record *r, size_t k);

/* The stages, in pipeline order (src/STAGE/STAGE.c). */
dl_status document_extract(dl_record *r);
dl_status time_extract(dl_record *r);
dl_status figures_extract(dl_record *r);
dl_status places_extract(dl_record *r);
dl_status actors_extract(dl_record *r);
dl_status events_extract(dl_record *r);

/* dl_record_parse running only the first `nstages` stages of the pipeline
 * (0: text only; 1: + document; 2: + time; ...; REC_STAGES_ALL: all). For
 * benchmarks and fuzzing of one stage on the output of those before it. */
#define REC_STAGES_ALL 6
dl_status record_parse_stages(const char *buf, size_t len,
                              const dl_options *opt, size_t nstages,
                              dl_record **out, dl_error *err);

/* The record as a jansson object (write_json.c); the caller decrefs. */
struct json_t *record_to_json(const dl_record *r);

/* Writers (record/write_*.c): each returns a malloc'd string. */
dl_status write_json(const dl_record *r, int pretty, char **out);
dl_status write_text(const dl_record *r, char **out);
dl_status write_timeml(const dl_record *r, char **out);
dl_status write_csv(const dl_record *r, char **out);

#endif
