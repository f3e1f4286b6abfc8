/* context.c - countries an actor's own words do not give: coordinated heads
 * share their modifier ("the Ministry of Defense, Ministry of Interior and
 * State Security Committee of the Soviet Union" are three Soviet bodies);
 * a later bare mention takes an earlier one's country ("Soviet troops" ...
 * "the troops"); in a news report, local forces take the dateline's; an
 * official takes the one country his sentence names; a government body
 * without one takes the issuer's. */
#include <string.h>
#include <strings.h>

#include "actors.h"

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

static const rec_actor *issuer_actor(const dl_record *r)
{
    for (size_t k = 0; k < r->nactors; k++)
        if (!strcmp(r->actors[k].pub.rule, "issuer"))
            return &r->actors[k];
    return NULL;
}

/* Rules whose mentions may borrow the issuer's country: bodies and groups
 * named without one, never a named person. */
static int borrows_issuer(const rec_actor *ac)
{
    return !strcmp(ac->pub.sector, "government") &&
           (!strcmp(ac->pub.rule, "org.name") || !strcmp(ac->pub.rule, "group.noun") ||
            !strcmp(ac->pub.rule, "official.title"));
}

/* The country of a news report's dateline ("COTABATO, Philippines (AP)"):
 * where the reporter is, the scene of what is reported. NULL for other
 * kinds of document, which are issued from a capital or New York. */
static const char *dateline_country(actx *x)
{
    const dl_record *r = x->r;
    size_t a, b;
    if (!r->doc.dateline || !r->doc.kind || strcmp(r->doc.kind, "news") ||
        !act_span_tokens(r, r->doc.dateline->span, &a, &b))
        return NULL;
    for (size_t k = 0; k < r->nplaces; k++)
        if (r->places[k].tok_start >= a && r->places[k].tok_end <= b &&
            r->places[k].pub.country)
            return r->places[k].pub.country;
    return country_in(x, a, b);
}

/* Domestic forces and bodies a dateline can place. */
static int local_sector(const char *s)
{
    return !strcmp(s, "military") || !strcmp(s, "police") || !strcmp(s, "security") ||
           !strcmp(s, "government") || !strcmp(s, "rebels");
}

/* The one country the sentence names outside its actors, when none of its
 * actors has a country of its own; else NULL. */
static const char *sentence_country(actx *x, size_t sent)
{
    const dl_record *r = x->r;
    const sentence *s = &x->t->sents[sent];
    for (size_t k = 0; k < r->nactors; k++)
        if (r->actors[k].sent == sent && r->actors[k].pub.country &&
            strcmp(r->actors[k].pub.rule, "issuer"))
            return NULL;
    const char *c = NULL;
    for (size_t i = s->tok_start; i < s->tok_end; i++) {
        size_t n;
        const char *ci = x->taken[i] ? NULL : country_at(x, i, s->tok_end, &n);
        if (!ci)
            continue;
        if (c && strcmp(c, ci))
            return NULL;
        c = ci;
        i += n - 1;
    }
    return c;
}

void actors_context(actx *x)
{
    dl_record *r = x->r;
    const char *dc = dateline_country(x);
    for (size_t k = 0; k < r->nactors; k++) {
        rec_actor *ac = &r->actors[k];
        if (ac->pub.country || !x->keys[k] || !strcmp(ac->pub.sector, "international"))
            continue;
        for (size_t j = k; j > 0; j--)
            if (x->keys[j - 1] && r->actors[j - 1].pub.country &&
                !strcasecmp(x->keys[j - 1], x->keys[k])) {
                ac->pub.country = r->actors[j - 1].pub.country;
                ac->pub.rule = "context.earlier_mention";
                break;
            }
        if (!ac->pub.country && dc && local_sector(ac->pub.sector) &&
            strncmp(ac->pub.rule, "official", 8)) {
            ac->pub.country = dc;
            ac->pub.rule = "context.dateline";
        }
        if (!ac->pub.country && !strncmp(ac->pub.rule, "official", 8) &&
            local_sector(ac->pub.sector)) {
            ac->pub.country = sentence_country(x, ac->sent);
            if (ac->pub.country)
                ac->pub.rule = "context.sentence";
        }
    }
    const rec_actor *is = issuer_actor(r);
    if (!is || !is->pub.country || strcmp(is->pub.sector, "government"))
        return;
    for (size_t k = 0; k < r->nactors; k++) {
        rec_actor *ac = &r->actors[k];
        if (!ac->pub.country && borrows_issuer(ac)) {
            ac->pub.country = is->pub.country;
            ac->pub.rule = "context.issuer";
        }
    }
}
