/* unlisted.c - places the gazetteer lacks, named beside ones it has.
 *
 * "clashes in Kirumba, North Kivu" or "near Kirumba in the Democratic
 * Republic of the Congo": a capitalised name after a place preposition,
 * followed by a known region or country, is a place of kind "other" in
 * that country. "the town of X" is one even without a following place. */
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

dl_status pl_unlisted(dl_record *r, const pl_mention *m, size_t n)
{
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
        }
        i = j;
    }
    return DL_OK;
}
