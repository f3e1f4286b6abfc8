/* aside.c - what stands between a counted group and its verb: a dashed
 * aside (" - the great majority of them Tutsi - "), an aside naming the
 * count's parts (", two protesters and a police officer,") or a subset
 * (", including three children,"). kind.c skips them to find the verb that
 * says what befell the group. */
#include <string.h>

#include "figures_int.h"
#include "lexicons.h"
#include "phrase.h"

/* A dash opening an aside: " - " (spaced) or "--". */
static int aside_dash(const text *t, size_t i)
{
    return tok_punct(t, i, '-') &&
           ((t->toks[i].flags & TF_SPACE) || tok_punct(t, i + 1, '-'));
}

/* " - the great majority of them Tutsi - " between a group and its verb:
 * the end of the aside, or i when there is none. */
static size_t skip_dashes(const fig_ctx *c, size_t i)
{
    const text *t = c->t;
    if (!aside_dash(t, i))
        return i;
    for (size_t k = i + 2; k < c->hi && k < i + 24; k++)
        if (aside_dash(t, k))
            return k + 1 + (size_t)tok_punct(t, k + 1, '-');
    return i;
}

/* ", two protesters and a police officer," after a count: an aside naming
 * its parts, when a link or a verb follows its closing comma ("At least
 * three people, two protesters and a police officer, were killed"). The
 * end of the aside, or i. */
size_t fig_skip_count_aside(const fig_ctx *c, size_t i)
{
    const text *t = c->t;
    const char *kind;
    for (size_t k = i + 2; k < c->hi && k < i + 14; k++) {
        if (!tok_punct(t, k, ','))
            continue;
        if (phrase_at(t, k + 1, c->hi, &lex_en_figure_links, NULL) ||
            fig_verb_at(c, k + 1, "pi", &kind))
            return k + 1;
        return i;
    }
    return i;
}

/* ", including three children," between a group and its verb: the end of
 * the aside, or i when there is none. */
/* A verb of what befell people at token j, after links ("were", "have
 * all been"). */
static int verb_next(const fig_ctx *c, size_t j)
{
    const char *kind;
    size_t n;
    for (int k = 0; k < 4 && j < c->hi &&
                    (n = phrase_at(c->t, j, c->hi, &lex_en_figure_links, NULL));
         k++)
        j += n;
    return j < c->hi && fig_verb_at(c, j, "pi", &kind);
}

/* The group ending at i was read with a comma in it ("civilians, women
 * and children"): a comma comes before any number, looking back. */
static int apposition_before(const fig_ctx *c, size_t i)
{
    const text *t = c->t;
    for (size_t k = i; k-- > c->lo && i - k <= 8;) {
        if (t->toks[k].kind == TOK_NUM || word_in(t, k, &lex_en_numbers))
            return 0;
        if (tok_punct(t, k, ','))
            return 1;
    }
    return 0;
}

/* "two men aged 19 and 21 were arrested", "Two men, aged between 18 and
 * 25, were arrested": the group's ages, before a link or a verb. The end
 * of the ages, or i. */
static size_t skip_ages(const fig_ctx *c, size_t i)
{
    const text *t = c->t;
    int comma = tok_punct(t, i, ',');
    size_t j = i + (size_t)comma;
    if (j >= c->hi || !tok_is(t, j, "aged"))
        return i;
    for (j++; j < c->hi; j++) {
        int joins = tok_is(t, j, "and") || tok_is(t, j, "to") || tok_is(t, j, "or") ||
                    tok_is(t, j, "between") || tok_is(t, j, "from") ||
                    tok_punct(t, j, '-') || tok_punct(t, j, ',');
        if (t->toks[j].kind != TOK_NUM &&
            !(joins && j + 1 < c->hi && t->toks[j + 1].kind == TOK_NUM))
            break;
    }
    if (comma && !(j < c->hi && tok_punct(t, j, ',')))
        return i;
    j += (size_t)comma;
    return verb_next(c, j) ? j : i;
}

/* ", mostly women and children,", ", all in their twenties,", ", police
 * said,": a short aside with no verb of what befell anyone, closed by a
 * comma before a link or such a verb. The end of the aside, or i. */
static size_t skip_description(const fig_ctx *c, size_t i)
{
    const text *t = c->t;
    const char *kind;
    if (!tok_punct(t, i, ',') || i + 1 >= c->hi || t->toks[i + 1].kind != TOK_WORD)
        return i;
    /* up to a dozen words: ", a farmer aged 54 and his 19-year-old son,";
     * a relative clause with no verb of a kind too (", who worked for an
     * aid group,", ", suspected of being the smugglers who organised the
     * journey,") */
    for (size_t k = i + 2; k < c->hi && k < i + 15; k++) {
        if (tok_punct(t, k, ','))
            return verb_next(c, k + 1) ? k + 1 : i;
        if (fig_verb_at(c, k, "pi", &kind) ||
            (t->toks[k].kind == TOK_PUNCT && !tok_punct(t, k, '-')))
            return i;
    }
    return i;
}

size_t fig_skip_aside(const fig_ctx *c, size_t i)
{
    const text *t = c->t;
    i = skip_dashes(c, i);
    if (phrase_at(t, i, c->hi, &lex_en_figure_subset, NULL)) {
        /* no commas: "seven people including a child were killed", "three
         * of the wounded died" */
        const char *kind;
        for (size_t k = i + 1; k < c->hi && k < i + 8; k++) {
            if (t->toks[k].kind == TOK_NUM)
                return i; /* "eight of them Americans and over 1,000 injured" */
            if (phrase_at(t, k, c->hi, &lex_en_figure_links, NULL) ||
                (!tok_is(t, k - 1, "the") && fig_verb_at(c, k, "pi", &kind)))
                return k;
        }
        return i;
    }
    /* "Twelve civilians, women and children, were killed": the comma that
     * closes an apposition read into the group */
    if (tok_punct(t, i, ',') && i + 1 < c->hi && apposition_before(c, i) &&
        phrase_at(t, i + 1, c->hi, &lex_en_figure_links, NULL) && verb_next(c, i + 1))
        return i + 1;
    size_t a = skip_ages(c, i);
    if (a == i)
        a = skip_description(c, i);
    if (a > i)
        return a;
    int paren = tok_punct(t, i, '(');
    if (tok_punct(t, i, ',') && i + 1 < c->hi &&
        (t->toks[i + 1].kind == TOK_NUM || word_in(t, i + 1, &lex_en_numbers)))
        return fig_skip_count_aside(c, i);
    if (!(paren || tok_punct(t, i, ',')) ||
        !phrase_at(t, i + 1, c->hi, &lex_en_figure_subset, NULL))
        return i;
    /* a list of counts goes on past its commas: ", including 106 women,
     * 63 children and 70 elderly people, were killed" */
    for (size_t k = i + 2, end = i + 14; k < c->hi && k < end; k++)
        if (tok_punct(t, k, paren ? ')' : ',')) {
            if (!paren && k + 1 < c->hi &&
                (t->toks[k + 1].kind == TOK_NUM || word_in(t, k + 1, &lex_en_numbers))) {
                end = k + 12 < i + 64 ? k + 12 : i + 64; /* bounded on hostile input */
                continue;
            }
            return k + 1;
        }
    return i;
}
