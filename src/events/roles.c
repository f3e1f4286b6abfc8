/* roles.c - who did it (actor) and to whom (target), from the actors the
 * actors stage found in a mention's sentence.
 *
 * Uses word order and role words only (data/en/event_cues.txt): "by" marks
 * the doer of a passive, "against"/"on"/"targeting" the target, a subject
 * before an active trigger is the doer, before a passive one the target.
 * It is not a parser: an actor already set by an earlier mention stays. */
#include <stdlib.h>
#include <string.h>

#include "../text/phrase_match.h"
#include "events.h"
#include "lexicons.h"

#define EV_AGENT_REACH 14 /* tokens from a trigger to its "by" */
#define EV_NOUN_TARGET_REACH 4 /* tokens from a noun trigger to its target */
#define EV_SUBJECT_REACH 6     /* tokens from a country subject to its verb */

static int civilian(const rec_actor *a)
{
    const char *s = a->pub.sector;
    return s && (!strcmp(s, "civilians") || !strcmp(s, "protesters"));
}

/* Protesters are the doers of what they did, told in the active, that
 * counts no casualties ("Protesters stormed parliament"; not "protesters
 * killed", a headline's passive). */
static int protesters_act(const rec_actor *a, const ev_mention *m)
{
    return a->pub.sector && !strcmp(a->pub.sector, "protesters") && !(m->flags & EVF_TOLL);
}

/* A target word shortly before actor a ("against the peaceful
 * population"), "of" right after a noun trigger ("arrest of leaders"), or
 * the trigger itself just before it ("attacked protesters"), with no word
 * between that opens a clause ("killed when militants ambushed"). */
static int target_marked(const ev_ctx *c, const rec_actor *a, const ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t trig_end = m->tok + m->ntok;
    if (a->tok_start < trig_end)
        return 0; /* "detained at least 48 protesters ... when people rallied" */
    for (size_t k = 1; k <= 3 && k <= a->tok_start; k++) {
        size_t i = a->tok_start - k;
        if (t->toks[i].sent != a->sent || t->toks[i].kind == TOK_PUNCT)
            return 0;
        if (i + 1 == trig_end)
            return 1;
        uint32_t ro = ev_roles(c, i);
        /* "were killed when militants ambushed": a clause of its own; so is
         * one after "and" right after the trigger ("a store owner they took
         * hostage and police found the body") */
        if ((ro & EV_ROLE(EVR_STOP)) && (!tok_is(t, i, "and") || i == trig_end))
            return 0;
        if (ro & EV_ROLE(EVR_OBJ))
            return i == trig_end;
        if (ro & (EV_ROLE(EVR_TARGET) | EV_ROLE(EVR_AGENT)))
            return (ro & EV_ROLE(EVR_TARGET)) != 0;
        if (ro & EV_ROLE(EVR_PLACE))
            return 0; /* "rallied outside the Parliament": where, not whom */
    }
    return 0;
}

/* Actor a lies inside the document's dateline. */
static int in_dateline(const ev_ctx *c, const rec_actor *a)
{
    const dl_dateline *d = c->r->doc.dateline;
    return d && a->pub.span.start >= d->span.start && a->pub.span.end <= d->span.end;
}

/* "the deployment of MINUSMA", "the mobilisation of reservists": after a
 * show of force named by a noun, "of" names who were deployed, its doer,
 * as "volunteers have been deployed" does. */
static int deployed_of(const ev_ctx *c, const rec_actor *a, const ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t k = m->tok + m->ntok;
    if (strcmp(m->type, "MOBILIZE") || k + 1 >= t->ntoks || !tok_is(t, k, "of") ||
        a->tok_start <= k || a->tok_start > k + 3)
        return 0;
    for (size_t j = k + 1; j < a->tok_start; j++)
        if (!ev_is(c, j, EVR_DEF) && !tok_is(t, j, "its") && !tok_is(t, j, "their"))
            return 0;
    return 1;
}

/* "deployed the military to support the police": the object right after
 * a verb of showing force (its article between or not) is the force
 * deployed, no target. */
static int deployed_object(const ev_ctx *c, const rec_actor *a, const ev_mention *m)
{
    size_t k = m->tok + m->ntok;
    if (strcmp(m->type, "MOBILIZE") || m->definite || m->indefinite ||
        (m->flags & EVF_NOUN) || a->tok_start < k || a->tok_start > k + 1)
        return 0;
    return a->tok_start == k || ev_is(c, k, EVR_DEF);
}

/* "peacekeepers killed in Mali", "journalists detained on Monday": a
 * casualty or arrest participle with no object after it, but "in", "on",
 * "since", "by" ... (not before a number: "killed between 130 and 171
 * civilians") or the end of the clause. */
