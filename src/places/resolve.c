/* resolve.c - choose what each place mention refers to.
 *
 * A candidate's score is a prior (countries first, then cities by
 * population, capitals a little higher) plus context: a qualifying mention
 * after a comma ("Paris, Texas"), the dateline's country, and the countries
 * that the document's other mentions chose. Candidates that are probably
 * not places here (an English word at the start of a sentence, a word in a
 * longer capitalised name, a name after a personal title) are dropped. */
#include <math.h>
#include <string.h>

#include "../text/phrase_match.h"
#include "iso_countries.h"
#include "lexicons.h"
#include "places.h"

static int cue(const text *t, size_t i, const char *kind)
{
    if (i >= t->ntoks || t->toks[i].kind != TOK_WORD)
        return 0;
    const lex_entry *e = pl_word(t, i, &lex_en_place_cues);
    return e && !strcmp(e->value, kind);
}

static int cap_word(const text *t, size_t i)
{
    return t->toks[i].kind == TOK_WORD &&
           (t->toks[i].flags & (TF_CAP | TF_UPPER));
}

/* A site's name begins at token n: a `facility` cue of one or two words. */
static int site_after(const text *t, size_t n)
{
    return phrase_lookup(t, n, 2, &lex_en_place_cues, "facility") ||
           phrase_lookup(t, n, 1, &lex_en_place_cues, "facility");
}

/* A person's name goes on at token n: a particle of data/en/name_particles.txt
 * and a capitalised word ("Hamad bin Khalifa"), or a particle glued to a
 * capitalised word by a hyphen ("Ali Hassan al-Majid"). */
static int name_goes_on(const text *t, size_t n)
{
    if (n + 1 >= t->ntoks || t->toks[n].kind != TOK_WORD ||
        (t->toks[n].flags & (TF_CAP | TF_UPPER | TF_NEWLINE)) ||
        t->toks[n].sent != t->toks[n - 1].sent)
        return 0;
    if (pl_word(t, n, &lex_en_name_particles))
        return cap_word(t, n + 1);
    return n + 2 < t->ntoks && tok_punct(t, n + 1, '-') &&
           !(t->toks[n + 1].flags & TF_SPACE) && !(t->toks[n + 2].flags & TF_SPACE) &&
           cap_word(t, n + 2) && pl_word(t, n, &lex_en_place_particles);
}

/* A person's name comes before the mention: a capitalised word and a
 * particle of data/en/name_particles.txt ("Khalid bin Hassan"), or a
 * capitalised word and a particle glued by a hyphen ("Khalid al-Hassan"). */
static int name_before(const text *t, const pl_mention *m)
{
    size_t i = m->first;
    if (i >= 2 && pl_word(t, i - 1, &lex_en_name_particles) &&
        !(t->toks[i - 1].flags & (TF_CAP | TF_UPPER)))
        return cap_word(t, i - 2) && t->toks[i - 2].sent == t->toks[i].sent;
    return i >= 3 && tok_punct(t, i - 1, '-') && !(t->toks[i - 1].flags & TF_SPACE) &&
           !(t->toks[i].flags & TF_SPACE) && !(t->toks[i - 2].flags & (TF_CAP | TF_UPPER)) &&
           pl_word(t, i - 2, &lex_en_place_particles) && cap_word(t, i - 3) &&
           t->toks[i - 3].sent == t->toks[i].sent && !cue(t, i - 3, "prep");
}

/* Part of a longer capitalised name: "Permanent Mission", "Moscow Times";
 * not a town before a site named for it ("Zaporizhzhia Nuclear Power
 * Plant", "Kabul International Airport": `facility` cues). */
