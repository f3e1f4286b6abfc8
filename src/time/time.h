/* time.h - internals of the time stage, shared by its files.
 *
 * A recogniser (time_scan*.c) reads a run of tokens and describes what it
 * denotes as a `tx`, before anchoring; time_resolve.c turns each tx into a
 * TIMEX3 value against the document date and the narrative's reference
 * time; time_cal.c holds calendar arithmetic. Not for other stages: they
 * read the finished rec_time list. */
#ifndef DL_TIME_H
#define DL_TIME_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "../record/record.h"
#include "lexicon.h"

/* Granularities, finest first. */
enum { G_NONE, G_TIME, G_DAY, G_WEEK, G_MONTH, G_QUARTER, G_HALF, G_SEASON,
       G_YEAR, G_DECADE, G_CENTURY };

/* How a tx gets its value. */
enum {
    A_LIT,      /* `lit` is the value (durations, sets, references) */
    A_ABS,      /* y/m/d given; y == 0 means the year is not written */
    A_DCT,      /* shift `shift` units of `gran` from the document date */
    A_REF,      /* the same from the narrative reference time */
    A_WEEKDAY,  /* the weekday `wd` nearest the anchor, in direction `dir` */
    A_MONTHREL, /* month `m` of the year before/after the anchor (`dir`) */
    A_ELAPSED,  /* y/m/d with the year `shift` years before the DCT year */
    A_MDAY,     /* day `d` of the month the story is in ("on the 19th") */
    A_STORY     /* `shift` quarters from the story's quarter (the reference
                 * time when it is a quarter), else `fallback` quarters from
                 * the DCT's: "the quarter", "the year-ago quarter" */
};

typedef struct {
    size_t t0, t1;       /* tokens [t0, t1) */
    const char *rule;    /* stable rule name */
    const char *type;    /* DATE, TIME, DURATION, SET */
    const char *mod;     /* TIMEX3 mod or NULL */
    int how;             /* A_* */
    int gran;            /* G_* of the value */
    int y, m, d;         /* calendar parts (0: not given) */
    int q;               /* quarter/half 1-4, or season index 1-4; a quarter
                          * with q 0 is the story's quarter ("the 1988
                          * period") */
    int wd, dir;         /* weekday 1-7; direction -1 past, +1 next, 0 tense */
    int shift;           /* units to shift for A_DCT / A_REF / A_ELAPSED */
    int fallback;        /* A_STORY: quarters from the DCT's without a story */
    int dct_month;       /* A_MDAY: the month is `shift` months from the
                          * document date's ("the 15th of last month") */
    int day_shift;       /* days to move the anchored day ("the eve of":
                          * -1) */
    int back;            /* a DURATION that ends at the document's date
                          * ("the past 24 hours"; time_span_leads.txt) */
    int ahead;           /* a DURATION that starts at the story's day ("over
                          * the next two years"; time_span_leads.txt) */
    int pair;            /* a night named by the two days it spans ("the
                          * night of 11 to 12 June"), valued by the first */
    char suffix[12];     /* "TNI", "T23:00": time of day after a day value */
    char lit[24];        /* value for A_LIT; a movable feast's rule for
                          * A_ABS ("easter-2", "11/4/4") */
    const char *national; /* a holiday's dates by country ("ZA=03-21"),
                           * chosen by time_national_holiday */
} tx;

/* Start a candidate time over tokens [i, i+n) (time_scan.c). */
void tx_init(tx *x, size_t i, size_t n, const char *rule, const char *type,
             int how, int gran);

