/* orgs.c - organisation names: capitalised names ending their core in a
 * head word ("Ministry of Defense", "State Security Committee of the Soviet
 * Union", "Human Rights Watch"), and organisations known by a name or an
 * acronym ("Amnesty International", "NATO"). Not for forces and groups
 * written in lower case (forces.c) nor officials (officials.c). */
#include <string.h>
#include <strings.h>

#include "../text/phrase_match.h"
#include "actors.h"
#include "lexicons.h"

static const lex_entry *head_at(const text *t, size_t i)
{
    if (!act_word(t, i) || !lex_may_first(&lex_en_actor_heads, t->toks[i].hash))
        return NULL;
    return tok_lex(t, i, &lex_en_actor_heads);
}

/* Some word in [a, b) may be a head word: most capitalised names have
 * none, and need no closer look. */
static int may_head(const text *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (act_word(t, i) && lex_may_first(&lex_en_actor_heads, t->toks[i].hash))
            return 1;
    return 0;
}

/* First connector (not "the") in [a, b), or b: the core of a name ends
 * there ("Ministry" in "Ministry of Defense"). */
static size_t core_end(const text *t, size_t a, size_t b)
{
    for (size_t i = a + 1; i < b; i++) {
        const lex_entry *c = act_connector_entry(t, i);
        if (c && strcmp(c->value, "name")) /* "Francisco de Paula Santander" */
            return i;
    }
    return b;
}

/* Last head word in [a, c), or (size_t)-1. */
static size_t last_head(const text *t, size_t a, size_t c)
{
    for (size_t i = c; i > a; i--)
        if (head_at(t, i - 1))
            return i - 1;
    return (size_t)-1;
}

/* An international office named in [a, b) ("Secretary-General"). */
static int intl_title(const text *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        const lex_entry *e = NULL;
        if (act_phrase(t, i, b, &lex_en_actor_titles, &e) &&
            !strcmp(e->value, "international"))
            return 1;
    }
    return 0;
}

int orgs_names_international(actx *x, size_t a, size_t b)
{
    const text *t = x->t;
    for (size_t i = a; i < b; i++) {
        const lex_entry *e = NULL;
        /* "for the Secretary-General": an international post by its title */
        if (act_cap(t, i) && act_phrase(t, i, b, &lex_en_actor_titles, &e) && e) {
            char sec[32];
            if (lex_field(e->value, 0, sec, sizeof sec) > 0 && !strcmp(sec, "international"))
                return 1;
        }
        size_t n = act_phrase(t, i, b, &lex_en_actor_known, &e);
        if (!n || !act_cap(t, i))
            continue;
        if (n == 1 && strlen(e->key) <= 3 && !(t->toks[i].flags & TF_UPPER))
            continue;
        char sec[32];
        if (lex_field(e->value, 1, sec, sizeof sec) > 0 &&
            !strcmp(sec, "international"))
            return 1;
    }
    return 0;
}

/* End of the owner complements after the core: "of ..." phrases, up to the
 * first connector that names something else ("to the United Nations", "in
 * South Sudan", "for Refugees"). */
static size_t owner_end(const text *t, size_t c, size_t b)
{
    static const char *const other[] = {"to", "in", "on", "for"};
    for (size_t i = c; i < b; i++)
        for (size_t k = 0; k < sizeof other / sizeof *other; k++)
            if (tok_is(t, i, other[k]))
                return i;
    return b;
}

