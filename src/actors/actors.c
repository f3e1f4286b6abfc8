/* actors.c - the actors stage: who acts or is acted upon. Adds the
 * document's issuer, then organisation names and acronyms, then officials,
 * forces and groups, one actor per mention in text order, and fills in
 * countries from context. The matchers live in orgs.c, acronyms.c,
 * officials.c and forces.c; countries in country.c and context.c. */
#include <stdlib.h>
#include <string.h>

#include "../text/phrase_match.h"
#include "actors.h"
#include "actor_starts.h"
#include "lexicons.h"

/* A header line right after the issuer that is only a country ("Joint
 * Chiefs of Staff / Republic of Korea") says whose body it is. */
static const char *country_line_after(actx *x, size_t b)
{
    const text *t = x->t;
    if (b >= t->ntoks || !(t->toks[b].flags & TF_NEWLINE))
        return NULL;
    size_t e = b + 1;
    while (e < t->ntoks && !(t->toks[e].flags & TF_NEWLINE))
        e++;
    size_t n;
    const char *c = country_at(x, b, e, &n);
    return c && b + n == e ? c : NULL;
}

/* Full name, sector and country of the issuer: an organisation known by
 * that name or acronym ("OCHA" is the United Nations Office for the
 * Coordination of Humanitarian Affairs), else as organisation names are
 * read (the name as written). */
static void describe_issuer(actx *x, size_t a, size_t b, const char **name,
                            const char **country, const char **sector)
{
    const lex_entry *e = NULL;
    *name = x->r->doc.issuer;
    size_t kn = act_phrase(x->t, a, b, &lex_en_actor_known, &e);
    /* "Office for the Coordination of Humanitarian Affairs (OCHA)": the
     * name known, its acronym after it in brackets */
    if (kn && b - a > kn + 2 && a + kn + 3 == b && tok_punct(x->t, a + kn, '(') &&
        tok_punct(x->t, b - 1, ')'))
        kn = b - a;
    if (kn == b - a) {
        const char *full = act_field(x->r, e->value, 0);
        *name = full ? full : *name;
        *sector = act_field(x->r, e->value, 1);
        *country = act_field(x->r, e->value, 2);
    } else if (kn && e && a + kn < b && act_phrase(x->t, a + kn, b, &lex_en_actor_titles, NULL) ==
                                          b - a - kn) {
        /* "IDF Spokesperson": the office of a body known by name speaks
         * for it */
        *sector = act_field(x->r, e->value, 1);
        *country = act_field(x->r, e->value, 2);
    } else {
        orgs_describe(x, a, b, country, sector);
        /* "Spokesperson for the UN High Commissioner for Human Rights":
         * an office that speaks for an international body is one */
        if (!*country && tok_in(x->t, a, &lex_en_actor_titles) &&
            orgs_names_international(x, a + 1, b))
            *sector = "international";
        /* "Permanent Representative of Mali to the United Nations": an
         * official of a country serves its government, whatever body
         * follows "to" */
        const lex_entry *te = NULL;
        size_t tn = act_phrase(x->t, a, b, &lex_en_actor_titles, &te);
        if (te && (*country ? tn > 0 : tn == b - a)) /* or a title alone: "the Secretary-General" */
            *sector = act_field(x->r, te->value, 0);
    }
    if (!*country && strcmp(*sector, "international"))
        *country = country_line_after(x, b);
    /* "Statement by France": a country issues through its government */
    if (*country && !strcmp(*sector, "other") && country_exact(x, a, b))
        *sector = "government";
}

static dl_status add_issuer(actx *x)
{
    dl_record *r = x->r;
    size_t a, b;
    if (!r->doc.issuer || !act_span_tokens(r, r->doc.issuer_span, &a, &b))
        return DL_OK;
    const char *name, *country, *sector;
    describe_issuer(x, a, b, &name, &country, &sector);
    rec_actor *ac = act_add(x, a, b, "issuer", name, country, sector, name);
    if (!ac)
        return DL_ENOMEM;
    ac->pub.span = r->doc.issuer_span;
    ac->pub.text = rec_span_text(r, ac->pub.span);
    return DL_OK;
}

