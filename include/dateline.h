/* dateline.h - the public interface of libdateline.
 *
 * libdateline reads official statements, press releases and news reports and
 * turns each into a record of dated, sourced events (see docs/record.md).
 * This is the only header a program using the library includes; everything
 * under src/ is internal. Records are independent: separate records may be
 * built and read on separate threads at once. The library has no global
 * mutable state. */
#ifndef DATELINE_H
#define DATELINE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DL_SCHEMA "dateline/1"
#define DL_VERSION "0.1.0"

/* Status codes. Every function that can fail returns one; the words for it
 * come from dl_strerror() and, with file and byte offset, from dl_error. */
typedef enum {
    DL_OK = 0,
    DL_EINPUT,    /* the input is malformed (invalid UTF-8, binary, ...) */
    DL_EUSAGE,    /* a bad argument or option */
    DL_ENOMEM,    /* out of memory */
    DL_EIO,       /* reading or writing failed */
    DL_ELIMIT,    /* the input exceeds a documented limit */
    DL_ENOTFOUND, /* no such item */
    DL_EDB,       /* the archive reported an error */
    DL_EQUERY     /* a malformed search query */
} dl_status;

const char *dl_strerror(dl_status st);

/* A failure, with where it happened. offset is a byte offset into the input
 * (or the query) when one applies, else (size_t)-1. */
typedef struct {
    dl_status code;
    size_t offset;
    char message[256];
} dl_error;

/* A span [start, end) of byte offsets into the original input. */
typedef struct {
    size_t start, end;
} dl_span;

/* Largest input dl_record_parse accepts, in bytes. */
#define DL_MAX_INPUT ((size_t)1 << 30)

/* Options for building a record. Zero-initialise, then set what you need. */
typedef struct {
    const char *source;   /* file path or "-" for the record; NULL = "-" */
    const char *date;     /* YYYY-MM-DD: overrides the document date */
    int lossy;            /* replace invalid UTF-8 with U+FFFD, not fail */
} dl_options;

typedef struct dl_record dl_record;

/* Build the record of one document from its bytes. The buffer is copied; on
 * success *out owns everything and is released with dl_record_free. On
 * failure *out is NULL and err (if not NULL) says what and where. */
dl_status dl_record_parse(const char *buf, size_t len, const dl_options *opt,
                          dl_record **out, dl_error *err);
void dl_record_free(dl_record *rec);

/* ---- reading a record ------------------------------------------------ */

/* All strings below are NUL-terminated UTF-8 owned by the record, or NULL
 * where the spec says null. */

typedef struct {
    const char *place;
    const char *date;     /* YYYY-MM-DD or NULL */
    dl_span span;
    const char *text;
} dl_dateline;

typedef struct {
    const char *id;       /* hex SHA-256 of the input bytes */
    const char *source;
    size_t bytes;
    const char *language;
    const char *issuer;
    dl_span issuer_span;
    const char *kind;     /* press release, statement, letter, ... */
    const char *title;
    dl_span title_span;
    const dl_dateline *dateline; /* NULL when there is none */
    const char *date;     /* YYYY-MM-DD or NULL */
    const char *date_source; /* dateline, header, option, none */
} dl_document;

typedef struct {
    dl_span span;
    const char *text;
    const char *rule;
    const char *type;     /* DATE, TIME, DURATION, SET */
    const char *value;    /* TIMEX3 value */
    const char *anchor;   /* value resolved against, or NULL */
} dl_time;

/* Figure qualifiers and kinds are strings as in the spec. */
typedef struct {
    dl_span span;
    const char *text;
    const char *rule;
    const char *kind;     /* killed, injured, arrested, ... */
    int has_value;        /* 0: value is null (vague) */
    int64_t value;
    int has_high;
    int64_t high;
    const char *qualifier;
    const char *who;
    int cumulative;
    const char *event;    /* id of its event, or NULL */
} dl_figure;

typedef struct {
    dl_span span;
    const char *text;
    const char *rule;
    const char *name;
    const char *country;
    const char *admin1;
    const char *kind;     /* country, region, city, other */
    int has_coords;
    double lat, lon;
    const char *gazetteer_id;
} dl_place;

typedef struct {
    dl_span span;
    const char *text;
    const char *rule;
    const char *name;
    const char *country;
    const char *sector;
} dl_actor;

typedef struct {
    const char *start, *end;  /* ISO dates or NULL */
    const char *granularity;  /* day, month, year, decade, century */
    const char *type;         /* exact, approximate, range, unresolved */
} dl_when;

typedef struct {
    const char *id;
    const char *type;         /* PLOVER type */
    const char *mode;
    dl_span trigger;
    const char *trigger_text;
    const char *rule;
    const char *date;         /* TIMEX3 value or NULL */
    dl_when when;
    int place;                /* index into places, or -1 */
    int actor;                /* index into actors, or -1 */
    int target;               /* index into actors, or -1 */
    const int *figures;       /* indexes into figures */
    size_t nfigures;
    const char *claimed_by;
    const char *reported;
    const dl_span *evidence;
    size_t nevidence;
    int negated, hypothetical;
} dl_event;

/* How one slot of an event was filled, for `dateline explain`: the slot
 * ("trigger", "date", "place", "actor", "target", "figure", "merge",
 * "negated", "hypothetical"), the words that filled it (an empty span when
 * no words did) and the rule that fired. */
typedef struct {
    const char *slot;
    dl_span span;
    const char *rule;
} dl_event_fill;

const dl_document *dl_record_document(const dl_record *rec);
size_t dl_record_ntimes(const dl_record *rec);
const dl_time *dl_record_time(const dl_record *rec, size_t i);
size_t dl_record_nfigures(const dl_record *rec);
const dl_figure *dl_record_figure(const dl_record *rec, size_t i);
size_t dl_record_nplaces(const dl_record *rec);
const dl_place *dl_record_place(const dl_record *rec, size_t i);
size_t dl_record_nactors(const dl_record *rec);
const dl_actor *dl_record_actor(const dl_record *rec, size_t i);
size_t dl_record_nevents(const dl_record *rec);
const dl_event *dl_record_event(const dl_record *rec, size_t i);
/* The slot fills of event i, in the order they happened. */
size_t dl_record_event_nfills(const dl_record *rec, size_t i);
const dl_event_fill *dl_record_event_fill(const dl_record *rec, size_t i,
                                          size_t j);

/* The original input bytes the record was built from (len in *len). */
const char *dl_record_input(const dl_record *rec, size_t *len);

/* ---- writing a record ------------------------------------------------ */

typedef enum {
    DL_FORMAT_JSON,   /* pretty JSON, one record */
    DL_FORMAT_JSONL,  /* compact JSON on one line */
    DL_FORMAT_TEXT,   /* a readable summary for a terminal */
    DL_FORMAT_TIMEML, /* the input with TIMEX3 tags */
    DL_FORMAT_CSV     /* one row per event, ACLED-like columns */
} dl_format;

/* Parse a format name ("json", "jsonl", ...). */
dl_status dl_format_parse(const char *name, dl_format *out);

/* Serialise into a new malloc'd NUL-terminated string (*out, free with
 * free()). */
dl_status dl_record_write(const dl_record *rec, dl_format fmt, char **out);

/* The CSV header line (with newline) matching DL_FORMAT_CSV rows. */
const char *dl_csv_header(void);

/* ---- the archive (src/store) ------------------------------------------ */
/* Declared by the archive issue; see docs/archive.md. */

#ifdef __cplusplus
}
#endif
#endif
