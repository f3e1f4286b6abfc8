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
    const char *mod;      /* TIMEX3 mod (START, MID, END, APPROX, LESS_THAN,
                           * MORE_THAN, EQUAL_OR_LESS, EQUAL_OR_MORE), or
                           * NULL */
} dl_time;

/* The source a document cites for an item ("police said", "according to
 * the health ministry", ", said a resident"): the words that name it, the
 * rule that found it and the actor they name (index into actors, or -1).
 * text is NULL when the sentence names no source but the issuer itself:
 * the issuer, the event's claimed_by, speaks in its own voice. */
typedef struct {
    dl_span span;
    const char *text;
    const char *rule;
    int actor;
} dl_source;

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
    dl_source attributed_to; /* whom the document cites for it */
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
    dl_source attributed_to; /* whom the issuer cites for it (in the
                              * trigger's sentence) */
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
/* One SQLite file holding documents, their records and the extracted items,
 * searchable with a small query language (docs/archive.md). A dl_store is
 * used by one thread at a time; several processes may read an archive while
 * one writes to it. */

typedef struct dl_store dl_store;

/* dl_store_open flags. */
#define DL_STORE_READONLY 1 /* fail if the file is missing; never write */

/* Open (creating and migrating as needed) the archive at path. */
dl_status dl_store_open(const char *path, int flags, dl_store **out,
                        dl_error *err);
void dl_store_close(dl_store *s);

/* The version of the extractor whose records dl_store_add stores: the
 * library version plus a hash of the extraction code and data. */
const char *dl_extractor_version(void);

/* What the caller knows about a document beyond its text. */
typedef struct {
    const char *url;
    const char *issuer;   /* overrides the extracted issuer when not NULL */
} dl_store_meta;

/* Is a document with exactly these bytes archived? (*found = 0 or 1) */
dl_status dl_store_contains(dl_store *s, const char *buf, size_t len,
                            int *found);
/* Store a record and everything extracted from it, in one transaction.
 * *added (may be NULL) is 0 when the same text was archived already. */
dl_status dl_store_add(dl_store *s, const dl_record *rec,
                       const dl_store_meta *meta, int *added, dl_error *err);

/* Counts of what the archive holds (any pointer may be NULL). stale counts
 * documents extracted by another extractor version (see dl_store_reindex). */
dl_status dl_store_stats(dl_store *s, size_t *documents, size_t *events,
                         size_t *stale);

/* One search hit: an event (event != NULL) or a document. Strings are
 * owned by the store and valid during the callback only. */
typedef struct {
    const char *doc;          /* document id (hex SHA-256) */
    const char *source, *url, *issuer, *kind, *title;
    const char *reported;     /* the document's date */
    const char *event;        /* e1, e2, ... or NULL for a document hit */
    const char *type, *mode, *date;
    const char *start, *end;  /* the event's interval, ISO dates */
    const char *place, *country;
    const char *actor, *target;
    const char *actor_country, *target_country; /* ISO codes, or NULL */
    const char *cited;        /* whom the issuer cites for it, or NULL */
    const dl_figure *figures; /* the event's figures */
    size_t nfigures;
    const char *snippet;      /* text around the hit, marks around matches */
    double score;             /* BM25 (lower is better) or 0 */
} dl_hit;

/* Return nonzero to stop the search early. */
typedef int (*dl_hit_fn)(const dl_hit *hit, void *ctx);

typedef enum { DL_ORDER_RELEVANCE, DL_ORDER_DATE } dl_order;

/* Search options. Zero-initialise, then set what you need. */
typedef struct {
    size_t limit;             /* at most this many hits; 0 = all */
    int events;               /* event hits even when no filter asks for them */
    dl_order order;           /* RELEVANCE: by BM25, then newest first */
    const char *mark_open, *mark_close; /* around matches; NULL = "**" */
} dl_search_opts;

/* Run a query (docs/archive.md): free text and filters such as
 * `date:1990-01 place:Baku killed>=100 issuer:"Permanent Mission"`. A
 * malformed query returns DL_EQUERY with err->offset at the bad term. */
dl_status dl_store_search(dl_store *s, const char *query,
                          const dl_search_opts *opt, dl_hit_fn fn, void *ctx,
                          dl_error *err);

/* Events of one type, date and place (or sides) as reported by several
 * documents. */
typedef struct {
    const char *type, *date, *place, *country;
    const char *sides;        /* grouping by sides: the countries of place,
                               * actor and target, sorted ("AM,AZ"); else NULL */
    const dl_hit *claims;     /* one per reporting event, by report date */
    size_t nclaims;
    size_t nsources;          /* distinct documents among the claims */
} dl_claim_group;

typedef int (*dl_claims_fn)(const dl_claim_group *g, void *ctx);

/* Group the events matching query (NULL = all) by type, place and date cut
 * to granularity ("day", "month" or "year"; NULL = "day"); call fn for each
 * group reported by at least min_sources documents. */
dl_status dl_store_claims(dl_store *s, const char *query,
                          const char *granularity, size_t min_sources,
                          dl_claims_fn fn, void *ctx, dl_error *err);

/* The same, grouped by `group`: "place" (as dl_store_claims) or "sides":
 * events of one type and date whose place, actor and target name the same
 * countries, so that each side's account of one clash meets the other's
 * ("an attack on Armenia by Azerbaijan's forces" and "provocations by
 * Armenia's forces in Dashkasan" are both AM,AZ). NULL = "place". */
dl_status dl_store_claims_by(dl_store *s, const char *query, const char *granularity,
                             const char *group, size_t min_sources, dl_claims_fn fn,
                             void *ctx, dl_error *err);

/* A stored document's metadata, owned by the store until the next call. */
typedef struct {
    const char *id, *source, *url, *issuer, *date_option, *extractor, *added;
} dl_stored_doc;

/* Find a document by id or unique id prefix and rebuild its record from
 * the stored text (with the options it was added with). */
dl_status dl_store_get(dl_store *s, const char *id, dl_record **rec,
                       dl_stored_doc *info, dl_error *err);

/* Called after each document with how many are done out of total. */
typedef void (*dl_progress_fn)(size_t done, size_t total, void *ctx);

/* Re-extract documents stored by another extractor version (all of them
 * when all != 0), each in its own transaction. *done counts them. */
dl_status dl_store_reindex(dl_store *s, int all, dl_progress_fn fn, void *ctx,
                           size_t *done, dl_error *err);

#ifdef __cplusplus
}
#endif
#endif
