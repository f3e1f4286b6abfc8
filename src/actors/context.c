/* context.c - countries an actor's own words do not give: coordinated heads
 * share their modifier ("the Ministry of Defense, Ministry of Interior and
 * State Security Committee of the Soviet Union" are three Soviet bodies);
 * a later bare mention takes an earlier one's country ("Soviet troops" ...
 * "the troops"); in a news report, local forces take the dateline's; an
 * official named in person takes the nearest country his sentence names
 * when no other actor is nearer; a government body
 * without one takes the issuer's. */
#include <string.h>
#include <strings.h>

#include "actors.h"
#include "lexicons.h"

/* Only list glue lies between tokens a and b: ",", "and", "or", "the",
 * and an acronym in brackets ("Sudanese Armed Forces (SAF) and the ..."). */
static int list_glue(const text *t, size_t a, size_t b)
{
    if (b < a || b - a > 6)
        return 0;
    for (size_t i = a; i < b; i++) {
        if (tok_punct(t, i, '(') && i + 2 < b && (t->toks[i + 1].flags & TF_UPPER) &&
            tok_punct(t, i + 2, ')')) {
            i += 2;
            continue;
        }
        if (!tok_punct(t, i, ',') && !tok_is(t, i, "and") && !tok_is(t, i, "or") &&
            !tok_is(t, i, "the"))
            return 0;
    }
    return 1;
}

/* The one country the members [a, b) name, or NULL (none, or several). */
static const char *shared_country(const dl_record *r, size_t a, size_t b)
{
    const char *c = NULL;
    for (size_t k = a; k < b; k++) {
        const char *ck = r->actors[k].pub.country;
        if (!ck)
            continue;
        if (c && strcmp(c, ck))
            return NULL;
        c = ck;
    }
    return c;
}

void actors_coordinate(actx *x)
{
    dl_record *r = x->r;
    for (size_t a = 0; a < r->nactors;) {
        size_t b = a + 1;
        while (b < r->nactors && r->actors[b].sent == r->actors[a].sent &&
               r->actors[b].tok_start >= r->actors[b - 1].tok_end &&
               list_glue(x->t, r->actors[b - 1].tok_end, r->actors[b].tok_start))
            b++;
        const char *c = b - a > 1 ? shared_country(r, a, b) : NULL;
        for (size_t k = a; c && k < b; k++) {
            rec_actor *ac = &r->actors[k];
            if (!ac->pub.country && strcmp(ac->pub.sector, "international")) {
                ac->pub.country = c;
                ac->pub.rule = "org.coordinated";
            }
        }
        a = b;
    }
}

static rec_actor *issuer_actor(dl_record *r)
{
    for (size_t k = 0; k < r->nactors; k++)
        if (!strcmp(r->actors[k].pub.rule, "issuer"))
            return &r->actors[k];
    return NULL;
}

/* Rules whose mentions may borrow the issuer's country: bodies and groups
 * named without one, never an official ("Thank you, Madam President"
 * addresses the chair of another body). */
static int borrows_issuer(const rec_actor *ac)
{
    return !strcmp(ac->pub.sector, "government") &&
           (!strcmp(ac->pub.rule, "org.name") || !strcmp(ac->pub.rule, "group.noun"));
}

/* The country of the document's dateline place, or NULL. */
static const char *dateline_place_country(actx *x)
{
    const dl_record *r = x->r;
    size_t a, b;
    if (!r->doc.dateline || !act_span_tokens(r, r->doc.dateline->span, &a, &b))
        return NULL;
    for (size_t k = 0; k < r->nplaces; k++)
        if (r->places[k].tok_start >= a && r->places[k].tok_end <= b &&
            r->places[k].pub.country)
            return r->places[k].pub.country;
    return country_in(x, a, b);
}

/* The country of a news report's dateline ("COTABATO, Philippines (AP)"):
 * where the reporter is, the scene of what is reported. NULL for other
 * kinds of document, which are issued from a capital or New York. */
static const char *dateline_country(actx *x)
{
    const dl_record *r = x->r;
    if (!r->doc.kind || strcmp(r->doc.kind, "news"))
        return NULL;
    return dateline_place_country(x);
}

/* A government issuer named only by its function ("Ministry of Foreign
 * Affairs", "Department of Foreign Affairs": the name opens with its head
 * word) is the government of the place its statement is dated from
 * ("Islamabad, 14 November 2020"). */
static void issuer_from_dateline(actx *x, rec_actor *is)
{
    const text *t = x->t;
    if (is->pub.country || strcmp(is->pub.sector, "government") ||
        !act_word(t, is->tok_start) ||
        !lex_has(&lex_en_actor_heads, tok_str(t, is->tok_start),
                 tok_len(t, is->tok_start)))
        return;
    is->pub.country = dateline_place_country(x); /* rule stays "issuer" */
}

/* Domestic forces and bodies a dateline can place. */
static int local_sector(const char *s)
{
    return !strcmp(s, "military") || !strcmp(s, "police") || !strcmp(s, "security") ||
           !strcmp(s, "government") || !strcmp(s, "rebels");
}

