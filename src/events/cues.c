/* cues.c - match the events stage's word lists against runs of tokens.
 *
 * A key of several words ("in the aftermath of", "didn't") is matched by
 * text/phrase_match.c within one sentence, seven tokens at most. This is
 * only lexical matching; what a cue means is decided by its callers. */
#include <stdlib.h>
#include <string.h>

#include "../text/phrase_match.h"
#include "events.h"
#include "lexicons.h"

#define EV_MAX_PHRASE 7 /* most tokens in one key ("taken into custody") */

/* The run of tokens i and i + 1 may begin a key of tab (before limit, in
 * one sentence): phrase_match's second step. */
static int goes_on(const text *t, const lex_table *tab, size_t i, size_t limit)
{
    size_t j = i + 1;
    if (j >= limit || j >= t->ntoks || t->toks[j].sent != t->toks[i].sent)
        return 0;
    uint32_t h = t->toks[i].hash;
    if (t->toks[j].flags & TF_SPACE)
        h = lex_hash_byte(h, ' ');
    return lex_may_start(tab, lex_hash_join(h, t->toks[j].hash, tok_len(t, j)));
}

/* False when no key of tab (of at most EV_MAX_PHRASE tokens, in token i's
 * sentence, before limit) can start at token i: token i alone is no key and
 * no key starts with tokens i and i + 1 (phrase_match's first two steps,
 * most of which end there: "the" of "the wounded" before any other word). */
static int may_match(const text *t, const lex_table *tab, size_t i, size_t limit)
{
    return lex_may_first(tab, t->toks[i].hash) &&
           (lex_has_hash(tab, t->toks[i].hash) || goes_on(t, tab, i, limit));
}

const lex_entry *ev_match(const text *t, const lex_table *tab, size_t i,
                          size_t limit, size_t *n)
{
    const lex_entry *e = NULL;
    *n = 0;
    if (i >= limit || i >= t->ntoks || !lex_may_first(tab, t->toks[i].hash))
        return NULL;
    /* most runs end at their first token: a key of one token, or none */
    if (!goes_on(t, tab, i, limit)) {
        e = lex_has_hash(tab, t->toks[i].hash) ? tok_lex(t, i, tab) : NULL;
        *n = e != NULL;
        return e;
    }
    pm_opts o = {limit, EV_MAX_PHRASE, PM_SAME_SENT, NULL};
    *n = phrase_match(t, i, tab, &o, &e);
    return *n ? e : NULL;
}

/* Names of enum ev_role, in its order: the values of the cue table. */
static const char *const role_names[EVR_COUNT] = {
    "after",  "agent", "apart",  "ask",   "aux",      "barrier", "be",    "claim",
    "def",    "disaster", "during", "force", "hyp",   "impact",  "indef", "light",
    "modal",  "neg",   "negdet", "noneg", "obj",      "owner",   "pair",  "period",
    "place",  "say",   "stop",   "tally", "target",   "tell",    "when"};

const char *ev_role_name(enum ev_role role)
{
    return role < EVR_COUNT ? role_names[role] : NULL;
}

int ev_cue_is(const ev_ctx *c, size_t i, size_t n, enum ev_role role)
{
    if (n == 1) /* the usual question: a bit of the token's role mask */
        return ev_is(c, i, role);
    return phrase_lookup(&c->r->txt, i, n, &lex_en_event_cues, role_names[role]) != NULL;
}

/* The first role name whose first byte is not below b (the names are
 * sorted): a value is compared with the few names of its letter only. */