static int reduced_passive(const ev_ctx *c, const ev_mention *m)
{
    const text *t = &c->r->txt;
    static const char *const preps[] = {"in", "at", "near", "on", "since", "during", "by"};
    size_t last = m->tok + m->ntok - 1, next = last + 1, n = tok_len(t, last);
    if (m->ntok != 1 || n < 4 || memcmp(tok_str(t, last) + n - 2, "ed", 2) ||
        !((m->flags & EVF_TOLL) || (m->mode && !strcmp(m->mode, "arrest"))))
        return 0;
    size_t end = t->sents[m->sent].tok_end;
    if (next >= end || tok_punct(t, next, ',') || tok_punct(t, next, '.') ||
        tok_punct(t, next, ';'))
        return 1;
    EV_EACH(&c->figures_ix, m->sent, i) { /* "detained at least 48 protesters" */
        size_t f = c->r->figures[i].tok_start;
        if (f >= next && f <= next + 3)
            return 0;
    }
    for (size_t k = 0; k < sizeof preps / sizeof *preps; k++)
        if (tok_is(t, next, preps[k]))
            return 1;
    return 0;
}

/* ", killing 22": a present participle opening a clause after a comma,
 * whose doer is that of the clause before (the airstrike's), not the
 * nearest name before the comma ("a hospital run by MSF, killing 22"). */
static int comma_participle(const ev_ctx *c, const ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t n = tok_len(t, m->tok);
    return m->ntok == 1 && m->tok > 0 && tok_punct(t, m->tok - 1, ',') && n > 4 &&
           !memcmp(tok_str(t, m->tok) + n - 3, "ing", 3);
}

/* "were killed", "have been arrested": the trigger is a passive verb. */
static int passive(const ev_ctx *c, const ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t last = m->tok + m->ntok - 1, n = tok_len(t, last);
    /* "have been fighting", "were shelling": progressive, not passive */
    if (n > 4 && !memcmp(tok_str(t, last) + n - 3, "ing", 3))
        return 0;
    for (size_t k = 1; k <= 2 && k <= m->tok; k++)
        if (ev_is(c, m->tok - k, EVR_BE))
            return 1;
    return reduced_passive(c, m);
}

/* Index of the first mention starting at or after token i (c->nm: none);
 * the mentions are in text order. */
static size_t mention_from(const ev_ctx *c, size_t i)
{
    size_t lo = 0, hi = c->nm;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->m[mid].tok < i)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The "by" at i follows a participle of who runs or holds a thing named
 * after the trigger ("the airstrike that hit a hospital run by MSF"), not
 * the trigger itself ("an offensive backed by the army") nor a passive
 * ("was supported by"). */
static int owner_by(const ev_ctx *c, const ev_mention *m, size_t i)
{
    if (i < 2 || !ev_is(c, i - 1, EVR_OWNER) || i - 1 == m->tok + m->ntok)
        return 0;
    const uint32_t verb = EV_ROLE(EVR_BE) | EV_ROLE(EVR_AUX);
    const text *t = &c->r->txt;
    /* "rounded up and held by": a verb joined to the trigger */
    return !(ev_roles(c, i - 2) & verb) && t->toks[i - 2].kind == TOK_WORD &&
           !tok_is(t, i - 2, "and") && !tok_is(t, i - 2, "or");
}

/* The trigger's noun phrase follows "of" ("victims of the Kenya embassy
 * bombing"): the noun before "of" heads the clause. */
static int after_of(const ev_ctx *c, const ev_mention *m)
{
    const text *t = &c->r->txt;
    for (size_t j = 1; j <= 4 && j + 1 <= m->tok; j++) {
        size_t k = m->tok - j;
        if (t->toks[k].kind != TOK_WORD)
            return 0;
        if (ev_is(c, k, EVR_DEF))
            return tok_is(t, k - 1, "of");
    }
    return 0;
}

/* The first "by" shortly after the trigger, in its clause ("was prepared
 * by"; not "policy conducted by" after an "and", nor the "by" of another
 * trigger in between, nor the passive's "by" after a trigger inside an
 * "of" phrase: "victims of the bombing were brought back by the minister"),
 * or (size_t)-1. "By means of" names a way. */
