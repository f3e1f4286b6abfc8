/* match.c - token helpers for the actors stage: capitalised names,
 * connectors, multi-word look-ups in the data tables, and adding an actor.
 * Knows nothing of what an actor is; the matchers decide that. */
#include <string.h>

#include "../text/phrase_match.h"
#include "actors.h"
#include "lexicons.h"

const lex_entry *act_connector_entry(const text *t, size_t i)
{
    if (!act_word(t, i) || !lex_may_first(&lex_en_actor_connectors, t->toks[i].hash))
        return NULL;
    return tok_lex(t, i, &lex_en_actor_connectors);
}

size_t act_sent_end(const text *t, size_t i)
{
    return t->sents[t->toks[i].sent].tok_end;
}

/* A hyphen or "'s" glued to the word before and after: "Secretary-General",
 * "People's". Returns the tokens it spans (2 for "-X", 2 for "'s"), else 0. */
static size_t glued(const text *t, size_t i, size_t lim)
{
    if (i + 1 >= lim || (t->toks[i].flags & TF_SPACE) ||
        (t->toks[i + 1].flags & TF_SPACE) || !act_word(t, i + 1))
        return 0;
    if (tok_punct(t, i, '-') || tok_punct(t, i, '\''))
        return 2;
    return 0;
}

/* The capitalised word k after a connector belongs to another phrase: a
 * weekday or month ("of Ukraine on Monday"), or a demonym before a
 * lower-case noun ("of Ukraine on the Russian missile strike"). */
static int outside_name(const text *t, size_t k, size_t lim)
{
    if (tok_in(t, k, &lex_en_weekdays) || tok_in(t, k, &lex_en_months))
        return 1;
    return k + 1 < lim && tok_in(t, k, &lex_en_demonyms) &&
           t->toks[k + 1].kind == TOK_WORD && !(t->toks[k + 1].flags & TF_CAP) &&
           !act_connector(t, k + 1);
}

/* "in" at j joins the place a body sits in to the name begun at i only
 * for a body that sits abroad by definition ("Embassy of China in Manila", "United
 * Nations Mission in South Sudan": data/en/issuer_abroad.txt); "the
 * National Unity Government in Pazigyi village" is the government. */
static int seated(const text *t, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++)
        if (act_word(t, k) && lex_has(&lex_en_issuer_abroad, tok_str(t, k), tok_len(t, k)))
            return 1;
    return 0;
}

size_t act_name_end(const text *t, size_t i, size_t lim)
{
    if (!act_cap(t, i) || i >= lim)
        return i;
    if (lim - i > ACT_NAME_MAX)
        lim = i + ACT_NAME_MAX; /* keeps the stage linear on "U.S. U.S. ..." */
    size_t j = i + 1, end = i + 1;
    while (j < lim) {
        size_t g = glued(t, j, lim);
        int conn = !g && act_connector(t, j); /* asked once */
        if (g) {
            j += g;
            end = j;
        } else if (act_cap(t, j) && !conn) {
            end = ++j;
        } else if (conn && !tok_is(t, j, "the") && !(tok_is(t, j, "in") && !seated(t, i, j))) {
            size_t k = j + 1;
            if (k < lim && tok_is(t, k, "the"))
                k++;
            if (!act_cap(t, k) || act_connector(t, k) || outside_name(t, k, lim))
                break;
            j = k;
        } else {
            break;
        }
    }
    return end;
}

size_t act_phrase_run(const text *t, size_t i, size_t lim, const lex_table *tab,
                      const lex_entry **e)
{
    /* Usually no key goes on past token i (the table's prefix bitset says
     * so from the hashes alone): then the answer is token i's own entry, with
     * no run of text to build. Otherwise phrase_match does the whole work. */
    uint32_t h = t->toks[i].hash;
    if (!lex_may_start(tab, h))
        return 0;
    size_t k = i + 1, limit = lim < t->ntoks ? lim : t->ntoks;
    if (k < limit) {
        if (t->toks[k].flags & TF_SPACE)
            h = lex_hash_byte(h, ' ');
        h = lex_hash_join(h, t->toks[k].hash, tok_len(t, k));
        if (lex_may_start(tab, h)) {
            pm_opts o = {lim, (size_t)tab->max_words * 3 + 1,
                         PM_FIRST_WORD | PM_END_WORD, NULL};
            return phrase_match(t, i, tab, &o, e);
        }
    }
    const lex_entry *hit = tok_lex(t, i, tab);
    if (hit && e)
        *e = hit;
    return hit ? 1 : 0;
}