static int in_longer_name(const text *t, const pl_mention *m)
{
    /* "Thomas-Greenfield": the second half of a hyphenated name */
    if (m->first > 1 && tok_punct(t, m->first - 1, '-') &&
        !(t->toks[m->first - 1].flags & TF_SPACE) &&
        !(t->toks[m->first].flags & TF_SPACE) && cap_word(t, m->first - 2) &&
        !(m->last < t->ntoks && cue(t, m->last, "route")))
        return 1;
    /* "Ostrava-Dolna": the first half of one (cities only: country pairs
     * such as "Armenia-Azerbaijan border" never get here); not the first of
     * two places a route joins ("the Lashio-Chinshwehaw road") */
    if (m->last + 1 < t->ntoks && tok_punct(t, m->last, '-') &&
        !(t->toks[m->last].flags & TF_SPACE) &&
        !(t->toks[m->last + 1].flags & TF_SPACE) && cap_word(t, m->last + 1) &&
        !(m->last + 2 < t->ntoks && cue(t, m->last + 2, "route")))
        return 1;
    if (m->first > 0) {
        size_t p = m->first - 1;
        /* "southern Serb Kosovo province": a national adjective before a
         * place is no part of its name */
        if (cap_word(t, p) && !(t->toks[p].flags & TF_SENT_START) &&
            t->toks[p].sent == t->toks[m->first].sent && !cue(t, p, "prep") &&
            !pl_word(t, p, &lex_en_demonyms))
            return 1;
    }
    size_t n = m->last;
    /* "Ali Hassan al-Majid"; "in Mosul al-Jadida" is Mosul's quarter */
    if ((name_goes_on(t, n) && !(m->first > 0 && cue(t, m->first - 1, "prep"))) ||
        name_before(t, m))
        return 1;
    return n < t->ntoks && cap_word(t, n) &&
           t->toks[n].sent == t->toks[m->last - 1].sent &&
           !(t->toks[n].flags & TF_NEWLINE) && !site_after(t, n);
}

static int calendar_word(const text *t, const pl_mention *m)
{
    if (m->last - m->first != 1)
        return 0;
    return pl_word(t, m->first, &lex_en_months) || pl_word(t, m->first, &lex_en_weekdays);
}

/* What plausible() asks of the mention itself, each found once per
 * mention (-1: not asked yet). */
typedef struct {
    int excluded;   /* a calendar or function word: no candidate stands */
    int title;      /* a personal title before it */
    int longer;     /* part of a longer capitalised name */
    int speaker;    /* before a verb of saying, after no preposition */
} pl_facts;

/* A one-word name that is also a demonym (data/en/demonyms.txt) before a
 * lower-case noun is the adjective: "Somali soldiers" (not Ethiopia's
 * Somali region), "British officials"; "in Somali region", "Somali and
 * Afar" stay places, and so does a country's own name used so ("the
 * Myanmar military"). */
static int demonym_adjective(const text *t, const pl_mention *m)
{
    size_t n = m->last;
    if (m->last - m->first != 1 || m->typed || n >= t->ntoks ||
        t->toks[n].kind != TOK_WORD || (t->toks[n].flags & (TF_CAP | TF_UPPER)) ||
        t->toks[n].sent != t->toks[m->first].sent || !pl_word(t, m->first, &lex_en_demonyms))
        return 0;
    return !pl_word(t, n, &lex_en_function_words) && !cue(t, n, "type") &&
           !pl_word(t, m->first, &lex_iso_countries);
}

/* A blocker of data/en/place_blockers.txt: a region's adjective before a
 * lower-case noun ("the Balkan states", "the Balkan region"), or a
 * one-word name before a word that makes it a thing ("Brent crude"). */
static int blocked(const text *t, const pl_mention *m)
{
    size_t n = m->last;
    if (m->last - m->first != 1 || n >= t->ntoks || t->toks[n].kind != TOK_WORD ||
        (t->toks[n].flags & (TF_CAP | TF_UPPER)) || t->toks[n].sent != t->toks[m->first].sent)
        return 0;
    const lex_entry *e = pl_word(t, n, &lex_en_place_blockers);
    if (e && !strcmp(e->value, "after"))
        return 1;
    e = pl_word(t, m->first, &lex_en_place_blockers);
    /* "Balkan province" is the province: a type word other than "region" */
    return e && !strcmp(e->value, "adjective") && !pl_word(t, n, &lex_en_function_words) &&
           (!cue(t, n, "type") || tok_is(t, n, "region"));
}

