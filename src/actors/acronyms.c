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

static char fold(char c)
{
    return c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
}

/* The initials of the capitalised words of tokens [a, b) spell acro
 * (words in lower case, "of", "for", are passed over). */
static int spells(const text *t, size_t a, size_t b, const char *acro)
{
    size_t m = 0, n = strlen(acro);
    for (size_t i = a; i < b; i++) {
        if (!act_word(t, i))
            return 0;
        if (!(t->toks[i].flags & (TF_CAP | TF_UPPER)))
            continue;
        if (m >= n || fold(tok_str(t, i)[0]) != fold(acro[m]))
            return 0;
        m++;
    }
    return m == n;
}

/* "Paramilitary Rapid Support Forces (RSF)": a first word the acronym
 * leaves out, when the rest spells it, is a description, not the name. */
static void trim_to_acronym(actx *x, size_t k, const char *acro)
{
    rec_actor *ac = &x->r->actors[k];
    size_t a = ac->tok_start, b = ac->tok_end;
    if (b - a < 2 || spells(x->t, a, b, acro) || !spells(x->t, a + 1, b, acro) ||
        !ac->pub.name || !ac->pub.text || strcmp(ac->pub.name, ac->pub.text))
        return;
    dl_span sp = rec_tok_span(x->r, a + 1, b);
    const char *txt = rec_span_text(x->r, sp);
    if (!txt)
        return;
    ac->tok_start = a + 1;
    ac->pub.span = sp;
    ac->pub.text = ac->pub.name = txt;
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
    trim_to_acronym(x, k, acro);
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