static const char *sector_of(actx *x, size_t a, size_t h)
{
    const text *t = x->t;
    const lex_entry *he = head_at(t, h);
    char buf[32];
    if (lex_field(he->value, 0, buf, sizeof buf) <= 0)
        return "other";
    const char *sector = act_field(x->r, he->value, 0);
    if (lex_field(he->value, 1, buf, sizeof buf) > 0 && !strcmp(buf, "fixed"))
        return sector;
    /* the nearest sector word before the head, but a rights or aid word
     * anywhere makes an NGO ("National Human Rights Defense Network") */
    const char *nearest = NULL;
    for (size_t i = h; i > a; i--) {
        const lex_entry *w = act_word(t, i - 1)
            ? tok_lex(t, i - 1, &lex_en_actor_sector_words)
            : NULL;
        /* "Self-Defence Forces": a hyphened word of its own sector */
        const lex_entry *hy = NULL;
        if (i >= a + 3 && act_phrase(t, i - 3, h, &lex_en_actor_sector_words, &hy) == 3) {
            w = hy;
            i -= 2;
            /* ... but a state's own ("Japan Self-Defense Forces") */
            for (size_t k = a, n; k + 1 < i && w; k++)
                if (country_at(x, k, i - 1, &n))
                    w = NULL;
        }
        if (w && !strcmp(w->value, "ngo"))
            return w->value;
        /* "International" opening the name of a public body ("the
         * International Commission on ..."), not inside one ("Florida
         * International University") */
        if (w && !strcmp(w->value, "international") &&
            (i - 1 != a || strcmp(sector, "government")))
            w = NULL;
        if (w && !nearest)
            nearest = w->value;
    }
    return nearest ? nearest : sector;
}

/* A body known by name owns the one named at [a, h]: "the ICRC's Central
 * Tracing Agency" is the ICRC's part, of its sector and country. */
static int known_owner(actx *x, size_t a, size_t h, const char **country, const char **sector)
{
    const text *t = x->t;
    for (size_t i = a + 1; i + 1 < h && i <= a + 4; i++) {
        if (!tok_punct(t, i, '\'') || !tok_is(t, i + 1, "s"))
            continue;
        const lex_entry *e = NULL;
        if (act_phrase(t, a, i, &lex_en_actor_known, &e) != i - a)
            return 0;
        const char *sec = act_field(x->r, e->value, 1);
        *sector = sec ? sec : "other";
        *country = act_field(x->r, e->value, 2);
        return 1;
    }
    return 0;
}

void orgs_describe(actx *x, size_t a, size_t b, const char **country,
                   const char **sector)
{
    const text *t = x->t;
    size_t c = core_end(t, a, b), h = last_head(t, a, c);
    *country = NULL;
    *sector = "other";
    /* "Information Team of the State Administration Council": no head
     * before "of", the body after it is whose the team is */
    size_t oh = h == (size_t)-1 && c < b ? last_head(t, c, b) : (size_t)-1;
    if (oh != (size_t)-1 && !orgs_names_international(x, c, b)) {
        *sector = sector_of(x, c, oh);
        *country = country_in(x, a, b);
        return;
    }
    if (h == (size_t)-1) {
        for (size_t i = a; i < b; i++) {
            const lex_entry *e = act_word(t, i)
                ? tok_lex(t, i, &lex_en_issuer_heads)
                : NULL;
            if (e)
                *sector = e->value;
        }
        *country = country_in(x, a, b);
        return;
    }
    *sector = sector_of(x, a, h);
    if (known_owner(x, a, h, country, sector))
        return; /* "the ICRC's Central Tracing Agency" */
    size_t oe = owner_end(t, c, b);
    if (orgs_names_international(x, a, h) || orgs_names_international(x, c, oe) ||
        intl_title(t, a, b)) {
        *sector = "international";
        return;
    }
    *country = country_in(x, a, c); /* "Civil Liberties Network Nigeria" */
    if (!*country)
        *country = country_in(x, c, oe);
    /* "the Special Action Force of the Philippine National Police": a
     * force of a police body is police */
    if (!strcmp(*sector, "military"))
        for (size_t i = c; i < oe; i++) {
            const lex_entry *he = head_at(t, i);
            if (he && !strncmp(he->value, "police", 6) &&
                (he->value[6] == '|' || he->value[6] == '\0')) {
                *sector = "police";
                break;
            }
        }
}

