/* negation.c - mark mentions that are negated ("no one was killed") or
 * hypothetical ("could lead to clashes", "threatens to arrest").
 *
 * Looks back from the trigger to the start of its clause for cues listed in
 * data/en/event_cues.txt (roles neg, noneg, hyp, stop). Future dates are
 * marked hypothetical later, in claims.c, once the event has its date. */
#include "events.h"

#define EV_CLAUSE_BACK 8 /* tokens a cue may stand before its trigger */

/* Token i ends the clause that cues reach over: a comma, semicolon,
 * bracket, or a word such as "and", "but". */
static int clause_break(const text *t, size_t i)
{
    if (t->toks[i].kind == TOK_PUNCT)
        return !tok_punct(t, i, '-') && !tok_punct(t, i, '\'');
    return ev_cue_is(t, i, 1, "stop");
}

/* "May" with a capital inside a sentence is the month. */
static int month_like(const text *t, size_t i)
{
    return (t->toks[i].flags & TF_CAP) && !(t->toks[i].flags & TF_SENT_START);
}

void ev_mark_modality(ev_ctx *c, ev_mention *m)
{
    const text *t = &c->r->txt;
    for (size_t k = 1; k <= EV_CLAUSE_BACK && k <= m->tok; k++) {
        size_t i = m->tok - k;
        if (t->toks[i].sent != m->sent || clause_break(t, i))
            break;
        if (month_like(t, i))
            continue;
        size_t n;
        if ((n = ev_cue_at(t, i, m->tok, "noneg")) > 0)
            continue;
        if (!m->negated && ev_cue_at(t, i, m->tok, "neg") > 0)
            m->negated = 1;
        if (!m->hypothetical && ev_cue_at(t, i, m->tok, "hyp") > 0)
            m->hypothetical = 1;
    }
}