/* Mention m names a body of water (`water` in data/en/place_cues.txt):
 * after a water word and "of" ("the Gulf of Aden"), or begun or ended by
 * a capitalised water word ("the River Nile", "the Red Sea", "Lake Chad"),
 * unless a type word follows ("Red Sea state"). */
static int water_named(const text *t, const pl_mention *m)
{
    size_t a = m->first, b = m->last;
    if (a >= 2 && tok_is(t, a - 1, "of") && (t->toks[a - 2].flags & TF_CAP) &&
        cue(t, a - 2, "water"))
        return 1;
    /* "Lake Chad": the name after the word; "the River Nile", "the Red
     * Sea": a word of the name (the cheap capital test first) */
    int water = (a > 0 && (t->toks[a - 1].flags & TF_CAP) && cue(t, a - 1, "water")) ||
                (b > a + 1 && (((t->toks[a].flags & TF_CAP) && cue(t, a, "water")) ||
                               ((t->toks[b - 1].flags & TF_CAP) && cue(t, b - 1, "water"))));
    return water && !cue(t, b - 1, "type") &&
           !(b < t->ntoks && t->toks[b].sent == t->toks[a].sent && cue(t, b, "type"));
}

/* Mention m of one word is spelt like name only but for a doubled
 * letter: "Cameron" is no "Cameroon" (the keys drop doubled letters for
 * transliterations, "Saada" and "Sa'dah"; a country's English name is
 * fixed). ASCII only. */
static int doubled_letter_only(const text *t, const pl_mention *m, const char *name)
{
    if (m->last != m->first + 1)
        return 0;
    const char *a = t->norm + t->toks[m->first].start;
    size_t na = tok_len(t, m->first), nb = strlen(name), i = 0, j = 0;
    int doubled = 0;
    while (i < na && j < nb) {
        char x = a[i], y = name[j];
        if ((x | y) & 0x80)
            return 0;
        x = (char)(x >= 'A' && x <= 'Z' ? x + 32 : x);
        y = (char)(y >= 'A' && y <= 'Z' ? y + 32 : y);
        if (x == y) {
            i++, j++;
        } else if (i > 0 && (a[i - 1] | 32) == y) {
            j++, doubled = 1; /* the name doubles a letter the text does not */
        } else if (j > 0 && (name[j - 1] | 32) == x) {
            i++, doubled = 1;
        } else {
            return 0;
        }
    }
    return doubled && i == na && j == nb;
}

/* "St. Sebastian's Church", "Saint Anthony's Shrine": a name after
 * "St." or "Saint" is a saint's, when the gazetteer has no place named
 * with it (the scanner takes "St. Petersburg" whole). */
static int saints_name(const text *t, const pl_mention *m)
{
    size_t i = m->first;
    if (i >= 2 && tok_punct(t, i - 1, '.') && tok_is(t, i - 2, "st") &&
        (t->toks[i - 2].flags & TF_CAP))
        return 1;
    return i >= 1 && (t->toks[i - 1].flags & TF_CAP) &&
           (tok_is(t, i - 1, "st") || tok_is(t, i - 1, "saint"));
}

/* Mention m is no place here, whatever it names: a body of water, a
 * saint, a clock's zone ("at 9 p.m. (Sanaa time)", "Moscow time") or a
 * currency ("US$160 million", "HK$5"). */
static int no_place_here(const text *t, const pl_mention *m)
{
    size_t b = m->last;
    if (b < t->ntoks && ((tok_is(t, b, "time") && !(t->toks[b].flags & TF_CAP)) ||
                         (tok_punct(t, b, '$') && !(t->toks[b].flags & TF_SPACE))))
        return 1;
    return water_named(t, m) || saints_name(t, m);
}

