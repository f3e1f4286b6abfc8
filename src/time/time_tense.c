/* time_tense.c - the tense of the clause around a time expression, for
 * anchoring weekdays and year-less dates ("met on Monday" is the Monday
 * before the document date, "will meet on Monday" the one after).
 *
 * The nearest cue before the expression in its sentence decides (an
 * auxiliary, a listed verb form, a plan phrase, or a lower-case "-ed"
 * word); without one, the first cue after it. Cues live in
 * data/en/time_tense.txt. Not a parser: it never looks past the sentence. */
#include <string.h>

#include "../text/phrase_match.h"
#include "lexicons.h"
#include "time.h"

enum { LOOK_BACK = 40, LOOK_AHEAD = 10 };

/* A regular past form: lower-case, ends in "ed", at least five letters. */
static int regular_past(const text *t, size_t k)
{
    size_t n = tok_len(t, k);
    const char *s = tok_str(t, k);
    if (t->toks[k].kind != TOK_WORD || n < 5 || (t->toks[k].flags & TF_CAP))
        return 0;
    return s[n - 2] == 'e' && s[n - 1] == 'd';
}

/* Token k is a lower-case "-ing" form of five letters or more, not "being". */
static int progressive(const text *t, size_t k)
{
    size_t n = tok_len(t, k);
    const char *s = tok_str(t, k);
    return t->toks[k].kind == TOK_WORD && !(t->toks[k].flags & TF_CAP) && n >= 5 &&
           !strncmp(s + n - 3, "ing", 3) && !tw_is(t, k, "being");
}

/* Token k is a participle after "will be" or "to be" ("will be held", "is
 * to be signed"): the words before give the tense, not the participle.
 * After "would be", "could be" it stays past ("smoke could be spotted
 * Tuesday"; a plan told in the past is often over by the report). */
static int passive_after_modal(const text *t, size_t k)
{
    static const char *const modals[] = {"will", "shall", "'ll", "ll", "to", NULL};
    return k >= 2 && tw_is(t, k - 1, "be") && tw_any(t, k - 2, modals);
}

/* Cues tw_tense reads beyond their tense: a present progressive ("is
 * meeting", a weak future), a modal ("could", a future only before the
 * time), a preposition of a later event ("after"), a plan told in the past
 * (no tense, and no looking further). */
enum { CUE_PROGRESSIVE = 11, CUE_MODAL = 12, CUE_BEHIND = 13, CUE_UNKNOWN = 14 };

/* A plan phrase ending in "to" before a determiner ("agreed to a
 * ceasefire", "due to the storm"): the "to" is a preposition, so no plan. */
static int to_before_noun(const text *t, const lex_entry *e, size_t k, size_t n,
                          size_t end)
{
    size_t len = strlen(e->key);
    return len > 3 && !strcmp(e->key + len - 3, " to") &&
           (k + n == end || (k + n < end && tw_in(t, k + n, &lex_en_time_noun_after_to)));
}

/* The value of a listed cue e matched at token k (n tokens, ending before
 * `end`). */
