/* doers.c - who did it, when a construction names the doer: a claim of
 * responsibility ("Al-Shabaab claimed the attack"), the two sides of a
 * clash ("clashes between X and Y", "X and Y clashed"), the subject of a
 * participle's clause (", killing 12"), a national adjective before arms
 * ("an Israeli airstrike"), a side before a noun trigger ("a Hamas
 * attack"), "it" after a verb of saying ("The army said it had killed");
 * and the actors entry of a country's state. roles.c asks these before
 * reading plain word order. */
#include <string.h>

#include "../text/phrase_match.h"
#include "events.h"
#include "lexicons.h"

#define EV_PARTICIPLE_REACH 64 /* tokens back to the clause's subject */

static int armed_or_state(const char *sector)
{
    return sector && (!strcmp(sector, "government") || !strcmp(sector, "military"));
}

/* "China will take countermeasures", "North Korea fired": a country names
 * the doer; its state is the actors entry of country cc in government or
 * the military, the issuer or an actor without a sentence first, else the
 * first. */
int ev_state_actor(ev_ctx *c, const char *cc)
{
    const dl_record *r = c->r;
    for (size_t k = 0; k < c->nstates; k++)
        if (!strcmp(c->states[k].cc, cc))
            return c->states[k].actor;
    int best = EV_NONE, arms = EV_NONE;
    for (size_t i = 0; i < r->nactors; i++) {
        const dl_actor *a = &r->actors[i].pub;
        if (!a->country || strcmp(a->country, cc) || !armed_or_state(a->sector))
            continue;
        /* "a Russian missile" stands for its side only when the text
         * names the side no other way */
        if (a->rule && !strcmp(a->rule, "group.demonym_arms")) {
            if (arms == EV_NONE)
                arms = (int)i;
        } else if (best == EV_NONE || r->actors[i].sent == (size_t)-1 ||
                   (a->rule && !strcmp(a->rule, "issuer"))) {
            best = (int)i;
        }
    }
    if (best == EV_NONE)
        best = arms;
    if (c->nstates < sizeof c->states / sizeof *c->states) {
        c->states[c->nstates].cc = cc;
        c->states[c->nstates++].actor = best;
    }
    return best;
}

/* "The Islamic State claimed responsibility for the attack": who claims
 * an event named right after a cue of role `claim` did it, by that claim
 * (the subject a few words before the cue). */
/* "the attack ..., for which Al-Shabaab has claimed responsibility": the
 * claimant in a relative clause after m, with no deed named between (a
 * toll may be: "which caused at least 20 deaths"). */
static int relative_claimant(const ev_ctx *c, const ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t end = t->sents[m->sent].tok_end;
    for (size_t k = m->tok + m->ntok; k + 4 < end && k < m->tok + 40; k++) {
        if (!tok_is(t, k, "for") || !tok_is(t, k + 1, "which"))
            continue;
        for (size_t i = ev_mention_from(c, m->tok + m->ntok); i < c->nm && c->m[i].tok < k; i++)
            if (!(c->m[i].flags & (EVF_TOLL | EVF_REF)))
                return EV_NONE;
        EV_EACH(&c->actors_ix, m->sent, i) {
            const rec_actor *a = &c->r->actors[i];
            if (a->tok_start != k + 2 && !(a->tok_start == k + 3 && tok_is(t, k + 2, "the")))
                continue;
            size_t j = a->tok_end;
            while (j < end && (tok_is(t, j, "has") || tok_is(t, j, "have") ||
                               tok_is(t, j, "had") || tok_ly_adverb(t, j)))
                j++;
            if (j + 1 < end && (tok_is(t, j, "claimed") || tok_is(t, j, "claims")) &&
                (tok_is(t, j + 1, "responsibility") || tok_is(t, j + 1, "credit")))
                return (int)i;
        }
        return EV_NONE;
    }
    return EV_NONE;
}