static unsigned first_of(unsigned char b)
{
    unsigned lo = 0, hi = EVR_COUNT;
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2;
        if ((unsigned char)role_names[mid][0] < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static size_t header_end_tok(const dl_record *r);

dl_status ev_cues_init(ev_ctx *c)
{
    c->header_end = header_end_tok(c->r);
    size_t n = c->r->txt.ntoks;
    c->cue_roles = calloc(n ? n : 1, sizeof *c->cue_roles);
    return c->cue_roles ? DL_OK : DL_ENOMEM;
}

void ev_cues_free(ev_ctx *c)
{
    free(c->cue_roles);
    c->cue_roles = NULL;
}

/* The roles of token i's one-word cue entries by their values' names (the
 * table's values differ from the roles: see ev_roles_compute). */
static uint32_t roles_by_name(const text *t, size_t i)
{
    uint32_t m = 0;
    size_t cnt = 0;
    const lex_entry *e = tok_lex_all(t, i, &lex_en_event_cues, &cnt);
    for (size_t k = 0; e && k < cnt; k++) {
        const char *v = e[k].value;
        unsigned char v0 = (unsigned char)v[0];
        for (unsigned j = first_of(v0); j < EVR_COUNT && role_names[j][0] == v0; j++)
            if (!strcmp(v, role_names[j]))
                m |= EV_ROLE(j);
    }
    return m;
}

uint32_t ev_roles_compute(const ev_ctx *c, size_t i)
{
    const text *t = &c->r->txt;
    const lex_table *cues = &lex_en_event_cues;
    uint32_t m = EV_ROLES_KNOWN;
    if (lex_may_first(cues, t->toks[i].hash)) {
        if (cues->value_masks && cues->nvalues == EVR_COUNT) {
            /* the table's distinct values are the role names in enum
             * order: its value mask is the role mask, in one look-up */
            const lex_entry *e = tok_lex(t, i, cues);
            if (e)
                m |= cues->value_masks[e - cues->entries];
        } else {
            m |= roles_by_name(t, i);
        }
    }
    c->cue_roles[i] = m;
    return m;
}

size_t ev_cue_any(const ev_ctx *c, size_t i, size_t limit)
{
    const text *t = &c->r->txt;
    const lex_table *cues = &lex_en_event_cues;
    /* no longer cue can start here: token i alone is one exactly when its
     * role mask has a role (every value of the table is a role) */
    if (i < limit && i < t->ntoks && cues->value_masks && cues->nvalues == EVR_COUNT &&
        !goes_on(t, cues, i, limit))
        return (ev_roles(c, i) & ~EV_ROLES_KNOWN) != 0;
    return ev_cue_at(t, i, limit, NULL);
}

size_t ev_cue_long(const text *t, size_t i, size_t limit, const char *role)
{
    if (i >= limit || i >= t->ntoks || !lex_may_first(&lex_en_event_cues, t->toks[i].hash) ||
        !goes_on(t, &lex_en_event_cues, i, limit))
        return 0;
    size_t n = ev_cue_at(t, i, limit, role);
    return n > 1 ? n : 0;
}

size_t ev_cue_at(const text *t, size_t i, size_t limit, const char *role)
{
    if (i >= limit || i >= t->ntoks || !may_match(t, &lex_en_event_cues, i, limit))
        return 0;
    pm_opts o = {limit, EV_MAX_PHRASE, PM_SAME_SENT, role};
    return phrase_match(t, i, &lex_en_event_cues, &o, NULL);
}

size_t ev_cue_before(const ev_ctx *c, size_t end, size_t back, enum ev_role role)
{
    const text *t = &c->r->txt;
    for (size_t k = 1; k <= back && k <= end; k++) {
        size_t i = end - k;
        if (t->toks[i].sent != t->toks[end - 1].sent)
            break;
        if (ev_cue_is(c, i, k, role))
            return i;
    }
    return (size_t)-1;
}

static int inside(dl_span ts, dl_span sp)
{
    return sp.end > sp.start && ts.start >= sp.start && ts.end <= sp.end;
}

/* A word token at or after token i: the document has a body there. */
static int words_from(const text *t, size_t i)
{
    for (; i < t->ntoks; i++)
        if (t->toks[i].kind == TOK_WORD)
            return 1;
    return 0;
}

/* The first token that starts after the end of every header span (the
 * original offsets of tokens grow with their index), or 0 when the
 * document has no header, or nothing but its header: a text of one or two
 * short sentences ("Police arrested 30 protesters on 3 May.") is read
 * whole, its "title" being all there is. */
static size_t header_end_tok(const dl_record *r)
{
    const dl_document *d = &r->doc;
    size_t end = d->issuer_span.end;
    if (d->title_span.end > end)
        end = d->title_span.end;
    if (d->dateline && d->dateline->span.end > end)
        end = d->dateline->span.end;
    size_t lo = 0, hi = r->txt.ntoks;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (text_tok_span(&r->txt, mid, mid + 1).start <= end)
            lo = mid + 1;
        else
            hi = mid;
    }
    return words_from(&r->txt, lo) ? lo : 0;
}

int ev_in_header(const ev_ctx *c, size_t i)
{
    if (i >= c->header_end)
        return 0;
    const dl_record *r = c->r;
    const dl_document *d = &r->doc;
    if (d->issuer_span.end <= d->issuer_span.start &&
        d->title_span.end <= d->title_span.start && !d->dateline)
        return 0;
    dl_span ts = text_tok_span(&r->txt, i, i + 1);
    return inside(ts, d->issuer_span) || inside(ts, d->title_span) ||
           (d->dateline && inside(ts, d->dateline->span));
}

size_t ev_breaks_between(const ev_ctx *c, size_t a, size_t b)
{
    const text *t = &c->r->txt;
    size_t n = 0;
    for (size_t i = a; i < b; i++)
        n += (t->toks[i].kind == TOK_PUNCT &&
              (tok_punct(t, i, ',') || tok_punct(t, i, ';') || tok_punct(t, i, '(') ||
               tok_punct(t, i, ':'))) ||
             ev_is(c, i, EVR_STOP);
    return n;
}
