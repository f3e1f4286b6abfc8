/* group.c - the counted group written after a number: its `who`.
 *
 * "134 people", "30000 Soviet troops", "four Russian crew members", "24
 * fatalities" (an event noun, no who), "59 cruise missiles" (a thing, so no
 * figure). Nouns come from data/en/figure_nouns.txt, figure_event_nouns.txt,
 * figure_nonperson.txt and figure_modifiers.txt. */
#include <string.h>

#include "figures_int.h"
#include "lexicons.h"
#include "phrase.h"

/* A capitalised word that may name people: "Soviet", "Palestinians". */
static int cap_word(const fig_ctx *c, size_t i)
{
    const token *tk = &c->t->toks[i];
    return tk->kind == TOK_WORD && (tk->flags & TF_CAP) &&
           !(tk->flags & TF_SENT_START) &&
           !lex_may_first(&lex_en_figure_verbs, tk->hash) && /* "taken prisoner" */
           !word_in(c->t, i, &lex_en_function_words);
}

/* Plural-looking capitalised word: a demonym standing for people. */
static int demonym_plural(const fig_ctx *c, size_t i)
{
    size_t n = tok_len(c->t, i);
    return cap_word(c, i) && !(c->t->toks[i].flags & TF_UPPER) && n > 3 &&
           tok_str(c->t, i)[n - 1] == 's';
}

/* Try the noun lists at i; sets the head and returns tokens read. */
static size_t head_at(const fig_ctx *c, size_t i, fig_group *g)
{
    const lex_entry *e = NULL;
    size_t n;
    /* "13 United States service members": a capitalised thing after a
     * capitalised word is the end of a name, no head */
    if ((n = phrase_at(c->t, i, c->hi, &lex_en_figure_nonperson, &e)) &&
        !((c->t->toks[i].flags & TF_CAP) && i > 0 && cap_word(c, i - 1))) {
        g->head = HEAD_THING;
        return n;
    }
    if ((n = phrase_at(c->t, i, c->hi, &lex_en_figure_nouns, &e))) {
        size_t m; /* "19 police vehicles": a person noun describing things */
        if (i + n < c->hi && c->t->toks[i + n].kind == TOK_WORD &&
            (m = phrase_at(c->t, i + n, c->hi, &lex_en_figure_nonperson, NULL))) {
            g->head = HEAD_THING;
            return n + m;
        }
        g->head = HEAD_PERSON;
        g->kind = fig_kind_name(e->value);
        g->anonymous = !strcmp(e->key, "more");
        return n;
    }
    if ((n = phrase_at(c->t, i, c->hi, &lex_en_figure_event_nouns, &e)) &&
        !strstr(e->value, "|of")) { /* "32 death claims" is no count */
        g->head = HEAD_EVENT;
        g->kind = fig_kind_name(e->value);
        return n;
    }
    return 0;
}

static int head_after_words(const fig_ctx *c, size_t j, fig_group *g);
static int unlisted_plural(const fig_ctx *c, size_t j);
static int plain_word(const fig_ctx *c, size_t i);

/* A person noun at i that joins a list ("children", "community leaders",
 * "intellectuals"): tokens read, 0 when none. */
static size_t conjunct_at(const fig_ctx *c, size_t i)
{
    fig_group more = {0};
    size_t m = head_at(c, i, &more);
    if (m)
        return more.head == HEAD_PERSON && !more.anonymous ? m : 0;
    if (word_in(c->t, i, &lex_en_numbers) || word_in(c->t, i, &lex_en_vague_amounts))
        return 0; /* "40 protesters and two journalists": a figure of its own */
    if (head_after_words(c, i, &more))
        return more.head == HEAD_PERSON ? more.end - i : 0;
    for (size_t k = i; k < i + 2 && k + 1 < c->hi && plain_word(c, k); k++)
        if (unlisted_plural(c, k + 1))
            return k + 2 - i; /* "community leaders" */
    return unlisted_plural(c, i) ? 1 : 0;
}

/* The name of the "of" phrase from j goes on after its word at k - 1:
 * through a plural's apostrophe ("Rural Teachers' College") or another
 * "of" ("College of Ayotzinapa"), before a capitalised word: the tokens
 * to skip, or 0. */
static size_t name_goes_on(const fig_ctx *c, size_t j, size_t k)
{
    const text *t = c->t;
    if (k + 1 >= c->hi || !cap_word(c, k + 1))
        return 0;
    if (tok_punct(t, k, '\'') && !(t->toks[k].flags & TF_SPACE) &&
        t->norm[tok_end(t, k - 1) - 1] == 's')
        return 1;
    return k > j && tok_is(t, k, "of") ? 1 : 0;
}

