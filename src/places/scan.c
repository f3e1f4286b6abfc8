/* scan.c - find runs of tokens that name something in the gazetteer.
 *
 * At each capitalised word, tries the longest run of up to GAZ_MAX_WORDS
 * words (joined by hyphens, dots and apostrophes as written) whose
 * normalised text is a gazetteer name. Choosing among the candidates is
 * resolve.c's job; this file only finds them and marks pairs and datelines. */
#include <string.h>

#include "lexicons.h"
#include "places.h"

static int is_word(const text *t, size_t i)
{
    return t->toks[i].kind == TOK_WORD;
}

static int is_cap(const text *t, size_t i)
{
    return is_word(t, i) && (t->toks[i].flags & (TF_CAP | TF_UPPER));
}

/* Tokens that may sit inside a name: words, and '-', '.', '\'' joined
 * without spaces before them ("Nagorno-Karabakh", "St. Louis"). */
static int joins(const text *t, size_t i)
{
    if (t->toks[i].flags & TF_NEWLINE)
        return 0;
    if (is_word(t, i))
        return 1;
    return tok_punct(t, i, '-') || tok_punct(t, i, '.') ||
           tok_punct(t, i, '\'');
}

/* A lower-case word glued to the one before by an apostrophe ("Sana'a"). */
static int glued(const text *t, size_t i)
{
    return i >= 2 && !(t->toks[i].flags & TF_SPACE) && tok_punct(t, i - 1, '\'') &&
           !(t->toks[i - 1].flags & TF_SPACE);
}

/* The longest name starting at token i: fills m and returns its length in
 * tokens, or 0. */
static size_t longest(dl_record *r, size_t i, pl_mention *m)
{
    const text *t = &r->txt;
    size_t end = i, words = 0, best = 0, nbest = 0;
    char key[GAZ_MAX_KEY];
    gaz_hit hits[PL_MAX_HITS], found[PL_MAX_HITS];
    while (end < t->ntoks && words < GAZ_MAX_WORDS &&
           t->toks[end].sent == t->toks[i].sent && (end == i || joins(t, end))) {
        words += is_word(t, end);
        size_t last = ++end;
        if (!is_word(t, last - 1))
            continue;
        size_t a = t->toks[i].start, b = tok_end(t, last - 1);
        if (b - a >= GAZ_MAX_KEY || !gaz_norm(t->norm + a, b - a, key, sizeof key))
            break;
        int more = 0;
        size_t n = gaz_probe(key, hits, PL_MAX_HITS, &more);
        if (n && (is_cap(t, last - 1) || glued(t, last - 1))) {
            nbest = n < PL_MAX_HITS ? n : PL_MAX_HITS;
            memcpy(found, hits, nbest * sizeof *hits);
            best = last;
        }
        /* no longer name goes on with these words (an apostrophe or a
         * hyphen glued to the last one may still join it: "Sana'a") */
        if (!more && !(end < t->ntoks && !(t->toks[end].flags & TF_SPACE) &&
                       t->toks[end].kind == TOK_PUNCT))
            break;
    }
    if (!best)
        return 0;
    m->hits = arena_alloc(r->a, nbest * sizeof *m->hits);
    if (!m->hits)
        return 0;
    memcpy(m->hits, found, nbest * sizeof *m->hits);
    m->nhits = nbest;
    m->first = i;
    m->last = best;
    /* "North Pyongan Province", "Tigray Region": the type word joins */
    if (best < t->ntoks && is_cap(t, best) && t->toks[best].sent == t->toks[i].sent &&
        !(t->toks[best].flags & TF_NEWLINE)) {
        const lex_entry *c = lex_get(&lex_en_place_cues, tok_str(t, best), tok_len(t, best));
        for (size_t h = 0; c && !strcmp(c->value, "type") && h < nbest; h++)
            if (found[h].e->kind == GAZ_REGION) {
                m->last = best + 1;
                m->typed = 1;
                break;
            }
    }
    return m->last - i;
}

/* "Paris, Texas": a mention directly followed by a comma and another. */
static void mark_pairs(const text *t, pl_mention *m, size_t n)
{
    for (size_t k = 0; k + 1 < n; k++) {
        size_t c = m[k].last, d = c + 1;
        if (d < t->ntoks && tok_is(t, d, "the"))
            d++;
        if (c < t->ntoks && (tok_is(t, c, "and") || tok_is(t, c, "or")) &&
            m[k + 1].first == c + 1)
            m[k + 1].listed = 1;
        if (c < t->ntoks && tok_is(t, c, "in") && m[k + 1].first == d &&
            t->toks[c].sent == t->toks[d].sent)
            m[k].in_next = 1;
        if (c < t->ntoks && tok_punct(t, c, ',') && m[k + 1].first == c + 1 &&
            t->toks[c].sent == t->toks[c + 1].sent) {
            m[k].pair_next = 1;
            m[k + 1].pair_prev = 1;
        }
    }
}

static void mark_dateline(dl_record *r, pl_mention *m, size_t n)
{
    const dl_dateline *d = r->doc.dateline;
    if (!d || !d->place)
        return;
    for (size_t k = 0; k < n; k++) {
        dl_span sp = rec_tok_span(r, m[k].first, m[k].last);
        if (sp.start >= d->span.start && sp.end <= d->span.end) {
            m[k].in_dateline = 1;
            return;
        }
    }
}

dl_status pl_scan(dl_record *r, pl_mention **out, size_t *count)
{
    const text *t = &r->txt;
    pl_mention *m = NULL;
    size_t n = 0, cap = 0;
    pl_mention cur;
    for (size_t i = 0; i < t->ntoks;) {
        size_t len = 0;
        memset(&cur, 0, sizeof cur);
        if (is_cap(t, i))
            len = longest(r, i, &cur);
        if (!len) {
            i++;
            continue;
        }
        pl_mention *slot = VEC_PUSH(r->a, m, n, cap);
        if (!slot)
            return DL_ENOMEM;
        *slot = cur;
        slot->best = -1;
        i += len;
    }
    mark_pairs(t, m, n);
    mark_dateline(r, m, n);
    *out = m;
    *count = n;
    return DL_OK;
}
