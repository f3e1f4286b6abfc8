/* context.c - what the words around a mention say about whether it is an
 * event of its own: a negated or hypothetical reference ("no violence was
 * reported", "a further cycle of violence") and casualties after a
 * disaster ("the earthquake killed 40", or in a report that opens on one,
 * before any violence is named) that no one inflicted.
 *
 * Called by merging.c; it decides nothing about slots. */
#include <string.h>

#include "events.h"

/* A running total of casualties in m's sentence ("The toll of the
 * aggression has risen to 24,100 martyrs since 7 October"): what m refers
 * to is told by its count. */
static int total_counted(const ev_ctx *c, const ev_mention *m)
{
    if (strncmp(m->type, "ASSAULT", 7))
        return 0;
    EV_EACH(&c->figures_ix, m->sent, i) {
        const dl_figure *f = &c->r->figures[i].pub;
        if (f->cumulative && ev_figure_fit(f->kind, "ASSAULT") == 0)
            return 1;
    }
    return 0;
}

int ev_ref_as_new(ev_ctx *c, ev_mention *m)
{
    /* "no longer a metaphor for the war": a whole conflict is no new
     * event for a negation; feared or launched, it is; and so is one
     * whose running total its sentence counts */
    int total = !m->negated && !m->hypothetical && total_counted(c, m);
    if (!((m->negated && !(m->flags & EVF_WIDE)) || m->hypothetical ||
          (m->light && m->indefinite) || total) ||
        !strcmp(m->type, "*"))
        return 0;
    size_t n = strcspn(m->type, " ");
    const char *first = arena_strndup(c->r->a, m->type, n);
    if (!first)
        return 0;
    m->type = first;
    m->flags &= ~(unsigned)EVF_REF;
    if (!m->definite)
        m->indefinite = 1; /* still a noun: it takes no subject */
    m->rule = "trigger.reference_unmet";
    if (total)
        m->period = ev_is_period(c, m);
    return 1;
}

/* A violent trigger other than a casualty word in sentence s; with
 * `coercion`, a coercion too ("Police used batons to disperse them,
 * injuring 20"). */
static int violence_in(const ev_ctx *c, size_t s, int coercion)
{
    EV_EACH(&c->mentions_ix, s, i) {
        const ev_mention *o = &c->m[i];
        if (!(o->flags & EVF_TOLL) && !o->negated &&
            (!strcmp(o->type, "ASSAULT") || (coercion && !strcmp(o->type, "COERCE")) ||
             ((o->flags & EVF_REF) && strstr(o->type, "ASSAULT"))))
            return 1;
    }
    return 0;
}

static int violence_named(const ev_ctx *c, size_t s)
{
    return violence_in(c, s, 0);
}

static int disaster_scan(const ev_ctx *c, size_t s)
{
    const text *t = &c->r->txt;
    const sentence *se = &t->sents[s];
    for (size_t i = se->tok_start; i < se->tok_end; i++)
        if (t->toks[i].kind == TOK_WORD &&
            (ev_is(c, i, EVR_DISASTER) || ev_cue_long(t, i, se->tok_end, "disaster")) &&
            !(i > se->tok_start && tok_is(t, i, "fire") &&
              (tok_is(t, i - 1, "opened") || tok_is(t, i - 1, "open") ||
               tok_is(t, i - 1, "opening") || tok_is(t, i - 1, "returned"))))
            return 1; /* "drowned", "died trying to cross the Mediterranean";
                       * "a fire at a warehouse", not "opened fire in Gao" */
    return 0;
}

/* disaster_scan, remembered for the last two sentences asked */
static int disaster_in(ev_ctx *c, size_t s)
{
    for (int k = 0; k < 2; k++)
        if (c->disaster_sent[k] == s)
            return c->disaster_val[k];
    int v = disaster_scan(c, s);
    c->disaster_sent[1] = c->disaster_sent[0], c->disaster_val[1] = c->disaster_val[0];
    c->disaster_sent[0] = s, c->disaster_val[0] = v;
    return v;
}

/* How many sentences open a statement: its header lines and lead. */
#define EV_OPENING 6

/* The first of a statement's opening sentences to name a disaster
 * ("PAKISTAN: 2022 Monsoon Floods / Situation Report No. 3",
 * "Subject: Kahramanmaraş-centred earthquakes"), or the number of
 * sentences. */
static size_t doc_disaster(ev_ctx *c)
{
    if (c->doc_disaster == (size_t)-1) {
        size_t n = c->r->txt.nsents, s = 0;
        while (s < n && s < EV_OPENING && !disaster_scan(c, s))
            s++;
        c->doc_disaster = s < EV_OPENING ? s : n;
    }
    return c->doc_disaster;
}

/* The first sentence that names violence, or the number of sentences. */
static size_t first_violence(ev_ctx *c)
{
    if (c->first_violence == (size_t)-1) {
        size_t s = 0, n = c->r->txt.nsents;
        while (s < n && !violence_named(c, s))
            s++;
        c->first_violence = s;
    }
    return c->first_violence;
}

int ev_sentence_after_disaster(ev_ctx *c, size_t s)
{
    if (violence_in(c, s, 1))
        return 0;
    /* "In Sindh alone, the authority reported 347 deaths" in a flood
     * report, before any violence is named: the disaster's dead */
    /* (the sentence before only when it names no violence itself:
     * "Soldiers opened fire in Gao. Seven people were killed.") */
    return disaster_in(c, s) || (s > 0 && disaster_in(c, s - 1) && !violence_in(c, s - 1, 1)) ||
           (first_violence(c) > s && doc_disaster(c) < s); /* the cheaper first */
}

int ev_after_disaster(ev_ctx *c, const ev_mention *m)
{
    return ev_sentence_after_disaster(c, m->sent);
}

int ev_denied_toll(ev_ctx *c, const ev_mention *m)
{
    return (m->flags & EVF_TOLL) && m->negated && violence_named(c, m->sent);
}
