/* unlisted.c - places the gazetteer lacks, named beside ones it has.
 *
 * "clashes in Kirumba, North Kivu" or "near Kirumba in the Democratic
 * Republic of the Congo": a capitalised name after a place preposition,
 * followed by a known region or country, is a place of kind "other" in
 * that country. "the town of X" is one even without a following place (in
 * the dateline's country, or the one most mentions chose); later mentions
 * of a name so found are places too. A name the gazetteer knows only as a
 * small town abroad, after "in"/"near" ("near the Cenotaph in Whitehall"
 * in a London statement), is a local place of the document's country. */
#include <stdlib.h>
#include <string.h>

#include "lexicons.h"
#include "place_words.h"
#include "places.h"

static int word_is_cue(const text *t, size_t i, const char *kind)
{
    if (t->toks[i].kind != TOK_WORD)
        return 0;
    const lex_entry *e = pl_word(t, i, &lex_en_place_cues);
    return e && !strcmp(e->value, kind);
}

/* "town of": two tokens ending at i-1 form a unit cue. */
static int unit_before(const text *t, size_t i)
{
    if (i < 2 || tok_len(t, i - 1) != 2 || !tok_is(t, i - 1, "of"))
        return 0;
    size_t a = t->toks[i - 2].start, b = tok_end(t, i - 1);
    const lex_entry *e = lex_get(&lex_en_place_cues, t->norm + a, b - a);
    return e && !strcmp(e->value, "unit");
}

/* Token i is a word in capitals among words that are not ("a MINUSMA camp
 * in Kidal"; not a heading or dateline in capitals). */
static int acronym_in_text(const text *t, size_t i)
{
    const token *k = &t->toks[i];
    if (!(k->flags & TF_UPPER) || tok_len(t, i) < 2)
        return 0;
    int before = i > 0 && t->toks[i - 1].kind == TOK_WORD && !(t->toks[i].flags & TF_NEWLINE);
    int after = i + 1 < t->ntoks && t->toks[i + 1].kind == TOK_WORD &&
                !(t->toks[i + 1].flags & TF_NEWLINE);
    return (before && !(t->toks[i - 1].flags & TF_UPPER)) ||
           (after && !(t->toks[i + 1].flags & TF_UPPER));
}

/* The unit word before "of" at token i is plural ("villages of"). */
static int plural_unit(const text *t, size_t i)
{
    return i >= 2 && tok_len(t, i - 2) > 3 && tok_str(t, i - 2)[tok_len(t, i - 2) - 1] == 's';
}

static int plain_cap(const text *t, size_t i)
{
    const token *k = &t->toks[i];
    if (k->kind != TOK_WORD || !(k->flags & TF_CAP) || (k->flags & TF_NEWLINE))
        return 0;
    /* a word of none of the four tables (months, weekdays, function words,
     * demonyms): their union (mk/places.mk) holds every key of each, so
     * one look-up answers, and its first-token bitset most often at once */
    return !pl_word(t, i, &lex_place_not_names);
}

/* For each token, 1 + the index of the mention covering it, or 0: one
 * pass, so asking at every token costs no search. Working memory for the
 * caller to free; NULL when out of memory. */
static uint32_t *cover_tokens(dl_record *r, const pl_mention *m, size_t n)
{
    uint32_t *c = calloc(r->txt.ntoks + 1, sizeof *c);
    for (size_t k = 0; c && k < n; k++) {
        if (m[k].best < 0 && m[k].minor)
            continue; /* plain words here, as before small towns were listed */
        for (size_t i = m[k].first; i < m[k].last && i < r->txt.ntoks; i++)
            c[i] = (uint32_t)k + 1;
    }
    return c;
}

/* The mention covering token i, or NULL. */
static const pl_mention *mention_at(const pl_mention *m, const uint32_t *cover,
                                    size_t i)
{
    return cover[i] ? &m[cover[i] - 1] : NULL;
}

/* The resolved mention starting within a few linking tokens after j
 * (", in the southern Kherson region"). */
static const pl_mention *next_place(const text *t, const pl_mention *m,
                                    const uint32_t *cover, size_t j)
{
    for (size_t hop = 0; hop < 6 && j < t->ntoks; hop++, j++) {
        const pl_mention *x = mention_at(m, cover, j);
        if (x && x->first == j && x->best >= 0 &&
            x->hits[x->best].e->kind != GAZ_CITY)
            return x;
        /* ", in the southern", "in north-eastern" */
        if (!tok_punct(t, j, ',') && !tok_is(t, j, "in") && !tok_is(t, j, "the") &&
            !tok_is(t, j, "of") && !word_is_cue(t, j, "dir") &&
            !(tok_punct(t, j, '-') && j > 0 && word_is_cue(t, j - 1, "dir")))
            return NULL;
    }
    return NULL;
}