int ev_claimant(const ev_ctx *c, const ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t k = m->tok;
    if (k > 0 && ev_is(c, k - 1, EVR_DEF))
        k--;
    size_t cue = ev_cue_before(c, k, 4, EVR_CLAIM);
    if (cue == (size_t)-1)
        return relative_claimant(c, m);
    int best = EV_NONE;
    EV_EACH(&c->actors_ix, m->sent, i) {
        const rec_actor *a = &c->r->actors[i];
        if (a->tok_end <= cue && a->tok_end + 3 >= cue && !ev_cited_source(c, a)) {
            int gap_ok = 1; /* words, or the bracket closing an acronym:
                             * "... Province (ISIL-K) claimed" */
            for (size_t j = a->tok_end; j < cue; j++)
                gap_ok &= t->toks[j].kind == TOK_WORD || tok_punct(t, j, ')');
            if (gap_ok)
                best = (int)i;
        }
    }
    return best;
}

/* "killed by Israeli fire": the side whose arms come right after the
 * passive's "by" (actors' rule group.demonym_arms), as the text names that
 * side elsewhere; EV_NONE when none. */
int ev_arms_after_by(ev_ctx *c, const ev_mention *m, size_t by)
{
    EV_EACH(&c->actors_ix, m->sent, i) {
        const rec_actor *a = &c->r->actors[i];
        if (a->pub.rule && !strcmp(a->pub.rule, "group.demonym_arms") && a->pub.country &&
            a->tok_start > by && a->tok_start <= by + 2)
            return ev_state_actor(c, a->pub.country);
    }
    return EV_NONE;
}

/* The actor of m's sentence that starts within `reach` tokens after token
 * i, or EV_NONE. */
static int actor_after(const ev_ctx *c, const ev_mention *m, size_t i, size_t reach)
{
    EV_EACH(&c->actors_ix, m->sent, k) {
        const rec_actor *a = &c->r->actors[k];
        if (a->tok_start > i && a->tok_start <= i + reach && a->tok_end > a->tok_start)
            return (int)k;
    }
    return EV_NONE;
}

/* "fighting between the Sudanese Armed Forces (SAF) and the Rapid Support
 * Forces": two sides, neither said to have started it; actor and target
 * in the order written, so no side is made the attacker (role `pair`). */
int ev_pair_sides(ev_ctx *c, const ev_mention *m, ev_sides *out)
{
    const text *t = &c->r->txt;
    size_t at = m->tok + m->ntok;
    /* right after the trigger, or a few words on in its clause ("clashes
     * erupted in Khartoum between ...") */
    while (at < t->ntoks && at < m->tok + m->ntok + 6 && t->toks[at].sent == m->sent &&
           t->toks[at].kind == TOK_WORD && !ev_is(c, at, EVR_PAIR) &&
           !(ev_roles(c, at) & EV_ROLE(EVR_STOP)))
        at++;
    if (at >= t->ntoks || t->toks[at].sent != m->sent || !ev_is(c, at, EVR_PAIR))
        return 0;
    int a = actor_after(c, m, at, 3);
    if (a == EV_NONE)
        return 0;
    /* "and" within a few tokens of the first side (past an acronym in
     * brackets, or its "of" phrase: "dissidents of the former FARC-EP
     * and the ELN"), then the second side right after it */
    size_t e = c->r->actors[a].tok_end, reach = e < t->ntoks && tok_is(t, e, "of") ? 9 : 5;
    for (size_t k = e; k < e + reach && k < t->ntoks && t->toks[k].sent == m->sent; k++) {
        if (!tok_is(t, k, "and"))
            continue;
        int b = actor_after(c, m, k, 2);
        if (b == a)
            return 0;
        if (b == EV_NONE)
            return 1; /* "between the army and the RSF", the second side no
                       * actor read: neither side is made doer or target */
        out->actor = a, out->actor_rule = "actor.pair";
        out->target = b, out->target_rule = "target.pair";
        return 1;
    }
    /* "clashes between rival militias": one plural group is both sides,
     * the actor, no target */
    const rec_actor *one = &c->r->actors[a];
    if (one->tok_end > one->tok_start && tok_len(t, one->tok_end - 1) > 1 &&
        tok_str(t, one->tok_end - 1)[tok_len(t, one->tok_end - 1) - 1] == 's' &&
        !ev_civilian(one)) {
        out->actor = a, out->actor_rule = "actor.pair";
        return 1;
    }
    return 0;
}

/* "Government troops and rebels clashed": the subject of a trigger both
 * sides do (flag mutual) is two actors joined by "and"; the first is the
 * actor, the second the target, in the order written (role `pair`, as
 * after "between"). */
