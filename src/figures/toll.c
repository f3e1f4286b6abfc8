/* toll.c - running counts named before their number, and running totals.
 *
 * "the death toll rose to 20", "the number of dead stands at 45", "the
 * number of peacekeepers killed in Mali since 2013 has now reached 175"
 * (cumulative), and sentences about running totals ("since January", "so
 * far", "according to the latest figures"). Phrases from data/en/figure_tolls.txt, figure_toll_links.txt
 * and figure_cumulative.txt. */
#include <string.h>

#include "figures_int.h"
#include "lexicons.h"
#include "phrase.h"

/* How far back from the number a toll may be named, in tokens. */
#define TOLL_REACH 30

/* "number of peacekeepers killed": the group and its verb after "of". */
static int number_of(const fig_ctx *c, size_t k, fig_reading *rd)
{
    if (!tok_is(c->t, k, "number") || !tok_is(c->t, k + 1, "of"))
        return 0;
    fig_group g;
    fig_group_read(c, k + 2, 0, &g);
    if (g.head != HEAD_PERSON && g.head != HEAD_UNKNOWN)
        return 0;
    const char *kind = NULL;
    if (fig_verb_at(c, g.end, "p", &kind))
        rd->kind = kind;
    else if (g.kind)
        rd->kind = g.kind;
    else
        return 0;
    rd->g = g;
    rd->rule = "fig_number_of";
    rd->cumulative = 1;
    return 1;
}

int fig_read_toll(const fig_ctx *c, const fig_amount *am, fig_reading *rd)
{
    const lex_entry *e = NULL;
    size_t j = am->start, n, links = 0;
    const char *q = NULL;
    while (links < 6 &&
           (n = phrase_before(c->t, j, c->lo, &lex_en_figure_toll_links, &e))) {
        j -= n, links++;
        if (strcmp(e->value, "-"))
            q = fig_kind_name(e->value);
    }
    if (!links)
        return 0;
    size_t floor = j > c->lo + TOLL_REACH ? j - TOLL_REACH : c->lo;
    for (size_t k = j; k-- > floor;) {
        if (tok_punct(c->t, k, ';'))
            return 0;
        if ((n = phrase_at(c->t, k, j, &lex_en_figure_tolls, &e))) {
            /* "bringing the total to 82": the total of the kind counted
             * before it in the sentence */
            int of_prev = !strcmp(e->value, "-");
            rd->kind = of_prev ? c->prev_kind : fig_kind_name(e->value);
            rd->cumulative = of_prev;
            rd->rule = "fig_toll";
            rd->g.start = rd->g.end = am->end;
            rd->qualifier = q;
            return rd->kind != NULL;
        }
        if (number_of(c, k, rd)) {
            rd->qualifier = q;
            return 1;
        }
    }
    return 0;
}

/* "since" at token k follows a superlative a few words before it ("the
 * deadliest day since the coup", data/en/event_comparison_words.txt): the
 * baseline of a comparison, not the start of a running total. */
static int comparison_since(const fig_ctx *c, size_t k)
{
    if (!tok_is(c->t, k, "since"))
        return 0;
    for (size_t j = k; j-- > c->lo && k - j <= 6;) {
        if (tok_punct(c->t, j, ',') || tok_punct(c->t, j, ';'))
            return 0;
        if (word_in(c->t, j, &lex_en_event_comparison_words))
            return 1;
    }
    return 0;
}

int fig_cumulative_marker(const fig_ctx *c)
{
    for (size_t k = c->lo; k < c->hi; k++)
        if (phrase_at(c->t, k, c->hi, &lex_en_figure_cumulative, NULL) &&
            !comparison_since(c, k))
            return 1;
    return 0;
}