static size_t agent_word(const ev_ctx *c, const ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t end = t->sents[m->sent].tok_end, from = m->tok + m->ntok;
    if (end > from + EV_AGENT_REACH)
        end = from + EV_AGENT_REACH;
    if (from < end && after_of(c, m))
        for (size_t i = from; i < end; i++)
            if (ev_is(c, i, EVR_BE) || ev_is(c, i, EVR_AGENT)) {
                if (ev_is(c, i, EVR_BE))
                    end = i;
                break;
            }
    /* the first token after m where another mention starts */
    size_t k = mention_from(c, from);
    size_t other = k < c->nm ? c->m[k].tok : (size_t)-1;
    for (size_t i = from; i < end; i++) {
        int coord = tok_is(t, i, "and") || tok_is(t, i, "or");
        if ((ev_is(c, i, EVR_STOP) &&
             (!coord ||
              (i + 1 < end && (ev_roles(c, i + 1) & (EV_ROLE(EVR_BE) | EV_ROLE(EVR_AUX)))))) ||
            i == other || ((ev_is(c, i, EVR_SAY) || ev_cue_is(c, i, 2, EVR_SAY)) &&
                           !(i + 1 < end && ev_is(c, i + 1, EVR_AGENT))))
            break; /* "and is supporting efforts by": another clause;
                    * "according to survivors interviewed by": a source
                    * ("attacks claimed by the Houthis" still names them) */
        if (ev_is(c, i, EVR_AGENT) && !(i + 1 < end && tok_is(t, i + 1, "means")))
            return owner_by(c, m, i) ? (size_t)-1 : i;
    }
    return (size_t)-1;
}

/* Punctuation between tokens a and b. */
static int breaks(const text *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (t->toks[i].kind == TOK_PUNCT)
            return 1;
    return 0;
}

static int armed_or_state(const char *sector)
{
    return sector && (!strcmp(sector, "government") || !strcmp(sector, "military"));
}

/* "China will take countermeasures", "North Korea fired": a country names
 * the doer; its state is the actors entry of that country in government
 * or the military, the issuer first. */
/* The actors entry of country cc's state: in government or the military,
 * the issuer or an actor without a sentence first, else the first. */
static int state_actor(ev_ctx *c, const char *cc)
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

int ev_place_in_figure(const ev_ctx *c, const rec_place *p)
{
    EV_EACH(&c->figures_ix, p->sent, i) {
        const rec_figure *f = &c->r->figures[i];
        if (f->tok_start <= p->tok_start && p->tok_end <= f->tok_end)
            return 1;
    }
    return 0;
}

/* "South Africa deplored the bomb blasts which killed scores": a relative
 * pronoun in (a, b), not the one right after a ("China, which fired"),
 * opens a clause of another noun, which is its subject. */
static int relative_between(const text *t, size_t a, size_t b)
{
    for (size_t k = a + 1; k < b; k++)
        if (tok_is(t, k, "which") || tok_is(t, k, "who"))
            return 1;
    return 0;
}

/* A verb of saying in [a, b) ("New Zealand said Friday in response to U.S.
 * missile attacks"): the country before it is a speaker. */
static int say_between(const ev_ctx *c, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (ev_is(c, k, EVR_SAY))
            return 1;
    return 0;
}

static int country_subject(ev_ctx *c, const ev_mention *m)
{
    const dl_record *r = c->r;
    const char *cc = NULL;
    EV_EACH(&c->places_ix, m->sent, i) {
        const rec_place *p = &r->places[i];
        if (cc)
            break;
        if (p->tok_end <= m->tok &&
            p->tok_end + EV_SUBJECT_REACH >= m->tok && p->pub.kind &&
            !strcmp(p->pub.kind, "country") && !breaks(&r->txt, p->tok_end, m->tok) &&
            !relative_between(&r->txt, p->tok_end, m->tok) &&
            !say_between(c, p->tok_end, m->tok) &&
            !ev_place_in_actor(c, p, 0) && !ev_place_in_figure(c, p))
            cc = p->pub.country;
    }
    if (!cc)
        return EV_NONE;
    return state_actor(c, cc);
}

/* Actor a stands in an aside between commas right after another actor,
 * before m ("the armed forces of Armenia, with the support of the 366th
 * regiment, committed a massacre"): the one before the aside is the
 * subject. */
static int in_aside(const ev_ctx *c, const rec_actor *a, const ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t close = a->tok_end;
    while (close < m->tok && !tok_punct(t, close, ','))
        close++;
    if (close >= m->tok || a->tok_start == 0)
        return 0;
    size_t open = a->tok_start;
    for (size_t back = 0; open > 0 && back < 12; back++) {
        open--;
        if (t->toks[open].sent != a->sent || (t->toks[open].kind == TOK_PUNCT &&
                                              !tok_punct(t, open, ',')))
            return 0;
        if (tok_punct(t, open, ','))
            break;
    }
    if (!tok_punct(t, open, ','))
        return 0;
    EV_EACH(&c->actors_ix, a->sent, i)
        if (c->r->actors[i].tok_end == open)
            return 1;
    return 0;
}