int ev_pair_subject(ev_ctx *c, const ev_mention *m, int subject, ev_sides *out)
{
    const text *t = &c->r->txt;
    size_t s = c->r->actors[subject].tok_start;
    if (s > 0 && tok_is(t, s - 1, "the"))
        s--;
    if (s < 2 || !tok_is(t, s - 1, "and"))
        return 0;
    EV_EACH(&c->actors_ix, m->sent, k) {
        const rec_actor *a = &c->r->actors[k];
        if (a->tok_end == s - 1 && (int)k != subject) {
            out->actor = (int)k, out->actor_rule = "actor.pair";
            out->target = subject, out->target_rule = "target.pair";
            return 1;
        }
    }
    return 0;
}

/* A clause mark (';', ':') between tokens a and b: commas of a list do not
 * end the clause ("fired tear gas, rubber bullets and bean bag rounds"). */
int ev_punct_between(const text *t, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (tok_punct(t, k, ';') || tok_punct(t, k, ':'))
            return 1;
    return 0;
}

/* ", shooting men and boys" after a clause that names no event ("fighters
 * ... went from house to house, shooting"): the doer is that clause's
 * subject, the first actor after its start (the sentence's, or "that"). */
int ev_participle_subject(ev_ctx *c, const ev_mention *m)
{
    const dl_record *r = c->r;
    const text *t = &r->txt;
    size_t lo = t->sents[m->sent].tok_start;
    if (m->tok > lo + EV_PARTICIPLE_REACH)
        lo = m->tok - EV_PARTICIPLE_REACH; /* a hostile sentence stays linear */
    size_t start = lo;
    if (ev_trigger_between(c, m, lo, m->tok)) {
        /* "Police fired tear gas at protesters, injuring at least 72": the
         * doer of the deed of the clause before, of another type */
        for (size_t k = ev_mention_from(c, lo); k < c->nm && c->m[k].tok < m->tok; k++) {
            const ev_mention *o = &c->m[k];
            if (o != m && o->sent == m->sent && o->event >= 0 && !(o->flags & EVF_REF) &&
                strcmp(c->r->events[o->event].pub.type, m->type) &&
                c->r->events[o->event].pub.actor >= 0 &&
                !ev_punct_between(t, o->tok + o->ntok, m->tok - 1))
                return c->r->events[o->event].pub.actor;
        }
        return EV_NONE;
    }
    for (size_t k = m->tok - 1; k-- > lo;)
        if (tok_is(t, k, "that") || tok_punct(t, k, ';') || tok_punct(t, k, ':') ||
            (ev_roles(c, k) & EV_ROLE(EVR_SAY))) {
            start = k + 1;
            break;
        }
    EV_EACH(&c->actors_ix, m->sent, i) {
        const rec_actor *a = &r->actors[i];
        if (a->tok_start >= start && a->tok_end < m->tok && !ev_cited_source(c, a))
            return ev_civilian(a) ? EV_NONE : (int)i;
    }
    return EV_NONE;
}

/* "an Israeli airstrike", "a Russian missile strike": a national adjective
 * right before an attack names its doer, that country's armed forces or
 * state as the text names them elsewhere, else the adjective itself as the
 * actors stage read it before arms (not a toll: "Palestinian deaths" are
 * the victims). */
int ev_demonym_doer(ev_ctx *c, const ev_mention *m)
{
    const text *t = &c->r->txt;
    if ((m->flags & EVF_TOLL) || m->tok == 0 ||
        (strcmp(m->type, "ASSAULT") && strcmp(m->type, "MOBILIZE")))
        return EV_NONE;
    const lex_entry *e = tok_lex(t, m->tok - 1, &lex_en_demonyms);
    if (e && (t->toks[m->tok - 1].flags & TF_CAP))
        return ev_state_actor(c, e->value);
    /* "A Russian missile struck": the arms' side (actors' rule
     * group.demonym_arms) a word or two before the verb */
    EV_EACH(&c->actors_ix, m->sent, i) {
        const rec_actor *a = &c->r->actors[i];
        if (a->pub.rule && !strcmp(a->pub.rule, "group.demonym_arms") &&
            a->tok_end < m->tok && m->tok - a->tok_end <= 2 && a->pub.country &&
            t->toks[a->tok_end].kind == TOK_WORD && t->toks[m->tok - 1].kind == TOK_WORD)
            return ev_state_actor(c, a->pub.country);
    }
    return EV_NONE;
}

