/* events.h - internals of the events stage, shared by its files only.
 *
 * The stage finds trigger mentions (triggers.c), marks negation and
 * hypotheticals (negation.c), folds mentions of one event together
 * (merging.c), fills slots from the sentence and the discourse (slots.c,
 * place_of.c, when.c) and stamps claims, ids and evidence (claims.c).
 * Nothing outside src/events includes this header. */
#ifndef DL_EVENTS_H
#define DL_EVENTS_H

#include <stdint.h>

#include "../record/record.h"
#include "lexicon.h"

/* Roles of the cue words (values of data/en/event_cues.txt), one bit each
 * in a token's role mask; cues.c holds their names in this order, which is
 * the byte order of the table's distinct values, so the table's value masks
 * (lex_table.value_masks) are role masks (checked by test_events_roles). */
enum ev_role {
    EVR_AFTER, EVR_AGENT, EVR_APART, EVR_ASK, EVR_AUX, EVR_BARRIER, EVR_BE, EVR_CLAIM, EVR_DEF,
    EVR_DISASTER, EVR_DURING, EVR_FORCE, EVR_HYP, EVR_IMPACT, EVR_INDEF, EVR_LIGHT,
    EVR_MODAL, EVR_NEG, EVR_NEGDET, EVR_NONEG, EVR_OBJ, EVR_OWNER, EVR_PAIR, EVR_PERIOD,
    EVR_PLACE, EVR_SAY, EVR_STOP, EVR_TALLY, EVR_TARGET, EVR_TELL,
    EVR_WHEN, EVR_COUNT
};
#define EV_ROLE(r) (1u << (r))
/* 31 roles and the known bit fill the 32-bit mask: a new role needs a
 * wider one */
_Static_assert(EVR_COUNT <= 31, "role masks are 32-bit with a known bit");
#define EV_ROLES_KNOWN (1u << 31) /* the mask of a token was computed */

enum ev_flag {
    EVF_MIL = 1 << 0, /* needs armed forces in the sentence */
    EVF_REF = 1 << 1, /* only refers back to an event already named */
    EVF_TOLL = 1 << 2, /* counts casualties ("killed", "deaths") */
    EVF_DET = 1 << 3,  /* a trigger only after a determiner ("this act") */
    EVF_FOREIGN = 1 << 4, /* done by a foreign state's forces ("invasion") */
    EVF_AIMED = 1 << 5, /* a weapon: an attack when aimed ("missiles at Odesa") */
    EVF_NOUN = 1 << 6, /* a noun ("deaths", "casualties"): no clause subject */
    EVF_WIDE = 1 << 7, /* a whole conflict ("the war"): refers to no one attack */
    EVF_PEOPLE = 1 << 8, /* counts only with people after it ("the release of 13 hostages") */
    EVF_IMPACT = 1 << 9, /* counts only with an impact after it ("a strike hit") */
    EVF_LIGHT = 1 << 10, /* counts only as a light verb's object ("took 250 hostages") */
    EVF_MUTUAL = 1 << 11, /* both sides act ("clashed"): "X and Y clashed" is a pair */
    EVF_NOW = 1 << 12 /* the statement's own act, in the present ("condemns") */
};

/* One place in the text that names (or refers to) an event. */
typedef struct {
    const char *type;  /* PLOVER type, or the types a reference may name */
    const char *mode;  /* or NULL */
    unsigned flags;
    size_t tok, ntok;  /* the trigger's tokens */
    size_t sent;
    int definite, indefinite;
    int light;         /* its determiner follows a light verb ("lodged a protest") */
    int negated, hypothetical;
    int after;         /* a reference after "in the aftermath of" */
    int period;        /* a running total over a period ("killed since 2013") */
    int during;        /* after "during": "the beating ... during the dispersal" */
    int prenominal;    /* a participle between a count and its noun ("rescued
                        * 42 kidnapped hostages"): what was done to them */
    const char *rule;
    int event;         /* index into r->events once resolved, else -1 */
    int own_time;      /* its sentence's date for it (r->times), or -1 */
    int own_place;     /* its sentence's place for it (r->places), or -1 */
    int report_time;   /* "said last week": the report's time, or -1 */
    size_t cue, ncue;  /* the words that negate it or make it hypothetical */
} ev_mention;