static int listed_cue(const text *t, const lex_entry *e, size_t k, size_t n, size_t end)
{
    const char *v = e->value;
    /* "the coming days": an adjective; "refugees coming": a verb */
    if (!strcmp(v, "adj")) {
        if (!(k > 0 && tw_in(t, k - 1, &lex_en_time_noun_after_to)))
            return 0;
        v = "future";
    }
    /* "announced plans Tuesday", "expressed hope on Tuesday": a noun */
    if (!strcmp(v, "plan")) {
        if (k > 0 && (regular_past(t, k - 1) || tw_in(t, k - 1, &lex_en_time_noun_after_to)))
            return 0;
        v = "future";
    }
    /* "set fire to ... on Thursday": past; "a cut in supply in June", "a
     * set of measures": a noun after a determiner */
    if (!strcmp(v, "pastnoun")) {
        if (k > 0 && tw_in(t, k - 1, &lex_en_time_noun_after_to))
            return 0;
        v = "past";
    }
    if (!strcmp(v, "ahead"))
        return 2;
    if (!strcmp(v, "future") || !strcmp(v, "modal")) {
        /* "agreed to a ceasefire": the agreeing's own tense */
        if (to_before_noun(t, e, k, n, end))
            return regular_past(t, k) ? -1 : 0;
        /* "was due to", "had been scheduled for": a plan told in the past,
         * which may be over or still ahead of the report: it settles the
         * tense as unknown (the nearer day), whatever cue comes before */
        if (k > 0 && (tw_is(t, k - 1, "was") || tw_is(t, k - 1, "were") ||
                      tw_is(t, k - 1, "been") || tw_is(t, k - 1, "had")))
            return CUE_UNKNOWN;
        return !strcmp(v, "modal") ? CUE_MODAL : 2;
    }
    /* "failed to meet Monday", "his return on Monday": no schedule; "will
     * meet": the auxiliary before it speaks */
    if (!strcmp(v, "present")) {
        const lex_entry *aux = k > 0 ? tw_lex(t, k - 1, &lex_en_time_tense) : NULL;
        if (aux && (!strcmp(aux->value, "future") || !strcmp(aux->value, "modal")))
            return 0;
        return k > 0 && tw_in(t, k - 1, &lex_en_time_schedule_blockers) ? 0 : 1;
    }
    /* "the vote is (on) Tuesday": a schedule; "the Council is meeting on
     * Wednesday": a present progressive is an arrangement ahead */
    if (!strcmp(v, "copula"))
        return k + n == end ? 1
             : n == 1 && k + 1 < end && progressive(t, k + 1) ? CUE_PROGRESSIVE : 0;
    if (!strcmp(v, "behind"))
        return CUE_BEHIND;
    if (!strcmp(v, "over"))
        return -3;
    /* "said", "told": the saying is past, what was said may be ahead
     * ("told companies of a cutback in September") */
    if (!strcmp(v, "say"))
        return -1;
    if (strcmp(v, "past"))
        return 0;
    /* "when the case is heard in May", "the vote is held on Sunday": a
     * participle after the present copula, a schedule (as for "-ed") */
    const lex_entry *cop = k > 0 && n == 1 ? tw_lex(t, k - 1, &lex_en_time_tense) : NULL;
    return cop && !strcmp(cop->value, "copula") ? 1 : -2;
}

/* The cue starting at token k and ending before `end`: -3 certainly past
 * ("since"), -2 listed past, -1 a regular "-ed" form or a plan in the past,
 * 2 future, 1 a present-tense schedule, a CUE_* code, 0 none. */
static int cue_of(const text *t, size_t k, size_t end)
{
    const lex_entry *e = NULL;
    /* "May" the month, "Will" the name: cues are lower-case words */
    if ((t->toks[k].flags & TF_CAP) && !(t->toks[k].flags & TF_SENT_START))
        return 0;
    /* most words begin no cue: the list's first-token bitset says so at
     * once */
    size_t n;
    if (lex_may_first(&lex_en_time_tense, t->toks[k].hash) &&
        (n = tw_phrase(t, k, end, &lex_en_time_tense, &e)))
        return listed_cue(t, e, k, n, end);
    /* "the border is closed until Thursday", "the vote is planned for
     * Sunday": a participle after the present copula is a present state or
     * arrangement, a schedule rather than a past */
    if (regular_past(t, k) && k > 0 && lex_may_first(&lex_en_time_tense, t->toks[k - 1].hash) &&
        tw_phrase(t, k - 1, k, &lex_en_time_tense, &e) == 1 && !strcmp(e->value, "copula"))
        return 1;
    /* "the proposed talks on Tuesday": an adjective */
    if (regular_past(t, k) && k > 0 && tw_in(t, k - 1, &lex_en_time_noun_after_to))
        return 0;
    return regular_past(t, k) ? -1 : 0;
}

/* Token k follows a two-word cue ("will have left", "may have started"):
 * the perfect's cue gives the tense, not the participle. */
static int after_perfect(const text *t, size_t k)
{
    const lex_entry *e = NULL;
    return k >= 2 && tw_phrase(t, k - 2, k, &lex_en_time_tense, &e) == 2;
}

/* Can token k be a cue at all (cue_of's first tests, inline: the tense
 * scan asks most tokens of a clause)? A lower-case word (or the first of
 * its sentence) that may begin a key of time_tense.txt, "is"/"are" (a
 * present progressive), or a regular past form. */
static inline int may_cue(const text *t, size_t k)
{
    const token *tk = &t->toks[k];
    if ((tk->flags & TF_CAP) && !(tk->flags & TF_SENT_START))
        return 0;
    return lex_may_first(&lex_en_time_tense, tk->hash) || tw_is(t, k, "is") ||
           tw_is(t, k, "are") || regular_past(t, k);
}

