/* figures.c - the figures stage: counted groups of people, in text order.
 *
 * For each amount in a sentence (a number, a vague word, "no one"), decides
 * whether it counts people (exclude.c, kind.c, toll.c), how exactly
 * (qualifier.c) and whom (group.c), and appends a rec_figure. Leaves
 * `event` NULL: the events stage links figures to events. */
#include <stdlib.h>
#include <string.h>

#include "figures_int.h"
#include "lexicons.h"
#include "phrase.h"

const char *fig_kind_name(const char *v)
{
    static const char *names[] = {
        "killed",   "injured", "arrested",  "missing",   "displaced",
        "forces",   "participants", "hostages", "exact", "about",
        "at_least", "more_than", "at_most", "less_than", "range",
        "vague",    NULL};
    for (const char **n = names; *n; n++)
        if (**n == *v && !strcmp(*n, v)) /* the first letter before a call */
            return *n;
    return NULL;
}

/* "no one", "nobody", "no civilians": a count of nobody at token i. */
static size_t read_negation(const fig_ctx *c, size_t i, fig_amount *am)
{
    const lex_entry *e = NULL;
    size_t n = phrase_at(c->t, i, c->hi, &lex_en_figure_negation, &e);
    if (!n)
        return 0;
    am->negated = strcmp(e->value, "det") ? 1 : 2;
    am->has_value = 1;
    am->value = 0;
    return n;
}

/* The word at token i makes the singular noun before it a describing
 * word ("its civilian auxiliaries", "a civilian's relatives" aside): a
 * lower-case plural in -s (not -ss), no function word, link ("was",
 * "has") or verb of figure_verbs.txt ("a civilian was killed", "a
 * soldier dies"). A singular noun after it ("a civilian vehicle") is
 * left as it was. */
static int describes_next(const fig_ctx *c, size_t i)
{
    const text *t = c->t;
    if (i >= c->hi || t->toks[i].kind != TOK_WORD || (t->toks[i].flags & (TF_CAP | TF_UPPER)) ||
        word_in(t, i, &lex_en_function_words) || word_in(t, i, &lex_en_figure_links) ||
        (lex_may_first(&lex_en_figure_verbs, t->toks[i].hash) &&
         phrase_at(t, i, c->hi, &lex_en_figure_verbs, NULL)))
        return 0;
    const char *s = tok_str(t, i);
    size_t n = tok_len(t, i);
    return n > 3 && s[n - 1] == 's' && s[n - 2] != 's' && s[n - 2] != 'u';
}

/* A noun of data/en/figure_singulars.txt may begin within `reach` tokens
 * after "a" (seven: "a 45-year-old woman"; most do not: "a statement", "a
 * day") or a possessive (three: "his 12-year-old son") at token i: by the
 * list's first-token bitset, then a match. */
static int singular_ahead(const fig_ctx *c, size_t i, size_t reach)
{
    for (size_t j = i + 1; j < c->hi && j <= i + reach; j++) {
        const token *k = &c->t->toks[j];
        /* "a result, a serviceman": the noun is the article's own, before
         * any other punctuation or "of" */
        if ((k->kind == TOK_PUNCT && !tok_punct(c->t, j, '-')) || tok_is(c->t, j, "of"))
            return 0;
        size_t n;
        if (k->kind == TOK_WORD && lex_may_first(&lex_en_figure_singulars, k->hash) &&
            (n = phrase_at(c->t, j, c->hi, &lex_en_figure_singulars, NULL)))
            return !describes_next(c, j + n);
    }
    return 0;
}

/* The amount at token i: returns tokens read (0: none, or not a count
 * but skip *skip tokens). */