/* Actor a is the source cited right after "according to" ("According to
 * the IAEA, drones struck ..."), or who was told right after "told"
 * ("Witnesses told Human Rights Watch that officers beat them"): not the
 * subject of what it reports or hears. */
static int cited_source(const ev_ctx *c, const rec_actor *a)
{
    size_t i = a->tok_start;
    if (i > 0 && ev_is(c, i - 1, EVR_DEF))
        i--;
    return (i >= 2 && ev_cue_is(c, i - 2, 2, EVR_SAY)) ||
           (i >= 1 && ev_is(c, i - 1, EVR_TELL));
}

/* "attacks carried out by the Russian Federation": a country right after
 * the agent's "by" names its state. */
static int country_by(ev_ctx *c, const ev_mention *m, size_t by)
{
    const dl_record *r = c->r;
    size_t k = by + 1;
    if (k < r->txt.ntoks && ev_is(c, k, EVR_DEF))
        k++;
    EV_EACH(&c->places_ix, m->sent, i) {
        const rec_place *p = &r->places[i];
        if (p->tok_start == k && p->pub.kind && !strcmp(p->pub.kind, "country"))
            return state_actor(c, p->pub.country);
    }
    return EV_NONE;
}

/* Tokens [a, b) between a subject and its verb keep one clause: commas
 * and a bracketed acronym may stand there ("ECOWAS on Sunday closed ...,
 * suspended aid"), and a "which"/"who" right after the subject opens its
 * relative clause ("the BIFF, which had threatened"); any other clause
 * word or a semicolon ends it ("Pieri, in which people were killed"). */
#define EV_UNSEEN ((size_t)-2)

/* "that" at token k opens a clause of what is said or thought ("report
 * that", "maintains that", "denied that"), not a relative one after a
 * noun with its determiner ("the revolution that brought"), unless that
 * noun tells what is said (data/en/event_content_nouns.txt: "received a
 * report that a man had been shot"); right after an actor it is a
 * relative one too (same_clause skips it there). */
static int complementizer(const ev_ctx *c, size_t k, size_t lo)
{
    const text *t = &c->r->txt;
    return tok_is(t, k, "that") && k >= lo + 2 &&
           ((!ev_is(c, k - 2, EVR_DEF) && !ev_is(c, k - 2, EVR_INDEF)) ||
            tok_in(t, k - 1, &lex_en_event_content_nouns));
}

static int same_clause(const ev_ctx *c, size_t a, size_t b, size_t *stop, int aimed)
{
    const text *t = &c->r->txt;
    size_t i = a;
    if (i < b && tok_punct(t, i, '(')) {
        while (i < b && !tok_punct(t, i, ')'))
            i++;
        i++;
    }
    while (i < b && tok_punct(t, i, ','))
        i++;
    if (i < b && (tok_is(t, i, "which") || tok_is(t, i, "who") || tok_is(t, i, "that")))
        i++; /* "militants that attacked": a relative clause of the actor */
    /* the last clause end before b, found once per trigger (*stop starts
     * as EV_UNSEEN): a sentence of many actors costs linear time. A verb
     * of saying ends it too ("the spokesperson warned that ...": a
     * speaker, not the doer) */
    if (*stop == EV_UNSEEN) {
        size_t lo = t->sents[t->toks[b].sent].tok_start;
        *stop = (size_t)-1;
        for (size_t k = b; k-- > lo;) {
            /* "gunmen stormed the hospital and expelled patients": an "and"
             * right before the verb joins two verbs of one subject, and
             * the "and" of a list between them ends no clause then ("threw
             * rocks, bricks and fireworks at officers and set fire"), nor
             * before a verb after "to" ("used tear gas and batons to
             * disperse") */
            if (tok_is(t, k, "and") && b > 0 &&
                (tok_is(t, b - 1, "and") || tok_is(t, b - 1, "to")))
                continue;
            /* "launched 16 drones and two ballistic missiles": a weapon
             * after "and" and its count is one more object of the verb */
            if (aimed && tok_is(t, k, "and") && k + 1 < b && b - k <= 5 &&
                (t->toks[k + 1].kind == TOK_NUM || tok_in(t, k + 1, &lex_en_numbers)))
                continue;
            /* "Kenyan authorities report that 21 people were killed":
             * "that" opens another clause; "Human Rights Watch called on
             * the parties to stop attacks": who asks is not who does what
             * is asked */
            if (tok_punct(t, k, ';') || tok_punct(t, k, ':') || complementizer(c, k, lo) ||
                (ev_roles(c, k) & (EV_ROLE(EVR_STOP) | EV_ROLE(EVR_SAY) | EV_ROLE(EVR_ASK))) ||
                (k + 1 < b && ev_cue_is(c, k, 2, EVR_ASK))) {
                *stop = k;
                break;
            }
        }
    }
    return *stop == (size_t)-1 || *stop < i;
}

