/* attribution.c - whom the document cites for each event and figure
 * ("police said", "according to X", ", said a resident"; see "Cited
 * sources" in docs/events.md): a source opening its sentence covers what
 * follows, one closing a clause what came before. Not who claims the
 * record (claimed_by, the issuer) nor who did the event (roles.c). */
#include <string.h>
#include <strings.h>

#include "events.h"
#include "lexicons.h"

#define ATT_MAX 4       /* sources kept per sentence */
#define ATT_NP_MAX 10   /* words a source may take */
#define ATT_BACK 3      /* sentences a pronoun looks back */

typedef struct {
    size_t cue;          /* first token of the cue */
    size_t np0, np1;     /* the words naming the source */
    int backward;        /* covers what came before it in the sentence */
    int own;             /* the issuer itself */
    const char *rule;
    int actor;
} att;

typedef struct {
    ev_ctx *c;
    const text *t;
    size_t s0, s1;       /* the sentence's tokens */
    att a[ATT_MAX];
    size_t n;
    /* the latest source named in words, for pronouns */
    att last;
    size_t last_sent;
    int have_last;
} att_ctx;

/* The cue of data/en/attribution_cues.txt at token i (say, report,
 * tally, according, citing, participle, allegation), else the word of
 * attribution_words.txt there (clause, source, skip, stop ...). */
static const char *kind_at(const text *t, size_t i, size_t limit, size_t *n)
{
    const lex_entry *e = ev_match(t, &lex_en_attribution_cues, i, limit, n);
    if (!e)
        e = ev_match(t, &lex_en_attribution_words, i, limit, n);
    return e ? e->value : NULL;
}

/* A cue at token i: the only kinds that start a source. */
static const char *cue_at(const text *t, size_t i, size_t limit, size_t *n)
{
    const lex_entry *e = ev_match(t, &lex_en_attribution_cues, i, limit, n);
    return e ? e->value : NULL;
}

static int kind_is(const text *t, size_t i, const char *kind)
{
    size_t n;
    const char *k = kind_at(t, i, i + 1, &n);
    return k && !strcmp(k, kind);
}

/* A word that begins a clause ("and", "while", "that", "who"). */
static int clause_word(const text *t, size_t i)
{
    size_t n;
    const char *k = t->toks[i].kind == TOK_WORD ? kind_at(t, i, i + 1, &n) : NULL;
    return k && (!strcmp(k, "clause") || !strcmp(k, "that") || !strcmp(k, "relative"));
}

/* A mark that ends a clause: a comma, quote, bracket, colon, dash, or the
 * stop that ends the sentence (not a hyphen or an abbreviation's dot). */
static int clause_punct(const att_ctx *x, size_t i)
{
    const text *t = x->t;
    if (t->toks[i].kind != TOK_PUNCT)
        return 0;
    char ch = tok_str(t, i)[0];
    if (ch == '\'') /* a quote written '' (one token or two), not "Russia's" */
        return tok_len(t, i) > 1 || (i + 1 < x->s1 && tok_punct(t, i + 1, '\'')) ||
               (i > x->s0 && tok_punct(t, i - 1, '\''));
    if (ch == '-') /* a dash set off by spaces ("(AP) -- Officials said"), not "large-scale" */
        return (t->toks[i].flags & TF_SPACE) || (i > x->s0 && tok_punct(t, i - 1, '-'));
    return ch != '&' && (ch != '.' || i + 1 == x->s1);
}

static int has_figure(const att_ctx *x, size_t a, size_t b)
{
    const dl_record *r = x->c->r;
    EV_EACH(&x->c->figures_ix, x->t->toks[x->s0].sent, i)
        if (r->figures[i].num_tok >= a && r->figures[i].num_tok < b)
            return 1;
    return 0;
}

/* The first actor named inside tokens [a, b), or -1. */
static int actor_in(const att_ctx *x, size_t a, size_t b)
{
    const dl_record *r = x->c->r;
    EV_EACH(&x->c->actors_ix, x->t->toks[x->s0].sent, i)
        if (r->actors[i].tok_start >= a && r->actors[i].tok_start < b)
            return (int)i;
    return -1;
}