/* After the head: "women and children", "men, women and children", and
 * "members of the Panama Defense Forces". Returns the new end. */
static size_t extend_head(const fig_ctx *c, size_t end, fig_group *g)
{
    const text *t = c->t;
    /* a list is a group only when it closes with "and"/"or": in "140
     * others, officials said" the comma ends the group */
    size_t tentative = end;
    for (int k = 0; k < 4; k++) {
        int comma = tok_punct(t, tentative, ',');
        size_t m = 0;
        /* ", mostly women and children": an aside about the group, no
         * list of groups */
        if (comma && tentative + 1 < c->hi && tok_ly_adverb(t, tentative + 1))
            break;
        if (tok_is(t, tentative, "and") || tok_is(t, tentative, "or") || comma)
            m = conjunct_at(c, tentative + 1);
        if (!m)
            break;
        tentative += 1 + m;
        if (!comma)
            end = tentative;
    }
    if (tok_is(t, end, "of")) { /* "of the Panama Defense Forces" */
        size_t j = end + 1 + (size_t)tok_is(t, end + 1, "the"), k = j;
        while (k < c->hi && (cap_word(c, k) ||
                             word_in(t, k, &lex_en_figure_modifiers)))
            k += 1 + name_goes_on(c, j, k + 1);
        fig_group more = {0};
        size_t m = head_at(c, k, &more); /* "of the security forces" */
        if (m && more.head == HEAD_PERSON && !more.anonymous)
            k += m;
        if (k > j)
            end = k;
    }
    return end;
}

/* Token i is a lower-case word that may describe a noun after it
 * ("peacekeeping", "armoured"): no function word, link word, word that
 * opens a clause ("when") or a subset ("including"), nor the first word
 * of a verb of figure_verbs.txt ("taken prisoner"). */
static int plain_word(const fig_ctx *c, size_t i)
{
    const token *tk = &c->t->toks[i];
    return tk->kind == TOK_WORD && (tk->flags & TF_ALPHA) && !(tk->flags & TF_CAP) &&
           !word_in(c->t, i, &lex_en_function_words) &&
           !lex_may_first(&lex_en_figure_verbs, tk->hash) && /* "taken prisoner" */
           !word_in(c->t, i, &lex_en_figure_links) &&
           !word_in(c->t, i, &lex_en_figure_clause_words) && /* "when police" */
           !word_in(c->t, i, &lex_en_figure_pronouns) &&     /* "them students" */
           !word_in(c->t, i, &lex_en_figure_possessives) &&  /* "and her two sons" */
           !word_in(c->t, i, &lex_en_numbers) &&             /* a count of its own */
           !phrase_at(c->t, i, c->hi, &lex_en_figure_subset, NULL); /* "including army officers" */
}

/* "112 reported fatalities", "30 confirmed deaths": a word of a report
 * before a noun of an event (which the loop then reads), not the verb
 * "reported killed". */
static int report_word(const fig_ctx *c, size_t k)
{
    if (!(tok_is(c->t, k, "reported") || tok_is(c->t, k, "confirmed") ||
          tok_is(c->t, k, "recorded") || tok_is(c->t, k, "documented") ||
          tok_is(c->t, k, "verified")))
        return 0;
    fig_group h = {0};
    return head_at(c, k + 1, &h) && h.head == HEAD_EVENT && h.kind;
}

/* A listed noun after one or two unlisted describing words at j ("70
 * peacekeeping operations", "500 peacekeeping troops"): sets g and returns
 * 1. */
static int head_after_words(const fig_ctx *c, size_t j, fig_group *g)
{
    for (size_t k = j; k < j + 2 && k + 1 < c->hi && (plain_word(c, k) || report_word(c, k));
         k++) {
        fig_group h = *g;
        size_t n = head_at(c, k + 1, &h);
        if (n && (h.head == HEAD_THING || (h.head == HEAD_PERSON && !h.anonymous) ||
                  (h.head == HEAD_EVENT && h.kind))) { /* "16,988 civilian deaths" */
            *g = h;
            g->end = k + 1 + n;
            return 1;
        }
    }
    return 0;
}

/* Token j is a lower-case plural no list names ("onlookers"). */
static int unlisted_plural(const fig_ctx *c, size_t j)
{
    const token *tk = j < c->hi ? &c->t->toks[j] : NULL;
    size_t n = tk ? tok_len(c->t, j) : 0;
    return tk && tk->kind == TOK_WORD && (tk->flags & TF_ALPHA) &&
           !(tk->flags & TF_CAP) && n > 3 && tok_str(c->t, j)[n - 1] == 's' &&
           !word_in(c->t, j, &lex_en_function_words) &&
           !word_in(c->t, j, &lex_en_figure_links) &&
           !word_in(c->t, j, &lex_en_figure_not_plurals); /* "across" */
}

