/* phrase.c - lexicon look-ups over runs of tokens for the figures stage.
 *
 * Joins up to a table's longest key of tokens into a small buffer, spaces
 * only where the text had them, and asks the lexicon. Nothing else. */
#include "phrase.h"

#include <string.h>

#define KEY_MAX 96

/* Join tokens [i, i+n) into buf; 0 when too long. */
static size_t join(const text *t, size_t i, size_t n, char *buf)
{
    size_t len = 0;
    for (size_t k = i; k < i + n; k++) {
        size_t tl = tok_len(t, k);
        int sp = k > i && (t->toks[k].flags & TF_SPACE);
        if (len + tl + (size_t)sp >= KEY_MAX)
            return 0;
        if (sp)
            buf[len++] = ' ';
        memcpy(buf + len, tok_str(t, k), tl);
        len += tl;
    }
    return len;
}

/* Most tokens a key of `tab` can span: words plus punctuation inside. */
static size_t max_toks(const lex_table *tab)
{
    return (size_t)tab->max_words * 2 + 1;
}

size_t phrase_at(const text *t, size_t i, size_t limit, const lex_table *tab,
                 const lex_entry **e)
{
    char buf[KEY_MAX];
    size_t most = max_toks(tab);
    if (limit > t->ntoks)
        limit = t->ntoks;
    if (i >= limit)
        return 0;
    if (most > limit - i)
        most = limit - i;
    for (size_t n = most; n >= 1; n--) {
        size_t len = join(t, i, n, buf);
        const lex_entry *hit = len ? lex_get(tab, buf, len) : NULL;
        if (hit) {
            if (e)
                *e = hit;
            return n;
        }
    }
    return 0;
}

size_t phrase_before(const text *t, size_t end, size_t floor,
                     const lex_table *tab, const lex_entry **e)
{
    char buf[KEY_MAX];
    size_t most = max_toks(tab);
    if (end <= floor || end > t->ntoks)
        return 0;
    if (most > end - floor)
        most = end - floor;
    for (size_t n = most; n >= 1; n--) {
        size_t len = join(t, end - n, n, buf);
        const lex_entry *hit = len ? lex_get(tab, buf, len) : NULL;
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
           lex_has(tab, tok_str(t, i), tok_len(t, i));
}