/* Bookkeeping per event while it is built (parallel to r->events). */
typedef struct {
    int time;          /* index into r->times of its date, or -1 */
    int date_explicit; /* the date came from a mention's own sentence */
    int place_explicit;
    int foreign;       /* a mention names an invasion */
    int period;        /* what happened over a period, not one event */
    int wide;          /* a mention names a conflict ("fighting", "the war") */
    int deed;          /* a mention names a deed, not only casualties */
    int named_only;    /* named so far only by definite nouns ("the Halabja
                        * chemical attack"), never told as a deed */
    size_t last_seen;  /* mention order of its latest mention */
    size_t sents[64];  /* sentences of its mentions (for evidence) */
    size_t nsents;
    const char *days_of; /* when.start whose day numbers follow, or NULL */
    const char *days_end;/* and the when.end they were read with */
    long day0, day1;     /* merging.c: day numbers of when.start, when.end */
} ev_state;

/* Items of one list grouped by sentence (bysent.c): the indexes of the
 * items of sentence s are idx[off[s] .. off[s+1]), in text order. */
typedef struct {
    size_t *off, *idx;
    size_t nsents;
} ev_index;

#define EV_IX_BEGIN(ix, s) ((s) < (ix)->nsents ? (ix)->off[(s)] : 0)
/* where the items of sentences before s end */
#define EV_IX_BEFORE(ix, s) ((ix)->off[(s) < (ix)->nsents ? (s) : (ix)->nsents])
#define EV_IX_END(ix, s) ((s) < (ix)->nsents ? (ix)->off[(s) + 1] : 0)
/* sentence s has no item in index ix */
static inline int ev_ix_empty(const ev_index *ix, size_t s)
{
    return EV_IX_BEGIN(ix, s) == EV_IX_END(ix, s);
}
/* for each item index i of sentence s in index ix */
#define EV_EACH(ix, s, i)                                                    \
    for (size_t i##_k = EV_IX_BEGIN(ix, s), i = 0;                           \
         i##_k < EV_IX_END(ix, s) && ((i = (ix)->idx[i##_k]), 1); i##_k++)

typedef struct {
    dl_record *r;
    ev_index times_ix, places_ix, actors_ix, figures_ix, mentions_ix;
    size_t *lists_scratch, *mentions_scratch; /* their memory (bysent.c) */
    ev_mention *m;
    size_t nm, cap_m;
    ev_state *st;      /* one per event, grown with r->events (malloc'd) */
    size_t cap_st;
    size_t seen;       /* mentions resolved so far */
    /* "in the aftermath of the events": sentence and event it points at */
    size_t after_sent;
    int after_event;
    int last_dated;    /* time (r->times) of the latest event dated by its own sentence */
    /* the state actor of each country met as a subject (roles.c), so each
     * country costs one pass over the actors */
    struct { const char *cc; int actor; } states[32];
    size_t nstates;
    /* the last sentence period.c looked at for a period word, and whether
     * it has one (its mentions ask in turn) */
    size_t period_sent;
    int period_word;
    /* the last two sentences context.c asked for a disaster, and the
     * answers (a toll asks of its sentence and the one before) */
    size_t disaster_sent[2];
    int disaster_val[2];
    /* the first opening sentence naming a disaster and the first naming
     * violence (each (size_t)-1 until asked) */
    size_t doc_disaster;
    size_t first_violence;
    /* per token: EV_ROLE bits of the one-word cues it is, with
     * EV_ROLES_KNOWN once computed (lazily, by ev_roles); malloc'd */
    uint32_t *cue_roles;
    /* tokens from this one on start after every header span: none of
     * them is in the header (ev_in_header answers without offsets) */
    size_t header_end;
} ev_ctx;

/* ---- cues.c: phrase matching against the word lists */
/* Longest entry of `tab` matching the text of tokens [i, i+n) with n as
 * large as possible but ending at or before `limit`. Sets *n. */
const lex_entry *ev_match(const text *t, const lex_table *tab, size_t i,
                          size_t limit, size_t *n);
/* The cue role `role` is among the entries of key tokens [i, i+n). */
int ev_cue_is(const ev_ctx *c, size_t i, size_t n, enum ev_role role);
/* Set up and free the role masks (stage scratch, malloc'd). */
dl_status ev_cues_init(ev_ctx *c);
void ev_cues_free(ev_ctx *c);
/* The name of a role (its value in data/en/event_cues.txt). */
const char *ev_role_name(enum ev_role role);
/* Role mask of token i (0 past the end), computed on first use. */
uint32_t ev_roles_compute(const ev_ctx *c, size_t i);
static inline uint32_t ev_roles(const ev_ctx *c, size_t i)
{
    if (i >= c->r->txt.ntoks)
        return 0;
    uint32_t m = c->cue_roles[i];
    return m ? m : ev_roles_compute(c, i);
}
/* Token i ends in "-ed" and has four letters or more ("killed",
 * "detained"): a past form or participle, as the stage reads English. */
/* Sector s is a state's armed force: military, police or security. */
static inline int ev_state_force(const char *s)
{
    return s && (!strcmp(s, "military") || !strcmp(s, "police") || !strcmp(s, "security"));
}

static inline int ev_ends_in_ed(const text *t, size_t i)
{
    size_t n = tok_len(t, i);
    const char *s = tok_str(t, i);
    return n > 3 && s[n - 2] == 'e' && s[n - 1] == 'd';
}

/* Token i alone is a cue of `role`: a bit test once its mask is known. */
static inline int ev_is(const ev_ctx *c, size_t i, enum ev_role role)
{
    return (ev_roles(c, i) >> role) & 1u;
}
/* Longest cue of role `role` (NULL: of any role) starting at token i
 * (ending before limit); returns its length in tokens, 0 when none. */
size_t ev_cue_at(const text *t, size_t i, size_t limit, const char *role);
/* ev_cue_at for cues of two tokens or more only (0 for one alone): a
 * bitset test rules most tokens out. */
size_t ev_cue_long(const text *t, size_t i, size_t limit, const char *role);
/* ev_cue_at of any role, answered by token i's role mask when no cue of
 * two tokens or more can start there. */
size_t ev_cue_any(const ev_ctx *c, size_t i, size_t limit);
/* A cue of `role` ends right before token `end` (scanning back at most
 * `back` tokens). Returns its first token or (size_t)-1. */
size_t ev_cue_before(const ev_ctx *c, size_t end, size_t back, enum ev_role role);
/* Commas, semicolons, brackets and clause words ("and", "which")
 * between tokens [a, b). */
size_t ev_breaks_between(const ev_ctx *c, size_t a, size_t b);
/* Token i lies inside the document's header, title or dateline. */
int ev_in_header(const ev_ctx *c, size_t i);

/* ---- bysent.c */
dl_status ev_index_lists(ev_ctx *c);
dl_status ev_index_mentions(ev_ctx *c);
/* Free the indexes (at the end of the stage). */
void ev_index_free(ev_ctx *c);

/* ---- triggers.c */
dl_status ev_find_triggers(ev_ctx *c);

/* ---- negation.c */
void ev_mark_modality(ev_ctx *c, ev_mention *m);

/* ---- merging.c */
dl_status ev_resolve(ev_ctx *c, ev_mention *m);
/* A copy of event `from` (its slots, notes and state; no figures), as a
 * new event: its index, or -1 (merging.c). */
int ev_copy_event(ev_ctx *c, int from);
/* elsewhere.c: the event figure f counts, given ev, the one it fits: a
 * copy of ev at the figure's own place when f is a count of another place
 * ("... killed in Gaza and at least 1,200 in Israel"), else ev; -1 when
 * memory runs out. */
int ev_elsewhere(ev_ctx *c, int ev, const rec_figure *f);

/* ---- context.c */
/* A negated or hypothetical reference to nothing named becomes a mention
 * of a new event of its first type (returns 1), else 0. */
int ev_ref_as_new(ev_ctx *c, ev_mention *m);
/* Casualties m follow a disaster named in its or the previous sentence. */
int ev_after_disaster(ev_ctx *c, const ev_mention *m);
/* Place p lies inside a counted group of its sentence ("killed three U.S.
 * service members", "including one U.S. citizen"): whose the victims
 * are, not where (roles.c). */
int ev_place_in_figure(const ev_ctx *c, const rec_place *p);
/* Sentence s, or the one before, names a disaster and s no violence
 * ("3 children died of malnutrition"): its casualties count no attack. */
int ev_sentence_after_disaster(ev_ctx *c, size_t s);
/* "That shelling caused no casualties": denied casualties of a violent
 * event named in the same sentence are no event of their own. */
int ev_denied_toll(ev_ctx *c, const ev_mention *m);

/* ---- period.c: running totals ("killed since 2013") */
/* Mention m counts what happened over a period: a running total of its
 * sentence counts it, and a word such as "since" or "so far" says so. */
int ev_is_period(ev_ctx *c, const ev_mention *m);
/* Date a period event from time ti's start up to the report (`open`: the
 * time or event it runs from follows "since"), or, a period of its own
 * that closed before the report, to its end: `when` a range, `date`
 * null. */
void ev_set_period(ev_ctx *c, int ev, int ti, int open);
/* The time (index into r->times) of the event named after "since" in m's
 * sentence ("Since the coup, security forces have killed 3,200": the
 * coup's), when that event is dated; else -1. */
/* The mention's own time follows "since", or ends a clause opened by it
 * ("Since fighting began in August 2023, forces have ..."): the mention
 * runs from then on. */
int ev_since_time(const ev_ctx *c, const ev_mention *m);
/* "since the coup", "since the attack": the mention names the start of a
 * period, a point event of its own told in passing. */
int ev_since_object(const text *t, const ev_mention *m);
int ev_since_event_time(const ev_ctx *c, const ev_mention *m);

/* ---- attribution.c */
/* Set attributed_to of every event and figure: the source each sentence
 * cites ("police said", "according to X"), or none. */
void ev_attribute(ev_ctx *c);

/* ---- slots.c */
void ev_fill_from_mention(ev_ctx *c, int ev, const ev_mention *m);
/* "the beating of journalists during the dispersal": events of a sentence
 * with no date of their own take the date of the event "during" names. */
void ev_date_during(ev_ctx *c);
#define EV_NONE (-1) /* no actor, event or place chosen */

/* Tokens between positions a and b, either way round. */
static inline size_t ev_dist(size_t a, size_t b)
{
    return a > b ? a - b : b - a;
}

/* ---- roles.c: actor and target from the mention's sentence */
void ev_fill_actors(ev_ctx *c, int ev, const ev_mention *m);
/* ---- invaders.c: an invasion with no actor named: the nearest armed
 * forces of another country than the place's invaded it. */
void ev_fill_invaders(ev_ctx *c);

/* ---- attach.c: figures to the events they count */
/* Rank of event type `type` in the list of types a figure of `kind` counts
 * (data/en/event_figure_kinds.txt), 0 best, -1 when it does not fit. */
int ev_figure_fit(const char *kind, const char *type);
dl_status ev_attach_figures(ev_ctx *c);

/* ---- date_of.c: the date of a mention's sentence */
/* The time (index) that dates mention m: its sentence's nearest date, or -1. */
int ev_sentence_time(ev_ctx *c, const ev_mention *m);
/* The time (index) of a report in m's sentence ("said on Wednesday"): the
 * event happened before it. -1 when none. */
int ev_report_time(ev_ctx *c, const ev_mention *m);
/* Time tm can date an event: a date or time of day, or a span back from
 * the report, outside the header and dateline. */
int ev_datable(const ev_ctx *c, const rec_time *tm);
/* Time tm dates a birth or a founding ("born in 1977"), no event. */
int ev_owned_time(const text *t, const rec_time *tm);
/* Time tm stands inside quotation marks. */
int ev_quoted(const text *t, const rec_time *tm);
/* m condemns an event its sentence dates ("had condemned Iraq's invasion
 * of Kuwait on Aug. 2"): no date carries into it. */
int ev_object_dated(const ev_ctx *c, const ev_mention *m);
/* Time tm is the baseline of a comparison ("the deadliest since 1994"). */
int ev_comparison_baseline(const ev_ctx *c, const rec_time *tm);
/* ---- date_of.c helpers that place_of.c shares */
/* Token i lies in the reporting clause after m's trigger ("..., the
 * spokesman told reporters in Geneva"). */
int ev_in_report_clause(const ev_ctx *c, const ev_mention *m, size_t i);
/* A word of remembering stands a few words before definite mention m. */
int ev_remembered(const ev_ctx *c, const ev_mention *m);
/* A word of data/en/event_after_preps.txt stands right before definite
 * mention m's determiner ("fled in the days after the shooting"): the
 * places of its sentence are of what came after it. */
int ev_after_point(const ev_ctx *c, const ev_mention *m);

/* ---- roles.c helpers that doers.c, date_of.c and slots.c share */
/* Actor a is of the civilians sector (never a doer). */
int ev_civilian(const rec_actor *a);
/* Actor a is a source cited for the sentence ("..., police said"). */
int ev_cited_source(const ev_ctx *c, const rec_actor *a);
/* Another trigger than m stands in tokens [a, b); with `told_only`, one
 * of what happened (not of what is only sought or feared). */
int ev_triggers_between(const ev_ctx *c, const ev_mention *m, size_t a, size_t b,
                        int told_only);
int ev_trigger_between(const ev_ctx *c, const ev_mention *m, size_t a, size_t b);
/* Tokens of a participle of doing a deed at i ("committed", "carried out":
 * data/en/event_done_participles.txt), or 0. */
size_t ev_done_participle(const text *t, size_t i);
/* The index of the first mention at or after token i. */
size_t ev_mention_from(const ev_ctx *c, size_t i);

/* ---- doers.c: who did it, named by a construction (roles.c asks first) */
typedef struct {
    int actor, target;
    const char *actor_rule, *target_rule;
} ev_sides;
/* The actors entry of country cc's state, or EV_NONE. */
int ev_state_actor(ev_ctx *c, const char *cc);
/* Who claims the event named right after a cue of role `claim`. */
int ev_claimant(const ev_ctx *c, const ev_mention *m);
/* The side whose arms come right after the passive's "by". */
int ev_arms_after_by(ev_ctx *c, const ev_mention *m, size_t by);
/* "between X and Y": sets both sides in *out; 1 when the trigger has a
 * "between" (sides or not). */
int ev_pair_sides(ev_ctx *c, const ev_mention *m, ev_sides *out);
/* "X and Y clashed": the subject and the actor before its "and". */
int ev_pair_subject(ev_ctx *c, const ev_mention *m, int subject, ev_sides *out);
/* A ';' or ':' in tokens [a, b). */
int ev_punct_between(const text *t, size_t a, size_t b);
/* The subject of the clause before a participle (", killing 12"). */
int ev_participle_subject(ev_ctx *c, const ev_mention *m);
/* The state of a national adjective before an attack ("an Israeli
 * airstrike", "A Russian missile struck"). */
int ev_demonym_doer(ev_ctx *c, const ev_mention *m);
/* Actor a, a building, ends right before the attack noun m: what was hit. */
int ev_premises_before(const ev_ctx *c, const rec_actor *a, const ev_mention *m);
/* A named side between the article and a noun trigger ("a Hamas attack"). */
int ev_prenominal(const ev_ctx *c, const ev_mention *m);
/* "about 80 km (50 miles) north of Kaya", "which borders Venezuela": place
 * p is a landmark or a neighbour, not where (place_of.c). */
int ev_landmark(const ev_ctx *c, const rec_place *p);
/* "The army said it had killed": the speaker before the verb of saying. */
int ev_said_it(const ev_ctx *c, const ev_mention *m, int civilian);
/* "We condemn", "we strongly urge", "I have condemned": the issuer of a
 * statement, release, speech or letter (not of news, not in quotes)
 * speaking as "we" or "I" right before the trigger; its token in *we. */
int ev_we_issuer(const ev_ctx *c, const ev_mention *m, size_t *we);

/* ---- place_of.c */
/* Place p is the first part of a hyphened word ("Iran-backed militias"):
 * who backs or leads, not where. */
int ev_hyphened_place(const ev_ctx *c, const rec_place *p);
/* Place b lies inside place a, a country or region. */
int ev_narrower(const dl_place *a, const dl_place *b);
/* Place p is part of an actor's name ("Embassy of China"), not where
 * something happened nor who did it; with `whole`, also when an actor is
 * just that name ("Estonia would not hesitate": the state). */
int ev_place_in_actor(const ev_ctx *c, const rec_place *p, int whole);
/* Token k is a hyphen joining the word before it to a lower-case word
 * ("Iran-backed", "ICRC-supported"): that word names who backs or leads
 * the noun after, not where or who acts. */
int ev_hyphened_at(const ev_ctx *c, size_t k);
/* The place (index) named in sentence s for a trigger at token tok, or -1;
 * with the mention m, not one in the reporting clause after its trigger. */
int ev_sentence_place(ev_ctx *c, size_t s, size_t tok, const ev_mention *m);

/* ---- when.c */
/* Set the event's date and when from time `ti` (type exact/range/...). */
/* Between tokens a and b a time's own clause opens ("since June last
 * year, when hundreds were killed"): what follows happened then (when.c). */
int ev_time_clause_between(const ev_ctx *c, size_t a, size_t b);
void ev_set_date(ev_ctx *c, int ev, int ti, const char *type);
/* Date from another event's, coarsened to its month: "in the aftermath". */
void ev_set_date_after(ev_ctx *c, int ev, int from);
/* Event ev took place some time after `value` (a date of digits): its
 * first `keep` characters (7 the month, 4 the year), `approximate`. */
void ev_set_date_coarse(ev_ctx *c, int ev, const char *value, size_t keep);

/* ---- anniversary.c */
/* Definite mention m after "the Nth anniversary of": the event's date is
 * the year N before the one the anniversary is marked in (its sentence's
 * time, else the document's date). 1 when set. */
int ev_anniversary_date(ev_ctx *c, int ev, const ev_mention *m);
/* Day number of an ISO date "YYYY-MM-DD..." (days since 1970-01-01), or -1
 * when s is not one. */
long ev_day_number(const char *s);
/* Days between the intervals [a0, a1] and [b0, b1] (day numbers; 0 when
 * they overlap), or -1 when unknown. */
long ev_days_gap(long a0, long a1, long b0, long b1);

/* Time tm counts days back from the report ("in the past 24 hours": the
 * time stage gave the DURATION its days); ev_long_span_back: more than a
 * week of them ("the past two years"), which dates only its own sentence. */
int ev_span_back(const rec_time *tm);
/* Time tm dates a saying ("said last week") or the taking of a count ("as
 * of 10:00 this morning"), not what was said or counted. */
int ev_reporting_time(const ev_ctx *c, const rec_time *tm);
int ev_long_span_back(const rec_time *tm);
/* Start/end/granularity of a TIMEX3 value ("1990-01-19TNI", "1990-01",
 * "199"), into arena strings. Returns 0 when the value is not a date. */
int ev_value_interval(arena *a, const char *value, const char **start,
                      const char **end, const char **gran);

/* ---- claims.c */
/* Record a slot fill for `dateline explain`. */
void ev_note(ev_ctx *c, int ev, const char *slot, dl_span span,
             const char *rule);
void ev_add_sentence(ev_ctx *c, int ev, size_t sent);
dl_status ev_finish(ev_ctx *c);

#endif
