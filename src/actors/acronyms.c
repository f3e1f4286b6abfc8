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
    act_acro *a = VEC_PUSH(x->r->a, x->acros, x->nacros, x->cap_acros);
    if (!a)
        return 0;
    a->acro = arena_strndup(x->r->a, tok_str(t, i + 1), tok_len(t, i + 1));
    a->actor = k;
    for (size_t j = i; j < i + 3; j++)
        x->taken[j] = 1;
    return 3;
}

size_t acronym_match(actx *x, size_t i, size_t lim)
{
    const text *t = x->t;
    if (x->taken[i] || !acronym_tok(t, i))
        return 0;
    size_t n = tok_len(t, i);
    for (size_t k = x->nacros; k > 0; k--) {
        const act_acro *a = &x->acros[k - 1];
        if (strlen(a->acro) != n || memcmp(a->acro, tok_str(t, i), n) != 0)
            continue;
        const rec_actor *full = &x->r->actors[a->actor];
        const char *name = full->pub.name, *country = full->pub.country;
        const char *sector = full->pub.sector, *key = x->keys[a->actor];
        if (!act_add(x, i, i + 1, "org.acronym", name, country, sector, key))
            return 0;
        return 1;
    }
    return 0;
}
