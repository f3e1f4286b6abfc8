/* actors.h - internals of the actors stage: the working state shared by its
 * files (organisation names, forces and groups, officials, acronyms,
 * country attribution). Not for other stages: they read r->actors. */
#ifndef DL_ACTORS_H
#define DL_ACTORS_H

#include "../record/record.h"
#include "lexicon.h"
#include "lexicons.h"

/* A string-keyed table (keymap.c): slot i holds keys[i] -> vals[i] and
 * nums[i], or an empty key. It never fills: init sizes it for n keys, or a
 * table that grows calls act_map_room before each new key and counts it
 * in n. */
typedef struct {
    const char **keys, **vals;
    size_t *nums;
    size_t mask;
    size_t n; /* keys held (kept by the callers of act_map_room) */
} act_map;

int act_map_init(arena *a, act_map *m, size_t n);
/* Room for one more key: doubles the table when it is half full. 0 when
 * out of memory. */
int act_map_room(arena *a, act_map *m);
/* The slot holding key, or the empty slot where it would go. */
size_t act_map_slot(const act_map *m, const char *key);

typedef struct {
    dl_record *r;
    const text *t;
    unsigned char *taken;   /* per token: 1 once inside an actor */
    uint32_t *place_at;     /* per token: 1 + index of the longest place
                               starting there, or 0 (and a 0 past the
                               last token) */
    uint32_t *actor_at;     /* per token: 1 + index of the actor starting
                               there, or 0 (valid until actors are sorted) */
    const char **place_cc;  /* per place: its country as read here */
    const char *dominant;   /* country of most of the places, or NULL */
    const char **keys;      /* per actor: its head key for coreference */
    size_t cap_keys;
    act_map acros;          /* acronym defined here -> index of its actor
                               in nums (keys NULL until the first one) */
    size_t no_head_end;     /* orgs_match: names starting before this token
                               have no head word */
    struct {                /* the last country_at answer (officials and
                               forces ask the same at each capital) */
        size_t i, lim, n;
        const char *c;
    } last_country;
} actx;

/* ---- match.c: token helpers ---- */
static inline int act_word(const text *t, size_t i)
{
    return i < t->ntoks && t->toks[i].kind == TOK_WORD;
}
/* A capitalised word (or an all-capitals one). */
static inline int act_cap(const text *t, size_t i)
{
    return act_word(t, i) && (t->toks[i].flags & (TF_CAP | TF_UPPER));
}
/* The word at i is one of the lower-case connectors inside names
 * (data/en/actor_connectors.txt): its entry (value "name": a particle of
 * personal names), or NULL. */
const lex_entry *act_connector_entry(const text *t, size_t i);
static inline int act_connector(const text *t, size_t i)
{
    return act_word(t, i) &&
           lex_may_first(&lex_en_actor_connectors, t->toks[i].hash) &&
           act_connector_entry(t, i);
}
/* Longest phrase of table `tab` starting at token i, before lim: returns the
 * number of tokens (0 when none) and the entry in *e. Tokens join with a
 * space where the text has one ("secretary-general", "crew members"). */
size_t act_phrase_run(const text *t, size_t i, size_t lim, const lex_table *tab,
                      const lex_entry **e);
static inline size_t act_phrase(const text *t, size_t i, size_t lim,
                                const lex_table *tab, const lex_entry **e)
{
    /* most tokens start no key: no key's first token is spelled so */
    if (i >= lim || i >= t->ntoks || t->toks[i].kind != TOK_WORD ||
        !lex_may_first(tab, t->toks[i].hash))
        return 0;
    return act_phrase_run(t, i, lim, tab, e);
}
/* Tokens [a, b) as one string, whitespace folded. */
const char *act_string(dl_record *r, size_t a, size_t b);
/* Field i of a lexicon value, arena-owned (NULL when empty or absent). */
const char *act_field(dl_record *r, const char *value, int i);
/* Append an actor over tokens [a, b); NULL when out of memory. Marks the
 * tokens taken and records `key` for coreference. */
rec_actor *act_add(actx *x, size_t a, size_t b, const char *rule,
                   const char *name, const char *country, const char *sector,
                   const char *key);
/* Tokens lying inside an original span, as [*a, *b); 0 when none. */
int act_span_tokens(const dl_record *r, dl_span sp, size_t *a, size_t *b);
/* End of the sentence holding token i. */
size_t act_sent_end(const text *t, size_t i);
/* End of a capitalised name starting at i: capitalised words joined by
 * connectors ("of", "the", ...), hyphens and "'s", at most ACT_NAME_MAX
 * tokens. Returns i when token i does not start one. */
#define ACT_NAME_MAX 32
size_t act_name_end(const text *t, size_t i, size_t lim);

/* The word at `noun` (which can also modify another, "military") stands
 * for itself before token i: a verb, a function word, punctuation, or it
 * is capitalised mid-sentence ("the Government calls"). */
int act_stands_alone(const text *t, size_t noun, size_t i);

/* ---- country.c ---- */
/* The country more than half of the document's places lie in, or NULL. */
const char *country_dominant(const dl_record *r);
/* A country named at token i (a place found by the places stage, an ISO
 * name, a common variant or a demonym): its code, and its length in *n. */
const char *country_at(actx *x, size_t i, size_t lim, size_t *n);
/* The first country named in [a, b), or NULL. */
const char *country_in(actx *x, size_t a, size_t b);
/* Tokens [a, b) are exactly one country's name (not an actor). */
int country_exact(actx *x, size_t a, size_t b);
/* Country of an "of ..." complement at i ("of the Soviet Union", "of the
 * Ministry of Defense"): from a country named there or an actor already
 * found there (*who, when not NULL, is set to it or NULL). *end is set
 * past the complement. */
const char *country_of_complement(actx *x, size_t i, size_t lim, size_t *end,
                                  const rec_actor **who);

/* ---- the matchers: each tries at token i, adds what it finds and
 * returns the tokens it consumed (0: nothing here) ---- */
size_t orgs_match(actx *x, size_t i, size_t lim);
size_t known_match(actx *x, size_t i, size_t lim);
size_t acronym_match(actx *x, size_t i, size_t lim);
size_t officials_match(actx *x, size_t i, size_t lim);
size_t forces_match(actx *x, size_t i, size_t lim);
/* states.c: a country opening a clause before its verb ("China will") */
size_t states_match(actx *x, size_t i, size_t lim);

/* orgs.c: sector and country of an organisation name over [a, b). */
void orgs_describe(actx *x, size_t a, size_t b, const char **country,
                   const char **sector);
/* An international body ("United Nations", "UN") is named in tokens
 * [a, b). */
int orgs_names_international(actx *x, size_t a, size_t b);
/* acronyms.c: "(ACRO)" right after the actor at index k: record it, mark
 * the tokens taken; returns the tokens consumed. */
size_t acronym_define(actx *x, size_t k, size_t i, size_t lim);

/* context.c: coordinated heads share a country; bare mentions take the
 * country of an earlier mention with the same head; government bodies
 * without one take the issuer's. */
void actors_coordinate(actx *x);
dl_status actors_context(actx *x);

#endif