/* A hyphenated modifier at token j ("French-speaking", "pro-government",
 * "well-armed", "45-year-old"): its length in tokens, or 0. */

/* A number right before token j ("120 more executions", not "a few more
 * lives" after "save"). */
static int counted_before(const fig_ctx *c, size_t j)
{
    const text *t = c->t;
    return j > 0 && (t->toks[j - 1].kind == TOK_NUM || word_in(t, j - 1, &lex_en_numbers));
}

static size_t compound_at(const fig_ctx *c, size_t j)
{
    const text *t = c->t;
    size_t k = j + 1;
    /* "45-year-old" too */
    if (j >= c->hi || (t->toks[j].kind != TOK_WORD && t->toks[j].kind != TOK_NUM))
        return 0;
    while (k + 1 < c->hi && tok_punct(t, k, '-') && !(t->toks[k].flags & TF_SPACE) &&
           t->toks[k + 1].kind == TOK_WORD && !(t->toks[k + 1].flags & TF_SPACE))
        k += 2;
    return k > j + 1 ? k - j : 0;
}

void fig_group_read(const fig_ctx *c, size_t i, int of, fig_group *g)
{
    memset(g, 0, sizeof *g);
    if (of && tok_is(c->t, i, "of"))
        i++;
    g->start = g->end = i;
    size_t j = i, mods = 0;
    while (j < c->hi && mods <= 3) {
        /* "42 kidnapped hostages", "12 wounded soldiers": a participle of
         * what was done to them, one word, before a noun of people */
        const char *done = NULL;
        fig_group person;
        if (fig_verb_at(c, j, "p", &done) == 1 && head_at(c, j + 1, &person) &&
            person.head == HEAD_PERSON && !person.anonymous) {
            fig_group_read(c, j + 1, 0, g);
            g->start = i;
            g->done = done;
            return;
        }
        size_t n = head_at(c, j, g);
        if (n) {
            g->end = j + n;
            /* "refugee children", "police officers": a second noun;
             * "three more terrorists": the noun after "more" */
            fig_group more = {0};
            size_t m = g->head == HEAD_PERSON ? head_at(c, g->end, &more) : 0;
            if (m && more.head == HEAD_PERSON && !more.anonymous) {
                if (g->anonymous) /* "16 more people": who are people */
                    g->start = g->end;
                g->end += m, g->kind = more.kind ? more.kind : g->kind;
                g->anonymous = 0;
            } else if (m && more.head == HEAD_EVENT && more.kind &&
                       (!g->anonymous || counted_before(c, j)) &&
                       !lex_may_first(&lex_en_figure_verbs, c->t->toks[g->end].hash)) {
                g->head = HEAD_EVENT; /* "16,988 civilian deaths", "120 more
                                       * executions": an event noun */
                g->kind = more.kind;
                g->anonymous = 0;
                g->end = j + n + m;
                return;
            } else if (g->anonymous && !m && unlisted_plural(c, g->end)) {
                g->head = HEAD_UNKNOWN; /* "three more terrorists" */
                g->end++;
                g->anonymous = 0;
                return;
            }
            if (g->head == HEAD_PERSON && !g->anonymous)
                g->end = extend_head(c, g->end, g);
            return;
        }
        size_t cn = compound_at(c, j);
        if (cn && j + cn < c->hi) { /* "two French-speaking journalists" */
            j += cn, mods++;
            continue;
        }
        if (word_in(c->t, j, &lex_en_figure_modifiers) || cap_word(c, j)) {
            j++, mods++;
            continue;
        }
        break;
    }
    if (j > i && demonym_plural(c, j - 1)) {
        g->head = HEAD_PERSON; /* "12 Palestinians", "two Azerbaijanis" */
        g->end = j;
        return;
    }
    if (head_after_words(c, j, g))
        return;
    g->head = HEAD_NONE;
    g->end = g->start;
    /* an unlisted plural after the number and its modifiers ("12
     * onlookers", "two Georgian citizens"): a group only if a verb confirms
     * it (kind.c) */
    if (unlisted_plural(c, j)) {
        g->head = HEAD_UNKNOWN;
        g->end = extend_head(c, j + 1, g); /* "intellectuals and community leaders" */
        return;
    }
    /* after one or two describing words: "two social leaders" */
    for (size_t k = j; k < j + 2 && k + 1 < c->hi && plain_word(c, k); k++)
        if (unlisted_plural(c, k + 1)) {
            g->head = HEAD_UNKNOWN;
            g->end = extend_head(c, k + 2, g);
            return;
        }
}
