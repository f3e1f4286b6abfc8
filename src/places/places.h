/* places.h - what the places stage's files share: a place mention found in
 * the tokens and its candidates in the gazetteer.
 *
 * Internal to src/places: later stages read the record's `places` list. */
#ifndef DL_PLACES_H
#define DL_PLACES_H

#include "../record/record.h"
#include "../text/phrase_match.h"
#include "gazetteer.h"

#define PL_MAX_HITS 24

typedef struct {
    size_t first, last;     /* tokens [first, last) */
    gaz_hit *hits;          /* arena array */
    size_t nhits;
    int best;               /* index into hits, or -1 (dropped) */
    double score;
    const char *prior_cc;   /* country chosen from priors alone, or NULL */
    int same_votes;         /* other mentions of its name with that prior */
    int pair_next;          /* "Paris, Texas": the next mention qualifies it */
    int pair_prev;          /* it qualifies the previous mention */
    int in_next;            /* "Palma in Cabo Delgado": the next one holds it */
    int in_dateline;
    int listed;             /* "in Washington and Cologne": after a place + and */
    int typed;              /* a type word follows in the mention: 1 a region's
                             * ("Province"), 2 a city's ("Gaza City") */
    int strong;             /* chosen on evidence: a pair, "in", the dateline */
    int minor;              /* every candidate is a small town (GAZN_MINOR) */
    int stray;              /* dropped: only small towns abroad ("Whitehall") */
    const gaz_entry *inside; /* not the gazetteer's place of that name but an
                                unlisted one inside this entry, or NULL */
    const char *rule;
    struct pl_cand *cand;   /* per hit: what does not change with context
                               (resolve.c), or NULL before the first pass */
} pl_mention;

/* Country votes of a document: how many mentions chose each country. */
typedef struct {
    uint16_t cc[64];        /* pl_cc of each country voted for */
    int votes[64];
    int n;
    uint16_t dateline_cc;   /* pl_cc of the dateline's country, or 0 */
} pl_context;

/* A country code ("FR", or "" for none) as one number: equal numbers for
 * equal codes (they are at most two letters). */
static inline uint16_t pl_cc(const char *cc)
{
    return (uint16_t)((unsigned char)cc[0] |
                      (cc[0] ? (unsigned)(unsigned char)cc[1] << 8 : 0u));
}

/* The entry of table `tab` spelled by token i alone, or NULL: most words
 * fail the table's first-token bitset and need no look-up. */
static inline const lex_entry *pl_word(const text *t, size_t i, const lex_table *tab)
{
    return lex_may_first(tab, t->toks[i].hash) ? tok_lex(t, i, tab) : NULL;
}

/* Mentions sorted so that those of the same name are adjacent (groups.c);
 * NULL when out of memory. */
pl_mention **pl_groups(dl_record *r, pl_mention *m, size_t n);
int pl_same_name(const pl_mention *a, const pl_mention *b);
/* Set each mention's same_votes from the priors (groups sorted). */
void pl_same_votes(pl_mention **groups, size_t n);

/* Token indexes, in text order (malloc'd working memory). */
typedef struct {
    uint32_t *at;
    size_t n, cap;
} pl_list;

/* Candidates of mentions (scan.c). Returns the count in *n; the array is
 * malloc'd working memory (NULL when none) for the caller to free. *caps
 * gets the capitalised tokens (TF_CAP) outside mentions and the first of
 * each mention: all that pl_unlisted looks at (the caller frees caps->at). */
dl_status pl_scan(dl_record *r, pl_mention **out, size_t *n, pl_list *caps);
/* Choose each mention's entry from priors and context (resolve.c). */
void pl_resolve(dl_record *r, pl_mention *m, size_t n);
/* Unlisted places named beside known ones ("Kirumba, North Kivu"). */
dl_status pl_unlisted(dl_record *r, const pl_mention *m, size_t n,
                      const pl_list *caps);
/* Append a resolved entry as a place of the record (places.c). */
rec_place *pl_emit(dl_record *r, size_t first, size_t last,
                   const gaz_entry *e, const char *rule);

#endif