static void facts_init(const text *t, const pl_mention *m, pl_facts *f)
{
    f->excluded = (calendar_word(t, m) && !m->in_dateline) ||
                  (m->last - m->first == 1 && pl_word(t, m->first, &lex_en_function_words)) ||
                  demonym_adjective(t, m) || blocked(t, m) || no_place_here(t, m);
    f->title = -1;
    f->longer = -1;
    f->speaker = -1;
}

/* "the town of Sake", "the village of X": a `unit` of place_cues.txt
 * before the mention. */
static int unit_before(const text *t, const pl_mention *m)
{
    return m->first >= 2 && tok_is(t, m->first - 1, "of") &&
           phrase_lookup(t, m->first - 2, 2, &lex_en_place_cues, "unit");
}

/* A small town (GAZ_MINOR) stands only where a place is plainly meant:
 * in the dateline, after a preposition of place or "the town of", or
 * listed after a place ("in Srebrenica and Bratunac"), or (prepare) in a
 * pair that fits ("Kennebunkport, Maine"); never at a sentence's start,
 * in capitals ("in NATO"), or before a type word ("Loudon county" is the
 * county, not the town). */
static int plainly_place(const text *t, const pl_mention *m, int sent_start)
{
    if (m->in_dateline)
        return 1;
    if ((t->toks[m->first].flags & TF_UPPER) ||
        (m->last < t->ntoks && t->toks[m->last].sent == t->toks[m->first].sent &&
         cue(t, m->last, "type")))
        return 0;
    if (m->listed)
        return 1;
    if (sent_start || m->first == 0)
        return 0;
    return cue(t, m->first - 1, "prep") || unit_before(t, m);
}

/* May candidate h stand here at all? */
static int plausible(const text *t, const pl_mention *m, const gaz_hit *h,
                     pl_facts *f)
{
    int sent_start = (t->toks[m->first].flags & TF_SENT_START) != 0;
    int upper = (t->toks[m->first].flags & TF_UPPER) != 0;
    int supported = m->pair_next || m->pair_prev || m->in_dateline;
    if (f->excluded)
        return 0;
    /* "UN", "AU": a short all-capitals word in running text is an acronym */
    if (h->e->kind != GAZ_COUNTRY && upper && m->last - m->first == 1 &&
        tok_len(t, m->first) <= 3 && !m->in_dateline)
        return 0;
    if (h->e->kind == GAZ_COUNTRY)
        return (!(h->flags & GAZN_COMMON) || upper || !sent_start) &&
               !doubled_letter_only(t, m, gaz_name(h->e));
    if ((h->e->flags & GAZ_MINOR) && !plainly_place(t, m, sent_start))
        return 0;
    if (f->title < 0)
        f->title = m->first > 0 && cue(t, m->first - 1, "title");
    if (f->title)
        return 0;
    /* "Clinton said", "Toledo said": a name before a verb of saying is a
     * person, unless a country or capital ("Moscow said"), or after a
     * preposition ("officials in Bakhmut said", "Partnership of Boston
     * said") */
    if (f->speaker < 0)
        f->speaker = !m->in_dateline && cue(t, m->last, "speech") &&
                     !(m->first > 0 && (cue(t, m->first - 1, "prep") ||
                                        tok_is(t, m->first - 1, "of")));
    if (f->speaker && !(h->e->flags & GAZ_CAPITAL))
        return 0;
    if (!supported && f->longer < 0)
        f->longer = in_longer_name(t, m);
    if (!supported && f->longer)
        return 0;
    if (h->flags & GAZN_COMMON) {
        int after_prep = (m->first > 0 && cue(t, m->first - 1, "prep")) || m->listed ||
                         unit_before(t, m);
        /* "the Afar region": a region's name before a type word */
        int typed = h->e->kind == GAZ_REGION && m->last < t->ntoks &&
                    t->toks[m->last].sent == t->toks[m->first].sent && cue(t, m->last, "type");
        return supported || typed || (after_prep && !sent_start);
    }
    return 1;
}