/* A calendar day, the reference for anchoring (gran says what is known). */
typedef struct {
    int y, m, d;
    int gran;
    int narr; /* ref: the year comes from the text, not the document date;
               * dct: the text narrates a time years away from it */
    int year; /* ref: the last year the text wrote ("in 1991"), which "that
               * year" names even when the story is at a day (0: none) */
    int night;  /* ref: the story's day was last given as a night or evening ("overnight",
                 * "the night of 15 March"): "after midnight" is the next day's */
    size_t sent; /* ref: the sentence of the last date written with its year
                  * ("in July 1995"), whose episode a year-less date next to
                  * it continues ("... on 11 July") */
    size_t day_sent; /* ref: the sentence where the story's day was last
                      * set or moved ("Nine days later, ..."), whose next
                      * sentence may go on with the episode ("On 8 April") */
    int pair;   /* ref: that night was named by the two days it spans ("the night
                 * of 11 to 12 June"): the day before it is its first day */
    int coarse; /* ref: a year written by itself or with a season since the
                 * story's day or month was set ("In 1933 ... Ninety-one
                 * years later"), which counted years start from (0: none) */
    int first_year; /* ref: the earliest year the text wrote (0: none) */
    int wk;       /* ref: a week was named in sentence wk_sent ("Last week, ..."), */
    long wk_mon;  /* whose Monday is this day number: a weekday told in that */
    size_t wk_sent; /* sentence is of that week ("... following Friday prayers") */
    /* time_resolve.c's cache of the value (the anchor of most
     * expressions): the string written for y, m, d and gran as they were
     * then (vy, vm, vd, vgran), or NULL */
    const char *val;
    int vy, vm, vd, vgran;
} tref;

/* ---- time_words.c: words and numbers ---------------------------------- */

/* tok_is with the length compared first: the word's length is a constant
 * for a literal, and most tokens asked have another length. */
static inline int tw_is(const text *t, size_t i, const char *word)
{
    size_t n = strlen(word);
    if (i >= t->ntoks || t->toks[i].len != n)
        return 0;
    const char *s = tok_str(t, i);
    for (size_t k = 0; k < n; k++)
        if (tok_fold(s[k]) != tok_fold(word[k]))
            return 0;
    return 1;
}

/* "11.30", "9.15pm": one or two digits, a dot, two digits below 60, and
 * perhaps "am"/"pm" (scan_clock decides whether it is a clock time). */
static inline int tw_dot_clock_shape(const char *s, size_t n)
{
    if (n < 4)
        return 0;
    size_t k = s[1] == '.' ? 1 : 2;
    return (n == k + 3 || n == k + 5) && s[k] == '.' && s[k + 1] >= '0' && s[k + 1] <= '5' &&
           s[k + 2] >= '0' && s[k + 2] <= '9' && (n == k + 3 || (s[k + 4] | 0x20) == 'm');
}

/* atoi of a number written in a data file (an optional sign, digits),
 * without strtol's cost. */
static inline int tw_int(const char *s)
{
    int neg = *s == '-', v = 0;
    for (s += neg || *s == '+'; *s >= '0' && *s <= '9'; s++)
        v = v * 10 + (*s - '0');
    return neg ? -v : v;
}

/* tok_lex and tok_in inline, the key compared with the token in place
 * (lex_all_hashed's answer): most tokens asked are no key, and their slot
 * is empty or holds another hash. */
static inline int tw_key_is(const char *key, const text *t, size_t i)
{
    const char *s = tok_str(t, i);
    for (size_t c = 0, n = tok_len(t, i); c < n; c++)
        if (key[c] != tok_fold(s[c]))
            return 0; /* also stops at the key's NUL */
    return !key[tok_len(t, i)];
}
static inline const lex_entry *tw_lex(const text *t, size_t i, const lex_table *lex)
{
    uint32_t h = t->toks[i].hash, mask = (1u << lex->slot_bits) - 1, e;
    for (uint32_t s = (h * LEX_HASH_MIX) >> (32 - lex->slot_bits); (e = lex->slots[s]);
         s = (s + 1) & mask)
        if (lex->slot_hash[s] == h && tw_key_is(lex->entries[e - 1].key, t, i))
            return &lex->entries[e - 1];
    return NULL;
}
static inline int tw_in(const text *t, size_t i, const lex_table *lex)
{
    return tw_lex(t, i, lex) != NULL;
}

/* Longest phrase of `lex` starting at token i (not past limit): returns the
 * tokens it covers (0: none) and the entry in *e. Most tokens begin no
 * key: the list's prefix bitset says so before any call. */
size_t tw_phrase_match(const text *t, size_t i, size_t limit, const lex_table *lex,
                       const lex_entry **e);