/* One sense per document: a place name the places stage read once as the
 * document's main country and once as another ("Atlanta, Georgia" ...
 * "Georgia Bureau of Investigation") is read as the main one throughout. */
static dl_status place_countries(actx *x)
{
    const dl_record *r = x->r;
    act_map main = {0};
    x->dominant = country_dominant(r);
    x->place_cc = arena_alloc(r->a, (r->nplaces + 1) * sizeof *x->place_cc);
    if (!x->place_cc || (x->dominant && !act_map_init(r->a, &main, r->nplaces)))
        return DL_ENOMEM;
    for (size_t k = 0; k < r->nplaces; k++) {
        const dl_place *p = &r->places[k].pub;
        x->place_cc[k] = p->country;
        if (x->dominant && p->country && p->text && !strcmp(p->country, x->dominant))
            main.keys[act_map_slot(&main, p->text)] = p->text;
    }
    for (size_t k = 0; x->dominant && k < r->nplaces; k++) {
        const dl_place *p = &r->places[k].pub;
        if (p->text && main.keys[act_map_slot(&main, p->text)])
            x->place_cc[k] = x->dominant;
    }
    return DL_OK;
}

/* For each token, the longest place the places stage found starting there. */
static dl_status index_places(actx *x)
{
    const dl_record *r = x->r;
    if (place_countries(x) != DL_OK)
        return DL_ENOMEM;
    for (size_t k = 0; k < r->nplaces; k++) {
        const rec_place *p = &r->places[k];
        if (p->tok_start >= p->tok_end || p->tok_end > x->t->ntoks)
            continue;
        uint32_t *slot = &x->place_at[p->tok_start];
        if (!*slot || r->places[*slot - 1].tok_end < p->tok_end)
            *slot = (uint32_t)k + 1;
    }
    return DL_OK;
}

typedef size_t (*matcher)(actx *, size_t, size_t);

/* Tokens where a pass's matchers may start, in text order (scratch). */
typedef struct {
    uint32_t *at;
    size_t n, cap;
} cands;

static int cands_grow(cands *c)
{
    size_t nc = c->cap ? c->cap * 2 : 256;
    uint32_t *g = realloc(c->at, nc * sizeof *g);
    if (!g)
        return 0;
    c->at = g;
    c->cap = nc;
    return 1;
}

static inline int cands_push(cands *c, size_t i)
{
    if (c->n == c->cap && !cands_grow(c))
        return 0;
    c->at[c->n++] = (uint32_t)i;
    return 1;
}

/* A table's first-token bitset with its fields read once (lex_may_first). */
typedef struct {
    const uint8_t *bits;
    unsigned shift;
    uint32_t mask;
} first_set;

static first_set first_of(const lex_table *t)
{
    return (first_set){t->first, 32u - (unsigned)t->first_bits,
                       (1u << t->first_bits) - 1};
}

static inline int may_first(const first_set *f, uint32_t h)
{
    uint32_t r = h * LEX_HASH_MIX, b = r >> f->shift;
    if (!((f->bits[b >> 3] >> (b & 7)) & 1))
        return 0;
    b = (r >> 2) & f->mask;
    return (f->bits[b >> 3] >> (b & 7)) & 1;
}

/* The candidates of both passes, in one pass over the tokens (what they
 * depend on, the tokens and the places, does not change while matching).
 * A name (acronym, organisation, known name) starts with a capital. An
 * official, a group or a state may start at a place or just before one
 * ("the"), at a word that may start a title or a group noun, or at a
 * capitalised word that may start a country's name or demonym
 * (country_at): the first-token bitsets of those tables' unions
 * (mk/actors.mk) say so from the token's hash. The matchers check the
 * rest; this only spares them the many tokens none of them could take.
 * place_at has a zero past the last token. */