/* A mission's host named in its issuer line ("Embassy of X in the United
 * Kingdom", "Permanent Mission of X to Switzerland"): not its home. */
static int host_in_issuer(dl_record *r, const pl_mention *m)
{
    const text *t = &r->txt;
    if (!r->issuer_abroad || m->first == 0)
        return 0;
    dl_span is = r->doc.issuer_span, sp = rec_tok_span(r, m->first, m->last);
    if (!(sp.start >= is.start && sp.end <= is.end))
        return 0;
    size_t p = m->first - 1;
    if (p > 0 && tok_is(t, p, "the"))
        p--;
    return tok_is(t, p, "in") || tok_is(t, p, "to");
}

/* The document's own country: the one most mentions outside the dateline
 * chose when it has more than half of them, else a country its headline
 * names ("Uzbekistan: Ten Years On"), else the dateline's (not when the
 * issuer is a mission or embassy abroad: its dateline is its host's; an
 * NGO's office abroad is no home either when its headline names the
 * country). *no_dateline is the same answer without the dateline's. */
static const char *home_country(dl_record *r, const pl_mention *m, size_t n,
                                const char **no_dateline)
{
    uint16_t cc[64];
    size_t votes[64], nc = 0, all = 0;
    const char *dateline = NULL, *title = NULL;
    size_t t0 = 0, t1 = 0; /* the headline's tokens */
    if (r->doc.title) {
        const text *t = &r->txt;
        size_t a = text_norm_offset(t, r->doc.title_span.start);
        size_t b = text_norm_offset(t, r->doc.title_span.end);
        while (t0 < t->ntoks && t->toks[t0].start < a)
            t0++;
        t1 = t0;
        while (t1 < t->ntoks && tok_end(t, t1) <= b)
            t1++;
    }
    *no_dateline = NULL;
    for (size_t k = 0; k < n; k++) {
        if (m[k].best < 0 || !m[k].hits[m[k].best].e->country[0])
            continue;
        const char *c = m[k].hits[m[k].best].e->country;
        if (host_in_issuer(r, &m[k]))
            continue;
        if (m[k].in_dateline) {
            dateline = c;
            continue;
        }
        if (!title && m[k].first >= t0 && m[k].last <= t1 &&
            m[k].hits[m[k].best].e->kind == GAZ_COUNTRY)
            title = c; /* "Uzbekistan: Ten Years On, ..." */
        size_t i = 0;
        while (i < nc && cc[i] != pl_cc(c))
            i++;
        if (i == nc && nc < 64) {
            cc[nc] = pl_cc(c);
            votes[nc++] = 0;
        }
        if (i < nc)
            votes[i]++;
        all++;
    }
    size_t best = 0;
    for (size_t i = 1; i < nc; i++)
        if (votes[i] > votes[best])
            best = i;
    if (!nc || votes[best] * 2 <= all) { /* the headline's country, else the dateline's */
        *no_dateline = title;
        return title ? title : r->issuer_abroad ? NULL : dateline;
    }
    for (size_t k = 0; k < n; k++)
        if (m[k].best >= 0 && pl_cc(m[k].hits[m[k].best].e->country) == cc[best])
            return *no_dateline = m[k].hits[m[k].best].e->country;
    return NULL;
}

/* The end token of the text `name` written from token i, or 0. */
static size_t spells(const text *t, size_t i, const char *name, size_t len)
{
    size_t a = t->toks[i].start;
    if (a + len > t->len || memcmp(t->norm + a, name, len))
        return 0;
    size_t j = i;
    while (j < t->ntoks && tok_end(t, j) < a + len)
        j++;
    return j < t->ntoks && tok_end(t, j) == a + len ? j + 1 : 0;
}

/* One of places [from, to) (in text order) starts at token i. */
static int found_at(const dl_record *r, size_t from, size_t to, size_t i)
{
    size_t k = rec_place_from(r, from, to, i);
    return k < r->nplaces && r->places[k].tok_start == i;
}

/* A later (or earlier) mention of an unlisted place already found (of the
 * first 16 found). */