static int determiner(const att_ctx *x, size_t i)
{
    return ev_is(x->c, i, EVR_DEF) || ev_is(x->c, i, EVR_INDEF);
}

/* An actor of the sentence ends at token b. */
static int actor_ends(const att_ctx *x, size_t b)
{
    const dl_record *r = x->c->r;
    EV_EACH(&x->c->actors_ix, x->t->toks[x->s0].sent, i)
        if (r->actors[i].tok_end == b)
            return 1;
    return 0;
}

/* Words [a, b) can name a source: a few words holding an actor, a noun
 * such as "officials" or "witnesses", or a name (a capital not owed to
 * the sentence's start, unless the words are few); no count of people
 * ("30 said" is no source), nothing ending in a determiner ("An
 * estimated 40,000"). Lower-case words with no determiner are a source
 * only when few and ending in one ("local officials", not "shooting skeet
 * at the club"). */
/* A comma and a determiner inside [a, b): a name and its apposition. */
static int apposition_in(const att_ctx *x, size_t a, size_t b)
{
    for (size_t i = a + 1; i + 1 < b; i++)
        if (tok_punct(x->t, i, ',') && determiner(x, i + 1))
            return 1;
    return 0;
}

static int plausible(const att_ctx *x, size_t a, size_t b)
{
    const text *t = x->t;
    if (b <= a || (b - a > ATT_NP_MAX && !(b - a <= 2 * ATT_NP_MAX && apposition_in(x, a, b))) ||
        has_figure(x, a, b) || determiner(x, b - 1))
        return 0;
    const token *f = &t->toks[a];
    /* "We also note reports that ...": a pronoun and its own verb, no
     * source named */
    if (b - a > 1 && (tok_is(t, a, "we") || tok_is(t, a, "i") || tok_is(t, a, "they")))
        return 0;
    if (f->kind == TOK_WORD && !(f->flags & (TF_CAP | TF_UPPER)) && !determiner(x, a) &&
        !kind_is(t, a, "source"))
        return b - a <= 3 && (kind_is(t, b - 1, "source") || actor_ends(x, b));
    if (actor_in(x, a, b) >= 0)
        return 1;
    for (size_t i = a; i < b; i++) {
        if (t->toks[i].kind != TOK_WORD)
            continue;
        if (kind_is(t, i, "source"))
            return 1;
        if ((t->toks[i].flags & TF_CAP) &&
            (!(t->toks[i].flags & TF_SENT_START) || b - a <= 3 ||
             (i + 1 < b && (t->toks[i + 1].flags & TF_CAP))))
            return 1;
    }
    return 0;
}

/* Token i is inside an actor of the sentence. */
static int in_actor(const att_ctx *x, size_t i)
{
    const dl_record *r = x->c->r;
    EV_EACH(&x->c->actors_ix, x->t->toks[x->s0].sent, k)
        if (r->actors[k].tok_start <= i && i < r->actors[k].tok_end)
            return 1;
    return 0;
}

/* Token i may be part of a plain noun phrase: a determiner, a source noun
 * ("survivors"), a capitalised word or part of an actor. */
static int np_word(const att_ctx *x, size_t i)
{
    const text *t = x->t;
    return t->toks[i].kind == TOK_WORD &&
           (determiner(x, i) || kind_is(t, i, "source") ||
            (t->toks[i].flags & (TF_CAP | TF_UPPER)) || in_actor(x, i));
}

/* The subject starting at token b after "and": the noun phrase before
 * joins it when it is one of its own, from the clause's start, ending in
 * a source noun or an actor ("survivors and a local doctor said", "Police
 * and hospital officials said"; not "the army attacked the village and
 * officials said"). Returns the subject's new first token. */
static size_t coordinated(const att_ctx *x, size_t b)
{
    const text *t = x->t;
    if (b < x->s0 + 2 || !tok_is(t, b - 1, "and") ||
        !(kind_is(t, b - 2, "source") || actor_ends(x, b - 1)))
        return b;
    size_t a = b - 1;
    while (a > x->s0 && b - a <= 5 && np_word(x, a - 1))
        a--;
    if (a == b - 1 || (a > x->s0 && !clause_punct(x, a - 1) && !clause_word(t, a - 1) &&
                       !kind_is(t, a - 1, "say") && !kind_is(t, a - 1, "report")))
        return b;
    return a;
}

