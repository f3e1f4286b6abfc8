/* phrase_match.c - longest-key matching of lexicons against token runs.
 *
 * Extends the run one token at a time, joining the tokens' precomputed
 * hashes, and stops as soon as no key starts with the text so far (the
 * table's prefix bitset), so most tokens cost a multiply and a bit test.
 * Knows no word itself. */
#include "phrase_match.h"

#include <string.h>

#define PM_KEY_MAX 128 /* longer than any key */

/* A run of tokens [first, end) and the hash of its text. The text itself
 * is written to buf (up to token `built`) only when the table holds a key
 * of that hash: most runs never need it. */
typedef struct {
    char buf[PM_KEY_MAX];
    size_t len;           /* bytes of the run's text */
    size_t first, end;    /* its tokens */
    size_t built, blen;   /* tokens and bytes written to buf */
    uint32_t h;
} run;

static void run_start(run *r, size_t first)
{
    r->len = r->blen = 0;
    r->first = r->end = r->built = first;
    r->h = LEX_HASH_INIT;
}

/* The space written before token k of the run (its text had whitespace). */
static int run_space(const run *r, const text *t, size_t k)
{
    return k > r->first && (t->toks[k].flags & TF_SPACE);
}

/* Append token k (a space first when the text had one and the run is not
 * empty). 0 when the run grows too long to be a key. */
static inline int run_add(run *r, const text *t, size_t k)
{
    size_t tl = tok_len(t, k);
    int sp = run_space(r, t, k);
    if (r->len + tl + (size_t)sp >= sizeof r->buf)
        return 0;
    if (sp)
        r->h = lex_hash_byte(r->h, ' ');
    r->h = lex_hash_join(r->h, t->toks[k].hash, tl);
    r->len += tl + (size_t)sp;
    r->end = k + 1;
    return 1;
}

/* Write the run's text to buf. */
static void run_text(run *r, const text *t)
{
    for (; r->built < r->end; r->built++) {
        size_t k = r->built, tl = tok_len(t, k);
        if (run_space(r, t, k))
            r->buf[r->blen++] = ' ';
        memcpy(r->buf + r->blen, tok_str(t, k), tl);
        r->blen += tl;
    }
}

/* The table has a key of hash h (or several share its slot's hash). */
static int hash_present(const lex_table *tab, uint32_t h)
{
    uint32_t mask = (1u << tab->slot_bits) - 1;
    uint32_t j = (h * LEX_HASH_MIX) >> (32 - tab->slot_bits);
    for (; tab->slots[j]; j = (j + 1) & mask)
        if (tab->slot_hash[j] == h)
            return 1;
    return 0;
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
        if (e[k].value[0] == value[0] && !strcmp(e[k].value, value))
            return &e[k];
    return NULL;
}

/* The entry of the run's text, restricted to `value`. */
static const lex_entry *entry_of(const lex_table *tab, run *r, const text *t,
                                 const char *value)
{
    if (!hash_present(tab, r->h))
        return NULL;
    if (r->end == r->first + 1) /* one token: its own text, no copy */
        return entry_of_text(tab, r->h, tok_str(t, r->first),
                             tok_len(t, r->first), value);
    run_text(r, t);
    return entry_of_text(tab, r->h, r->buf, r->blen, value);
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
    size_t limit = o->limit < t->ntoks ? o->limit : t->ntoks, best = 0;
    /* most runs end at their first token: test it before any set-up */
    if (i >= limit || !lex_may_first(tab, t->toks[i].hash) ||
        ((o->flags & PM_FIRST_WORD) && t->toks[i].kind != TOK_WORD))
        return 0;
    run r; /* not cleared: only what run_start sets is read */
    run_start(&r, i);
    for (size_t k = i; k < limit && k - i < o->max_toks; k++) {
        if (!may_span(t, i, k, o->flags) || !run_add(&r, t, k) ||
            !lex_may_start(tab, r.h))
            break;
        if ((o->flags & PM_END_WORD) && t->toks[k].kind != TOK_WORD &&
            !tok_punct(t, k, '.'))
            continue;
        const lex_entry *hit = entry_of(tab, &r, t, o->value);
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
    if (n == 0 || i + n > t->ntoks || !lex_may_first(tab, t->toks[i].hash))
        return NULL;
    if (n == 1) /* the token's own hash and text: no copy */
        return hash_present(tab, t->toks[i].hash)
                   ? entry_of_text(tab, t->toks[i].hash, tok_str(t, i),
                                   tok_len(t, i), value)
                   : NULL;
    run r;
    run_start(&r, i);
    for (size_t k = i; k < i + n; k++)
        if (!run_add(&r, t, k))
            return NULL;
    return entry_of(tab, &r, t, value);
}