static dl_status find_cands(const actx *x, cands *names, cands *nouns)
{
    const token *tk = x->t->toks;
    const uint32_t *place_at = x->place_at;
    const first_set noun = first_of(&lex_actor_noun_starts);
    const first_set country = first_of(&lex_actor_country_starts);
    for (size_t i = 0, n = x->t->ntoks; i < n; i++) {
        const token *k = &tk[i];
        int word = k->kind == TOK_WORD;
        int cap = word && (k->flags & (TF_CAP | TF_UPPER));
        /* "al Qaeda", "al-Shabaab": a short lower-case article before a
         * capitalised word may open a known name */
        int article = word && !cap && k->len <= 3 && i + 2 < n &&
                      ((tk[i + 1].flags & TF_CAP) ||
                       (tk[i + 1].kind == TOK_PUNCT && (tk[i + 2].flags & TF_CAP)));
        if ((cap || article) && !cands_push(names, i))
            return DL_ENOMEM;
        if (!(place_at[i] | place_at[i + 1]) &&
            (!word || (!may_first(&noun, k->hash) &&
                       (!cap || !may_first(&country, k->hash)))))
            continue;
        if (!cands_push(nouns, i))
            return DL_ENOMEM;
    }
    return DL_OK;
}

/* Try the matchers at each candidate in turn; a match's tokens are not
 * tried again. */
static dl_status run_pass(actx *x, const matcher *ms, size_t nm, const cands *c)
{
    const text *t = x->t;
    size_t next = 0;
    for (size_t q = 0; q < c->n; q++) {
        size_t i = c->at[q];
        if (i < next)
            continue;
        size_t lim = act_sent_end(t, i), used = 0;
        for (size_t k = 0; k < nm && !used; k++)
            used = ms[k](x, i, lim);
        next = i + (used ? used : 1);
    }
    return DL_OK;
}

typedef struct {
    rec_actor ac;
    const char *key;
} keyed;

static int by_position(const void *pa, const void *pb)
{
    const keyed *a = pa, *b = pb;
    if (a->ac.tok_start != b->ac.tok_start)
        return a->ac.tok_start < b->ac.tok_start ? -1 : 1;
    return 0;
}

/* Text order, keeping each actor's coreference key beside it. */
static dl_status sort_actors(actx *x)
{
    dl_record *r = x->r;
    if (r->nactors < 2)
        return DL_OK;
    keyed *tmp = malloc(r->nactors * sizeof *tmp); /* scratch */
    if (!tmp)
        return DL_ENOMEM;
    for (size_t k = 0; k < r->nactors; k++)
        tmp[k] = (keyed){r->actors[k], x->keys[k]};
    qsort(tmp, r->nactors, sizeof *tmp, by_position);
    for (size_t k = 0; k < r->nactors; k++) {
        r->actors[k] = tmp[k].ac;
        x->keys[k] = tmp[k].key;
    }
    free(tmp);
    return DL_OK;
}

static dl_status run_actors(actx *x)
{
    dl_record *r = x->r;
    if (index_places(x) != DL_OK)
        return DL_ENOMEM;
    static const matcher names[] = {acronym_match, orgs_match, known_match};
    static const matcher nouns[] = {officials_match, forces_match, states_match};
    size_t n0 = r->nactors;
    cands cn = {0}, cv = {0};
    dl_status st = find_cands(x, &cn, &cv);
    if (st == DL_OK)
        st = add_issuer(x);
    if (st == DL_OK)
        st = run_pass(x, names, 3, &cn);
    if (st == DL_OK) {
        actors_coordinate(x);
        st = run_pass(x, nouns, 3, &cv);
    }
    free(cn.at);
    free(cv.at);
    if (st != DL_OK)
        return st;
    if (st == DL_OK && r->nactors > n0 && !x->keys)
        st = DL_ENOMEM;
    if (st == DL_OK)
        st = sort_actors(x);
    if (st == DL_OK)
        st = actors_context(x);
    return st;
}

dl_status actors_extract(dl_record *r)
{
    actx x = {.r = r, .t = &r->txt};
    if (r->txt.ntoks == 0)
        return DL_OK;
    size_t n = r->txt.ntoks;
    /* per-token scratch: freed when the stage ends, not kept in the arena
     * for the rest of the record's life */
    x.taken = calloc(n, 1);
    x.place_at = calloc(n + 1, sizeof *x.place_at); /* a zero past the end */
    x.actor_at = calloc(n, sizeof *x.actor_at);
    dl_status st = x.taken && x.place_at && x.actor_at ? run_actors(&x)
                                                       : DL_ENOMEM;
    free(x.taken);
    free(x.place_at);
    free(x.actor_at);
    return st;
}