/* Where a name starting at i ends: stop before an "and" that starts another
 * name with its own head ("Ministry of Interior and State Security
 * Committee"), a body known by name ("Human Rights Watch and Amnesty
 * International") or that is only a country or demonym ("... of Ukraine
 * and Ukrainian police"), but keep "Ministry of Labour and Social
 * Affairs". */
static size_t split_end(actx *x, size_t i, size_t e)
{
    const text *t = x->t;
    for (size_t j = i + 1; j < e; j++) {
        if (!tok_is(t, j, "and"))
            continue;
        size_t k = j + 1 + (j + 1 < e && tok_is(t, j + 1, "the"));
        /* "Human Rights Watch and Amnesty International": a body known by
         * name after "and" */
        const lex_entry *kn = NULL;
        if (k < e && act_phrase(t, k, e, &lex_en_actor_known, &kn) == e - k)
            return j;
        for (; k < e && !act_connector(t, k); k++)
            if (head_at(t, k))
                return j;
        if (k == e && country_exact(x, j + 1, e))
            return j;
    }
    return e;
}

static size_t add_known(actx *x, size_t a, size_t b, const lex_entry *e,
                        const char *rule)
{
    dl_record *r = x->r;
    const char *name = act_field(r, e->value, 0);
    rec_actor *ac = act_add(x, a, b, rule, name, act_field(r, e->value, 2),
                            act_field(r, e->value, 1), name);
    if (!ac)
        return 0;
    return b - a + acronym_define(x, r->nactors - 1, b, act_sent_end(x->t, a));
}

/* A lower-case word right before a capitalised one, with or without a
 * hyphen between: an Arabic article a name may be written with ("al
 * Qaeda", "al-Shabaab"); known_match then takes a key of two tokens or
 * more only. */
static int lower_article_name(const text *t, size_t i, size_t lim)
{
    size_t j = i + 1;
    if (j < lim && tok_punct(t, j, '-'))
        j++;
    return j < lim && t->toks[i].kind == TOK_WORD && t->toks[i].len <= 3 &&
           (t->toks[j].flags & TF_CAP);
}

/* "the Palestinian Red Crescent", "the British Red Cross": a known NGO of
 * no country right after a demonym is that country's branch, named with
 * it (rule org.known). */
static int national_branch(actx *x, size_t a, size_t b, const lex_entry *e)
{
    dl_record *r = x->r;
    size_t n = 0;
    const char *sector = act_field(r, e->value, 1), *cc = NULL;
    if (a == 0 || act_field(r, e->value, 2) || !sector || strcmp(sector, "ngo"))
        return 0;
    /* the country's name of one to three words ("the South Sudan Red
     * Cross") */
    size_t s = a, from = a;
    while (s > 0 && a - s < 3 && !x->taken[s - 1] && act_cap(x->t, s - 1)) {
        s--;
        const char *c = country_at(x, s, b, &n);
        if (c && n == a - s)
            cc = c, from = s; /* the longest: "South Sudan", not "Sudan" */
    }
    if (!cc)
        return 0;
    s = from;
    const char *name = rec_span_text(r, rec_tok_span(r, s, b));
    return name && act_add(x, s, b, "org.known", name, cc, sector, name) != NULL;
}

size_t known_match(actx *x, size_t i, size_t lim)
{
    const text *t = x->t;
    const lex_entry *e = NULL;
    if (x->taken[i] || (!act_cap(t, i) && !lower_article_name(t, i, lim)))
        return 0;
    size_t n = act_phrase(t, i, lim, &lex_en_actor_known, &e);
    if (n < 2 && !act_cap(t, i))
        return 0;
    /* a short key needs capitals ("UN", not "un"), or letters and digits
     * written as a code ("M23") */
    if (!n || (n == 1 && strlen(e->key) <= 3 && !(t->toks[i].flags & TF_UPPER) &&
               !strpbrk(e->key, "0123456789")))
        return 0;
    /* "PORT-AU-PRINCE": a part after a hyphen inside a word is no name
     * ("UN-protected" keeps its first part) */
    if (n == 1 && i > 0 && tok_punct(t, i - 1, '-') && !(t->toks[i].flags & TF_SPACE) &&
        !(t->toks[i - 1].flags & TF_SPACE))
        return 0;
    for (size_t k = i; k < i + n; k++)
        if (x->taken[k])
            return 0;
    if (national_branch(x, i, i + n, e))
        return n;
    return add_known(x, i, i + n, e, n == 1 && (t->toks[i].flags & TF_UPPER)
                                         ? "org.acronym_known" : "org.known");
}

