/* states.c - a country name as the subject of a verb names its state:
 * "North Korea fired at least 10 missiles", "China will take
 * countermeasures", "Rwanda denies". The actor is the country's government
 * (rule `country.subject`). A country elsewhere ("in Syria", "North Korea's
 * missiles", "the Russian Federation" in a list) stays a place only. */
#include <string.h>

#include "actors.h"
#include "lexicons.h"

/* Token i opens a clause: the sentence's first word, or after a comma,
 * semicolon, colon or a clause word ("that", "and", "but", "while"). */
static int clause_start(const text *t, size_t i)
{
    if (t->toks[i].flags & TF_SENT_START)
        return 1;
    if (i == 0 || t->toks[i - 1].sent != t->toks[i].sent)
        return 1;
    size_t p = i - 1;
    /* a dash apart from the words ("KYIV, Oct 14 (Reuters) - Russia
     * launched") */
    if (tok_punct(t, p, '-') && (t->toks[i].flags & TF_SPACE) && p > 0 &&
        (t->toks[p].flags & TF_SPACE))
        return 1;
    return tok_punct(t, p, ',') || tok_punct(t, p, ';') || tok_punct(t, p, ':') ||
           tok_is(t, p, "that") || tok_is(t, p, "and") || tok_is(t, p, "but") ||
           tok_is(t, p, "while");
}

/* The word at i reads as a finite verb after a subject: an auxiliary or an
 * irregular past (data/en/actor_state_verbs.txt), or a lower-case word in
 * -ed or -s that is not a function word; one adverb before it may come
 * first ("again seeks", "repeatedly violated"). */
static int verb_at(const text *t, size_t i, int adverb_ok)
{
    if (i >= t->ntoks || !act_word(t, i) || (t->toks[i].flags & (TF_CAP | TF_UPPER)))
        return 0;
    const char *s = tok_str(t, i);
    size_t n = tok_len(t, i);
    const lex_entry *e = lex_get(&lex_en_actor_state_verbs, s, n);
    int adverb = e ? !strcmp(e->value, "adverb") : n > 4 && !memcmp(s + n - 2, "ly", 2);
    if (adverb)
        return adverb_ok && i + 1 < t->ntoks && t->toks[i + 1].sent == t->toks[i].sent &&
               verb_at(t, i + 1, 0);
    if (e)
        return 1;
    if (n < 4 || lex_has(&lex_en_function_words, s, n))
        return 0;
    return !memcmp(s + n - 2, "ed", 2) || (s[n - 1] == 's' && s[n - 2] != 's');
}

/* A time opens the clause right before token i ("This morning Russia
 * launched", "On Monday, Russia launched"). */
static int after_opening_time(const actx *x, size_t i)
{
    const dl_record *r = x->r;
    const text *t = x->t;
    size_t end = i > 0 && tok_punct(t, i - 1, ',') ? i - 1 : i;
    /* the times are in text order: the first ending at or after end */
    size_t lo = 0, hi = r->ntimes;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r->times[mid].tok_end < end)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == r->ntimes || r->times[lo].tok_end != end)
        return 0;
    size_t s = r->times[lo].tok_start;
    if (s > 0 && (tok_is(t, s - 1, "on") || tok_is(t, s - 1, "in") || tok_is(t, s - 1, "at")))
        s--; /* "On Monday" */
    return clause_start(t, s);
}

size_t states_match(actx *x, size_t i, size_t lim)
{
    const text *t = x->t;
    size_t a = i;
    /* a country starts here or after "the": most tokens have no place at
     * either, and need no word compared */
    if (!x->place_at[i] && (i + 1 >= t->ntoks || !x->place_at[i + 1]))
        return 0;
    if (tok_is(t, a, "the") && a + 1 < lim)
        a++;
    if (x->taken[a] || !x->place_at[a] || !(clause_start(t, i) || after_opening_time(x, i)))
        return 0;
    const rec_place *p = &x->r->places[x->place_at[a] - 1];
    if (!p->pub.kind || strcmp(p->pub.kind, "country") || !p->pub.country ||
        p->tok_end >= lim || !verb_at(t, p->tok_end, 1))
        return 0;
    for (size_t k = a; k < p->tok_end; k++)
        if (x->taken[k])
            return 0;
    if (!act_add(x, a, p->tok_end, "country.subject", p->pub.name, p->pub.country,
                 "government", p->pub.name))
        return 0;
    return p->tok_end - i;
}
