/* negation.c - mark mentions that are negated ("no one was killed") or
 * hypothetical ("could lead to clashes", "threatens to arrest").
 *
 * Looks back from the trigger to the start of its clause for cues listed in
 * data/en/event_cues.txt (roles neg, negdet, noneg, hyp, stop), and just
 * after it for a modal ("fighting could"; not after a definite mention:
 * "the attack would be punished"). A threat is never hypothetical
 * itself: what it threatens is. Future dates are marked in claims.c. */
#include <string.h>

#include "events.h"
#include "../text/phrase_match.h"
#include "lexicons.h"

#define EV_CLAUSE_BACK 8 /* tokens a cue may stand before its trigger */
#define EV_MODAL_AFTER 2 /* tokens a modal may stand after its trigger */

/* Token i ends the clause that cues reach over: a comma, semicolon,
 * bracket, or a word such as "and", "but"; or a word that sets another
 * time apart, "since", "after", "until" (`barrier`: "We have not seen such
 * numbers since the clashes of 2022" denies no clashes). "Identified and
 * arrested": an "and" right before the trigger joins two verbs of one
 * clause. */
static int lower_word(const text *t, size_t i)
{
    return t->toks[i].kind == TOK_WORD && !(t->toks[i].flags & TF_CAP);
}

static int clause_break(const ev_ctx *c, size_t i, size_t trig, int ref)
{
    const text *t = &c->r->txt;
    if (t->toks[i].kind == TOK_PUNCT)
        return !tok_punct(t, i, '-') && !tok_punct(t, i, '\'');
    if (i + 1 == trig && (tok_is(t, i, "and") || tok_is(t, i, "or")))
        return 0;
    /* "an immediate and sustained ceasefire": two describing words (not
     * before a reference: "service and repair operations" names none) */
    if (!ref && i + 2 == trig && i > 0 && (tok_is(t, i, "and") || tok_is(t, i, "or")) &&
        lower_word(t, i - 1) && lower_word(t, i + 1))
        return 0;
    return ev_is(c, i, EVR_STOP) || ev_is(c, i, EVR_BARRIER);
}

/* "May" with a capital inside a sentence is the month. */
static int month_like(const text *t, size_t i)
{
    return (t->toks[i].flags & TF_CAP) && !(t->toks[i].flags & TF_SENT_START);
}

/* "No violence was reported at the rally": a negating determiner reaches
 * the first event named after it, and one joined to it by "or"/"nor"; not
 * one named with a determiner of its own, which the clause presumes ("no
 * South Africans had been affected by the blasts"). */
static int negdet_reaches(const ev_ctx *c, size_t cue_end, const ev_mention *m)
{
    const text *t = &c->r->txt;
    if (m->tok > cue_end && ev_is(c, m->tok - 1, EVR_DEF))
        return 0;
    EV_EACH(&c->mentions_ix, m->sent, k) { /* the cue is in m's sentence */
        const ev_mention *o = &c->m[k];
        if (o == m || o->tok < cue_end || o->tok >= m->tok)
            continue;
        if (o->tok + o->ntok + 1 == m->tok &&
            (tok_is(t, m->tok - 1, "or") || tok_is(t, m->tok - 1, "nor")))
            continue;
        return 0;
    }
    return 1;
}

/* Length of the longest cue of `role` at token i before `limit`: when
 * the longest cue of any role there (`any`) is one token, the token's
 * role mask answers without matching again. */
static size_t cue_len(const ev_ctx *c, size_t i, size_t limit, size_t any,
                      enum ev_role role, const char *name)
{
    if (any <= 1)
        return any == 1 && ev_is(c, i, role);
    return ev_cue_at(&c->r->txt, i, limit, name);
}

/* A cue that ends in "to" governs the verb after it; a definite mention
 * further on is that verb's object, which the clause presumes ("has yet
 * to comment on the killings": the killings happened); so is one after
 * "anniversary of", "victims of", "memory of". */
static int presumed_object(const ev_ctx *c, const ev_mention *m, size_t cue_end)
{
    const text *t = &c->r->txt;
    if (!m->definite || cue_end == 0 || cue_end >= m->tok)
        return 0;
    if (tok_is(t, cue_end - 1, "to"))
        return 1;
    /* "will commemorate the twentieth anniversary of the tragedy", "will
     * honour the victims of the massacre": what is remembered happened */
    for (size_t i = cue_end; i + 1 < m->tok; i++)
        if (tok_is(t, i + 1, "of") && (tok_is(t, i, "anniversary") || tok_is(t, i, "victims") ||
                                      tok_is(t, i, "memory")))
            return 1;
    return 0;
}