static size_t read_amount(fig_ctx *c, size_t i, unsigned char *dated,
                          fig_amount *am, size_t *skip)
{
    memset(am, 0, sizeof *am);
    am->num_tok = i;
    size_t n = read_negation(c, i, am);
    if (!n) {
        num_value nv;
        if (!(n = num_read(c->t, i, c->hi, &nv))) {
            /* "a woman was killed", "killed a man and his son" */
            int art = tok_is(c->t, i, "a") || tok_is(c->t, i, "an");
            if ((!art && !word_in(c->t, i, &lex_en_figure_possessives)) ||
                !singular_ahead(c, i, art ? 7 : 3)) /* "his 12-year-old son" */
                return 0;
            am->has_value = am->singular = 1;
            am->value = 1;
            am->num_end = i + 1;
            return 1;
        }
        am->has_value = nv.kind == NUM_COUNT;
        am->value = nv.value;
        am->prefix = nv.prefix;
        am->yearlike = nv.yearlike;
        am->strong = nv.strong;
        am->num_end = i + n;
        if (fig_not_count(c, am, &nv, dated)) {
            *skip = n;
            return 0;
        }
    }
    am->num_end = i + n;
    return n;
}

/* Group text as written, whitespace folded, in the arena. */
static const char *who_text(dl_record *r, const fig_group *g)
{
    if (g->anonymous || g->end <= g->start ||
        (g->head != HEAD_PERSON && g->head != HEAD_UNKNOWN))
        return NULL;
    const char *s = rec_span_text(r, rec_tok_span(r, g->start, g->end));
    char *o = arena_strdup(r->a, s), *w = o;
    if (!o)
        return NULL;
    for (const char *p = s; *p; p++) {
        int sp = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';
        if (!sp || (w > o && w[-1] != ' '))
            *w++ = sp ? ' ' : *p;
    }
    *w = 0;
    return o;
}

/* The sentence counts over a span back from the report ("over the last
 * week", "in the past 24 hours": the time stage gave it its days). */
static int lookback_time(const dl_record *r, const fig_ctx *c)
{
    for (size_t k = rec_time_from(r, c->lo); k < r->ntimes && r->times[k].tok_start < c->hi; k++)
        if (rec_time_span_back(&r->times[k]))
            return 1;
    return 0;
}

/* Figures of this kind in this sentence are running totals. Forces and
 * participants never are. The sentence is read once. */
static int running_total(const dl_record *r, fig_ctx *c, const char *kind)
{
    if (!strcmp(kind, "forces") || !strcmp(kind, "participants"))
        return 0;
    if (c->marker < 0)
        c->marker = fig_cumulative_marker(c) || lookback_time(r, c);
    return c->marker;
}

/* Token i follows a time's own clause in its sentence ("since June last
 * year, when hundreds were killed"): a count of what happened then, no
 * running total. */
static int after_time_clause(const dl_record *r, const fig_ctx *c, size_t i)
{
    for (size_t k = rec_time_from(r, c->lo); k < r->ntimes && r->times[k].tok_start < i; k++)
        if (r->times[k].tok_end + 1 < i && rec_time_opens_clause(r, k))
            return 1;
    return 0;
}

static dl_status push(dl_record *r, fig_ctx *c, const fig_amount *am,
                      const fig_reading *rd)
{
    rec_figure *f = VEC_PUSH(r->a, r->figures, r->nfigures, r->cap_figures);
    if (!f)
        return DL_ENOMEM;
    size_t end = am->end;
    if (rd->g.end > rd->g.start && rd->g.start >= am->end &&
        rd->g.start <= am->end + 1)
        end = rd->g.end; /* the group written with its number */
    f->tok_start = am->start;
    f->tok_end = end;
    f->sent = c->t->toks[am->start].sent;
    f->num_tok = am->num_tok;
    dl_figure *p = &f->pub;
    p->span = rec_tok_span(r, am->start, end);
    p->text = rec_span_text(r, p->span);
    p->rule = am->negated ? "fig_negation" : rd->rule;
    p->kind = rd->kind;
    p->has_value = am->has_value;
    p->value = am->value;
    p->has_high = am->has_high;
    p->high = am->high;
    p->attributed_to = (dl_source){.actor = -1}; /* the events stage names it */
    p->qualifier = am->qualifier;
    if (rd->qualifier && !strcmp(am->qualifier, "exact"))
        p->qualifier = rd->qualifier;
    p->who = who_text(r, &rd->g);
    /* "five people in Kharkiv and three in Odesa": three people */
    if (!p->who && !strcmp(rd->rule, "fig_gapped") && r->nfigures > 1)
        p->who = r->figures[r->nfigures - 2].pub.who;
    p->cumulative = rd->cumulative ||
                    (running_total(r, c, rd->kind) && !after_time_clause(r, c, am->start));
    p->event = NULL;
    return p->text ? DL_OK : DL_ENOMEM;
}