const char *act_string(dl_record *r, size_t a, size_t b)
{
    const text *t = &r->txt;
    if (a >= b)
        return NULL;
    size_t s = t->toks[a].start, e = tok_end(t, b - 1), n = 0;
    char *out = arena_alloc(r->a, e - s + 1);
    if (!out)
        return NULL;
    int space = 0;
    for (size_t i = s; i < e; i++) {
        char c = t->norm[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = 1;
            continue;
        }
        if (space && n)
            out[n++] = ' ';
        space = 0;
        out[n++] = c;
    }
    out[n] = 0;
    return out;
}

const char *act_field(dl_record *r, const char *value, int i)
{
    char buf[160];
    int n = lex_field(value, i, buf, sizeof buf);
    if (n <= 0)
        return NULL;
    return arena_strdup(r->a, buf);
}

rec_actor *act_add(actx *x, size_t a, size_t b, const char *rule,
                   const char *name, const char *country, const char *sector,
                   const char *key)
{
    dl_record *r = x->r;
    size_t k = r->nactors;
    rec_actor *ac = VEC_PUSH(r->a, r->actors, r->nactors, r->cap_actors);
    if (!ac)
        return NULL;
    if (k >= x->cap_keys) {
        x->keys = arena_grow(r->a, x->keys, &x->cap_keys, k + 1, sizeof *x->keys);
        if (!x->keys)
            return NULL;
    }
    x->keys[k] = key;
    ac->pub.span = rec_tok_span(r, a, b);
    ac->pub.text = rec_span_text(r, ac->pub.span);
    ac->pub.rule = rule;
    ac->pub.name = name ? name : act_string(r, a, b);
    ac->pub.country = country;
    ac->pub.sector = sector ? sector : "other";
    ac->tok_start = a;
    ac->tok_end = b;
    ac->sent = x->t->toks[a].sent;
    for (size_t i = a; i < b; i++)
        x->taken[i] = 1;
    x->actor_at[a] = (uint32_t)k + 1;
    return ac;
}

/* Past forms ("opened", "arrested") read as verbs after a noun. */
static int past_form(const text *t, size_t i)
{
    size_t n = tok_len(t, i);
    return n > 3 && !memcmp(tok_str(t, i) + n - 2, "ed", 2);
}

int act_stands_alone(const text *t, size_t noun, size_t i)
{
    const token *n = &t->toks[noun];
    if ((n->flags & TF_CAP) && !(n->flags & TF_SENT_START))
        return 1; /* "the Government calls" */
    if (i + 1 < t->ntoks && tok_punct(t, i, '-') && !(t->toks[i].flags & TF_SPACE) &&
        !(t->toks[i + 1].flags & TF_SPACE) && t->toks[i + 1].kind == TOK_WORD)
        return 0; /* "military-industrial facilities" */
    if (!act_word(t, i) || (t->toks[i].flags & TF_CAP))
        return 1;
    /* "Police tear-gassed protesters": a verb glued by a hyphen */
    if (i + 2 < t->ntoks && tok_punct(t, i + 1, '-') && !(t->toks[i + 1].flags & TF_SPACE) &&
        !(t->toks[i + 2].flags & TF_SPACE) && past_form(t, i + 2))
        return 1;
    return past_form(t, i) ||
           tok_in(t, i, &lex_en_function_words) ||
           tok_in(t, i, &lex_en_actor_after_noun);
}

int act_span_tokens(const dl_record *r, dl_span sp, size_t *a, size_t *b)
{
    const text *t = &r->txt;
    size_t i = 0;
    while (i < t->ntoks && text_tok_span(t, i, i + 1).start < sp.start)
        i++;
    size_t j = i;
    while (j < t->ntoks && text_tok_span(t, j, j + 1).end <= sp.end)
        j++;
    *a = i;
    *b = j;
    return j > i;
}
