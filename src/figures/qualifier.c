/* qualifier.c - how exact a number is: qualifiers and ranges.
 *
 * "about 30000", "at least six", "more than 600", "up to 40", "under 12",
 * "500 or more", "between 30 and 40", "30-40", "30 to 40", "two or three".
 * Phrases come from data/en/figure_qualifiers.txt. Vague amounts are always
 * "vague" and take no other qualifier. */
#include <string.h>

#include "figures_int.h"
#include "lexicons.h"
#include "phrase.h"

/* A second count at token i greater than `low`: the top of a range. */
static int range_top(const fig_ctx *c, size_t i, int64_t low, fig_amount *am)
{
    num_value nv;
    /* "from about 460 to more than 3,000": the top's own qualifier */
    const lex_entry *e = NULL;
    size_t q = phrase_at(c->t, i, c->hi, &lex_en_figure_qualifiers, &e);
    if (q && strstr(e->value, "|pre"))
        i += q;
    if (!num_read(c->t, i, c->hi, &nv) || nv.kind != NUM_COUNT ||
        nv.compound || nv.value <= low)
        return 0;
    am->has_high = 1;
    am->high = nv.value;
    am->end = i + nv.ntoks;
    am->qualifier = "range";
    return 1;
}

/* "30-40", "30 to 40", "two or three", "between 30 and 40". */
static int read_range(const fig_ctx *c, fig_amount *am)
{
    const text *t = c->t;
    size_t e = am->num_end;
    if (e + 1 >= c->hi)
        return 0;
    int between = am->num_tok > c->lo && tok_is(t, am->num_tok - 1, "between");
    int glued_dash = (tok_punct(t, e, '-') && !(t->toks[e].flags & TF_SPACE) &&
                      !(t->toks[e + 1].flags & TF_SPACE));
    int ok = between ? tok_is(t, e, "and")
                     : glued_dash || tok_is(t, e, "to") || tok_is(t, e, "or");
    if (!ok || !range_top(c, e + 1, am->value, am))
        return 0;
    if (between)
        am->start = am->num_tok - 1;
    return 1;
}

void fig_qualify(const fig_ctx *c, fig_amount *am)
{
    const lex_entry *e = NULL;
    am->start = am->num_tok;
    am->end = am->num_end;
    if (!am->has_value) {
        am->qualifier = "vague";
        return;
    }
    am->qualifier = "exact";
    size_t n = phrase_at(c->t, am->num_end, c->hi, &lex_en_figure_qualifiers, &e);
    char where[8] = "";
    if (n && lex_field(e->value, 1, where, sizeof where) > 0 &&
        !strcmp(where, "post")) {
        char q[16];
        lex_field(e->value, 0, q, sizeof q);
        am->qualifier = fig_kind_name(q);
        am->end = am->num_end + n;
    } else if (read_range(c, am) && am->start < am->num_tok) {
        return; /* "between 30 and 40" */
    }
    n = phrase_before(c->t, am->num_tok, c->lo, &lex_en_figure_qualifiers, &e);
    if (n && lex_field(e->value, 1, where, sizeof where) > 0 &&
        !strcmp(where, "pre")) {
        char q[16];
        lex_field(e->value, 0, q, sizeof q);
        if (!strcmp(am->qualifier, "exact"))
            am->qualifier = fig_kind_name(q);
        am->start = am->num_tok - n;
    }
}
