/* figures_int.h - what the parts of the figures stage share.
 *
 * An amount (qualifier + number or vague word), the group it counts (the
 * `who`), and a reading (kind, rule, cumulative). Internal to src/figures;
 * other stages read only the record's figures list. */
#ifndef DL_FIG_INT_H
#define DL_FIG_INT_H

#include <stdint.h>

#include "../record/record.h"
#include "number.h"

/* Sentence bounds every look-up stays within: tokens [lo, hi). */
typedef struct {
    const text *t;
    size_t lo, hi;
    /* the sentence's last figure so far, for "killed 2 soldiers and 1
     * civilian": where it ended and what it counted (NULL: none) */
    size_t prev_end;
    const char *prev_kind;
    int marker; /* fig_cumulative_marker of the sentence; -1: not yet known */
    size_t dates_upto; /* fig_mark_dates has tried the starts before this */
    int prev_subset; /* the last figure was a part of another ("among them
                      * 106 women"): one joined to it by "and" is too */
    int prev_noun;   /* its kind came from its own noun ("50 hostages"),
                      * which a group joined to it does not share */
    size_t prev_aside_end; /* the end of an aside naming its parts, or 0 */
    const char *before_kind; /* the kind of the previous sentence's last
                              * figure ("13 hostages were released. Among
                              * them are four children"), or NULL */
} fig_ctx;

typedef struct {
    size_t start, end;        /* qualifier + number(s): tokens [start, end) */
    size_t num_tok, num_end;  /* the (first) number itself */
    int has_value, has_high;
    int64_t value, high;
    const char *qualifier;
    int prefix;               /* "mass": counts only before an event noun */
    int negated;              /* "no one", "no civilians" */
    int yearlike;             /* four plain digits, as a year is written */
    int strong;               /* "a 5,000-strong force" */
    int singular;             /* "a woman": one, if a verb says what befell
                               * her (figures.c) */
} fig_amount;

enum { HEAD_NONE, HEAD_PERSON, HEAD_EVENT, HEAD_THING, HEAD_UNKNOWN };

typedef struct {
    size_t start, end;   /* tokens of the group as written; start == end: none */
    int head;            /* HEAD_* */
    const char *kind;    /* kind the head noun implies, or NULL */
    int anonymous;       /* "more": a group with no name of its own */
    const char *done;    /* kind of a participle before the noun ("42
                          * kidnapped hostages", "30 abducted students"), or
                          * NULL */
} fig_group;

typedef struct {
    const char *kind;
    const char *rule;
    int cumulative;
    fig_group g;         /* the counted group (who) */
    const char *qualifier; /* a qualifier the reading implies, or NULL */
    size_t aside_end;    /* end of ", two protesters and a police officer,"
                          * between the group and its verb, or 0 */
} fig_reading;

/* group.c: the group written after an amount ends (token i). `of`: accept a
 * leading "of" ("dozens of families"). */
void fig_group_read(const fig_ctx *c, size_t i, int of, fig_group *g);

/* qualifier.c: the qualifier before/after a number and ranges. Fills
 * start/end/qualifier/high of an amount whose number is already read. */
void fig_qualify(const fig_ctx *c, fig_amount *am);

/* kind.c: what an amount counts. Returns 1 and fills *rd when it counts a
 * kind of the spec, 0 when it is no figure. */
int fig_read_kind(const fig_ctx *c, const fig_amount *am, fig_reading *rd);
/* Kind k is what befalls victims: killed, injured, arrested, missing,
 * hostages, displaced (not forces or participants) (kind.c). */
int fig_victim_kind(const char *k);
/* A verb of figure_verbs.txt at token i whose use has one of `uses`
 * ("p", "i", "a"). Returns tokens read; *kind set. */
size_t fig_verb_at(const fig_ctx *c, size_t i, const char *uses,
                   const char **kind);

/* aside.c: the end of an aside after a group, before its verb (dashes,
 * the count's parts, a subset: ", including three children,"), or i when
 * there is none; fig_skip_count_aside only the count's parts (", two
 * protesters and a police officer,"). */
size_t fig_skip_aside(const fig_ctx *c, size_t i);
size_t fig_skip_count_aside(const fig_ctx *c, size_t i);

/* gapped.c: "killed five people in Kharkiv and three in Odesa": a bare
 * count before a place, after "and" and the same preposition's place of
 * the figure before, counts what that one did. Returns 1 and fills
 * rd->kind, rd->rule. */
int fig_gapped(const fig_ctx *c, const fig_amount *am, fig_reading *rd);

/* toll.c: "the death toll rose to 20", "the number of peacekeepers killed
 * ... has reached 175". Returns 1 and fills *rd. */
int fig_read_toll(const fig_ctx *c, const fig_amount *am, fig_reading *rd);
/* The sentence speaks of a running total ("so far", "since 2013"). */
int fig_cumulative_marker(const fig_ctx *c);

/* exclude.c: the number at am->num_tok is a year, date, document number,
 * age, price... not a count. `dated` marks tokens inside times and dates:
 * the dates around the number are marked here (fig_mark_dates), after the
 * cheaper tests. */
int fig_not_count(fig_ctx *c, const fig_amount *am, const num_value *nv,
                  unsigned char *dated);
/* Mark tokens inside the time stage's times (all of them), and tokens of
 * the sentence that the date reader reads as a date. */
void fig_mark_times(const dl_record *r, unsigned char *dated);
/* Mark the sentence's dates that may cover a token of [from, to) (those
 * starting from FIG_DATE_REACH tokens before `from`), trying each start once
 * a sentence; call with ascending ranges. */
void fig_mark_dates(fig_ctx *c, unsigned char *dated, size_t from, size_t to);
/* Tokens before its last one that a date date_parse reads may start:
 * "Monday, the 19th of January, 2009" is 10 tokens, so 9, and one spare. */
#define FIG_DATE_REACH 10

/* A kind string of the spec, from a data-file value (a literal, never NULL
 * for a known kind; NULL for "-" or unknown). */
const char *fig_kind_name(const char *v);

#endif