/* "a 45-year-old woman was killed", "killed a civilian", "injuring seven
 * people, including a 12-year-old girl": one person by a noun of
 * data/en/figure_singulars.txt, and a verb that says what befell them, or
 * the group they are part of (not the noun's own kind: "a soldier said"
 * counts nothing); a
 * victim's kind only ("an armed police officer stationed outside", "as a
 * child fled" are no forces or displaced people). */
static int singular_count(const fig_ctx *c, const fig_amount *am, const fig_reading *rd)
{
    const fig_group *g = &rd->g;
    if (!fig_victim_kind(rd->kind) || !strcmp(rd->kind, "displaced"))
        return 0;
    if (g->head != HEAD_PERSON || g->end <= g->start || g->anonymous ||
        (strcmp(rd->rule, "fig_passive") && strcmp(rd->rule, "fig_group_verb") &&
         strcmp(rd->rule, "fig_active") && strcmp(rd->rule, "fig_shared_verb") &&
         strcmp(rd->rule, "fig_coordinated") && strcmp(rd->rule, "fig_subset")))
        return 0;
    /* the noun ends the group, or its "of" phrase follows ("a serviceman
     * of the Azerbaijan Army") */
    /* a list of the dead goes on past a comma ("killed two soldiers, a
     * policeman and a child"); "wounding 30 people, a local official
     * said" names a source */
    if (!strcmp(rd->rule, "fig_coordinated") && am->start > c->lo &&
        !tok_is(c->t, am->start - 1, "and") && !tok_is(c->t, g->end, "and") &&
        !tok_punct(c->t, g->end, ','))
        return 0;
    for (size_t k = g->start; k < g->end; k++) {
        size_t n = phrase_at(c->t, k, g->end, &lex_en_figure_singulars, NULL);
        if (n && (k + n == g->end || tok_is(c->t, k + n, "of")))
            return 1;
    }
    return 0;
}

/* Figures of one sentence, appended in text order. */
static dl_status sentence_figures(dl_record *r, fig_ctx *c,
                                  unsigned char *dated)
{
    for (size_t i = num_next_start(c->t, c->lo, c->hi); i < c->hi;
         i = num_next_start(c->t, i, c->hi)) {
        fig_amount am;
        fig_reading rd;
        size_t skip = 1, n = read_amount(c, i, dated, &am, &skip);
        if (!n) {
            i += skip;
            continue;
        }
        fig_qualify(c, &am);
        if (am.strong) /* "-strong" belongs to the amount */
            am.end = am.num_end + 2;
        if (fig_read_kind(c, &am, &rd) && (!am.singular || singular_count(c, &am, &rd))) {
            dl_status st = push(r, c, &am, &rd);
            if (st != DL_OK)
                return st;
            c->prev_end = r->figures[r->nfigures - 1].tok_end;
            c->prev_kind = rd.kind;
            c->prev_subset = !strcmp(rd.rule, "fig_subset");
            c->prev_noun = !strcmp(rd.rule, "fig_group_noun");
            c->prev_aside_end = rd.aside_end;
        }
        i = am.end > i ? am.end : i + n;
    }
    return DL_OK;
}

dl_status figures_extract(dl_record *r)
{
    const text *t = &r->txt;
    r->nfigures = 0; /* so the stage may run again on the same record */
    /* scratch, not arena: a benchmark may run the stage many times */
    unsigned char *dated = calloc(t->ntoks + 1, 1);
    if (!dated)
        return DL_ENOMEM;
    fig_mark_times(r, dated);
    dl_status st = DL_OK;
    const char *before = NULL;
    for (size_t s = 0; s < t->nsents && st == DL_OK; s++) {
        fig_ctx c = {.t = t, .lo = t->sents[s].tok_start, .hi = t->sents[s].tok_end,
                     .marker = -1, .dates_upto = t->sents[s].tok_start,
                     .before_kind = before};
        size_t n0 = r->nfigures;
        st = sentence_figures(r, &c, dated);
        before = r->nfigures > n0 ? r->figures[r->nfigures - 1].pub.kind : NULL;
    }
    free(dated);
    return st;
}
