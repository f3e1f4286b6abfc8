/* phrase.c - lexicon look-ups over runs of tokens for the figures stage.
 *
 * Thin wrappers over text/phrase_match.c with the figures stage's reach: a
 * key may span up to twice its words plus one tokens, of any kind. */
#include "phrase.h"

#include "../text/phrase_match.h"

/* Most tokens a key of `tab` can span: words plus punctuation inside. */
static size_t max_toks(const lex_table *tab)
{
    return (size_t)tab->max_words * 2 + 1;
}

/* False when no key can start at token i (before limit): token i alone is
 * no key and no key starts with tokens i and i + 1, which are
 * phrase_match's first two steps; most look-ups that pass the first-token
 * test end there ("a" before any word but "few", "dozen", ...). */
static int may_match(const text *t, size_t i, size_t limit, const lex_table *tab)
{
    uint32_t h = t->toks[i].hash;
    if (lex_has_hash(tab, h))
        return 1;
    size_t j = i + 1;
    if (j >= limit || j >= t->ntoks)
        return 0;
    if (t->toks[j].flags & TF_SPACE)
        h = lex_hash_byte(h, ' ');
    return lex_may_start(tab, lex_hash_join(h, t->toks[j].hash, tok_len(t, j)));
}

/* phrase_at past its first test. */
size_t phrase_at_run(const text *t, size_t i, size_t limit, const lex_table *tab,
                     const lex_entry **e)
{
    if (!may_match(t, i, limit, tab))
        return 0;
    pm_opts o = {limit, max_toks(tab), 0, NULL};
    return phrase_match(t, i, tab, &o, e);
}

size_t phrase_before(const text *t, size_t end, size_t floor,
                     const lex_table *tab, const lex_entry **e)
{
    size_t most = max_toks(tab);
    if (end <= floor || end > t->ntoks)
        return 0;
    if (most > end - floor)
        most = end - floor;
    for (size_t n = most; n >= 1; n--) {
        if (!lex_may_first(tab, t->toks[end - n].hash))
            continue;
        const lex_entry *hit = phrase_lookup(t, end - n, n, tab, NULL);
        if (hit) {
            if (e)
                *e = hit;
            return n;
        }
    }
    return 0;
}

int word_in(const text *t, size_t i, const lex_table *tab)
{
    return i < t->ntoks && t->toks[i].kind != TOK_PUNCT &&
           tok_in(t, i, tab);
}