/* "the U.S. Embassy blasts": an actor whose head is a building
 * (data/en/event_premises.txt) right before an attack's noun is what was
 * hit. */
int ev_premises_before(const ev_ctx *c, const rec_actor *a, const ev_mention *m)
{
    return a->tok_end == m->tok && a->tok_end > a->tok_start &&
           !strcmp(m->type, "ASSAULT") &&
           tok_in(&c->r->txt, a->tok_end - 1, &lex_en_event_premises);
}

/* "a Hamas attack", "an RSF drone strike", "the Security Council
 * embargo": a named side between the article and a noun trigger did it
 * (not civilians: "a civilian convoy"; not premises: "the U.S. Embassy
 * bombings" hit the embassy; arms of a nation go through demonym_doer). */
int ev_prenominal(const ev_ctx *c, const ev_mention *m)
{
    const text *t = &c->r->txt;
    EV_EACH(&c->actors_ix, m->sent, i) {
        const rec_actor *a = &c->r->actors[i];
        if (a->tok_end != m->tok || a->tok_start == 0 ||
            (!ev_is(c, a->tok_start - 1, EVR_DEF) && !ev_is(c, a->tok_start - 1, EVR_INDEF)) ||
            tok_punct(t, a->tok_start, '(') || ev_civilian(a) || ev_premises_before(c, a, m) ||
            (a->pub.rule && !strcmp(a->pub.rule, "group.demonym_arms")))
            continue;
        return (int)i;
    }
    return EV_NONE;
}

/* "The army said it had killed 17 militants": "it" or "they" right after
 * a verb of saying (an auxiliary between them and the trigger; the
 * saying's time between: "said on Tuesday they had arrested") is the
 * speaker, the actor ending right before that verb; a civilian speaker
 * only when `civilian` ("Detainees said they had been beaten": who was
 * beaten, not who beat). */
int ev_said_it(const ev_ctx *c, const ev_mention *m, int civilian)
{
    const text *t = &c->r->txt;
    size_t k = m->tok;
    while (k > 0 && m->tok - k < 3 &&
           (tok_in(t, k - 1, &lex_en_event_auxiliaries) || ev_is(c, k - 1, EVR_BE)))
        k--; /* "had", "had been" */
    if (k < 3 || (!tok_is(t, k - 1, "it") && !tok_is(t, k - 1, "they")))
        return EV_NONE;
    size_t say = k - 2;
    if (tok_is(t, say, "that") && say > 0)
        say--;
    /* "said on Wednesday it had shot down": the saying's time between */
    EV_EACH(&c->times_ix, m->sent, i) {
        const rec_time *tm = &c->r->times[i];
        if (tm->tok_end == say + 1 && tm->tok_start > 1) {
            say = tm->tok_start - 1;
            if (tok_is(t, say, "on"))
                say--;
            break;
        }
    }
    if (!ev_is(c, say, EVR_SAY))
        return EV_NONE;
    EV_EACH(&c->actors_ix, m->sent, i) {
        const rec_actor *a = &c->r->actors[i];
        if (a->tok_end == say && (civilian || !ev_civilian(a)))
            return (int)i;
    }
    return EV_NONE;
}

int ev_we_issuer(const ev_ctx *c, const ev_mention *m, size_t *we)
{
    const dl_record *r = c->r;
    const text *t = &r->txt;
    if (!r->doc.kind || !strcmp(r->doc.kind, "news") || m->tok == 0)
        return EV_NONE;
    size_t k = m->tok, lo = t->sents[m->sent].tok_start;
    while (k > lo && m->tok - k < 3 &&
           (tok_ly_adverb(t, k - 1) || tok_in(t, k - 1, &lex_en_event_auxiliaries)))
        k--; /* "We strongly condemn", "we also call" */
    if (k == lo || !(tok_is(t, k - 1, "we") || tok_is(t, k - 1, "i")))
        return EV_NONE; /* "We condemn", "I have condemned" */
    for (size_t i = lo; i < k - 1; i++)
        if (tok_punct(t, i, '"'))
            return EV_NONE; /* someone quoted speaks */
    for (size_t i = 0; i < r->nactors; i++)
        if (r->actors[i].pub.rule && !strcmp(r->actors[i].pub.rule, "issuer")) {
            *we = k - 1;
            return (int)i;
        }
    return EV_NONE;
}