/* Tokens between [a, b) and [c, d). */
static size_t gap(size_t a, size_t b, size_t c, size_t d)
{
    return c >= b ? c - b : a >= d ? a - d : 0;
}

/* The country named nearest to an official in his sentence, when that
 * mention is a place or country name of its own rather than another
 * actor's ("the plane carrying President Habyarimana was shot down over
 * Kigali"; "the invasion of Panama, while Gen. Noriega remained at large");
 * NULL when another actor with a country is as near ("Lt. Gen. Kelly told
 * reporters that U.S. troops were in Panama"). */
static const char *sentence_country(actx *x, size_t self)
{
    const dl_record *r = x->r;
    const rec_actor *ac = &r->actors[self];
    const sentence *s = &x->t->sents[ac->sent];
    const char *best = NULL;
    size_t near = (size_t)-1, first = self, last = self;
    while (first > 0 && r->actors[first - 1].sent == ac->sent)
        first--;
    while (last + 1 < r->nactors && r->actors[last + 1].sent == ac->sent)
        last++;
    for (size_t k = first; k <= last; k++) {
        const rec_actor *o = &r->actors[k];
        if (o == ac || o->sent != ac->sent || !o->pub.country ||
            !strcmp(o->pub.rule, "issuer"))
            continue;
        size_t d = gap(ac->tok_start, ac->tok_end, o->tok_start, o->tok_end);
        if (d < near)
            near = d;
    }
    size_t actor_near = near;
    for (size_t i = s->tok_start; i < s->tok_end; i++) {
        size_t n, d;
        const char *ci = x->taken[i] ? NULL : country_at(x, i, s->tok_end, &n);
        if (!ci)
            continue;
        d = gap(ac->tok_start, ac->tok_end, i, i + n);
        if (d < near || (d == near && best && strcmp(best, ci))) {
            best = d < near ? ci : NULL;
            near = d;
        }
        i += n - 1;
    }
    return near < actor_near ? best : NULL;
}

/* The latest country seen for each coreference key: open addressing over
 * a power-of-two table, keys compared without case. */
typedef struct {
    const char **keys, **countries;
    size_t mask;
} keymap;

static size_t key_hash(const char *s)
{
    size_t h = 1469598103934665603u;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        h = (h ^ (c >= 'A' && c <= 'Z' ? c + 32u : c)) * 1099511628211u;
    }
    return h;
}

static size_t key_slot(const keymap *m, const char *key)
{
    size_t i = key_hash(key) & m->mask;
    while (m->keys[i] && strcasecmp(m->keys[i], key))
        i = (i + 1) & m->mask;
    return i;
}

static int keymap_init(arena *a, keymap *m, size_t n)
{
    size_t cap = 16;
    while (cap < 2 * n)
        cap *= 2;
    m->mask = cap - 1;
    m->keys = arena_alloc(a, cap * sizeof *m->keys);
    m->countries = arena_alloc(a, cap * sizeof *m->countries);
    return m->keys && m->countries;
}

dl_status actors_context(actx *x)
{
    dl_record *r = x->r;
    const char *dc = dateline_country(x);
    keymap seen;
    if (!keymap_init(r->a, &seen, r->nactors))
        return DL_ENOMEM;
    for (size_t k = 0; k < r->nactors; k++) {
        rec_actor *ac = &r->actors[k];
        size_t slot = x->keys[k] ? key_slot(&seen, x->keys[k]) : 0;
        if (x->keys[k] && ac->pub.country) {
            seen.keys[slot] = x->keys[k];
            seen.countries[slot] = ac->pub.country;
        }
        if (ac->pub.country || !strcmp(ac->pub.sector, "international"))
            continue;
        if (x->keys[k] && seen.keys[slot]) {
            ac->pub.country = seen.countries[slot];
            ac->pub.rule = "context.earlier_mention";
        }
        if (!ac->pub.country && dc && local_sector(ac->pub.sector) &&
            strncmp(ac->pub.rule, "official", 8)) {
            ac->pub.country = dc;
            ac->pub.rule = "context.dateline";
        }
        if (!ac->pub.country && !strcmp(ac->pub.rule, "official.named") &&
            local_sector(ac->pub.sector)) {
            ac->pub.country = sentence_country(x, k);
            if (ac->pub.country)
                ac->pub.rule = "context.sentence";
        }
        if (x->keys[k] && ac->pub.country) {
            seen.keys[slot] = x->keys[k];
            seen.countries[slot] = ac->pub.country;
        }
    }
    rec_actor *is = issuer_actor(r);
    if (is)
        issuer_from_dateline(x, is);
    if (!is || !is->pub.country || strcmp(is->pub.sector, "government"))
        return DL_OK;
    for (size_t k = 0; k < r->nactors; k++) {
        rec_actor *ac = &r->actors[k];
        if (!ac->pub.country && borrows_issuer(ac)) {
            ac->pub.country = is->pub.country;
            ac->pub.rule = "context.issuer";
        }
    }
    return DL_OK;
}
