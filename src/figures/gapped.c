/* gapped.c - counts whose verb is left out: "More than 13,000 people have
 * been killed in Gaza and at least 1,200 in Israel", "Russian strikes
 * killed five people in Kharkiv and three in Odesa". A bare count before a
 * place, joined by "and" to the place the figure before it was counted at,
 * counts what that figure did, of the same people. */
#include <string.h>

#include "../text/phrase_match.h"
#include "figures_int.h"
#include "lexicons.h"

/* A preposition of place at token i ("in", "near": `prep` in
 * data/en/place_cues.txt) before a name: a capitalised word, after "the"
 * too ("in the Gaza Strip"). */
static int place_phrase_at(const text *t, size_t i, size_t hi)
{
    if (i + 1 >= hi || t->toks[i].kind != TOK_WORD)
        return 0;
    const lex_entry *e = tok_lex(t, i, &lex_en_place_cues);
    if (!e || strcmp(e->value, "prep"))
        return 0;
    size_t j = tok_is(t, i + 1, "the") ? i + 2 : i + 1;
    return j < hi && t->toks[j].kind == TOK_WORD && (t->toks[j].flags & TF_CAP);
}

static int same_word(const text *t, size_t a, size_t b)
{
    return t->toks[a].hash == t->toks[b].hash && tok_len(t, a) == tok_len(t, b) &&
           !memcmp(tok_str(t, a), tok_str(t, b), tok_len(t, a));
}

int fig_gapped(const fig_ctx *c, const fig_amount *am, fig_reading *rd)
{
    const text *t = c->t;
    size_t p = am->end;
    if (!c->prev_kind || am->start <= c->prev_end || rd->g.end > rd->g.start ||
        !place_phrase_at(t, p, c->hi) || am->start <= c->lo ||
        !tok_is(t, am->start - 1, "and"))
        return 0;
    size_t k = am->start - 1;
    if (k > c->lo && tok_punct(t, k - 1, ','))
        k--;
    /* the same preposition and a name between the figure before and "and",
     * with no other count, clause break or "and" between */
    for (size_t j = k; j-- > c->prev_end && k - j <= 10;) {
        if (t->toks[j].kind == TOK_NUM || tok_punct(t, j, ';') || tok_is(t, j, "and"))
            return 0;
        if (same_word(t, j, p) && place_phrase_at(t, j, k)) {
            rd->kind = c->prev_kind;
            /* "Of these, 101 deaths were recorded in Jajarkot and 52 in
             * West Rukum": a part as its model is */
            rd->rule = c->prev_subset ? "fig_subset" : "fig_gapped";
            return 1;
        }
    }
    return 0;
}