/* The entry's prior (gaz_prior_of), a little higher for a variant name. */
static double prior(const gaz_hit *h)
{
    return h->e->prior + ((h->flags & GAZN_VARIANT) ? 0.2 : 0);
}

/* Does b (a country or region) contain a? */
static int contains(const gaz_entry *b, const gaz_entry *a)
{
    if (!b->country[0] || strcmp(a->country, b->country))
        return 0;
    if (b->kind == GAZ_COUNTRY)
        return a->kind != GAZ_COUNTRY;
    /* a city whose subdivision is unknown may be in any of its country's */
    return b->kind == GAZ_REGION && a->kind == GAZ_CITY &&
           (!a->admin1_at || !b->admin1_at || !strcmp(gaz_admin1(a), gaz_admin1(b)));
}

/* Some candidate of mention `outer` contains entry e ("Paris, Texas"). */
static int any_contains(const pl_mention *outer, const gaz_entry *e)
{
    for (size_t i = 0; i < outer->nhits; i++)
        if (contains(outer->hits[i].e, e))
            return 1;
    return 0;
}

/* Entry e contains some candidate of mention `inner`. */
static int any_inside(const gaz_entry *e, const pl_mention *inner)
{
    for (size_t i = 0; i < inner->nhits; i++)
        if (contains(e, inner->hits[i].e))
            return 1;
    return 0;
}

static int votes_for(const pl_context *c, uint16_t cc)
{
    for (int i = 0; i < c->n; i++)
        if (c->cc[i] == cc)
            return c->votes[i];
    return 0;
}

static void vote(pl_context *c, uint16_t cc, int d)
{
    if (!cc)
        return;
    for (int i = 0; i < c->n; i++)
        if (c->cc[i] == cc) {
            c->votes[i] += d;
            return;
        }
    if (c->n < 64 && d > 0) {
        c->cc[c->n] = cc;
        c->votes[c->n++] = d;
    }
}

/* Another mention of the same sentence chose country cc from priors. */
static int sentence_votes(const text *t, const pl_mention *m, size_t n,
                          size_t k, uint16_t cc)
{
    uint32_t sent = t->toks[m[k].first].sent;
    /* a window of neighbours: a hostile "sentence" may hold thousands */
    size_t lo = k > 32 ? k - 32 : 0, hi = k + 33 < n ? k + 33 : n;
    for (size_t j = k; j-- > lo && t->toks[m[j].first].sent == sent;)
        if (m[j].prior_cc && pl_cc(m[j].prior_cc) == cc)
            return 1;
    for (size_t j = k + 1; j < hi && t->toks[m[j].first].sent == sent; j++)
        if (m[j].prior_cc && pl_cc(m[j].prior_cc) == cc)
            return 1;
    return 0;
}

/* A place chosen beside mention k in its sentence lies inside entry e
 * ("Exiles in Miami and across Florida": the state that holds Miami). */
static int holds_neighbour(const text *t, const pl_mention *m, size_t n, size_t k,
                           const gaz_entry *e)
{
    if (e->kind == GAZ_CITY)
        return 0;
    uint32_t sent = t->toks[m[k].first].sent;
    size_t lo = k > 32 ? k - 32 : 0, hi = k + 33 < n ? k + 33 : n;
    for (size_t j = lo; j < hi; j++)
        if (j != k && t->toks[m[j].first].sent == sent && m[j].best >= 0 &&
            !pl_same_name(&m[j], &m[k]) && contains(e, m[j].hits[m[j].best].e))
            return 1;
    return 0;
}

/* "Panama" is the country before its capital; "Mandera County" is the
 * county before the town. */
