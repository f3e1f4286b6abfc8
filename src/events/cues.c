/* cues.c - match the events stage's word lists against runs of tokens.
 *
 * A key of several words ("in the aftermath of", "didn't") is compared with
 * the normalised text of a token run, whitespace folded to one space. This
 * is only lexical matching; what a cue means is decided by its callers. */
#include <string.h>

#include "events.h"
#include "lexicons.h"

#define EV_MAX_PHRASE 7 /* most tokens in one key ("taken into custody") */

/* The text of tokens [i, i+n) with whitespace folded, into buf. */
static size_t phrase(const text *t, size_t i, size_t n, char *buf, size_t cap)
{
    size_t len = 0;
    for (size_t k = i; k < i + n; k++) {
        if (k > i && (t->toks[k].flags & TF_SPACE)) {
            if (len + 1 >= cap)
                return 0;
            buf[len++] = ' ';
        }
        size_t l = tok_len(t, k);
        if (len + l >= cap)
            return 0;
        memcpy(buf + len, tok_str(t, k), l);
        len += l;
    }
    buf[len] = 0;
    return len;
}

static int lower(int ch)
{
    return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
}

/* Some key of tab starts with s[0..n) (ASCII case folded): the keys are
 * sorted, so it is the first key not below it. Saves trying phrases at
 * words that begin none (most words). */
static int some_key_starts(const lex_table *tab, const char *s, size_t n)
{
    size_t lo = 0, hi = tab->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2, k = 0;
        const char *key = tab->entries[mid].key;
        while (k < n && key[k] && (unsigned char)key[k] == (unsigned char)lower(s[k]))
            k++;
        int below = k < n && (!key[k] || (unsigned char)key[k] < (unsigned char)lower(s[k]));
        if (below)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo >= tab->n)
        return 0;
    const char *key = tab->entries[lo].key;
    for (size_t k = 0; k < n; k++)
        if ((unsigned char)key[k] != (unsigned char)lower(s[k]))
            return 0;
    return 1;
}

const lex_entry *ev_match(const text *t, const lex_table *tab, size_t i,
                          size_t limit, size_t *n)
{
    char buf[128];
    *n = 0;
    if (i >= t->ntoks || !some_key_starts(tab, tok_str(t, i), tok_len(t, i)))
        return NULL;
    if (limit > t->ntoks)
        limit = t->ntoks;
    size_t most = limit > i ? limit - i : 0;
    if (most > EV_MAX_PHRASE)
        most = EV_MAX_PHRASE;
    for (size_t k = most; k >= 1; k--) {
        /* a phrase never crosses a sentence */
        if (t->toks[i + k - 1].sent != t->toks[i].sent)
            continue;
        size_t len = phrase(t, i, k, buf, sizeof buf);
        const lex_entry *e = len ? lex_get(tab, buf, len) : NULL;
        if (e) {
            *n = k;
            return e;
        }
    }
    *n = 0;
    return NULL;
}

int ev_cue_is(const text *t, size_t i, size_t n, const char *role)
{
    char buf[128];
    size_t len = phrase(t, i, n, buf, sizeof buf), cnt = 0;
    const lex_entry *e = len ? lex_all(&lex_en_event_cues, buf, len, &cnt) : NULL;
    for (size_t k = 0; e && k < cnt; k++)
        if (!strcmp(e[k].value, role))
            return 1;
    return 0;
}

size_t ev_cue_at(const text *t, size_t i, size_t limit, const char *role)
{
    if (limit > t->ntoks)
        limit = t->ntoks;
    if (i >= limit || !some_key_starts(&lex_en_event_cues, tok_str(t, i), tok_len(t, i)))
        return 0;
    for (size_t k = EV_MAX_PHRASE; k >= 1; k--) {
        if (i + k > limit || t->toks[i + k - 1].sent != t->toks[i].sent)
            continue;
        if (ev_cue_is(t, i, k, role))
            return k;
    }
    return 0;
}

size_t ev_cue_before(const text *t, size_t end, size_t back, const char *role)
{
    for (size_t k = 1; k <= back && k <= end; k++) {
        size_t i = end - k;
        if (t->toks[i].sent != t->toks[end - 1].sent)
            break;
        if (ev_cue_is(t, i, k, role))
            return i;
    }
    return (size_t)-1;
}

static int inside(const text *t, size_t i, dl_span sp)
{
    if (sp.end <= sp.start)
        return 0;
    dl_span ts = text_tok_span(t, i, i + 1);
    return ts.start >= sp.start && ts.end <= sp.end;
}

int ev_in_header(const dl_record *r, size_t i)
{
    const dl_document *d = &r->doc;
    return inside(&r->txt, i, d->issuer_span) || inside(&r->txt, i, d->title_span) ||
           (d->dateline && inside(&r->txt, i, d->dateline->span));
}

size_t ev_breaks_between(const text *t, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++)
        n += (t->toks[i].kind == TOK_PUNCT &&
              (tok_punct(t, i, ',') || tok_punct(t, i, ';') || tok_punct(t, i, '(') ||
               tok_punct(t, i, ':'))) ||
             ev_cue_is(t, i, 1, "stop");
    return n;
}

const ev_mention *ev_mention_at(const ev_ctx *c, size_t i)
{
    size_t lo = 0, hi = c->nm;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->m[mid].tok < i)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < c->nm && c->m[lo].tok == i ? &c->m[lo] : NULL;
}