/* Another trigger stands in [a, b): "the troops dispersed peaceful
 * demonstrations" - the troops did the dispersing, the demonstrations
 * are its object, not theirs. */
static int trigger_between(const ev_ctx *c, const ev_mention *m, size_t a, size_t b)
{
    for (size_t k = mention_from(c, a); k < c->nm && c->m[k].tok < b; k++)
        if (&c->m[k] != m && !(c->m[k].flags & EVF_REF))
            return 1;
    return 0;
}

/* Actor a stands right after a target word, its article between or not
 * ("assault on police and violent disorder"): the object of what is
 * named before it, no subject of what follows. */
static int after_target_word(const ev_ctx *c, const rec_actor *a)
{
    size_t i = a->tok_start;
    if (i > 0 && ev_is(c, i - 1, EVR_DEF))
        i--;
    return i > 0 && ev_is(c, i - 1, EVR_TARGET);
}

/* "The Islamic State claimed responsibility for the attack": who claims
 * an event named right after a cue of role `claim` did it, by that claim
 * (the subject a few words before the cue). */
static int claimant(const ev_ctx *c, const ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t k = m->tok;
    if (k > 0 && ev_is(c, k - 1, EVR_DEF))
        k--;
    size_t cue = ev_cue_before(c, k, 4, EVR_CLAIM);
    if (cue == (size_t)-1)
        return EV_NONE;
    int best = EV_NONE;
    EV_EACH(&c->actors_ix, m->sent, i) {
        const rec_actor *a = &c->r->actors[i];
        if (a->tok_end <= cue && a->tok_end + 3 >= cue && !cited_source(c, a)) {
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
static int arms_after_by(ev_ctx *c, const ev_mention *m, size_t by)
{
    EV_EACH(&c->actors_ix, m->sent, i) {
        const rec_actor *a = &c->r->actors[i];
        if (a->pub.rule && !strcmp(a->pub.rule, "group.demonym_arms") && a->pub.country &&
            a->tok_start > by && a->tok_start <= by + 2)
            return state_actor(c, a->pub.country);
    }
    return EV_NONE;
}

typedef struct {
    int actor, target;
    const char *actor_rule, *target_rule;
} roles;

/* The name at token i is the object of a verb before it ("a vehicle
 * entered the Police Cadet School and exploded", "officials met the
 * Embassy"): a lower-case word that is no function word and "the", or a
 * word in -ed, just before it. */
static int object_of_verb(const text *t, size_t i)
{
    int the = i > 0 && tok_is(t, i - 1, "the");
    i -= (size_t)the;
    if (i == 0 || t->toks[i - 1].kind != TOK_WORD || (t->toks[i - 1].flags & TF_CAP) ||
        tok_in(t, i - 1, &lex_en_function_words))
        return 0;
    size_t n = tok_len(t, i - 1);
    return the || (n > 3 && !strncmp(tok_str(t, i - 1) + n - 2, "ed", 2));
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
static int pair_sides(ev_ctx *c, const ev_mention *m, roles *out)
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
        !civilian(one)) {
        out->actor = a, out->actor_rule = "actor.pair";
        return 1;
    }
    return 0;
}

/* "Government troops and rebels clashed": the subject of a trigger both
 * sides do (flag mutual) is two actors joined by "and"; the first is the
 * actor, the second the target, in the order written (role `pair`, as
 * after "between"). */
static int pair_subject(ev_ctx *c, const ev_mention *m, int subject, roles *out)
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

#define EV_PARTICIPLE_REACH 64 /* tokens back to the clause's subject */

/* A clause mark (';', ':') between tokens a and b: commas of a list do not
 * end the clause ("fired tear gas, rubber bullets and bean bag rounds"). */
static int tok_punct_between(const text *t, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (tok_punct(t, k, ';') || tok_punct(t, k, ':'))
            return 1;
    return 0;
}

/* ", shooting men and boys" after a clause that names no event ("fighters
 * ... went from house to house, shooting"): the doer is that clause's
 * subject, the first actor after its start (the sentence's, or "that"). */
static int participle_subject(ev_ctx *c, const ev_mention *m)
{
    const dl_record *r = c->r;
    const text *t = &r->txt;
    size_t lo = t->sents[m->sent].tok_start;
    if (m->tok > lo + EV_PARTICIPLE_REACH)
        lo = m->tok - EV_PARTICIPLE_REACH; /* a hostile sentence stays linear */
    size_t start = lo;
    if (trigger_between(c, m, lo, m->tok)) {
        /* "Police fired tear gas at protesters, injuring at least 72": the
         * doer of the deed of the clause before, of another type */
        for (size_t k = mention_from(c, lo); k < c->nm && c->m[k].tok < m->tok; k++) {
            const ev_mention *o = &c->m[k];
            if (o != m && o->sent == m->sent && o->event >= 0 && !(o->flags & EVF_REF) &&
                strcmp(c->r->events[o->event].pub.type, m->type) &&
                c->r->events[o->event].pub.actor >= 0 &&
                !tok_punct_between(t, o->tok + o->ntok, m->tok - 1))
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
        if (a->tok_start >= start && a->tok_end < m->tok && !cited_source(c, a))
            return civilian(a) ? EV_NONE : (int)i;
    }
    return EV_NONE;
}

/* "an Israeli airstrike", "a Russian missile strike": a national adjective
 * right before an attack names its doer, that country's armed forces or
 * state as the text names them elsewhere, else the adjective itself as the
 * actors stage read it before arms (not a toll: "Palestinian deaths" are
 * the victims). */
static int demonym_doer(ev_ctx *c, const ev_mention *m)
{
    const text *t = &c->r->txt;
    if ((m->flags & EVF_TOLL) || m->tok == 0 ||
        (strcmp(m->type, "ASSAULT") && strcmp(m->type, "MOBILIZE")))
        return EV_NONE;
    const lex_entry *e = tok_lex(t, m->tok - 1, &lex_en_demonyms);
    if (e && (t->toks[m->tok - 1].flags & TF_CAP))
        return state_actor(c, e->value);
    /* "A Russian missile struck": the arms' side (actors' rule
     * group.demonym_arms) a word or two before the verb */
    EV_EACH(&c->actors_ix, m->sent, i) {
        const rec_actor *a = &c->r->actors[i];
        if (a->pub.rule && !strcmp(a->pub.rule, "group.demonym_arms") &&
            a->tok_end < m->tok && m->tok - a->tok_end <= 2 && a->pub.country &&
            t->toks[a->tok_end].kind == TOK_WORD && t->toks[m->tok - 1].kind == TOK_WORD)
            return state_actor(c, a->pub.country);
    }
    return EV_NONE;
}

/* "the U.S. Embassy blasts": an actor whose head is a building
 * (data/en/event_premises.txt) right before an attack's noun is what was
 * hit. */
static int premises_before(const ev_ctx *c, const rec_actor *a, const ev_mention *m)
{
    return a->tok_end == m->tok && a->tok_end > a->tok_start &&
           !strcmp(m->type, "ASSAULT") &&
           tok_in(&c->r->txt, a->tok_end - 1, &lex_en_event_premises);
}

/* "a Hamas attack", "an RSF drone strike", "the Security Council
 * embargo": a named side between the article and a noun trigger did it
 * (not civilians: "a civilian convoy"; not premises: "the U.S. Embassy
 * bombings" hit the embassy; arms of a nation go through demonym_doer). */
static int prenominal(const ev_ctx *c, const ev_mention *m)
{
    const text *t = &c->r->txt;
    EV_EACH(&c->actors_ix, m->sent, i) {
        const rec_actor *a = &c->r->actors[i];
        if (a->tok_end != m->tok || a->tok_start == 0 ||
            (!ev_is(c, a->tok_start - 1, EVR_DEF) && !ev_is(c, a->tok_start - 1, EVR_INDEF)) ||
            tok_punct(t, a->tok_start, '(') || civilian(a) || premises_before(c, a, m) ||
            (a->pub.rule && !strcmp(a->pub.rule, "group.demonym_arms")))
            continue;
        return (int)i;
    }
    return EV_NONE;
}

/* "The army said it had killed 17 militants": "it" or "they" right after
 * a verb of saying (an auxiliary between them and the trigger) is the
 * speaker, the actor ending right before that verb. */
static int said_it(const ev_ctx *c, const ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t k = m->tok;
    while (k > 0 && m->tok - k < 3 && tok_in(t, k - 1, &lex_en_event_auxiliaries))
        k--;
    if (k < 3 || (!tok_is(t, k - 1, "it") && !tok_is(t, k - 1, "they")))
        return EV_NONE;
    size_t say = k - 2;
    if (tok_is(t, say, "that") && say > 0)
        say--;
    if (!ev_is(c, say, EVR_SAY))
        return EV_NONE;
    EV_EACH(&c->actors_ix, m->sent, i) {
        const rec_actor *a = &c->r->actors[i];
        if (a->tok_end == say && !civilian(a))
            return (int)i;
    }
    return EV_NONE;
}

static void pick(ev_ctx *c, const ev_mention *m, roles *out)
{
    const dl_record *r = c->r;
    size_t by = agent_word(c, m);
    int pas = passive(c, m), subject = EV_NONE, force = EV_NONE;
    size_t stop = EV_UNSEEN;
    /* a noun ("the killing of", "the operation against") takes no subject,
     * and its target only right after it; the object of a light verb ("has
     * lodged a protest", "carried out an attack") takes the verb's subject */
    int noun = ((m->definite || m->indefinite || (m->flags & EVF_REF)) && !m->light) ||
               (m->flags & EVF_NOUN) || comma_participle(c, m) ||
               (m->tok > 0 && tok_in(&r->txt, m->tok - 1, &lex_en_event_noun_preps));
    /* "... and set fire to it", "... and had taken control of" */
    size_t and_at = m->tok > 1 && tok_in(&r->txt, m->tok - 1, &lex_en_event_auxiliaries)
                        ? m->tok - 2 : m->tok - 1;
    int coordinated = m->tok > 0 && tok_is(&r->txt, and_at, "and");
    /* "fired tear gas and live bullets at protesters": the second object
     * of the verb the trigger just before names shares its subject */
    int shares = coordinated && m > c->m && m[-1].sent == m->sent &&
                 m[-1].tok + m[-1].ntok + 1 == m->tok;
    if (pair_sides(c, m, out))
        return;
    if (noun && (out->actor = claimant(c, m)) != EV_NONE) {
        out->actor_rule = "actor.claimed";
        return;
    }
    if (noun && (out->actor = prenominal(c, m)) != EV_NONE)
        out->actor_rule = "actor.prenominal";
    EV_EACH(&c->actors_ix, m->sent, i) {
        const rec_actor *a = &r->actors[i];
        /* "ICRC-supported teams": the backer is not the clause's subject;
         * "Russian missiles": the arms' side is the doer's only through
         * demonym_doer, which prefers the side as the text names it; the
         * agency of a dateline ("Port-au-Prince, 28 March 2024 (OHCHR) –")
         * takes no part */
        if (a->tok_end <= a->tok_start || ev_hyphened_at(c, a->tok_end) ||
            (a->pub.rule && !strcmp(a->pub.rule, "group.demonym_arms")) ||
            in_dateline(c, a))
            continue;
        size_t after = m->tok + m->ntok;
        int far = noun && (a->tok_start < after || a->tok_start > after + EV_NOUN_TARGET_REACH);
        if (!far && deployed_of(c, a, m)) {
            if (out->actor == EV_NONE)
                out->actor = (int)i, out->actor_rule = "actor.deployed";
        } else if (deployed_object(c, a, m)) {
            if (force == EV_NONE)
                force = (int)i;
        } else if (!far && target_marked(c, a, m) &&
                   !trigger_between(c, m, m->tok + m->ntok, a->tok_start)) {
            if (out->target == EV_NONE)
                out->target = (int)i, out->target_rule = "target.role_word";
        } else if (by != (size_t)-1 && a->tok_start > by) {
            if (out->actor == EV_NONE)
                out->actor = (int)i, out->actor_rule = "actor.by";
        } else if (premises_before(c, a, m)) {
            if (out->target == EV_NONE)
                out->target = (int)i, out->target_rule = "target.premises";
        } else if (a->tok_end <= m->tok &&
                   same_clause(c, a->tok_end, m->tok, &stop, (m->flags & EVF_AIMED) != 0) &&
                   (!trigger_between(c, m, a->tok_end, m->tok) ||
                    (shares && a->tok_end <= m[-1].tok &&
                     !trigger_between(c, m, a->tok_end, m[-1].tok))) &&
                   !cited_source(c, a) && !after_target_word(c, a) && !in_aside(c, a, m)) {
            /* the nearest before the trigger, same clause; after "and" the
             * first, the subject the two verbs share ("protesters stormed
             * the Parliament and set fire to it") */
            if (!coordinated)
                subject = (int)i;
            else if (subject == EV_NONE && !object_of_verb(&r->txt, a->tok_start))
                subject = (int)i;
        }
    }
    if (out->actor == EV_NONE && by != (size_t)-1 &&
        (out->actor = arms_after_by(c, m, by)) != EV_NONE) {
        out->actor_rule = "actor.demonym";
        return;
    }
    /* "Three Palestinians were killed in an Israeli raid": the side of the
     * arms after "in" right after a passive casualty word */
    size_t in = m->tok + m->ntok;
    if (out->actor == EV_NONE && pas && (m->flags & EVF_TOLL) && in < r->txt.ntoks &&
        tok_is(&r->txt, in, "in") && (out->actor = arms_after_by(c, m, in)) != EV_NONE) {
        out->actor_rule = "actor.demonym";
        return;
    }
    if (out->actor == EV_NONE && by != (size_t)-1) {
        int st = country_by(c, m, by);
        if (st != EV_NONE) {
            out->actor = st, out->actor_rule = "actor.country_by";
            return;
        }
    }
    if (out->actor == EV_NONE && (subject == EV_NONE || noun)) {
        int d = demonym_doer(c, m);
        if (d != EV_NONE) {
            out->actor = d, out->actor_rule = "actor.demonym";
            return;
        }
    }
    /* "its forces had struck ... and had taken control of the village":
     * a second verb after "and" whose subject is none of its own shares
     * the doer of the verb before it */
    if (out->actor == EV_NONE && coordinated && subject == EV_NONE && !noun && !pas &&
        m > c->m && m[-1].sent == m->sent && m[-1].event >= 0 &&
        !(m[-1].flags & EVF_NOUN) && !m[-1].definite && !m[-1].indefinite &&
        !tok_punct_between(&r->txt, m[-1].tok, m->tok) && !say_between(c, m[-1].tok, m->tok)) {
        int a = r->events[m[-1].event].pub.actor;
        if (a >= 0) {
            out->actor = a, out->actor_rule = "actor.shared_subject";
            return;
        }
    }
    if (out->actor == EV_NONE && subject == EV_NONE && !noun && !pas &&
        (out->actor = said_it(c, m)) != EV_NONE) {
        out->actor_rule = "actor.speaker_pronoun";
        return;
    }
    if (out->actor == EV_NONE && comma_participle(c, m)) {
        int ps = participle_subject(c, m);
        if (ps != EV_NONE) {
            out->actor = ps, out->actor_rule = "actor.participle";
            return;
        }
    }
    if (subject == EV_NONE && !noun && out->actor == EV_NONE) {
        subject = country_subject(c, m);
        if (subject != EV_NONE) {
            out->actor = subject, out->actor_rule = "actor.country_subject";
            return;
        }
    }
    if ((subject == EV_NONE || noun) && force != EV_NONE && out->actor == EV_NONE) {
        out->actor = force, out->actor_rule = "actor.deployed";
        return;
    }
    if (subject == EV_NONE || noun)
        return;
    if ((m->flags & EVF_MUTUAL) && !pas && out->actor == EV_NONE &&
        out->target == EV_NONE && pair_subject(c, m, subject, out))
        return;
    /* "Red Crescent volunteers have been deployed": who is deployed
     * mobilises; it is no target */
    if (pas && !strcmp(m->type, "MOBILIZE") && out->actor == EV_NONE)
        out->actor = subject, out->actor_rule = "actor.deployed";
    else if (pas && out->target == EV_NONE)
        out->target = subject, out->target_rule = "target.passive_subject";
    else if (!pas && out->actor == EV_NONE &&
             (!civilian(&r->actors[subject]) || !strcmp(m->type, "PROTEST") ||
              protesters_act(&r->actors[subject], m)))
        out->actor = subject, out->actor_rule = "actor.subject";
}

/* Actors a and b are both police, of one country or one of them of none
 * ("Police fired tear gas ..." then "22 officers were hurt"): casualties
 * of the police's own side, no target of its deed. Rival forces of one country (the army and the
 * RSF) or rival leaders stay doer and target. */
static int same_side(const dl_record *r, int a, int b)
{
    if (a < 0 || b < 0)
        return 0;
    const dl_actor *x = &r->actors[a].pub, *y = &r->actors[b].pub;
    return x->sector && y->sector && !strcmp(x->sector, "police") &&
           !strcmp(y->sector, "police") &&
           (!x->country || !y->country || !strcmp(x->country, y->country));
}

void ev_fill_actors(ev_ctx *c, int ev, const ev_mention *m)
{
    dl_record *r = c->r;
    dl_event *e = &r->events[ev].pub;
    roles ro = {EV_NONE, EV_NONE, NULL, NULL};
    pick(c, m, &ro);
    if (ro.actor != EV_NONE && e->actor < 0 && ro.actor != e->target) {
        e->actor = ro.actor;
        ev_note(c, ev, "actor", r->actors[ro.actor].pub.span, ro.actor_rule);
    }
    if (ro.target != EV_NONE && e->target < 0 && ro.target != e->actor &&
        !same_side(r, e->actor, ro.target)) {
        e->target = ro.target;
        ev_note(c, ev, "target", r->actors[ro.target].pub.span, ro.target_rule);
    }
}