/* cue_of, but none in a passive after a modal or a participle after a
 * modal perfect (checked only at a cue: most words are none). */
__attribute__((always_inline)) static inline int cue_at(const text *t, size_t k, size_t end)
{
    if (!may_cue(t, k))
        return 0;
    int c = cue_of(t, k, end);
    return c && (passive_after_modal(t, k) || after_perfect(t, k)) ? 0 : c;
}

/* Token k and the next are "'s": the time names its day's event
 * ("Tuesday's attack"), a noun phrase, not an adverb. */
static int possessive(const text *t, size_t k)
{
    return k + 1 < t->ntoks && tok_punct(t, k, '\'') && tw_is(t, k + 1, "s");
}

/* The tense a cue gives: a progressive is a schedule, a modal a future. */
static int tense_of(int c)
{
    return c == CUE_PROGRESSIVE ? 1 : c == CUE_MODAL ? 2 : c == CUE_UNKNOWN ? 0 : c;
}

/* "will last until Easter": a past form at k right after a future or
 * modal auxiliary is its infinitive; the auxiliary decides. Rare: kept out
 * of tw_tense's loop, where cue_at stays inline. */
__attribute__((noinline)) static int infinitive_after_aux(const text *t, size_t k, size_t end)
{
    int a = cue_at(t, k - 1, end);
    return a == 2 || a == CUE_MODAL;
}

/* Token k, a regular past form, is a finite past verb: the word before it
 * is none of data/en/time_nonfinite_before.txt, nor an adverb in "-ly"
 * ("The group attacked", "Gunmen abducted"; not "has extended", "a still
 * unspecified"). */
static int finite_past(const text *t, size_t k)
{
    if (k == 0 || t->toks[k - 1].kind != TOK_WORD || !regular_past(t, k))
        return 0;
    size_t n = tok_len(t, k - 1);
    const char *s = tok_str(t, k - 1);
    return !(n > 3 && s[n - 2] == 'l' && s[n - 1] == 'y') &&
           !tw_in(t, k - 1, &lex_en_time_nonfinite_before);
}

int tw_tense(const text *t, size_t i, size_t end)
{
    return tw_tense_finite(t, i, end, NULL);
}

int tw_tense_finite(const text *t, size_t i, size_t end, int *finite)
{
    if (finite)
        *finite = 0;
    if (i >= t->ntoks)
        return 0;
    const sentence *s = &t->sents[t->toks[i].sent];
    size_t k0 = s->tok_start + LOOK_BACK < i ? i - LOOK_BACK : s->tok_start;
    int behind = 0;
    for (size_t k = i; k-- > k0;) {
        int c = cue_at(t, k, i);
        /* "are searching the rubble after the quake Tuesday": the time is
         * behind the progressive */
        if (c == CUE_BEHIND || (c == CUE_PROGRESSIVE && behind)) {
            behind = 1;
            continue;
        }
        if (c < 0 && k > k0 && infinitive_after_aux(t, k, i))
            continue;
        /* "are outraged by the collapse of a factory in Gazipur on
         * Thursday": a participle after the copula far from the time is a
         * state, no schedule of it ("is closed until Thursday" is near) */
        if (c == 1 && i - k > 4 && regular_past(t, k))
            continue;
        if (c == -1 && finite)
            *finite = finite_past(t, k);
        if (c)
            return tense_of(c);
    }
    /* the time inside a subject ("The bombing Tuesday could derail the
     * talks") is not what a modal after it speaks of; opening the sentence
     * ("On Tuesday, the council may vote") it is */
    int inside = i > s->tok_start + 1 || possessive(t, end);
    for (size_t k = end; k < s->tok_end && k < end + LOOK_AHEAD; k++) {
        int c = cue_at(t, k, s->tok_end);
        if (c == CUE_BEHIND || (c == CUE_MODAL && inside))
            continue;
        /* "Iraq on Wednesday agreed to allow ...": after the time, a plan
         * in a past verb ("agreed to", "vowed to") dates the agreeing, not
         * what was agreed; "is expected to" stays ahead */
        if (c == 2 && regular_past(t, k) && !(k > 0 && (tw_is(t, k - 1, "is") ||
                                                      tw_is(t, k - 1, "are"))))
            return -1;
        if (c == -1 && finite)
            *finite = finite_past(t, k);
        if (c)
            return tense_of(c);
    }
    return 0;
}