static inline size_t tw_phrase(const text *t, size_t i, size_t limit,
                               const lex_table *lex, const lex_entry **e)
{
    if (i >= limit || i >= t->ntoks || !lex_may_start(lex, t->toks[i].hash))
        return 0;
    /* most keys are one token: when none can start with tokens i and i + 1
     * (the next is past limit, punctuation phrase_match does not span, or
     * the prefix bitset says so), the answer is token i's own entry, as
     * phrase_match would find it (it spans '-' and '\'' only) */
    const token *k = &t->toks[i];
    size_t j = i + 1;
    if (k->kind == TOK_PUNCT && !tok_punct(t, i, '-') && !tok_punct(t, i, '\''))
        return 0;
    if (j < limit && j < t->ntoks &&
        (t->toks[j].kind != TOK_PUNCT || tok_punct(t, j, '-') || tok_punct(t, j, '\''))) {
        uint32_t h = k->hash;
        if (t->toks[j].flags & TF_SPACE)
            h = lex_hash_byte(h, ' ');
        if (lex_may_start(lex, lex_hash_join(h, t->toks[j].hash, tok_len(t, j))))
            return tw_phrase_match(t, i, limit, lex, e);
    }
    if (k->len >= 128) /* phrase_match's longest key */
        return 0;
    const lex_entry *hit = tw_lex(t, i, lex);
    if (!hit)
        return 0;
    if (e)
        *e = hit;
    return 1;
}
/* A count at i: digits, number words ("nineteen", "twenty-five", "a"),
 * or a vague count ("several": *val = -1). Returns tokens read. */
size_t tw_count(const text *t, size_t i, size_t limit, int *val);
/* An ordinal at i ("third", "3rd", "twenty-first"). Returns tokens read. */
size_t tw_ordinal(const text *t, size_t i, size_t limit, int *val);
/* Plain digits value of token i (no suffix), with its digit count; -1. */
int tw_digits(const text *t, size_t i, int *ndigits);
/* Token i is digits joined to a clock suffix ("10am", "3pm", "2200hrs",
 * "30hrs" of "17:30hrs"): the suffix (TW_AM, TW_PM, TW_HRS) with the
 * digits' value and count, else 0. */
enum { TW_AM = 1, TW_PM = 2, TW_HRS = 3 };
int tw_clock_token(const text *t, size_t i, int *value, int *ndigits);
/* A unit word at i: fills letter ("Y"), clock (PT), multiplier, gran. */
int tw_unit(const text *t, size_t i, char *letter, int *clock, int *mult,
            int *gran);
/* A part of the day's entry (data/en/time_parts_of_day.txt "TNI",
 * time_small_hours.txt "TMO|START"): its suffix into x, and its mod when
 * it has one. */
void tw_part_suffix(const lex_entry *e, tx *x);
/* Token i is a lower-case word from the list of words (NULL-terminated). */
int tw_any(const text *t, size_t i, const char *const *words);
/* The start filter, a cheap test run before the recognisers (most words
 * cannot begin a time expression): for every token its class in
 * data/en/time_starts.txt (TS_FULL, TS_LEAD, TS_TAIL), TS_CAN when it can
 * begin an expression (a full word, or a lead word with a tail within four
 * tokens in its sentence), and the number of its entry there above
 * TS_BITS (entry + 1; 0 when it has none), into cls[0..ntoks], TS_NONE
 * after the last token; the candidates' indices in order into cand (room
 * for ntoks), and their number returned. */
enum { TS_NONE = 0, TS_FULL = 1, TS_LEAD = 2, TS_TAIL = 4, TS_CAN = 8,
       TS_BITS = 4 };
size_t tw_classes(const text *t, uint16_t *cls, uint32_t *cand);
/* The recogniser letters of each entry of lex_en_time_starts as bits
 * (build/gen/time_start_bits.c): begins, leads, follows; and the start
 * class of each. */
extern const uint32_t time_start_begins[], time_start_leads[], time_start_follows[];
extern const uint8_t time_start_class[]; /* TS_FULL, TS_LEAD, TS_TAIL */
extern const unsigned time_start_count;
/* The start filter's table of the keys (tools/time_start_bits.sh): open
 * addressing by the top TIME_START_FILTER_BITS bits of hash * LEX_HASH_MIX;
 * cls is (entry + 1) << TS_BITS | class (0: empty), hash the key's. */