/* A one-word name ("Police", "Government") is left to forces.c when it is
 * a group noun, or when it only opens the sentence. */
static int lone_word_ok(const text *t, size_t i)
{
    if (tok_in(t, i, &lex_en_actor_groups))
        return 0;
    return !(t->toks[i].flags & TF_SENT_START) && i > 0 && tok_is(t, i - 1, "the");
}

/* A place spans exactly tokens [i, e) (the places stage leaves them sorted
 * by start). */
static int place_exact(const dl_record *r, size_t i, size_t e)
{
    for (size_t k = rec_place_from(r, 0, r->nplaces, i);
         k < r->nplaces && r->places[k].tok_start == i; k++)
        if (r->places[k].tok_end == e)
            return 1;
    return 0;
}

size_t orgs_match(actx *x, size_t i, size_t lim)
{
    const text *t = x->t;
    if (x->taken[i] || !act_cap(t, i) || act_connector(t, i))
        return 0;
    if (i > 0 && !(t->toks[i].flags & TF_SPACE) && t->toks[i - 1].kind == TOK_PUNCT &&
        (tok_punct(t, i - 1, '-') || tok_punct(t, i - 1, '\'')))
        return 0;
    /* inside a name already found to have no head word, a name starting
     * later ends no later (act_name_end reads the same tokens), so it has
     * none either */
    if (i < x->no_head_end)
        return 0;
    size_t e = act_name_end(t, i, lim);
    if (!may_head(t, i, e)) {
        size_t cut = lim - i > ACT_NAME_MAX ? i + ACT_NAME_MAX : lim;
        if (e + 2 < cut) /* it stopped short of its limit */
            x->no_head_end = e;
        return 0;
    }
    e = split_end(x, i, e);
    for (size_t k = i; k < e; k++)
        if (x->taken[k])
            e = k;
    size_t c = core_end(t, i, e), h = last_head(t, i, c);
    if (h == (size_t)-1)
        return 0;
    if (h + 1 < c) {
        /* "Federal Government College": a building named after a body */
        if (act_cap(t, h + 1) && tok_in(t, h + 1, &lex_en_actor_buildings)) {
            for (size_t k = i; k < h + 2; k++) /* nor is "Government" in it */
                x->taken[k] = 1;
            return h + 2 - i;
        }
        e = c = h + 1;
    }
    const lex_entry *ke = NULL;
    if (act_phrase(t, i, e, &lex_en_actor_known, &ke) == e - i)
        return add_known(x, i, e, ke, "org.known");
    /* "International Criminal Tribunal for the former Yugoslavia": a
     * known name goes on past lower-case words; known_match takes it */
    if (act_phrase(t, i, lim, &lex_en_actor_known, &ke) > e - i)
        return 0;
    if (act_phrase(t, i, e, &lex_en_actor_groups, &ke) == e - i)
        return 0; /* "SECURITY FORCES" in a heading is the group noun */
    if (e == i + 1 && !lone_word_ok(t, i))
        return 0;
    if (country_exact(x, i, e))
        return 0;
    if (place_exact(x->r, i, e))
        return 0;
    const char *country, *sector;
    orgs_describe(x, i, e, &country, &sector);
    const char *name = act_string(x->r, i, e);
    if (!act_add(x, i, e, "org.name", name, country, sector, name))
        return 0;
    return e - i + acronym_define(x, x->r->nactors - 1, e, lim);
}