/* A cue of role noneg that starts a few tokens before token i covers it
 * ("failed to prevent the killing": the killing happened, though
 * "prevent" alone looks ahead). */
static int noneg_covers(const ev_ctx *c, size_t i, size_t limit)
{
    size_t lo = c->r->txt.sents[c->r->txt.toks[i].sent].tok_start;
    for (size_t j = i, k = 0; j-- > lo && k < 3; k++) {
        size_t n = ev_cue_at(&c->r->txt, j, limit, "noneg");
        if (n && j + n > i)
            return 1;
    }
    return 0;
}

static void look_back(const ev_ctx *c, ev_mention *m)
{
    const text *t = &c->r->txt;
    for (size_t k = 1; k <= EV_CLAUSE_BACK && k <= m->tok; k++) {
        size_t i = m->tok - k, n, any;
        if (t->toks[i].sent != m->sent)
            break;
        /* "not clear whether anyone was killed": open, not denied (before
         * the clause break: "whether" also ends a clause) */
        if (tok_in(t, i, &lex_en_event_open_questions)) {
            if (!m->hypothetical && !presumed_object(c, m, i + 1)) {
                m->hypothetical = 1;
                if (!m->negated)
                    m->cue = i, m->ncue = 1;
            }
            break;
        }
        if (clause_break(c, i, m->tok, (m->flags & EVF_REF) != 0))
            break;
        /* no cue starts here: none of the four below can match */
        if (month_like(t, i) ||
            !lex_may_first(&lex_en_event_cues, t->toks[i].hash) ||
            (any = ev_cue_any(c, i, m->tok)) == 0 ||
            cue_len(c, i, m->tok, any, EVR_NONEG, "noneg") > 0)
            continue;
        if (!m->negated && (n = cue_len(c, i, m->tok, any, EVR_NEG, "neg")) > 0 &&
            !noneg_covers(c, i, m->tok))
            m->negated = 1, m->cue = i, m->ncue = n;
        if (!m->negated && (n = cue_len(c, i, m->tok, any, EVR_NEGDET, "negdet")) > 0 &&
            negdet_reaches(c, i + n, m))
            m->negated = 1, m->cue = i, m->ncue = n;
        if (!m->hypothetical &&
            ((n = cue_len(c, i, m->tok, any, EVR_HYP, "hyp")) > 0 ||
             (!(m->flags & EVF_REF) &&
              (n = cue_len(c, i, m->tok, any, EVR_ASK, "ask")) > 0)) &&
            !presumed_object(c, m, i + n) && !noneg_covers(c, i, m->tok)) {
            m->hypothetical = 1;
            if (!m->negated)
                m->cue = i, m->ncue = n;
        }
    }
}

/* "A return to fighting could lead to ...": the trigger is the subject of
 * a modal right after it. */
static void look_after(const ev_ctx *c, ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t from = m->tok + m->ntok;
    for (size_t i = from; i < from + EV_MODAL_AFTER && i < t->ntoks; i++) {
        if (t->toks[i].sent != m->sent || t->toks[i].kind == TOK_PUNCT)
            return;
        if (ev_is(c, i, EVR_MODAL)) {
            m->hypothetical = 1, m->cue = i, m->ncue = 1;
            return;
        }
    }
}

/* "such acts could lead to": a kind of event, not one named before. */
static int of_a_kind(const text *t, const ev_mention *m)
{
    for (size_t k = 1; k <= 3 && k <= m->tok; k++)
        if (tok_is(t, m->tok - k, "such"))
            return 1;
    return 0;
}

void ev_mark_modality(ev_ctx *c, ev_mention *m)
{
    if (!strcmp(m->type, "THREATEN"))
        return;
    look_back(c, m);
    /* "those responsible for the attack would be held accountable": a modal
     * after a definite mention is about what follows it, not the attack */
    if (!m->hypothetical && !m->negated && (!m->definite || of_a_kind(&c->r->txt, m)))
        look_after(c, m);
}