static double adjust(const pl_mention *x, const gaz_hit *h)
{
    double d = 0;
    if ((x->typed == 1 && h->e->kind == GAZ_REGION) || (x->typed == 2 && h->e->kind == GAZ_CITY))
        d += 3;
    if (h->e->kind == GAZ_CITY)
        for (size_t i = 0; i < x->nhits; i++)
            if (x->hits[i].e->kind == GAZ_COUNTRY &&
                !strcmp(x->hits[i].e->country, h->e->country))
                d -= 1.5;
    return d;
}

/* The country most votes went to (0: none). */
static uint16_t top_country(const pl_context *ctx)
{
    int best = -1;
    for (int i = 0; i < ctx->n; i++)
        if (ctx->votes[i] > 0 && (best < 0 || ctx->votes[i] > ctx->votes[best]))
            best = i;
    return best < 0 ? 0 : ctx->cc[best];
}

/* Mention x is only direction words ("North East", "North-West",
 * "Central": `dir` in data/en/place_cues.txt): a part of any country. */
static int directions_only(const text *t, const pl_mention *x)
{
    for (size_t i = x->first; i < x->last; i++) {
        if (tok_punct(t, i, '-') && i > x->first)
            continue;
        if (t->toks[i].kind != TOK_WORD)
            return 0;
        const lex_entry *e = pl_word(t, i, &lex_en_place_cues);
        if (!e || strcmp(e->value, "dir"))
            return 0;
    }
    return x->last > x->first;
}

/* A small town abroad that nothing else in the document points to
 * ("Whitehall" in a London statement is not the town in Ohio); a town of
 * GAZ_MINOR size needs something pointing to its country, abroad or not. */
static int stray(const pl_mention *x, const gaz_hit *h, uint16_t cc,
                 const pl_context *ctx)
{
    if (h->e->kind != GAZ_CITY || h->e->population >= 100000 ||
        (h->e->flags & GAZ_CAPITAL) || x->strong || cc == ctx->dateline_cc)
        return 0;
    /* ctx holds every vote but x's own; its namesakes do not count */
    int others = votes_for(ctx, cc);
    if (x->prior_cc && pl_cc(x->prior_cc) == cc)
        others -= x->same_votes;
    if (others > 0)
        return 0;
    if (h->e->flags & GAZ_MINOR)
        return 1;
    for (int i = 0; i < ctx->n; i++)
        if (ctx->votes[i] > 0 && ctx->cc[i] != cc)
            return 1;
    return 0;
}

/* A country whose name is also a word ("China", "Turkey") opening a
 * sentence is the country when the document names it elsewhere ("China
 * will take countermeasures" after "the one-China principle"). */
static int named_elsewhere(const pl_mention *x, const gaz_hit *h, const pl_context *ctx)
{
    return ctx && h->e->kind == GAZ_COUNTRY && (h->flags & GAZN_COMMON) &&
           votes_for(ctx, pl_cc(h->e->country)) > 0 && x->last - x->first == 1;
}

/* What a candidate is worth before context: the same in both passes. */
struct pl_cand {
    double base;     /* prior, a fitting pair or "in", adjust() */
    uint16_t cc;     /* pl_cc of its country */
    uint8_t ok;      /* plausible() */
    uint8_t fits;    /* a fitting pair or "in" */
};

/* "the town of Khojaly", "the district of Khojaly": the kind a word
 * before "of" names (2 a city's: `settlement` in place_cues.txt; 1 a
 * region's: `type`), or 0. */
static int kind_before(const text *t, const pl_mention *x)
{
    if (x->first < 2 || !tok_is(t, x->first - 1, "of"))
        return 0;
    return cue(t, x->first - 2, "settlement") ? 2 : cue(t, x->first - 2, "type") ? 1 : 0;
}

/* Fill mention k's candidates (once: the context pass reuses them); 0 when
 * out of memory (the mention then has none). */