/* A name repeat_mentions looks for, and the token where its search goes
 * on (after its last repeat). */
typedef struct {
    const char *name, *cc, *admin1;
    size_t len, next;
} again_name;

/* The distinct names of places [from, to), in order, into g; returns how
 * many. */
static size_t again_names(const dl_record *r, size_t from, size_t to, again_name *g)
{
    size_t ng = 0;
    for (size_t k = from; k < to; k++) {
        const char *name = r->places[k].pub.text;
        int seen = 0;
        for (size_t q = 0; q < ng; q++)
            seen |= !strcmp(g[q].name, name);
        if (!seen)
            g[ng++] = (again_name){name, r->places[k].pub.country,
                                   r->places[k].pub.admin1, strlen(name), 0};
    }
    return ng;
}

/* A later (or earlier) mention of an unlisted place already found (of the
 * first 16 found): one pass over the tokens for all of them. */
static dl_status repeat_mentions(dl_record *r, const pl_mention *m,
                                 const uint32_t *cover, size_t from)
{
    const text *t = &r->txt;
    size_t all = r->nplaces, to = all > from + 16 ? from + 16 : all;
    again_name g[16];
    unsigned char first[32] = {0}; /* the names' first bytes */
    size_t ng = again_names(r, from, to, g);
    for (size_t q = 0; q < ng; q++)
        first[(unsigned char)g[q].name[0] >> 3] |= (unsigned char)(1u << (g[q].name[0] & 7));
    for (size_t i = 0; ng && i < t->ntoks; i++) {
        unsigned char c = (unsigned char)t->norm[t->toks[i].start];
        if (!(t->toks[i].flags & TF_CAP) || !((first[c >> 3] >> (c & 7)) & 1))
            continue;
        for (size_t q = 0; q < ng; q++) {
            size_t j;
            if (i < g[q].next || (unsigned char)g[q].name[0] != c ||
                !(j = spells(t, i, g[q].name, g[q].len)) || mention_at(m, cover, i) ||
                found_at(r, from, all, i))
                continue;
            rec_place *p = pl_emit(r, i, j, NULL, "place_unlisted_again");
            if (!p)
                return DL_ENOMEM;
            p->pub.country = g[q].cc;
            p->pub.admin1 = g[q].admin1;
            g[q].next = j;
        }
    }
    return DL_OK;
}

/* Token i is a kind of place written after a name ("region", "Island");
 * "State" is left out ("Islamic State" is no place). */
static int type_word(const text *t, size_t i)
{
    return i < t->ntoks && (word_is_cue(t, i, "type") || word_is_cue(t, i, "settlement")) &&
           !tok_is(t, i, "state");
}

/* A lower-case kind of place at token j, after one word of its kind
 * ("the Zamzam displacement camp": `typemod` in place_cues.txt; "the
 * Sharpeville police station": `typed`, a kind only after one): its
 * tokens, or 0. */
static size_t typed_after(const text *t, size_t j)
{
    if (j >= t->ntoks || (t->toks[j].flags & TF_CAP && !(t->toks[j].flags & TF_UPPER)))
        return 0;
    if (type_word(t, j) && !(t->toks[j].flags & TF_CAP))
        return 1;
    if (word_is_cue(t, j, "typemod") &&
        (type_word(t, j + 1) || word_is_cue(t, j + 1, "typed")) &&
        !(t->toks[j + 1].flags & TF_CAP))
        return 2;
    return 0;
}

/* Tokens j, j + 1, j + 2 are a lower-case particle, a hyphen and a
 * capitalised word, joined ("al-Noura": data/en/place_particles.txt). */
static int particle_name(const text *t, size_t j)
{
    return j + 2 < t->ntoks && t->toks[j].kind == TOK_WORD &&
           !(t->toks[j].flags & (TF_CAP | TF_UPPER)) && tok_punct(t, j + 1, '-') &&
           !(t->toks[j + 1].flags & TF_SPACE) && !(t->toks[j + 2].flags & TF_SPACE) &&
           plain_cap(t, j + 2) && pl_word(t, j, &lex_en_place_particles);
}

/* The end of the run of capitalised words from i ("Ulleung Island", "Wad
 * al-Noura"). */
