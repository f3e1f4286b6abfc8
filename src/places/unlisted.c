/* unlisted.c - places the gazetteer lacks, named beside ones it has.
 *
 * "clashes in Kirumba, North Kivu" or "near Kirumba in the Democratic
 * Republic of the Congo": a capitalised name after a place preposition,
 * followed by a known region or country, is a place of kind "other" in
 * that country. "the town of X" is one even without a following place (in
 * the dateline's country, or the one most mentions chose); later mentions
 * of a name so found are places too. */
#include <string.h>

#include "lexicons.h"
#include "places.h"

static int word_is_cue(const text *t, size_t i, const char *kind)
{
    if (t->toks[i].kind != TOK_WORD)
        return 0;
    const lex_entry *e = lex_get(&lex_en_place_cues, tok_str(t, i), tok_len(t, i));
    return e && !strcmp(e->value, kind);
}

/* "town of": two tokens ending at i-1 form a unit cue. */
static int unit_before(const text *t, size_t i)
{
    if (i < 2)
        return 0;
    size_t a = t->toks[i - 2].start, b = t->toks[i - 1].end;
    const lex_entry *e = lex_get(&lex_en_place_cues, t->norm + a, b - a);
    return e && !strcmp(e->value, "unit");
}

static int plain_cap(const text *t, size_t i)
{
    const token *k = &t->toks[i];
    if (k->kind != TOK_WORD || !(k->flags & TF_CAP) || (k->flags & TF_NEWLINE))
        return 0;
    const char *s = tok_str(t, i);
    size_t n = tok_len(t, i);
    return !lex_has(&lex_en_months, s, n) && !lex_has(&lex_en_weekdays, s, n) &&
           !lex_has(&lex_en_function_words, s, n);
}

/* The resolved mention starting within a few linking tokens after j. */
static const pl_mention *next_place(const text *t, const pl_mention *m, size_t n,
                                    size_t j)
{
    for (size_t hop = 0; hop < 4 && j < t->ntoks; hop++, j++) {
        for (size_t k = 0; k < n; k++)
            if (m[k].first == j && m[k].best >= 0 &&
                m[k].hits[m[k].best].e->kind != GAZ_CITY)
                return &m[k];
        if (!tok_punct(t, j, ',') && !tok_is(t, j, "in") && !tok_is(t, j, "the") &&
            !tok_is(t, j, "of"))
            return NULL;
    }
    return NULL;
}

static int covered(const pl_mention *m, size_t n, size_t i)
{
    for (size_t k = 0; k < n; k++)
        if (i >= m[k].first && i < m[k].last)
            return 1;
    return 0;
}

/* The document's own country: the dateline's, else the country most
 * mentions chose when it has more than half of them. */
static const char *home_country(const pl_mention *m, size_t n)
{
    const char *best = NULL;
    size_t most = 0, all = 0;
    for (size_t k = 0; k < n; k++) {
        if (m[k].best < 0 || !m[k].hits[m[k].best].e->country[0])
            continue;
        const char *cc = m[k].hits[m[k].best].e->country;
        if (m[k].in_dateline)
            return cc;
        size_t c = 0;
        for (size_t j = 0; j < n; j++)
            c += m[j].best >= 0 && !strcmp(m[j].hits[m[j].best].e->country, cc);
        all++;
        if (c > most) {
            most = c;
            best = cc;
        }
    }
    return most * 2 > all ? best : NULL;
}

/* Tokens [i, j) spell the text of an unlisted place found before. */
static const rec_place *seen(dl_record *r, size_t from, size_t i, size_t j)
{
    const text *t = &r->txt;
    size_t a = t->toks[i].start, b = t->toks[j - 1].end;
    for (size_t k = from; k < r->nplaces; k++) {
        const rec_place *p = &r->places[k];
        if (!p->pub.gazetteer_id && strlen(p->pub.text) == b - a &&
            !memcmp(p->pub.text, t->norm + a, b - a))
            return p;
    }
    return NULL;
}

/* A later (or earlier) mention of an unlisted place already found. */
static dl_status repeat_mentions(dl_record *r, const pl_mention *m, size_t n,
                                 size_t from)
{
    const text *t = &r->txt;
    size_t found = r->nplaces;
    for (size_t i = 0; i < t->ntoks && found > from; i++) {
        if (!plain_cap(t, i) || covered(m, n, i))
            continue;
        size_t j = i + 1;
        while (j < t->ntoks && plain_cap(t, j))
            j++;
        const rec_place *q = seen(r, from, i, j);
        int dup = 0;
        for (size_t k = from; k < found; k++)
            dup |= r->places[k].tok_start == i;
        if (!q || dup) {
            i = j - 1;
            continue;
        }
        const char *cc = q->pub.country, *admin1 = q->pub.admin1;
        rec_place *p = pl_emit(r, i, j, NULL, "place_unlisted_again");
        if (!p)
            return DL_ENOMEM;
        p->pub.country = cc;
        p->pub.admin1 = admin1;
        i = j - 1;
    }
    return DL_OK;
}

dl_status pl_unlisted(dl_record *r, const pl_mention *m, size_t n)
{
    const char *home = home_country(m, n);
    size_t from = r->nplaces;
    const text *t = &r->txt;
    for (size_t i = 1; i < t->ntoks; i++) {
        int unit = unit_before(t, i);
        if (!plain_cap(t, i) || covered(m, n, i) ||
            !(unit || word_is_cue(t, i - 1, "prep")))
            continue;
        size_t j = i + 1;
        while (j < t->ntoks && t->toks[j].sent == t->toks[i].sent &&
               (plain_cap(t, j) || (tok_punct(t, j, '-') && j + 1 < t->ntoks &&
                                    plain_cap(t, j + 1))) &&
               !covered(m, n, j))
            j++;
        const pl_mention *where = next_place(t, m, n, j);
        if (!where && !unit)
            continue;
        rec_place *p = pl_emit(r, i, j, NULL, where ? "place_unlisted_in" : "place_unlisted_unit");
        if (!p)
            return DL_ENOMEM;
        if (where) {
            const gaz_entry *e = where->hits[where->best].e;
            p->pub.country = e->country[0] ? e->country : NULL;
            p->pub.admin1 = e->kind == GAZ_REGION ? e->admin1 : NULL;
        } else {
            p->pub.country = home;
        }
        i = j;
    }
    return repeat_mentions(r, m, n, from);
}