static int prepare(dl_record *r, pl_mention *m, size_t n, size_t k)
{
    const text *t = &r->txt;
    pl_mention *x = &m[k];
    /* every candidate's fields are written below before anything reads them */
    x->cand = arena_alloc_raw(r->a, (x->nhits ? x->nhits : 1) * sizeof *x->cand);
    if (!x->cand)
        return 0;
    pl_facts f;
    facts_init(t, x, &f);
    int named = kind_before(t, x);
    for (size_t i = 0; i < x->nhits; i++) {
        const gaz_hit *h = &x->hits[i];
        struct pl_cand *c = &x->cand[i];
        c->ok = (uint8_t)plausible(t, x, h, &f);
        c->cc = pl_cc(h->e->country);
        double s = prior(h);
        int fits = 0;
        if ((x->pair_next || x->in_next) && k + 1 < n && any_contains(&m[k + 1], h->e))
            fits = 1;
        if (x->pair_prev && k > 0 && any_inside(h->e, &m[k - 1]))
            fits = 1;
        /* a small town stands in a pair only where the pair fits */
        if ((h->e->flags & GAZ_MINOR) && !c->ok && fits && x->pair_next && !f.excluded)
            c->ok = 1;
        s += fits ? 5 : 0;
        s += adjust(x, h);
        if ((named == 1 && h->e->kind == GAZ_REGION) || (named == 2 && h->e->kind == GAZ_CITY))
            s += 3;
        c->base = s;
        c->fits = (uint8_t)fits;
    }
    return 1;
}

/* A region named by direction words alone outside the dateline's country
 * (without one, the country most named), unless a place next to it says
 * so: "the North East" of a Nigerian statement is not Botswana's
 * district, whatever "North West" beside it votes. No place at all. */
static int direction_abroad(const text *t, const pl_mention *x, const gaz_hit *h,
                            const struct pl_cand *c, const pl_context *ctx)
{
    return h->e->kind == GAZ_REGION && !c->fits && directions_only(t, x) &&
           c->cc != (ctx->dateline_cc ? ctx->dateline_cc : top_country(ctx));
}

/* Best plausible candidate of mention k; ctx may be NULL (priors only). */
static void choose(const text *t, pl_mention *m, size_t n, size_t k,
                   const pl_context *ctx)
{
    pl_mention *x = &m[k];
    x->best = -1;
    x->stray = 0;
    for (size_t i = 0; x->cand && i < x->nhits; i++) {
        const gaz_hit *h = &x->hits[i];
        const struct pl_cand *c = &x->cand[i];
        if (!c->ok && !named_elsewhere(x, h, ctx))
            continue;
        double s = c->base;
        if (ctx && c->cc && !x->in_dateline) {
            if (direction_abroad(t, x, h, c, ctx))
                continue;
            if (stray(x, h, c->cc, ctx)) {
                x->stray = 1;
                continue;
            }
            if (c->cc == ctx->dateline_cc)
                s += 1.5;
            if (votes_for(ctx, c->cc) > 0)
                s += 1.5;
            if (sentence_votes(t, m, n, k, c->cc))
                s += 1.0;
            if (holds_neighbour(t, m, n, k, h->e))
                s += 2.0;
        }
        /* "the Governments of Nigeria and Niger": a country listed with a
         * country is one too, not a region of the first; "New Mexico,
         * Arizona, Wyoming ... and Texas": a state listed with states is
         * one, not a town of its name */
        if (x->listed && k > 0 && m[k - 1].best >= 0 &&
            m[k - 1].hits[m[k - 1].best].e->kind == h->e->kind && h->e->kind != GAZ_CITY)
            s += 3.0;
        if (x->best < 0 || s > x->score + 1e-9) {
            x->best = (int)i;
            x->score = s;
            x->strong = c->fits || x->in_dateline;
        }
    }
    if (x->best >= 0)
        x->stray = 0;
}

