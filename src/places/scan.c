/* scan.c - find runs of tokens that name something in the gazetteer.
 *
 * At each capitalised word, tries the longest run of up to GAZ_MAX_WORDS
 * words (joined by hyphens, dots and apostrophes as written) whose
 * normalised text is a gazetteer name. Choosing among the candidates is
 * resolve.c's job; this file only finds them and marks pairs and datelines. */
#include <stdlib.h>
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

/* Token i is the letter "s" (as after a possessive's apostrophe). */
static int tw_s(const text *t, size_t i)
{
    return tok_len(t, i) == 1 && (t->norm[t->toks[i].start] | 32) == 's';
}

/* Byte -> lower-case ASCII letter or digit, 0 for any other byte. */
static const char word_fold[256] = {
    ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4',
    ['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9',
#define AZ(c) [c] = c, [c - 32] = c
    AZ('a'), AZ('b'), AZ('c'), AZ('d'), AZ('e'), AZ('f'), AZ('g'), AZ('h'),
    AZ('i'), AZ('j'), AZ('k'), AZ('l'), AZ('m'), AZ('n'), AZ('o'), AZ('p'),
    AZ('q'), AZ('r'), AZ('s'), AZ('t'), AZ('u'), AZ('v'), AZ('w'), AZ('x'),
    AZ('y'), AZ('z'),
#undef AZ
};

static int vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* gaz_norm of one token of ASCII letters and digits (the usual word of a
 * name) without its general path: folded, doubled letters and a final 'h'
 * after a vowel dropped as gaz_norm's loosen() does; *h continues
 * gaz_hash over what it writes. Returns the length, or 0 when the token
 * needs the general path. */
static size_t norm_word(const text *t, size_t i, char *out, size_t cap, uint32_t *h)
{
    const unsigned char *s = (const unsigned char *)tok_str(t, i);
    size_t n = tok_len(t, i), w = 0;
    uint32_t hh = *h;
    char prev = 0, c;
    if (!n || n + 1 >= cap)
        return 0;
    char last = 0; /* the letter before k as read */
    for (size_t k = 0; k + 1 < n; k++) {
        if (!(c = word_fold[s[k]]))
            return 0;
        char read = c;
        c = gaz_translit(last, c, word_fold[s[k + 1]]);
        last = read;
        if (!c || c == prev)
            continue;
        out[w++] = prev = c;
        hh = (hh ^ (unsigned char)c) * 16777619u;
    }
    if (!(c = word_fold[s[n - 1]]))
        return 0;
    c = gaz_translit(last, c, 0); /* "Jonglei": its final 'i' after 'e' */
    if (c && c != prev && !(c == 'h' && vowel(prev))) {
        out[w++] = c;
        hh = (hh ^ (unsigned char)c) * 16777619u;
    }
    out[w] = 0;
    *h = hh;
    return w;
}

/* Only ASCII whitespace lies between token j and the one before it. */
static int spaced(const text *t, size_t j)
{
    if (!(t->toks[j].flags & TF_SPACE))
        return 0;
    for (size_t p = tok_end(t, j - 1); p < t->toks[j].start; p++)
        if (!strchr(" \t\n\r", t->norm[p]) || !t->norm[p])
            return 0;
    return 1;
}

/* The normal form of tokens [i, last) into key and its gaz_hash into *h;
 * *klen and *kend say what key holds (tokens [i, *kend)), so a word after
 * a space is appended to the key of the words before it: gaz_norm keeps
 * words apart, so that is the same key. Returns the length, 0 when it does
 * not fit. */
static size_t run_key(const text *t, size_t i, size_t last, char *key,
                      size_t *klen, size_t *kend, uint32_t *h)
{
    size_t n = 0;
    uint32_t hh = 2166136261u; /* gaz_hash of "" */
    if (last == i + 1) {
        n = norm_word(t, i, key, GAZ_MAX_KEY, &hh);
    } else if (*kend == last - 1 && *klen && is_word(t, last - 2) && spaced(t, last - 1) &&
               *klen + 2 < GAZ_MAX_KEY) {
        hh = (*h ^ (unsigned char)' ') * 16777619u;
        n = norm_word(t, last - 1, key + *klen + 1, GAZ_MAX_KEY - *klen - 1, &hh);
        if (n) {
            key[*klen] = ' ';
            n += *klen + 1;
        }
    }
    if (!n) {
        size_t a = t->toks[i].start, b = tok_end(t, last - 1);
        n = gaz_norm(t->norm + a, b - a, key, GAZ_MAX_KEY);
        hh = gaz_hash(key);
    }
    *klen = n;
    *kend = last;
    *h = hh;
    return n;
}

/* Keys found in this document by hash (direct-mapped): a statement names
 * the same places and capitalised words again and again, and a key seen
 * before is found here instead of in the megabyte of gazetteer slots. Only
 * keys found are kept, and each is checked against the key text. */
#define SEEN_SLOTS 256
typedef struct {
    uint32_t h;
    uint32_t k; /* 1 + key index (gaz_find), 0 empty */
} seen_key;

static long find_key(seen_key *seen, const char *key, uint32_t h)
{
    seen_key *s = &seen[h & (SEEN_SLOTS - 1)];
    if (s->k && s->h == h && gaz_key_is((long)s->k - 1, key, strlen(key)))
        return (long)s->k - 1;
    long k = gaz_find(key, h);
    if (k >= 0) {
        s->h = h;
        s->k = (uint32_t)k + 1;
    }
    return k;
}

/* Letters a and b share at their start, up to the first space. */
static size_t shared_prefix(const char *a, const char *b)
{
    size_t n = 0;
    while (a[n] && a[n] != ' ' && a[n] == b[n])
        n++;
    return n;
}

/* "Kherson oblast", "the Kharkiv region", "Gao Region": a city's name
 * before a type word, and the first-level subdivision it lies in is
 * named for it (ISO's "Khersonska oblast": four letters or more in
 * common, and half the name's), where the gazetteer has no region of
 * that name. The region is meant. NULL when no city hit has one. */
static const gaz_entry *region_named_for(const text *t, size_t i, size_t end,
                                         const gaz_hit *hits, size_t n)
{
    char key[GAZ_MAX_KEY], rk[GAZ_MAX_KEY];
    size_t a = t->toks[i].start, kn;
    if (!(kn = gaz_norm(tok_str(t, i), tok_end(t, end - 1) - a, key, sizeof key)))
        return NULL;
    for (size_t h = 0; h < n; h++) {
        const gaz_entry *e = hits[h].e, *reg;
        if (e->kind != GAZ_CITY || !e->admin1_at || !(reg = gaz_by_id(gaz_admin1(e))) ||
            reg->kind != GAZ_REGION || !gaz_norm(gaz_name(reg), strlen(gaz_name(reg)), rk, sizeof rk))
            continue;
        size_t p = shared_prefix(key, rk);
        if (p >= 4 && 2 * p >= kn)
            return reg;
    }
    return NULL;
}

/* The longest name starting at token i: fills m and returns its length in
 * tokens, or 0. */
static size_t longest(dl_record *r, size_t i, pl_mention *m, seen_key *seen)
{
    const text *t = &r->txt;
    size_t end = i, words = 0, best = 0, nbest = 0, klen = 0, kend = 0;
    uint32_t h = 0;
    char key[GAZ_MAX_KEY];
    /* the hits of the run so far and of the best run: two buffers that
     * change roles, not copies */
    gaz_hit buf[2][PL_MAX_HITS], *hits = buf[0], *found = buf[1];
    while (end < t->ntoks && words < GAZ_MAX_WORDS &&
           t->toks[end].sent == t->toks[i].sent && (end == i || joins(t, end))) {
        words += is_word(t, end);
        size_t last = ++end;
        if (!is_word(t, last - 1))
            continue;
        size_t a = t->toks[i].start, b = tok_end(t, last - 1);
        if (b - a >= GAZ_MAX_KEY || !run_key(t, i, last, key, &klen, &kend, &h))
            break;
        int more = 0;
        size_t n = gaz_key_hits(find_key(seen, key, h), hits, PL_MAX_HITS, &more);
        /* "Cuba's" is Cuba's, not a town "Cubas" */
        if (n && (is_cap(t, last - 1) || glued(t, last - 1)) &&
            !(best && glued(t, last - 1) && tw_s(t, last - 1))) {
            nbest = n < PL_MAX_HITS ? n : PL_MAX_HITS;
            gaz_hit *sw = found;
            found = hits;
            hits = sw;
            best = last;
        }
        /* no longer name goes on with these words (a token glued to the
         * last one may still join it: "Sana'a", and "U.S" whose key "us"
         * no name of "u" and a space begins) */
        if (!more && !(end < t->ntoks && !(t->toks[end].flags & TF_SPACE)))
            break;
    }
    if (!best)
        return 0;
    static const pl_mention none; /* all zero: copied, not cleared in place */
    *m = none;
    m->hits = arena_alloc_raw(r->a, nbest * sizeof *m->hits); /* copied into */
    if (!m->hits)
        return 0;
    memcpy(m->hits, found, nbest * sizeof *m->hits);
    m->minor = 1;
    for (size_t k = 0; k < nbest; k++)
        m->minor &= (found[k].flags & GAZN_MINOR) != 0;
    /* resolving reads each candidate's entry (a cache line of its own, most
     * often not in cache): start loading them now, while the scan goes on
     * (the first few: more would wait for the loads in flight); a small
     * town's only if it may stand (pl_scan) */
    for (size_t k = 0; k < nbest && k < 4 && !m->minor; k++)
        __builtin_prefetch(found[k].e);
    m->nhits = nbest;
    m->first = i;
    m->last = best;
    /* "North Pyongan Province", "Tigray Region": the type word joins, and
     * the region is meant; after "the Idlib governorate" too, though a
     * lower-case type word stays out of the name; "Gaza City": the city
     * is */
    if (best < t->ntoks && t->toks[best].sent == t->toks[i].sent &&
        !(t->toks[best].flags & TF_NEWLINE) && t->toks[best].kind == TOK_WORD) {
        const lex_entry *c = pl_word(t, best, &lex_en_place_cues);
        int city = c && !strcmp(c->value, "settlement");
        for (size_t h = 0; c && (city ? is_cap(t, best) : !strcmp(c->value, "type")) &&
                           h < nbest; h++)
            if (found[h].e->kind == (city ? GAZ_CITY : GAZ_REGION)) {
                m->last = best + is_cap(t, best); /* a name's word, not "province" */
                m->typed = city ? 2 : 1;
                break;
            }
        const gaz_entry *reg;
        int region = 0;
        for (size_t h = 0; h < nbest; h++)
            region |= found[h].e->kind == GAZ_REGION;
        if (!m->typed && !region && c && !strcmp(c->value, "type") &&
            (reg = region_named_for(t, i, best, found, nbest))) {
            m->hits[0] = (gaz_hit){reg, 0};
            m->nhits = 1;
            m->last = best + is_cap(t, best);
            m->typed = 1;
        }
    }
    return m->last - i;
}

/* Token i is the lower-case word w of n letters (a cheap length test
 * first: most tokens are not). */
static int word_eq(const text *t, size_t i, const char *w, size_t n)
{
    return i < t->ntoks && tok_len(t, i) == n && tok_is(t, i, w);
}

/* "Paris, Texas": a mention directly followed by a comma and another. A
 * small town (GAZ_MINOR) may be qualified, never qualify: "Kennebunkport,
 * Maine", but not "Bear, Stearns" (nor "Palma in X"). */
/* Mention k + 1 follows mention k after a comma, "and", "or" or ", and":
 * 1 for a comma alone, 2 for a word of a list's end, else 0. */
static int joined_to_next(const text *t, const pl_mention *m, size_t k)
{
    size_t c = m[k].last;
    if (c >= t->ntoks || t->toks[c].sent != t->toks[m[k + 1].first].sent)
        return 0;
    if (tok_punct(t, c, ',') && m[k + 1].first == c + 1)
        return 1;
    if (tok_punct(t, c, ',') && c + 1 < t->ntoks)
        c++; /* ", and" */
    return (word_eq(t, c, "and", 3) || word_eq(t, c, "or", 2)) && m[k + 1].first == c + 1
               ? 2 : 0;
}

/* "Adana, Adıyaman, Elazığ, Gaziantep, Hatay and Kilis": three or more
 * places joined by commas and closed by "and" or "or" (its last no pair's
 * first) are a list, not pairs of a place and the region it is in; each
 * is listed. The mentions from k on: the list's length, or 0. */
static size_t list_at(const text *t, pl_mention *m, size_t n, size_t k)
{
    size_t j = k;
    int how = 0;
    while (j + 1 < n && (how = joined_to_next(t, m, j)) == 1)
        j++;
    /* "in Baku, Azerbaijan, and Tbilisi, Georgia": pairs listed */
    if (how != 2 || j - k < 1 || (j + 2 < n && joined_to_next(t, m, j + 1) == 1))
        return 0;
    for (size_t q = k; q <= j + 1; q++)
        m[q].listed = 1;
    return j + 2 - k;
}

static void mark_pairs(const text *t, pl_mention *m, size_t n)
{
    for (size_t k = 0; k + 1 < n; k++) {
        size_t c = m[k].last, d = c + 1;
        int minor = m[k + 1].minor;
        size_t len = list_at(t, m, n, k);
        if (len) {
            k += len - 2; /* the loop's step reaches the last */
            continue;
        }
        if (word_eq(t, d, "the", 3))
            d++;
        if ((word_eq(t, c, "and", 3) || word_eq(t, c, "or", 2)) &&
            m[k + 1].first == c + 1)
            m[k + 1].listed = 1;
        if (minor)
            continue;
        if (word_eq(t, c, "in", 2) && m[k + 1].first == d &&
            t->toks[c].sent == t->toks[d].sent)
            m[k].in_next = 1;
        /* two towns of "the cities of ..." are no town and its region */
        if (c < t->ntoks && tok_punct(t, c, ',') && m[k + 1].first == c + 1 &&
            t->toks[c].sent == t->toks[c + 1].sent && !(m[k].typed == 2 && m[k + 1].typed == 2)) {
            m[k].pair_next = 1;
            m[k + 1].pair_prev = 1;
        }
    }
}

/* Token i is a plural type word ("regions", "provinces"). */
static int plural_type(const text *t, size_t i)
{
    if (i >= t->ntoks || t->toks[i].kind != TOK_WORD || tok_len(t, i) < 2 ||
        (tok_str(t, i)[tok_len(t, i) - 1] | 32) != 's')
        return 0;
    const lex_entry *c = pl_word(t, i, &lex_en_place_cues);
    return c && !strcmp(c->value, "type");
}

/* "over the Kyiv, Poltava and Kharkiv regions": a plural type word after
 * the last of a list types every name of it, as the type word after one
 * name does (a region of that name, or the one named for the city). */
static void type_lists(dl_record *r, pl_mention *m, size_t n)
{
    const text *t = &r->txt;
    for (size_t k = 1; k < n; k++) {
        if (m[k].typed != 1 || !plural_type(t, m[k].last))
            continue;
        for (size_t j = k; j > 0; j--) {
            pl_mention *p = &m[j - 1];
            size_t gap = m[j].first - p->last;
            if (gap < 1 || gap > 2 ||
                !(tok_punct(t, p->last, ',') || word_eq(t, p->last, "and", 3)) ||
                (gap == 2 && !word_eq(t, p->last + 1, "and", 3)))
                break;
            int region = 0;
            for (size_t h = 0; h < p->nhits; h++)
                region |= p->hits[h].e->kind == GAZ_REGION;
            const gaz_entry *reg = region ? NULL : region_named_for(t, p->first, p->last,
                                                                     p->hits, p->nhits);
            if (!region && !reg)
                break;
            if (reg) {
                p->hits[0] = (gaz_hit){reg, 0};
                p->nhits = 1;
            }
            p->typed = 1;
        }
    }
}

/* "in the cities of Tangier, Tetouan, Fez and Meknes": a plural word of
 * towns before "of" types the list after it as towns (typed 2), each name
 * with a city among its candidates. */
static void city_lists(dl_record *r, pl_mention *m, size_t n)
{
    const text *t = &r->txt;
    for (size_t k = 0; k < n; k++) {
        size_t i = m[k].first;
        if (i < 2 || !word_eq(t, i - 1, "of", 2) ||
            !(word_eq(t, i - 2, "cities", 6) || word_eq(t, i - 2, "towns", 5)))
            continue;
        for (size_t j = k; j < n; j++) {
            if (j > k) {
                size_t gap = m[j].first - m[j - 1].last;
                if (gap < 1 || gap > 2 ||
                    !(tok_punct(t, m[j - 1].last, ',') || word_eq(t, m[j - 1].last, "and", 3)) ||
                    (gap == 2 && !word_eq(t, m[j - 1].last + 1, "and", 3)))
                    break;
            }
            int city = 0;
            for (size_t h = 0; h < m[j].nhits; h++)
                city |= m[j].hits[h].e->kind == GAZ_CITY;
            if (city && !m[j].typed)
                m[j].typed = 2;
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
        if (sp.start >= d->span.end)
            return; /* in text order: the rest lie after the dateline too */
        if (sp.start >= d->span.start && sp.end <= d->span.end) {
            m[k].in_dateline = 1;
            return;
        }
    }
}

/* Append cur to the malloc'd working list *m (0 when out of memory). */
static int push(pl_mention **m, size_t *n, size_t *cap, const pl_mention *cur)
{
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 64;
        pl_mention *g = realloc(*m, nc * sizeof *g);
        if (!g)
            return 0;
        *m = g;
        *cap = nc;
    }
    (*m)[(*n)++] = *cur;
    return 1;
}

static int list_push(pl_list *l, size_t i)
{
    if (l->n == l->cap) {
        size_t nc = l->cap ? l->cap * 2 : 256;
        uint32_t *g = realloc(l->at, nc * sizeof *g);
        if (!g)
            return 0;
        l->at = g;
        l->cap = nc;
    }
    l->at[l->n++] = (uint32_t)i;
    return 1;
}

/* May a small town named by tokens [i, end) stand (what resolve.c's
 * plainly_place asks, more loosely, without reading an entry)? In the
 * dateline, after a preposition of place, "of", "and" or "or", or before
 * a comma ("Kennebunkport, Maine"). Elsewhere the words are no mention at
 * all, so the entries (cache lines of a table of megabytes) stay unread. */
static int minor_may_stand(dl_record *r, size_t i, size_t end)
{
    const text *t = &r->txt;
    const dl_dateline *d = r->doc.dateline;
    if (d && d->place) {
        dl_span sp = rec_tok_span(r, i, end);
        if (sp.start >= d->span.start && sp.end <= d->span.end)
            return 1;
    }
    if (end < t->ntoks && tok_punct(t, end, ','))
        return 1;
    if (i == 0 || t->toks[i - 1].sent != t->toks[i].sent ||
        t->toks[i - 1].kind != TOK_WORD)
        return 0;
    const lex_entry *e = pl_word(t, i - 1, &lex_en_place_cues);
    return (e && !strcmp(e->value, "prep")) || tok_is(t, i - 1, "of") ||
           tok_is(t, i - 1, "and") || tok_is(t, i - 1, "or");
}

dl_status pl_scan(dl_record *r, pl_mention **out, size_t *count, pl_list *caps)
{
    const text *t = &r->txt;
    /* the list is working memory (the caller frees it): growing it in the
     * arena would leave every smaller copy there for the record's life */
    pl_mention *m = NULL, cur;
    size_t n = 0, cap = 0;
    seen_key seen[SEEN_SLOTS];
    memset(seen, 0, sizeof seen);
    const token *tk = t->toks;
    const size_t nt = t->ntoks;
    for (size_t i = 0; i < nt;) {
        size_t len = 0;
        while (i < nt && !(tk[i].flags & (TF_CAP | TF_UPPER)))
            i++; /* most tokens: nothing to do */
        if (i == nt)
            break;
        unsigned f = tk[i].flags;
        if ((f & TF_CAP) && !list_push(caps, i)) {
            free(m);
            return DL_ENOMEM;
        }
        if (t->toks[i].kind == TOK_WORD)
            len = longest(r, i, &cur, seen);
        if (len && cur.minor && !minor_may_stand(r, i, i + len))
            len = 0; /* plain words, as if no small town were listed */
        if (!len) {
            i++;
            continue;
        }
        cur.best = -1;
        /* "El Gezira", "Al Gezira": the Arabic article (a capitalised
         * particle of data/en/place_particles.txt) before a name the
         * gazetteer knows without it is the name's */
        if (i > 0 && (tk[i - 1].flags & TF_CAP) && tk[i - 1].sent == tk[i].sent &&
            (!n || m[n - 1].last < i) && pl_word(t, i - 1, &lex_en_place_particles))
            cur.first = i - 1;
        if (!push(&m, &n, &cap, &cur)) {
            free(m);
            return DL_ENOMEM;
        }
        i += len;
    }
    city_lists(r, m, n);
    mark_pairs(t, m, n);
    type_lists(r, m, n);
    mark_dateline(r, m, n);
    *out = m;
    *count = n;
    return DL_OK;
}
