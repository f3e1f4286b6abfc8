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

static int lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

/* Some key of `tab` starts with s[0..n) (case folded). Keys are sorted, so
 * the first key not below s is the one to look at. Most tokens start no
 * key at all; this spares them the longer look-ups. */
static int some_key_starts(const lex_table *tab, const char *s, size_t n)
{
    size_t lo = 0, hi = tab->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2, k = 0;
        const unsigned char *key = (const unsigned char *)tab->entries[mid].key;
        int below = 0;
        for (;; k++) {
            if (k == n) {
                break; /* key >= s */
            }
            unsigned char c = (unsigned char)lower((unsigned char)s[k]);
            if (key[k] != c) {
                below = key[k] < c;
                break;
            }
        }
        if (below)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo >= tab->n)
        return 0;
    const char *key = tab->entries[lo].key;
    for (size_t k = 0; k < n; k++)
        if (key[k] != lower((unsigned char)s[k]))
            return 0;
    return 1;
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
    if (!some_key_starts(tab, tok_str(t, i), tok_len(t, i)))
        return 0;
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