/* "the town of Palma in Cabo Delgado": when the place that follows holds
 * none of the gazetteer's places of that name, it is an unlisted one there. */
static void demote(pl_mention *m, size_t n, size_t k)
{
    pl_mention *x = &m[k];
    if (x->best < 0 || x->strong || !(x->pair_next || x->in_next) || k + 1 >= n ||
        m[k + 1].best < 0)
        return;
    const gaz_entry *here = x->hits[x->best].e, *outer = m[k + 1].hits[m[k + 1].best].e;
    if (here->kind != GAZ_CITY || outer->kind == GAZ_CITY || !outer->country[0] ||
        contains(outer, here))
        return;
    x->inside = outer;
    x->strong = 1;
}

/* One sense per document: a name resolved on evidence somewhere ("Atlanta,
 * Georgia") is read the same way where it stands alone ("the Georgia
 * Bureau of Investigation"), not where a type word says its kind ("the
 * Kyiv region" in a story from Kyiv). Groups are sorted by name. */
static void one_sense(pl_mention **p, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t j = i;
        const pl_mention *lead = NULL;
        while (j < n && pl_same_name(p[j], p[i])) {
            if (!lead && p[j]->strong && p[j]->best >= 0)
                lead = p[j];
            j++;
        }
        for (size_t k = i; lead && k < j; k++)
            if (!p[k]->strong && !p[k]->typed && p[k]->best >= 0) {
                p[k]->best = lead->best;
                p[k]->inside = lead->inside;
            }
        i = j;
    }
}

/* The country of an issuer known by name (data/en/actor_known.txt: the
 * Metropolitan Police Service is British), as a vote of context: a small
 * town of that name abroad ("Whitehall") then has nothing pointing to it.
 * 0 when the issuer is unknown or international. */
static uint16_t issuer_known_cc(const dl_record *r)
{
    char key[96], cc[4];
    const char *is = r->doc.issuer;
    size_t n = is ? strlen(is) : 0;
    if (!n || n >= sizeof key)
        return 0;
    for (size_t i = 0; i < n; i++)
        key[i] = (char)(is[i] >= 'A' && is[i] <= 'Z' ? is[i] + 32 : is[i]);
    const lex_entry *e = lex_get(&lex_en_actor_known, key, n);
    if (!e || lex_field(e->value, 2, cc, sizeof cc) != 2)
        return 0;
    return pl_cc(cc);
}

void pl_resolve(dl_record *r, pl_mention *m, size_t n)
{
    const text *t = &r->txt;
    pl_context ctx;
    memset(&ctx, 0, sizeof ctx);
    vote(&ctx, issuer_known_cc(r), 1);
    for (size_t k = 0; k < n; k++) {
        prepare(r, m, n, k);
        choose(t, m, n, k, NULL);
        /* a small town's own country is no context (the others must give
         * it) unless it is the dateline's */
        if (m[k].best >= 0 &&
            (!(m[k].hits[m[k].best].e->flags & GAZ_MINOR) || m[k].in_dateline)) {
            const gaz_entry *e = m[k].hits[m[k].best].e;
            m[k].prior_cc = e->country[0] ? e->country : NULL;
            vote(&ctx, pl_cc(e->country), 1);
            if (m[k].in_dateline)
                ctx.dateline_cc = pl_cc(e->country);
        }
    }
    pl_mention **groups = pl_groups(r, m, n);
    if (groups)
        pl_same_votes(groups, n);
    /* a mention's own first choice does not count as context for itself */
    for (size_t k = 0; k < n; k++) {
        uint16_t own = m[k].prior_cc ? pl_cc(m[k].prior_cc) : 0;
        vote(&ctx, own, -1);
        choose(t, m, n, k, &ctx);
        vote(&ctx, own, 1);
    }
    for (size_t k = 0; k < n; k++)
        demote(m, n, k);
    if (groups)
        one_sense(groups, n);
}
