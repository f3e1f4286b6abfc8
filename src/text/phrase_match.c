/* phrase_match.c - longest-key matching of lexicons against token runs.
 *
 * Extends the run one token at a time, joining the tokens' precomputed
 * hashes, and stops as soon as no key starts with the text so far (the
 * table's prefix bitset), so most tokens cost a multiply and a bit test.
 * Knows no word itself. */
#include "phrase_match.h"

#include <string.h>

#define PM_KEY_MAX 128 /* longer than any key */

/* The text of a run so far and its hash. */
typedef struct {
    char buf[PM_KEY_MAX];
    size_t len;
    uint32_t h;
} run;

/* Append token k (a space first when the text had one and the run is not
 * empty). 0 when the run grows too long to be a key. */
static int run_add(run *r, const text *t, size_t k)
{
    size_t tl = tok_len(t, k);
    int sp = r->len && (t->toks[k].flags & TF_SPACE);
    if (r->len + tl + (size_t)sp >= sizeof r->buf)
        return 0;
    if (sp) {
        r->buf[r->len++] = ' ';
        r->h = lex_hash_byte(r->h, ' ');
    }
    memcpy(r->buf + r->len, tok_str(t, k), tl);
    r->h = lex_hash_join(r->h, t->toks[k].hash, tl);
    r->len += tl;
    return 1;
}

/* The entry of key s[0..len) with hash h, restricted to `value`. */
static const lex_entry *entry_of_text(const lex_table *tab, uint32_t h,
                                      const char *s, size_t len,
                                      const char *value)
{
    size_t cnt = 0;
    const lex_entry *e = lex_all_hashed(tab, h, s, len, value ? &cnt : NULL);
    if (!e || !value)
        return e;
    for (size_t k = 0; k < cnt; k++)
        if (!strcmp(e[k].value, value))
            return &e[k];
    return NULL;
}

/* The entry of the run's text, restricted to `value`. */
static const lex_entry *entry_of(const lex_table *tab, const run *r,
                                 const char *value)
{
    return entry_of_text(tab, r->h, r->buf, r->len, value);
}

/* Token k may be part of a run under the options started at i. */
static int may_span(const text *t, size_t i, size_t k, unsigned flags)
{
    if ((flags & PM_SAME_SENT) && t->toks[k].sent != t->toks[i].sent)
        return 0;
    if ((flags & PM_NO_PUNCT) && t->toks[k].kind == TOK_PUNCT &&
        !tok_punct(t, k, '-') && !tok_punct(t, k, '\''))
        return 0;
    return 1;
}

size_t phrase_match(const text *t, size_t i, const lex_table *tab,
                    const pm_opts *o, const lex_entry **e)
{
    run r = {.len = 0, .h = LEX_HASH_INIT};
    size_t limit = o->limit < t->ntoks ? o->limit : t->ntoks, best = 0;
    /* most runs end at their first token: test it before any set-up */
    if (i >= limit || !lex_may_start(tab, t->toks[i].hash) ||
        ((o->flags & PM_FIRST_WORD) && t->toks[i].kind != TOK_WORD))
        return 0;
    for (size_t k = i; k < limit && k - i < o->max_toks; k++) {
        if (!may_span(t, i, k, o->flags) || !run_add(&r, t, k) ||
            !lex_may_start(tab, r.h))
            break;
        if ((o->flags & PM_END_WORD) && t->toks[k].kind != TOK_WORD &&
            !tok_punct(t, k, '.'))
            continue;
        const lex_entry *hit = entry_of(tab, &r, o->value);
        if (hit) {
            best = k + 1 - i;
            if (e)
                *e = hit;
        }
    }
    return best;
}

const lex_entry *phrase_lookup(const text *t, size_t i, size_t n,
                               const lex_table *tab, const char *value)
{
    if (n == 0 || i + n > t->ntoks || !lex_may_start(tab, t->toks[i].hash))
        return NULL;
    if (n == 1) /* the token's own hash and text: no copy */
        return entry_of_text(tab, t->toks[i].hash, tok_str(t, i), tok_len(t, i),
                             value);
    run r = {.len = 0, .h = LEX_HASH_INIT};
    for (size_t k = i; k < i + n; k++)
        if (!run_add(&r, t, k))
            return NULL;
    return entry_of(tab, &r, value);
}

const lex_entry *tok_lex_all(const text *t, size_t i, const lex_table *tab,
                             size_t *count)
{
    return lex_all_hashed(tab, t->toks[i].hash, tok_str(t, i), tok_len(t, i),
                          count);
}
