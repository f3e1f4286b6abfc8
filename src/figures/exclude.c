/* exclude.c - numbers that are never counts: years, dates, times, document
 * and item numbers, ages, prices.
 *
 * "the year 1990", "January 19, 1990", "SC/10010", "resolution 1973",
 * "aged 12", "$5 million", "10:30". Uses the time stage's list when present
 * and its own checks always (the date reader, data/en/figure_not_after.txt),
 * so figures never depend on what the time stage found. */
#include <string.h>

#include "../time/date_parse.h"
#include "figures_int.h"
#include "lexicons.h"
#include "phrase.h"

void fig_mark_times(const dl_record *r, unsigned char *dated)
{
    for (size_t i = 0; i < r->ntimes; i++) {
        const rec_time *tm = &r->times[i];
        for (size_t k = tm->tok_start; k < tm->tok_end && k < r->txt.ntoks; k++)
            dated[k] = 1;
    }
}

/* Capitalised word k may start a date: a weekday or month, or a word (an
 * article) before a number or a month. */
static int date_word_may_start(const text *t, size_t k, size_t hi)
{
    uint32_t h = t->toks[k].hash;
    if (lex_may_first(&lex_en_weekdays, h) || lex_may_first(&lex_en_months, h))
        return 1;
    if (k + 1 >= hi)
        return 0;
    const token *nx = &t->toks[k + 1];
    return nx->kind == TOK_NUM ||
           (nx->kind == TOK_WORD && lex_may_first(&lex_en_months, nx->hash));
}

void fig_mark_dates(fig_ctx *c, unsigned char *dated, size_t from, size_t to)
{
    size_t k = from > c->lo + FIG_DATE_REACH ? from - FIG_DATE_REACH : c->lo;
    if (k < c->dates_upto)
        k = c->dates_upto;
    if (to > c->hi)
        to = c->hi;
    for (; k < to; k++) {
        const token *tk = &c->t->toks[k];
        if (tk->kind == TOK_PUNCT || (tk->kind == TOK_WORD && !(tk->flags & TF_CAP)))
            continue; /* dates start with a number, a month or a weekday */
        if (tk->kind == TOK_WORD && !date_word_may_start(c->t, k, c->hi))
            continue;
        date_parts dp;
        size_t n = date_parse(c->t, k, c->hi, &dp);
        for (size_t m = k; m < k + n && m < c->hi; m++)
            dated[m] = 1;
    }
    if (to > c->dates_upto)
        c->dates_upto = to;
}

/* Token i is punctuation glued to the token on its `side` (-1 or +1). */
static int glued_punct(const text *t, size_t i, size_t num, const char *set)
{
    if (i >= t->ntoks || t->toks[i].kind != TOK_PUNCT || tok_len(t, i) != 1 ||
        !strchr(set, tok_str(t, i)[0]))
        return 0;
    size_t later = i > num ? i : num;
    return !(t->toks[later].flags & TF_SPACE);
}

/* Token i is a currency sign or '#'. */
static int money_or_mark(const text *t, size_t i)
{
    static const char *signs[] = {"$", "#", "\xc2\xa3", "\xe2\x82\xac",
                                  "\xc2\xa5", NULL};
    if (t->toks[i].kind != TOK_PUNCT)
        return 0;
    for (const char **s = signs; *s; s++)
        if (tok_len(t, i) == strlen(*s) && !memcmp(tok_str(t, i), *s, strlen(*s)))
            return 1;
    return 0;
}

/* The first number of a list or range that ends at number token i
 * ("19 and 21", "18 to 25", "17, 19 and 20"), or i. */
static size_t list_start(const fig_ctx *c, size_t i)
{
    const text *t = c->t;
    for (int n = 0; n < 6 && i >= c->lo + 2; n++) {
        size_t p = i - 1;
        if (!(tok_is(t, p, "and") || tok_is(t, p, "or") || tok_is(t, p, "to") ||
              tok_punct(t, p, ',') || tok_punct(t, p, '-')) ||
            t->toks[p - 1].kind != TOK_NUM)
            break;
        i = p - 1;
    }
    return i;
}

/* The word before the number makes it a label, an age or (for four digits)
 * a year: "resolution 1973", "No. 5", "aged 12", "in 1990"; an age too
 * when it ends a list of ages ("aged 19 and 21", "aged between 18 and
 * 25"). */
static int label_before(const fig_ctx *c, const fig_amount *am)
{
    const lex_entry *e = NULL;
    if (!phrase_before(c->t, am->num_tok, c->lo, &lex_en_figure_not_after, &e)) {
        size_t first = list_start(c, am->num_tok);
        return first < am->num_tok &&
               phrase_before(c->t, first, c->lo, &lex_en_figure_not_after, &e) &&
               !strcmp(e->value, "age");
    }
    if (!strcmp(e->value, "year"))
        return am->yearlike;
    return 1;
}

/* A ratio's lead before a number in words: "one in five". */
static int ratio_before(const fig_ctx *c, const fig_amount *am)
{
    const lex_entry *e = NULL;
    return phrase_before(c->t, am->num_tok, c->lo, &lex_en_figure_not_after, &e) &&
           !strcmp(e->value, "ratio");
}

/* A number in digits that is a month's day or year, a label, a time, a
 * price or a bare year. */
static int digits_not_count(const fig_ctx *c, const fig_amount *am,
                            size_t after)
{
    const text *t = c->t;
    size_t i = am->num_tok;
    if (date_month_name(t, i - (i > c->lo)) || date_month_name(t, after))
        return 1;
    if ((i > c->lo && glued_punct(t, i - 1, i, "/:")) ||
        (after < c->hi && glued_punct(t, after, after, "/:")))
        return 1; /* SC/10010, 10:30 */
    if (i > c->lo && money_or_mark(t, i - 1))
        return 1; /* $5 million, #12 */
    if (label_before(c, am))
        return 1;
    /* a bare four-digit year: not followed by a group ("In 1990, ...") */
    return am->yearlike &&
           (after >= c->hi || t->toks[after].kind != TOK_WORD);
}

int fig_not_count(fig_ctx *c, const fig_amount *am, const num_value *nv,
                  unsigned char *dated)
{
    size_t i = am->num_tok, after = am->num_tok + nv->ntoks;
    if (nv->kind != NUM_COUNT && nv->kind != NUM_VAGUE)
        return 1; /* ordinals, percentages, decades */
    if (nv->compound && !nv->strong)
        return 1; /* "five-year", "30-year-old" */
    if (nv->digits && digits_not_count(c, am, after))
        return 1; /* the cheaper tests before the date reader */
    if (!nv->digits && ratio_before(c, am))
        return 1; /* "one in five" */
    fig_mark_dates(c, dated, i, after);
    for (size_t k = i; k < after; k++)
        if (dated[k])
            return 1;
    return 0;
}
