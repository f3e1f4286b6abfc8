/* context.c - countries an actor's own words do not give: coordinated heads
 * share their modifier ("the Ministry of Defense, Ministry of Interior and
 * State Security Committee of the Soviet Union" are three Soviet bodies);
 * a later bare mention takes an earlier one's country ("Soviet troops" ...
 * "the troops"); a government body without one takes the issuer's. */
#include <string.h>
#include <strings.h>

#include "actors.h"

/* Only list glue lies between tokens a and b: ",", "and", "or", "the". */
static int list_glue(const text *t, size_t a, size_t b)
{
    if (b < a || b - a > 3)
        return 0;
    for (size_t i = a; i < b; i++)
        if (!tok_punct(t, i, ',') && !tok_is(t, i, "and") && !tok_is(t, i, "or") &&
            !tok_is(t, i, "the"))
            return 0;
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

void actors_context(actx *x)
{
    dl_record *r = x->r;
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