/* The subject before a verb at token v: back over "also", "has" ... to
 * the clause's start (a comma, quote or clause word). Returns the first
 * token, *end its end; (size_t)-1 when the verb is passive ("were
 * reported killed", "it was said"). */
static size_t subject_before(const att_ctx *x, size_t v, size_t *end)
{
    const text *t = x->t;
    size_t e = v;
    while (e > x->s0 && t->toks[e - 1].kind == TOK_WORD &&
           (kind_is(t, e - 1, "skip") || ev_is(x->c, e - 1, EVR_AUX)))
        e--;
    if (e > x->s0 && ev_is(x->c, e - 1, EVR_BE))
        return (size_t)-1;
    size_t b = e;
    while (b > x->s0 && !clause_punct(x, b - 1) && !clause_word(t, b - 1) &&
           !kind_is(t, b - 1, "say") && !kind_is(t, b - 1, "report") &&
           !kind_is(t, b - 1, "tally") && e - b <= ATT_NP_MAX)
        b--;
    *end = e;
    /* "officials who monitor the border said": those before "who" */
    if (b > x->s0 + 1 && kind_is(t, b - 1, "relative")) {
        size_t e2, b2 = subject_before(x, b - 1, &e2);
        if (b2 != (size_t)-1 && b2 < e2) {
            *end = e2;
            return b2;
        }
    }
    /* "U Tun, a villager, said": the name before the apposition */
    if (b > x->s0 + 1 && tok_punct(t, b - 1, ',') && b < e &&
        determiner(x, b)) {
        size_t n = x->s0;
        while (n < b - 1 && !clause_punct(x, n) && t->toks[n].kind == TOK_WORD &&
               (t->toks[n].flags & TF_CAP))
            n++;
        /* (a name and its apposition: "The Ethiopian Human Rights
         * Commission, a state-affiliated body, said") */
        if (n == b - 1 && e - x->s0 <= 2 * ATT_NP_MAX)
            return x->s0;
    }
    return coordinated(x, b);
}

/* The words after a cue ending at token a, to a comma, clause word or
 * time; *end their end. */
static size_t words_after(const att_ctx *x, size_t a, size_t *end)
{
    const text *t = x->t;
    size_t e = a;
    while (e < x->s1 && e - a < ATT_NP_MAX && !clause_punct(x, e) &&
           !(t->toks[e].kind == TOK_WORD &&
             (clause_word(t, e) || kind_is(t, e, "stop") ||
              ev_is(x->c, e, EVR_BE) || ev_is(x->c, e, EVR_AUX))))
        e++;
    *end = e;
    return a;
}

/* Nothing but a few words (no count, no "that") after token a before the
 * clause ends: "police said on Monday." */
static int ends_clause(const att_ctx *x, size_t a)
{
    const text *t = x->t;
    for (size_t i = a; i < x->s1 && i < a + 7; i++) {
        if (clause_punct(x, i))
            return 1;
        if (kind_is(t, i, "that") || has_figure(x, i, i + 1))
            return 0;
    }
    return a + 7 > x->s1;
}

/* Token i lies in a time expression of the sentence. */
static int in_time(const att_ctx *x, size_t i)
{
    const dl_record *r = x->c->r;
    EV_EACH(&x->c->times_ix, x->t->toks[x->s0].sent, k)
        if (r->times[k].tok_start <= i && i < r->times[k].tok_end)
            return 1;
    return 0;
}

/* A verb that may also name a deed reports when "that" or a count follows
 * ("reported 49 servicemen killed"), or only a time before the clause
 * ends: "the army reported on Monday." (not "announced a ceasefire"). */
static int reports(const att_ctx *x, size_t a, int tally)
{
    const text *t = x->t;
    if (a < x->s1 && (kind_is(t, a, "that") || (tally && has_figure(x, a, a + 3))))
        return 1; /* "reported that ...", "reported 49 servicemen killed" */
    for (size_t i = a; i < x->s1 && !clause_punct(x, i); i++)
        if (!in_time(x, i) && !kind_is(t, i, "stop"))
            return 0;
    return 1;
}

static int pronoun(const att_ctx *x, size_t a, size_t b)
{
    return b == a + 1 && kind_is(x->t, a, "pronoun");
}