#define TIME_START_FILTER_BITS 12
extern const uint16_t time_start_filter_cls[];
extern const uint32_t time_start_filter_hash[];

/* The fields of each entry of lex_en_time_phrases (data/en/time_phrases.txt,
 * value TYPE|how|a|b|c), read at build time by
 * tools/time_phrase_fields.sh (build/gen/time_phrase_fields.c): the TIMEX3
 * type, how it is anchored, the granularity named by b, a and c as numbers
 * (tw_int), a cut to a tx lit and c to a tx suffix, and whether a is
 * "PRESENT_REF". */
enum { TPF_REF, TPF_LIT, TPF_STORY, TPF_DCT, TPF_ELAPSED };
typedef struct {
    const char *type;
    unsigned char how, gran, present_ref;
    int shift, fallback;
    const char *lit, *suffix;
} time_phrase_field;
extern const time_phrase_field time_phrase_fields[];
extern const unsigned time_phrase_field_count;

/* time_fmt.c: snprintf and arena_printf for %d, %0Nd, %s and %c only, at a
 * tenth of the cost (values are formatted for every expression). */
size_t tf_snprintf(char *buf, size_t cap, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
char *tf_arena(arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* tf_arena(a, "%04d-%02d-%02d%s", y, m, d, sfx), written directly. */
char *tf_ymd(arena *a, int y, int m, int d, const char *sfx);
/* Does y-m-d take the fixed form YYYY-MM-DD? Then tf_ymd_write writes it
 * and its NUL to p (11 bytes). */
static inline int tf_ymd_fits(int y, int m, int d)
{
    return y >= 0 && y <= 9999 && m >= 0 && m <= 99 && d >= 0 && d <= 99;
}
void tf_ymd_write(char *p, int y, int m, int d);
/* tf_arena(a, "%04d-%02d", y, m) and tf_arena(a, "%04d", y), written
 * directly. */
char *tf_ym(arena *a, int y, int m);
char *tf_y(arena *a, int y);
/* tf_arena(a, "%04d-%c%d", y, c, q) ("1990-Q3", "1990-H1"), written
 * directly. */
char *tf_yq(arena *a, int y, char c, int q);

/* ---- time_tense.c ----------------------------------------------------- */

/* Tense of the clause around the expression at tokens [i, end): 2 future,
 * -3 certainly past ("since March 5"), -2 past from a listed cue ("said",
 * "was"), -1 past from an "-ed" form that may be a participle, 0 not known
 * (time_tense.c). */
int tw_tense(const text *t, size_t i, size_t end);
/* tw_tense, and in *finite whether the cue that decided it is a finite
 * past verb in "-ed" ("The group attacked"), not a participle after an
 * auxiliary, determiner or adverb ("has extended", "a still unspecified"). */
int tw_tense_finite(const text *t, size_t i, size_t end, int *finite);

/* ---- time_scan.c, time_scan_rel.c, time_scan_clock.c: recognisers ----- */

/* Each returns tokens read from i (0: no match) and fills *x. */
size_t scan_date(const text *t, size_t i, size_t limit, tx *x);
size_t scan_year(const text *t, size_t i, size_t limit, tx *x);
size_t scan_month(const text *t, size_t i, size_t limit, tx *x);
size_t scan_holiday(const text *t, size_t i, size_t limit, tx *x);
size_t scan_weekday(const text *t, size_t i, size_t limit, tx *x);
size_t scan_quarter(const text *t, size_t i, size_t limit, tx *x);
size_t scan_season(const text *t, size_t i, size_t limit, tx *x);
size_t scan_phrase(const text *t, size_t i, size_t limit, tx *x);
size_t scan_duration(const text *t, size_t i, size_t limit, tx *x);
size_t scan_set(const text *t, size_t i, size_t limit, tx *x);
/* "this year's third quarter", "the first two quarters of 1990"
 * (time_scan_period.c) */
size_t scan_period(const text *t, size_t i, size_t limit, tx *x);
/* "2 1/2 years", "a year and a half", "12 to 18 months" (time_scan_frac.c) */
size_t scan_duration_frac(const text *t, size_t i, size_t limit, tx *x);
size_t scan_clock(const text *t, size_t i, size_t limit, tx *x);
size_t scan_part_of_day(const text *t, size_t i, size_t limit, tx *x);
/* time_scan_night.c: "the night of 19-20 January", "the week of 18 March",
 * "the eve of Eid al-Adha" (a part of the day, a week or a shifted day
 * owning a date), and the first day of a range ("19" in "19-20 January"). */
size_t scan_night_of(const text *t, size_t i, size_t limit, tx *x);
size_t scan_range_head(const text *t, size_t i, size_t limit, tx *x);
/* The token after the second day of a night named by two ("19-20
 * January", "Saturday and Sunday"), x being the first (its year set from
 * the second's when it had none); else x->t1. */
size_t scan_night_pair_end(const text *t, size_t limit, tx *x);
/* The best (longest) reading at i, modifiers and time of day included. */
size_t scan_any(const text *t, const uint16_t *cls, size_t i, size_t limit,
                tx *x);
/* time_scan_any.c's recognisers (scan_ncore of them, the core ones first,
 * then "the night of ..." and the first day of a range), their bits, and
 * the mask of those that can begin at token i: by the number's shape, the
 * word's entry in time_starts.txt and the prefix bitsets of the phrase
 * lists, and for durations a unit before `limit`. */
typedef size_t (*tw_scanner)(const text *, size_t, size_t, tx *);
extern const tw_scanner scan_core[];
extern const unsigned scan_core_bits[];
extern const size_t scan_ncore;
unsigned scan_may_begin(const text *t, const uint16_t *cls, size_t i, size_t limit);

/* ---- time_resolve.c ---------------------------------------------------- */

/* The value of x, anchored on dct (may have gran G_NONE) and *ref, which
 * it updates. Sets *anchor to the value it was resolved against, or NULL. */
const char *time_resolve(dl_record *r, const tx *x, const tref *dct,
                         tref *ref, const char **anchor);

/* A day value "YYYY-MM-DD..." moved by x->day_shift days ("the eve of
 * Eid al-Adha"), its time of day kept; the story (*ref) moves with it.
 * Values of unknown parts are returned as they are. */
const char *time_shift_day(dl_record *r, const tx *x, const char *v, tref *ref);

/* The date of the issuer's report in the first sentences ("IOM said on
 * Tuesday 30 May"), from the times found so far, or NULL (time_report.c). */
const char *time_report_date(const dl_record *r);

/* ---- time_national.c --------------------------------------------------- */

/* The ISO country of the document's dateline place, or NULL. */
const char *time_doc_country(const dl_record *r);

/* A holiday of national dates (x->national): its day in country cc (NULL:
 * unknown), else its default; a day not said when it has none. */
void time_national_holiday(tx *x, const char *cc);

/* ---- time_holiday.c ---------------------------------------------------- */

/* The month and day of a movable feast in year y from its rule in
 * data/en/time_holidays.txt ("easter-2", "11/4/4"); 0 if the rule is bad. */
int holiday_day(const char *rule, int y, int *m, int *d);

/* ---- time_cal.c: calendar --------------------------------------------- */

long cal_days(int y, int m, int d);               /* days since 1970-01-01 */
void cal_civil(long days, int *y, int *m, int *d);
int cal_weekday(int y, int m, int d);             /* ISO 1 = Monday */
void cal_iso_week(int y, int m, int d, int *wy, int *wk);
/* The interval a TIMEX3 value covers: ISO start/end and granularity, or
 * all NULL when it is not a calendar date. */
void cal_interval(dl_record *r, const char *value, const char **start,
                  const char **end, const char **gran);
/* The days a duration value ("PT24H", "P3D", "P2W", "P1Y") covers back
 * from the day y-m-d (dir -1: "the past 24 hours") or ahead from it (dir
 * 1: "the next two years"), as ISO start and end; 0 (nothing set) for a
 * value of no count ("PXD") or unit it cannot count in days. */
int cal_span(dl_record *r, const char *value, int y, int m, int d, int dir,
             const char **start, const char **end);

#endif