static size_t cap_run(const text *t, const pl_mention *m, const uint32_t *cover,
                      size_t i)
{
    size_t j = i + 1;
    while (j < t->ntoks && t->toks[j].sent == t->toks[i].sent && !mention_at(m, cover, j)) {
        if (plain_cap(t, j) || (tok_punct(t, j, '-') && j + 1 < t->ntoks && plain_cap(t, j + 1)))
            j++;
        else if (particle_name(t, j))
            j += 3;
        else
            break;
    }
    return j;
}

/* Mention g resolved to nothing and is the first word of a run of
 * capitalised words before a lower-case type word ("the Abu Shouk camp"). */
static int first_of_typed(const text *t, const pl_mention *m, const uint32_t *cover,
                          const pl_mention *g)
{
    if (g->best >= 0 || g->last >= t->ntoks || t->toks[g->last].sent != t->toks[g->first].sent ||
        !plain_cap(t, g->last) || mention_at(m, cover, g->last))
        return 0;
    size_t j = cap_run(t, m, cover, g->last);
    return type_word(t, j) && !(t->toks[j].flags & TF_CAP);
}

/* The kind token k names ("town": city, "province": region, from
 * data/en/place_unit_kinds.txt), or NULL. */
static const char *kind_named(const text *t, size_t k)
{
    const lex_entry *e = k < t->ntoks ? pl_word(t, k, &lex_en_place_unit_kinds) : NULL;
    return e ? e->value : NULL;
}

static void place_in(rec_place *p, const pl_mention *where, const char *home)
{
    if (!where) {
        p->pub.country = home;
        return;
    }
    const gaz_entry *e = where->hits[where->best].e;
    p->pub.country = e->country[0] ? e->country : NULL;
    p->pub.admin1 = e->kind == GAZ_REGION ? gaz_admin1(e) : NULL;
}

/* The issuer's country: a country named in the issuer ("Permanent Mission of
 * the Republic of Azerbaijan") or alone on a letterhead line near the top
 * ("Joint Chiefs of Staff / Republic of Korea"), or NULL. */
static const char *issuer_country(dl_record *r, const pl_mention *m, size_t n)
{
    const text *t = &r->txt;
    dl_span is = r->doc.issuer_span;
    for (size_t k = 0; k < n; k++) {
        if (m[k].best < 0 || m[k].hits[m[k].best].e->kind != GAZ_COUNTRY ||
            host_in_issuer(r, &m[k]))
            continue;
        dl_span sp = rec_tok_span(r, m[k].first, m[k].last);
        if (is.end > is.start && sp.start >= is.start && sp.end <= is.end)
            return m[k].hits[m[k].best].e->country;
        for (size_t l = 0; l < t->nlines && l < 6; l++) {
            size_t a = t->toks[m[k].first].start, b = tok_end(t, m[k].last - 1);
            size_t ls = t->lines[l].start, le = t->lines[l].end;
            while (ls < le && (t->norm[ls] == ' ' || t->norm[ls] == '\t'))
                ls++;
            while (le > ls && (t->norm[le - 1] == ' ' || t->norm[le - 1] == '\t'))
                le--;
            if (a == ls && b == le)
                return m[k].hits[m[k].best].e->country;
        }
    }
    return NULL;
}

/* Unlisted places beside known ones, in one pass over the tokens. */
/* The tokens [*t0, *t1) of the document's title when it is written in
 * title case (most of its words of four letters or more capitalised), else
 * an empty range. Found once: titles open the text. */
static void title_case_tokens(dl_record *r, size_t *t0, size_t *t1)
{
    const text *t = &r->txt;
    dl_span ts = r->doc.title_span;
    size_t a = 0, words = 0, caps = 0;
    *t0 = *t1 = 0;
    if (!r->doc.title)
        return;
    while (a < t->ntoks && rec_tok_span(r, a, a + 1).start < ts.start)
        a++;
    size_t b = a;
    while (b < t->ntoks && rec_tok_span(r, b, b + 1).end <= ts.end) {
        if (t->toks[b].kind == TOK_WORD && tok_len(t, b) >= 4) {
            words++;
            caps += (t->toks[b].flags & (TF_CAP | TF_UPPER)) != 0;
        }
        b++;
    }
    if (words >= 3 && caps * 4 >= words * 3)
        *t0 = a, *t1 = b;
}