/* The issuer naming itself: its actor, words equal to its name, or "the"
 * and a word of its name ("the ministry"). */
static int is_issuer(const att_ctx *x, const att *s)
{
    const dl_record *r = x->c->r;
    const char *iss = r->doc.issuer;
    if (!iss)
        return 0;
    if (s->actor >= 0 && r->actors[s->actor].pub.name &&
        !strcmp(r->actors[s->actor].pub.name, iss))
        return 1;
    const text *t = x->t;
    size_t off = t->toks[s->np0].start, len = tok_end(t, s->np1 - 1) - off;
    if (strlen(iss) == len && !strncmp(t->norm + off, iss, len))
        return 1;
    /* "the ministry" in a release of the Ministry of Health: a definite
     * head word of the issuer's name */
    if (s->np1 - s->np0 != 2 || !ev_is(x->c, s->np0, EVR_DEF))
        return 0;
    const char *w = tok_str(t, s->np1 - 1);
    size_t n = tok_len(t, s->np1 - 1);
    for (const char *p = iss; *p; p++)
        if ((p == iss || p[-1] == ' ') && !strncasecmp(p, w, n) &&
            (p[n] == 0 || p[n] == ' '))
            return 1;
    return 0;
}

static void keep(att_ctx *x, size_t cue, size_t a, size_t b, int backward,
                 const char *rule)
{
    if (x->n >= ATT_MAX)
        return;
    att *s = &x->a[x->n];
    *s = (att){cue, a, b, backward, 0, rule, actor_in(x, a, b)};
    if (pronoun(x, a, b)) {
        if (!x->have_last || x->t->toks[x->s0].sent > x->last_sent + ATT_BACK)
            return;
        size_t c0 = s->cue;
        *s = x->last;
        s->cue = c0;
        s->backward = backward;
        s->rule = "attribution.pronoun";
    } else {
        s->own = is_issuer(x, s);
        x->last = *s;
        x->last_sent = x->t->toks[x->s0].sent;
        x->have_last = 1;
    }
    x->n++;
}

/* An actor opens the sentence (after "The", "A") and the words after it
 * up to token lim hold no clause mark: [*a0, *a1). */
static int opening_actor(const att_ctx *x, size_t lim, size_t *a0, size_t *a1)
{
    const dl_record *r = x->c->r;
    size_t s0 = x->s0;
    while (s0 < lim && x->t->toks[s0].kind == TOK_PUNCT)
        s0++; /* the dash after a dateline */
    EV_EACH(&x->c->actors_ix, x->t->toks[x->s0].sent, i) {
        const rec_actor *a = &r->actors[i];
        if (a->tok_start > s0 + 1 || a->tok_start < s0 || a->tok_end >= lim)
            continue;
        for (size_t k = a->tok_end; k < lim; k++)
            if (clause_punct(x, k) || kind_is(x->t, k, "say") || clause_word(x->t, k))
                return 0;
        *a0 = s0;
        *a1 = a->tok_end;
        return 1;
    }
    return 0;
}

/* Token v lies in what an opening source of its clause says: "Castro
 * said Tuesday his government told U.S. officials" cites Castro alone. */
static int reported_speech(const att_ctx *x, size_t v)
{
    if (!x->n || x->a[x->n - 1].backward)
        return 0;
    for (size_t i = x->a[x->n - 1].cue + 1; i < v; i++)
        if (clause_punct(x, i) || (clause_word(x->t, i) && !kind_is(x->t, i, "that")))
            return 0;
    return 1;
}

/* A verb of saying at token v (n tokens; report 1 for a verb that may name
 * a deed, 2 for one that also cites before a count): its subject before,
 * or, after a comma or quote, the words after it (", said Musa Bello"). */
