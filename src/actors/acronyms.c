/* acronyms.c - acronyms tied to full names within one document: "United
 * Nations Mission in South Sudan (UNMISS)" defines UNMISS, and a later
 * "UNMISS" is that organisation again (name, country and sector copied).
 * Acronyms known without a definition live in data/en/actor_known.txt. */
#include <string.h>

#include "actors.h"

/* An acronym: one all-capitals word of 2 to 12 letters. */
static int acronym_tok(const text *t, size_t i)
{
    size_t n = tok_len(t, i);
    return act_word(t, i) && (t->toks[i].flags & TF_UPPER) && n >= 2 && n <= 12;
}

size_t acronym_define(actx *x, size_t k, size_t i, size_t lim)
{
    const text *t = x->t;
    if (i + 2 >= lim || !tok_punct(t, i, '(') || !acronym_tok(t, i + 1) ||
        !tok_punct(t, i + 2, ')'))
        return 0;
    /* small at first; it doubles as definitions come */
    if (!x->acros.keys && !act_map_init(x->r->a, &x->acros, 8))
        return 0;
    const char *acro = arena_strndup(x->r->a, tok_str(t, i + 1), tok_len(t, i + 1));
    if (!acro || !act_map_room(x->r->a, &x->acros))
        return 0;
    size_t slot = act_map_slot(&x->acros, acro);
    x->acros.n += !x->acros.keys[slot];
    x->acros.keys[slot] = acro;
    x->acros.nums[slot] = k; /* a later definition replaces an earlier */
    for (size_t j = i; j < i + 3; j++)
        x->taken[j] = 1;
    return 3;
}

size_t acronym_match(actx *x, size_t i, size_t lim)
{
    const text *t = x->t;
    if (x->taken[i] || !acronym_tok(t, i))
        return 0;
    char buf[16];
    size_t n = tok_len(t, i);
    if (!x->acros.keys || n >= sizeof buf)
        return 0;
    memcpy(buf, tok_str(t, i), n);
    buf[n] = 0;
    size_t slot = act_map_slot(&x->acros, buf);
    if (!x->acros.keys[slot] || strcmp(x->acros.keys[slot], buf))
        return 0; /* the map folds case; acronyms do not */
    size_t k = x->acros.nums[slot];
    const rec_actor *full = &x->r->actors[k];
    const char *name = full->pub.name, *country = full->pub.country;
    const char *sector = full->pub.sector, *key = x->keys[k];
    return act_add(x, i, i + 1, "org.acronym", name, country, sector, key) ? 1 : 0;
}