static dl_status find_unlisted(dl_record *r, const pl_mention *m,
                               const uint32_t *cover, const char *home,
                               const char *site_home, const pl_list *caps)
{
    const text *t = &r->txt;
    /* every word inside a run ends where the run does: found once per run,
     * so a run of 50 000 capitalised words costs linear time */
    size_t run_start = 0, run_end = 0, next = 1, title0, title1;
    title_case_tokens(r, &title0, &title1);
    /* only capitalised tokens can start a place or lie in a run (its words
     * are plain capitalised ones), and those inside a mention but its
     * first are never one: pl_scan listed the rest */
    for (size_t q = 0; q < caps->n; q++) {
        size_t i = caps->at[q];
        if (i < next)
            continue;
        next = i + 1;
        /* a word inside the run is known to be a plain capitalised one
         * and no mention (cap_run stops at mentions) */
        int known = i > run_start && i < run_end && t->toks[i].kind == TOK_WORD;
        if (!known && !(t->toks[i].flags & TF_CAP))
            continue;
        const pl_mention *gm = known ? NULL : mention_at(m, cover, i);
        /* a dropped small town abroad, or a name that resolved to nothing
         * and is the first word of a longer one before a lower-case type
         * word ("the Abu Shouk camp": "Abu", a town in India) */
        int stray = gm && gm->first == i && (gm->stray || first_of_typed(t, m, cover, gm));
        if (!known && ((gm && !stray) || !plain_cap(t, i)))
            continue;
        int unit = unit_before(t, i), prep = word_is_cue(t, i - 1, "prep");
        if (i >= run_end) {
            run_start = i;
            run_end = cap_run(t, m, cover, i);
        }
        size_t j = run_end;
        /* "the villages of Kishishe and Bambo" name villages; "remote
         * villages of Jajarkot" the district they lie in: a plural unit
         * only before a list */
        if (unit && plural_unit(t, i) &&
            !(j < t->ntoks && (tok_punct(t, j, ',') || tok_is(t, j, "and"))))
            unit = 0;
        /* "in Al Gezira": the article of the name after it, no place;
         * "Eleven provinces were affected": a number; "a MINUSMA camp",
         * "the IDP camp": an acronym in running text is a body's */
        if (j == i + 1 &&
            (pl_word(t, i, &lex_en_place_particles) || pl_word(t, i, &lex_en_numbers) ||
             acronym_in_text(t, i)))
            continue;
        /* "the Tskhinvali region" (type after), "Ulleung Island" (in it) */
        size_t after = typed_after(t, j);
        int typed = after || (j - i >= 2 && type_word(t, j - 1));
        if (!(unit || prep || typed))
            continue;
        const pl_mention *where =
            next_place(t, m, cover, j + (after ? after : type_word(t, j) ? 1 : 0));
        /* "a monastery in Pazigyi": a site's place after "in" (`site` in
         * place_cues.txt), one word of name */
        int site = prep && i >= 2 && j == i + 1 && tok_is(t, i - 1, "in") &&
                   word_is_cue(t, i - 2, "site") && site_home;
        if (!where && !unit && !typed && !(stray && prep && home) && !site)
            continue;
        /* a title's words are all capitalised: "Implicated in Killings in
         * Amhara Region" names no place "Killings" */
        if (!unit && !typed && !stray && i >= title0 && i < title1)
            continue;
        const char *rule = where ? "place_unlisted_in"
                           : unit ? "place_unlisted_unit"
                           : typed ? "place_unlisted_type"
                           : site && !stray ? "place_unlisted_site" : "place_unlisted_home";
        rec_place *p = pl_emit(r, i, j, NULL, rule);
        if (!p)
            return DL_ENOMEM;
        place_in(p, where, site && !where && !unit && !typed ? site_home : home);
        /* "the town of Chibok": a town; "the Tskhinvali region": a region */
        const char *kind = unit ? kind_named(t, i - 2) : after == 1 ? kind_named(t, j) : NULL;
        if (kind)
            p->pub.kind = kind;
        next = j + 1;
    }
    return DL_OK;
}

dl_status pl_unlisted(dl_record *r, const pl_mention *m, size_t n,
                      const pl_list *caps)
{
    /* a site's town takes the country of the issuer or of the text's
     * places, not a regional office's dateline */
    const char *site_home = issuer_country(r, m, n), *home = site_home;
    if (!home)
        home = home_country(r, m, n, &site_home);
    size_t from = r->nplaces;
    uint32_t *cover = cover_tokens(r, m, n);
    if (!cover)
        return DL_ENOMEM;
    dl_status st = find_unlisted(r, m, cover, home, site_home, caps);
    if (st == DL_OK)
        st = repeat_mentions(r, m, cover, from);
    free(cover);
    return st;
}