static void saying(att_ctx *x, size_t v, size_t n, int report)
{
    size_t after = v + n, e, b;
    if (report && !reports(x, after, report == 2))
        return; /* "claimed responsibility", "announced a ceasefire" */
    if (v > x->s0 && kind_is(x->t, v - 1, "to"))
        return; /* "declined to say", "is expected to announce" */
    if (v > x->s0 && (kind_is(x->t, v - 1, "noun") || determiner(x, v - 1) ||
                      (kind_is(x->t, v - 1, "stop") && !in_time(x, v - 1))))
        return; /* "alarm at reports that", "the claims": a noun */
    if (reported_speech(x, v))
        return;
    /* "Police did not say whether ...", "would not say": a saying denied
     * cites no one */
    for (size_t k = v; k > x->s0 && k + 3 > v; k--)
        if (ev_is(x->c, k - 1, EVR_NEG))
            return;
    b = subject_before(x, v, &e);
    if (b == (size_t)-1)
        return;
    /* "The army denied the claim and said ...": the subject of the first
     * verb, an actor opening the sentence */
    if (b == e && b > x->s0 && kind_is(x->t, b - 1, "clause") && !x->n) {
        size_t a0, a1;
        if (opening_actor(x, b - 1, &a0, &a1))
            b = a0, e = a1;
    }
    /* "U Tun, a villager, said": the subject before the comma */
    if (b == e && v > x->s0 + 1 && tok_punct(x->t, v - 1, ',')) {
        size_t e2, b2 = subject_before(x, v - 1, &e2);
        if (b2 != (size_t)-1 && b2 < e2 && b2 == x->s0 && plausible(x, b2, e2))
            b = b2, e = e2;
    }
    if (b < e && (plausible(x, b, e) || pronoun(x, b, e))) {
        /* a subject after a comma, ending its clause, tells of what came
         * before: "Gunmen killed 12 people, police said." */
        int back = b > x->s0 && ends_clause(x, after);
        keep(x, v, b, e, back, "attribution.subject");
        return;
    }
    if (b == e && v > x->s0 && clause_punct(x, v - 1)) {
        words_after(x, after, &e);
        if (plausible(x, after, e))
            keep(x, v, after, e, 1, "attribution.after_verb");
    }
}

/* The words of a source opening the sentence before token lim: a
 * determiner perhaps, capitalised words, and a source noun ending them
 * ("Armenian officials dispute the figure"); 0 when there are none. */
static int opening_source(const att_ctx *x, size_t lim, size_t *a0, size_t *a1)
{
    const text *t = x->t;
    size_t b = x->s0, e = b + (b < lim && determiner(x, b));
    while (e < lim && e - b < ATT_NP_MAX && t->toks[e].kind == TOK_WORD &&
           ((t->toks[e].flags & (TF_CAP | TF_UPPER)) || kind_is(t, e, "source")) &&
           !kind_is(t, e, "say"))
        e++;
    if (e == b || !kind_is(t, e - 1, "source"))
        return 0;
    *a0 = b;
    *a1 = e;
    return 1;
}

/* ", saying ..." at token v (n tokens): the actor or source words
 * opening the clause before the comma are the source of what follows. */
static void participle(att_ctx *x, size_t v, size_t n)
{
    size_t a0, a1;
    (void)n;
    if (v < x->s0 + 2 || !tok_punct(x->t, v - 1, ',') ||
        !(opening_actor(x, v - 1, &a0, &a1) || opening_source(x, v - 1, &a0, &a1)))
        return;
    keep(x, v, a0, a1, 0, "attribution.participle");
}

enum { NAMED_ACCORDING, NAMED_CITING, NAMED_ALLEGATION };

/* "according to X", "citing X", "the allegations made by X that ..." at
 * token k (n tokens). */
static void named_after(att_ctx *x, size_t k, size_t n, int how)
{
    static const char *const rules[] = {"attribution.according_to", "attribution.citing",
                                        "attribution.allegation"};
    size_t e;
    words_after(x, k + n, &e);
    if (!plausible(x, k + n, e))
        return;
    /* words before it in its sentence: it closes their clause (an
     * allegation opens what follows it) */
    int back = how == NAMED_CITING;
    for (size_t i = x->s0; i < k && !back && how == NAMED_ACCORDING; i++)
        back = !clause_punct(x, i) && x->t->toks[i].kind != TOK_PUNCT;
    keep(x, k, k + n, e, back, rules[how]);
}

