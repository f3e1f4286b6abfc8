/* officials.c - officials named by their title: "the Secretary-General",
 * "Foreign Minister Lavrov", "Russian President Putin", "the Minister of
 * Foreign Affairs of Azerbaijan". Titles and sectors are
 * data/en/actor_titles.txt. Not for the bodies they lead (orgs.c). */
#include <string.h>

#include "../text/phrase_match.h"
#include "actors.h"
#include "lexicons.h"

/* A lower-case title counts after an article or possessive only. */
static int determined(const text *t, size_t i)
{
    static const char *const dets[] = {"the", "a", "its", "his", "her", "their",
                                       "our", "former", "acting", "deputy"};
    if (i == 0)
        return 0;
    for (size_t k = 0; k < sizeof dets / sizeof *dets; k++)
        if (tok_is(t, i - 1, dets[k]))
            return 1;
    return 0;
}

/* A person's name after the title: up to four capitalised words that are
 * not titles, heads, connectors or, after the first, a weekday (the wire
 * style's "President Bill Clinton Thursday condemned"), hyphenated parts
 * kept ("Linda Thomas-Greenfield"). Returns its end. */
static size_t person_end(const text *t, size_t i, size_t lim)
{
    size_t j = i, words = 0;
    while (j < lim && words < 4 && act_cap(t, j) && !act_connector(t, j) &&
           !(words && tok_in(t, j, &lex_en_weekdays)) &&
           !tok_in(t, j, &lex_en_actor_heads) &&
           !tok_in(t, j, &lex_en_actor_titles) &&
           !(t->toks[j].flags & TF_SENT_START)) {
        j++;
        words++;
        while (j + 1 < lim && tok_punct(t, j, '-') && !(t->toks[j].flags & TF_SPACE) &&
               !(t->toks[j + 1].flags & TF_SPACE) && act_word(t, j + 1))
            j += 2;
    }
    return j;
}

/* The actor found so far that ends right before token i, or NULL. */
static const rec_actor *actor_before(const actx *x, size_t i)
{
    /* back over the taken tokens to where the actor holding i - 1 starts */
    for (size_t k = i; k > 0 && x->taken[k - 1]; k--) {
        uint32_t a = x->actor_at[k - 1];
        if (a)
            return x->r->actors[a - 1].tok_end == i ? &x->r->actors[a - 1] : NULL;
    }
    return NULL;
}

/* A rank of police and armed forces alike ("Commander", field "rank" of
 * actor_titles.txt) is a police rank in a police force's statement; a
 * body's speaker (field "voice": "the spokesperson") with no country of
 * its own speaks for the issuer, and takes its sector. */
static const char *rank_sector(const actx *x, const char *value, const char *sector,
                               const char *country)
{
    char f[16];
    if (lex_field(value, 1, f, sizeof f) <= 0)
        return sector;
    /* the issuer is the first actor when there is one */
    const rec_actor *is = x->r->nactors ? &x->r->actors[0] : NULL;
    if (!is || strcmp(is->pub.rule, "issuer"))
        return sector;
    if (!strcmp(f, "voice")) /* a body's speaker: the issuer's, with no country */
        return country ? sector : is->pub.sector;
    return !strcmp(f, "rank") && !strcmp(is->pub.sector, "police") ? "police" : sector;
}

size_t officials_match(actx *x, size_t i, size_t lim)
{
    const text *t = x->t;
    if (x->taken[i] || !act_word(t, i))
        return 0;
    if (i > 0 && !(t->toks[i].flags & TF_SPACE) &&
        (tok_punct(t, i - 1, '-') || tok_punct(t, i - 1, '\'')))
        return 0; /* "General" in "Director-General" */
    size_t pn = 0;
    const char *country = act_cap(t, i) ? country_at(x, i, lim, &pn) : NULL;
    if (!country)
        pn = 0;
    size_t k = i + pn;
    const lex_entry *e = NULL;
    size_t m = act_phrase(t, k, lim, &lex_en_actor_titles, &e);
    if (!m)
        return 0;
    if (!act_cap(t, k) && !pn &&
        (!determined(t, i) || (k + m < lim && !act_stands_alone(t, k, k + m))))
        return 0; /* "elected president", "the general public" */
    size_t end = k + m, cend;
    for (size_t j = i; j < end; j++)
        if (x->taken[j])
            return 0;
    /* "High Commissioner for Human Rights", "Minister for Foreign Affairs" */
    if (act_cap(t, k) && end + 1 < lim && tok_is(t, end, "for") &&
        act_cap(t, end + 1)) {
        const lex_entry *ce;
        size_t n = act_phrase(t, end + 1, lim, &lex_en_actor_title_complements, &ce), j = end;
        while (n && j <= end + n && !x->taken[j])
            j++;
        if (n && j > end + n)
            end += 1 + n; /* "for" and its words, none taken */
    }
    /* "the Spokesperson for the Secretary-General": an office serving an
     * international one */
    int serves_intl = 0;
    if (act_cap(t, k) && end + 1 < lim && tok_is(t, end, "for")) {
        size_t j = end + 1 + (tok_is(t, end + 1, "the") ? 1 : 0);
        const lex_entry *te = NULL;
        size_t n = j < lim ? act_phrase(t, j, lim, &lex_en_actor_titles, &te) : 0;
        if (n && act_cap(t, j) && !strcmp(act_field(x->r, te->value, 0), "international")) {
            int free_run = 1;
            for (size_t q = end; q < j + n; q++)
                free_run &= !x->taken[q];
            if (free_run) {
                end = j + n;
                serves_intl = 1;
            }
        }
    }
    const rec_actor *of_actor;
    const char *of = country_of_complement(x, end, lim, &cend, &of_actor);
    /* "the Director-General of UNESCO", "IOM Director General António
     * Vitorino" serve an international body */
    const rec_actor *before = i > 0 && x->taken[i - 1] ? actor_before(x, i) : NULL;
    const char *sector = serves_intl ||
                         (of_actor && !strcmp(of_actor->pub.sector, "international")) ||
                         (before && !strcmp(before->pub.sector, "international"))
        ? "international" : rank_sector(x, e->value, act_field(x->r, e->value, 0), country);
    if (cend > end) {
        int free_run = 1;
        for (size_t j = end; j < cend; j++)
            free_run &= !x->taken[j];
        if (free_run && act_cap(t, k))
            end = cend;
    }
    if (!country)
        country = of;
    size_t pe = act_cap(t, k) ? person_end(t, end, lim) : end;
    const char *rule = pe > end ? "official.named" : "official.title";
    if (!act_add(x, i, pe, rule, NULL, country, sector, e->key))
        return 0;
    return pe - i;
}
