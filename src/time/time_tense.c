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

/* The cue starting at token k and ending before `end`: -3 certainly past
 * ("since"), -2 listed past, -1 a regular "-ed" form or a plan in the past,
 * 2 future, 1 a present-tense schedule, 0 none. */
static int cue_of(const text *t, size_t k, size_t end)
{
    const lex_entry *e = NULL;
    /* "May" the month, "Will" the name: cues are lower-case words */
    if ((t->toks[k].flags & TF_CAP) && !(t->toks[k].flags & TF_SENT_START))
        return 0;
    /* most words begin no cue: the list's first-token bitset says so at
     * once */
    if (lex_may_first(&lex_en_time_tense, t->toks[k].hash) &&
        tw_phrase(t, k, end, &lex_en_time_tense, &e)) {
        /* "was due to", "had been scheduled to": a plan in the past */
        if (!strcmp(e->value, "future"))
            return k > 0 && (tw_is(t, k - 1, "was") || tw_is(t, k - 1, "were") ||
                             tw_is(t, k - 1, "been") || tw_is(t, k - 1, "had"))
                       ? -1 : 2;
        /* "failed to meet Monday", "his return on Monday": no schedule */
        if (!strcmp(e->value, "present"))
            return k > 0 && tw_in(t, k - 1, &lex_en_time_schedule_blockers) ? 0 : 1;
        if (!strcmp(e->value, "over"))
            return -3;
        return !strcmp(e->value, "past") ? -2 : 0;
    }
    /* "the Council is meeting on Wednesday": a present progressive is an
     * arrangement ahead */
    if ((tw_is(t, k, "is") || tw_is(t, k, "are")) && k + 1 < end &&
        progressive(t, k + 1))
        return 1;
    return regular_past(t, k) ? -1 : 0;
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

/* cue_of, but none in a passive after a modal (checked only at a cue: most
 * words are none). */
static inline int cue_at(const text *t, size_t k, size_t end)
{
    if (!may_cue(t, k))
        return 0;
    int c = cue_of(t, k, end);
    return c && passive_after_modal(t, k) ? 0 : c;
}

int tw_tense(const text *t, size_t i, size_t end)
{
    if (i >= t->ntoks)
        return 0;
    const sentence *s = &t->sents[t->toks[i].sent];
    size_t k0 = s->tok_start + LOOK_BACK < i ? i - LOOK_BACK : s->tok_start;
    for (size_t k = i; k-- > k0;) {
        int c = cue_at(t, k, i);
        if (c)
            return c;
    }
    for (size_t k = end; k < s->tok_end && k < end + LOOK_AHEAD; k++) {
        int c = cue_at(t, k, s->tok_end);
        /* "Iraq on Wednesday agreed to allow ...": after the time, a plan
         * in a past verb ("agreed to", "vowed to") dates the agreeing, not
         * what was agreed; "is expected to" stays ahead */
        if (c == 2 && regular_past(t, k) && !(k > 0 && (tw_is(t, k - 1, "is") ||
                                                      tw_is(t, k - 1, "are"))))
            return -1;
        if (c)
            return c;
    }
    return 0;
}