static void sentence_sources(att_ctx *x)
{
    const text *t = x->t;
    x->n = 0;
    for (size_t i = x->s0; i < x->s1; i++) {
        size_t n;
        const char *k = t->toks[i].kind == TOK_WORD ? cue_at(t, i, x->s1, &n) : NULL;
        if (!k)
            continue;
        if (!strcmp(k, "say") || !strcmp(k, "report") || !strcmp(k, "tally"))
            saying(x, i, n, k[0] == 'r' ? 1 : k[0] == 't' ? 2 : 0);
        else if (!strcmp(k, "participle"))
            participle(x, i, n);
        else if (!strcmp(k, "according"))
            named_after(x, i, n, NAMED_ACCORDING);
        else if (!strcmp(k, "citing"))
            named_after(x, i, n, NAMED_CITING);
        else if (!strcmp(k, "allegation"))
            named_after(x, i, n, NAMED_ALLEGATION);
        else
            continue;
        i += n - 1;
    }
}

/* The source covering token p: a closing source right after it, else the
 * nearest opening source before it, else the nearest before it of any
 * kind ("..., police said, and 30 were wounded"); none when only an
 * opening source follows ("A bomb wounded nine people, and the hospital
 * said ...": the issuer tells of the nine). */
static const att *covering(const att_ctx *x, size_t p)
{
    const att *open = NULL, *any = NULL;
    for (size_t j = 0; j < x->n; j++) {
        const att *s = &x->a[j];
        if (s->cue > p)
            return s->backward ? s : open ? open : any;
        any = s;
        if (!s->backward)
            open = s;
    }
    return open ? open : any;
}

static dl_source source_of(ev_ctx *c, const att *s)
{
    dl_source out = {.actor = -1};
    if (!s || s->own)
        return out;
    out.span = rec_tok_span(c->r, s->np0, s->np1);
    out.text = rec_span_text(c->r, out.span);
    out.rule = s->rule;
    out.actor = s->actor;
    return out;
}

static void give(att_ctx *x)
{
    dl_record *r = x->c->r;
    size_t s = x->t->toks[x->s0].sent;
    EV_EACH(&x->c->figures_ix, s, i)
        r->figures[i].pub.attributed_to = source_of(x->c, covering(x, r->figures[i].num_tok));
    /* the events whose trigger is a mention of this sentence (by the
     * mentions' index, not a pass over every event per sentence) */
    EV_EACH(&x->c->mentions_ix, s, i) {
        const ev_mention *m = &x->c->m[i];
        rec_event *e = m->event >= 0 ? &r->events[m->event] : NULL;
        if (!e || e->trig_tok != m->tok)
            continue;
        const att *a = covering(x, e->trig_tok);
        e->pub.attributed_to = source_of(x->c, a);
        if (e->pub.attributed_to.text)
            ev_note(x->c, m->event, "source", e->pub.attributed_to.span, a->rule);
    }
}

void ev_attribute(ev_ctx *c)
{
    dl_record *r = c->r;
    const text *t = &r->txt;
    att_ctx x = {.c = c, .t = t};
    for (size_t i = 0; i < r->nfigures; i++)
        r->figures[i].pub.attributed_to = (dl_source){.actor = -1};
    for (size_t i = 0; i < r->nevents; i++)
        r->events[i].pub.attributed_to = (dl_source){.actor = -1};
    /* a sentence matters when it or one of the ATT_BACK after it (whose
     * pronoun may name its source) holds an event's mention or a figure:
     * the others are passed over, which changes nothing (a source older
     * than ATT_BACK sentences is no pronoun's) */
    size_t needed_until = 0;
    for (size_t s = 0; s < t->nsents; s++) {
        if (needed_until <= s)
            for (size_t k = s; k < t->nsents && k <= s + ATT_BACK; k++)
                if (!ev_ix_empty(&c->mentions_ix, k) || !ev_ix_empty(&c->figures_ix, k)) {
                    needed_until = k + 1;
                    break;
                }
        if (needed_until <= s)
            continue;
        x.s0 = t->sents[s].tok_start;
        x.s1 = t->sents[s].tok_end;
        while (x.s0 < x.s1 && ev_in_header(c, x.s0))
            x.s0++; /* "GAO, May 4 (Sahel Wire) - Gunmen killed ...": after the dateline */
        if (x.s0 >= x.s1)
            continue;
        sentence_sources(&x);
        if (x.n)
            give(&x);
    }
}
