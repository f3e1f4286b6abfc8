/* roles.c - who did it (actor) and to whom (target), from the actors the
 * actors stage found in a mention's sentence.
 *
 * Uses word order and role words only (data/en/event_cues.txt): "by" marks
 * the doer of a passive, "against"/"on"/"targeting" the target, a subject
 * before an active trigger is the doer, before a passive one the target.
 * It is not a parser: an actor already set by an earlier mention stays.
 * Doers a construction names (a claim, a pair of sides, a participle's
 * subject, a national adjective, a side before a noun) are doers.c's. */
#include <stdlib.h>
#include <string.h>

#include "../text/phrase_match.h"
#include "events.h"
#include "lexicons.h"

#define EV_AGENT_REACH 14 /* tokens from a trigger to its "by" */
#define EV_NOUN_TARGET_REACH 4 /* tokens from a noun trigger to its target */
#define EV_SUBJECT_REACH 6     /* tokens from a country subject to its verb */

int ev_civilian(const rec_actor *a)
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
/* "remember the victims of the massacre and call on the authorities": an
 * "and" between a noun trigger's end and token i, whose target word is
 * then another verb's ("fired live ammunition, metal pellets and tear gas
 * at protesters", a verb's list of objects, keeps its target). */
static int and_between(const text *t, size_t a, size_t i)
{
    for (size_t k = a; k < i; k++)
        if (tok_is(t, k, "and"))
            return 1;
    return 0;
}

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
        /* "in coordinated operations with the National Police", "jointly
         * with", "in coordination with": a partner ("clashes with
         * security forces", "a protest with the embassy" stay targets) */
        if (tok_is(t, i, "with") && i > 0 &&
            (tok_is(t, i - 1, "together") || tok_is(t, i - 1, "jointly") ||
             tok_is(t, i - 1, "coordination") || tok_is(t, i - 1, "cooperation") ||
             (i > 1 && (tok_is(t, i - 2, "coordinated") || tok_is(t, i - 2, "joint") ||
                        tok_is(t, i - 2, "combined")))))
            return 0;
        uint32_t ro = ev_roles(c, i);
        /* "were killed when militants ambushed": a clause of its own; so is
         * one after "and" right after the trigger ("a store owner they took
         * hostage and police found the body") */
        if ((ro & EV_ROLE(EVR_STOP)) && (!tok_is(t, i, "and") || i == trig_end))
            return 0;
        if (ro & EV_ROLE(EVR_OBJ))
            return i == trig_end;
        if (ro & (EV_ROLE(EVR_TARGET) | EV_ROLE(EVR_AGENT)))
            return (ro & EV_ROLE(EVR_TARGET)) != 0 &&
                   !((m->definite || m->indefinite) && and_between(t, trig_end, i));
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
    size_t last = m->tok + m->ntok - 1, next = last + 1;
    if (m->ntok != 1 || !ev_ends_in_ed(t, last) ||
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

/* A form of "be" one or two words before the trigger ("were killed",
 * "have been arrested"). */
static int be_before(const ev_ctx *c, const ev_mention *m)
{
    for (size_t k = 1; k <= 2 && k <= m->tok; k++)
        if (ev_is(c, m->tok - k, EVR_BE))
            return 1;
    return 0;
}

/* "were killed", "have been arrested": the trigger is a passive verb. */
static int passive(const ev_ctx *c, const ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t last = m->tok + m->ntok - 1, n = tok_len(t, last);
    /* "have been fighting", "were shelling": progressive, not passive */
    if (n > 4 && !memcmp(tok_str(t, last) + n - 3, "ing", 3))
        return 0;
    return be_before(c, m) || reduced_passive(c, m);
}

/* Index of the first mention starting at or after token i (c->nm: none);
 * the mentions are in text order. */
size_t ev_mention_from(const ev_ctx *c, size_t i)
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
    size_t k = ev_mention_from(c, from);
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
    /* the nearest such country before the trigger: "Russia accused
     * Ukraine of shelling the plant" names Ukraine the doer; not one after
     * a preposition ("forces in Ukraine") */
    const text *t = &r->txt;
    EV_EACH(&c->places_ix, m->sent, i) {
        const rec_place *p = &r->places[i];
        size_t b = p->tok_start;
        if (cc && b > 0 &&
            (tok_is(t, b - 1, "in") || tok_is(t, b - 1, "at") || tok_is(t, b - 1, "near") ||
             tok_is(t, b - 1, "from") || tok_is(t, b - 1, "to") || tok_is(t, b - 1, "into") ||
             tok_is(t, b - 1, "of") || tok_is(t, b - 1, "across")))
            continue;
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
    return ev_state_actor(c, cc);
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
int ev_cited_source(const ev_ctx *c, const rec_actor *a)
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
            return ev_state_actor(c, p->pub.country);
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

/* "Two suicide bombers and gunmen attacked": of two actors joined by "and"
 * the first heads the subject; the actor before actor k's "and", else k. */
static int first_conjunct(const ev_ctx *c, int k)
{
    const dl_record *r = c->r;
    const rec_actor *a = &r->actors[k];
    if (a->tok_start < 2 || !tok_is(&r->txt, a->tok_start - 1, "and"))
        return k;
    EV_EACH(&c->actors_ix, a->sent, i) {
        const rec_actor *b = &r->actors[i];
        if (b->tok_end + 1 == a->tok_start && b->tok_end > b->tok_start && !ev_cited_source(c, b))
            return (int)i;
    }
    return k;
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
int ev_triggers_between(const ev_ctx *c, const ev_mention *m, size_t a, size_t b,
                        int told_only)
{
    for (size_t k = ev_mention_from(c, a); k < c->nm && c->m[k].tok < b; k++)
        if (&c->m[k] != m && !(c->m[k].flags & EVF_REF) &&
            !(told_only && c->m[k].hypothetical))
            return 1;
    return 0;
}

size_t ev_done_participle(const text *t, size_t i)
{
    pm_opts o = {.flags = PM_SAME_SENT | PM_FIRST_WORD, .limit = t->ntoks, .max_toks = 2};
    return i < t->ntoks ? phrase_match(t, i, &lex_en_event_done_participles, &o, NULL) : 0;
}

int ev_trigger_between(const ev_ctx *c, const ev_mention *m, size_t a, size_t b)
{
    return ev_triggers_between(c, m, a, b, 0);
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


/* Actor a is the object of a preposition of data/en/event_pp_preps.txt
 * ("with a local armed group": a determiner and two lower-case words may
 * stand between), so the subject of no verb after it. */
static int in_pp(const ev_ctx *c, const rec_actor *a)
{
    const text *t = &c->r->txt;
    size_t i = a->tok_start, j = i;
    for (; j > 0 && i - j < 2 && t->toks[j - 1].kind == TOK_WORD &&
           !(t->toks[j - 1].flags & (TF_CAP | TF_UPPER)) &&
           !tok_in(t, j - 1, &lex_en_function_words);
         j--)
        ;
    /* a determiner ("a", "the", "its"): needed before lower-case words */
    int det = j > 0 && t->toks[j - 1].kind == TOK_WORD &&
              tok_in(t, j - 1, &lex_en_function_words) &&
              !tok_in(t, j - 1, &lex_en_event_pp_preps);
    if (det)
        j--;
    else if (j < i)
        return 0;
    return j > 0 && tok_in(t, j - 1, &lex_en_event_pp_preps);
}

/* "Police had earlier put the number of abducted students at 317": a
 * participle after a function word and before a noun of people describes
 * them; the clause's subject did not do it. */
static int describes_people(const ev_ctx *c, const ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t k = m->tok, n = k + 1;
    if (m->ntok != 1 || k == 0 || n >= t->ntoks || t->toks[n].sent != m->sent ||
        t->toks[n].kind != TOK_WORD)
        return 0;
    return ev_ends_in_ed(t, k) && tok_in(t, k - 1, &lex_en_function_words) &&
           tok_lex(t, n, &lex_en_figure_nouns) != NULL;
}

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
    return the || ev_ends_in_ed(t, i - 1);
}

static void pick(ev_ctx *c, const ev_mention *m, ev_sides *out)
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
               (m->tok > 0 && tok_in(&r->txt, m->tok - 1, &lex_en_event_noun_preps)) ||
               /* "convicted for genocide and murder committed in": a deed
                * named, whose doer no clause subject is */
               ev_done_participle(&r->txt, m->tok + m->ntok) > 0;
    /* "... and set fire to it", "... and had taken control of" */
    size_t and_at = m->tok > 1 && tok_in(&r->txt, m->tok - 1, &lex_en_event_auxiliaries)
                        ? m->tok - 2 : m->tok - 1;
    int coordinated = m->tok > 0 && tok_is(&r->txt, and_at, "and");
    /* "fired tear gas and live bullets at protesters": the second object
     * of the verb the trigger just before names shares its subject */
    int shares = coordinated && m > c->m && m[-1].sent == m->sent &&
                 m[-1].tok + m[-1].ntok + 1 == m->tok;
    if (ev_pair_sides(c, m, out))
        return;
    if (noun && (out->actor = ev_claimant(c, m)) != EV_NONE) {
        out->actor_rule = "actor.claimed";
        return;
    }
    if (noun && (out->actor = ev_prenominal(c, m)) != EV_NONE)
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
                   !ev_trigger_between(c, m, m->tok + m->ntok, a->tok_start)) {
            if (out->target == EV_NONE)
                out->target = (int)i, out->target_rule = "target.role_word";
        } else if (by != (size_t)-1 && a->tok_start > by) {
            if (out->actor == EV_NONE)
                out->actor = (int)i, out->actor_rule = "actor.by";
        } else if (ev_premises_before(c, a, m)) {
            if (out->target == EV_NONE)
                out->target = (int)i, out->target_rule = "target.premises";
        } else if (a->tok_end <= m->tok &&
                   same_clause(c, a->tok_end, m->tok, &stop, (m->flags & EVF_AIMED) != 0) &&
                   (!ev_trigger_between(c, m, a->tok_end, m->tok) ||
                    (shares && a->tok_end <= m[-1].tok &&
                     !ev_trigger_between(c, m, a->tok_end, m[-1].tok))) &&
                   !ev_cited_source(c, a) && !after_target_word(c, a) && !in_aside(c, a, m) &&
                   !in_pp(c, a)) {
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
        (out->actor = ev_arms_after_by(c, m, by)) != EV_NONE) {
        out->actor_rule = "actor.demonym";
        return;
    }
    /* "Three Palestinians were killed in an Israeli raid": the side of the
     * arms after "in" right after a passive casualty word */
    size_t in = m->tok + m->ntok;
    if (out->actor == EV_NONE && pas && (m->flags & EVF_TOLL) && in < r->txt.ntoks &&
        tok_is(&r->txt, in, "in") && (out->actor = ev_arms_after_by(c, m, in)) != EV_NONE) {
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
        int d = ev_demonym_doer(c, m);
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
        !ev_punct_between(&r->txt, m[-1].tok, m->tok) && !say_between(c, m[-1].tok, m->tok)) {
        int a = r->events[m[-1].event].pub.actor;
        if (a >= 0) {
            out->actor = a, out->actor_rule = "actor.shared_subject";
            return;
        }
    }
    /* "soldiers entered the village after an exchange of fire with a
     * local armed group, rounded up the villagers": a verb right after a
     * comma with no subject of its own shares the doer of the latest verb
     * before it in its sentence (not a noun's, not past a saying) */
    if (out->actor == EV_NONE && subject == EV_NONE && !noun && !pas && m->tok > 0 &&
        tok_punct(&r->txt, m->tok - 1, ',')) {
        for (const ev_mention *p = m; p-- > c->m && p->sent == m->sent;) {
            if (p->event < 0 || (p->flags & EVF_NOUN) || p->definite || p->indefinite)
                continue;
            if (say_between(c, p->tok, m->tok))
                break;
            int a = r->events[p->event].pub.actor;
            if (a >= 0) {
                out->actor = a, out->actor_rule = "actor.shared_subject";
                return;
            }
            break;
        }
    }
    if (out->actor == EV_NONE && subject == EV_NONE && !noun && !pas &&
        (out->actor = ev_said_it(c, m, 0)) != EV_NONE) {
        out->actor_rule = "actor.speaker_pronoun";
        return;
    }
    if (out->actor == EV_NONE && comma_participle(c, m)) {
        int ps = ev_participle_subject(c, m);
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
    /* "Detainees said they had been beaten": the pronoun of a passive
     * after a saying is the speaker, its target */
    if (subject == EV_NONE && !noun && pas && out->target == EV_NONE &&
        (out->target = ev_said_it(c, m, 1)) != EV_NONE) {
        out->target_rule = "target.speaker_pronoun";
        return;
    }
    if (subject == EV_NONE || noun)
        return;
    if ((m->flags & EVF_MUTUAL) && !pas && out->actor == EV_NONE &&
        out->target == EV_NONE && ev_pair_subject(c, m, subject, out))
        return;
    /* "Red Crescent volunteers have been deployed": who is deployed
     * mobilises; it is no target */
    if (pas && !strcmp(m->type, "MOBILIZE") && out->actor == EV_NONE)
        out->actor = subject, out->actor_rule = "actor.deployed";
    /* "revised down the number of people killed": a participle after its
     * noun tells of that noun, not of the clause's subject */
    else if (pas && out->target == EV_NONE &&
             (be_before(c, m) || r->actors[subject].tok_end == m->tok))
        out->target = subject, out->target_rule = "target.passive_subject";
    else if (!pas && out->actor == EV_NONE && !describes_people(c, m) &&
             (!ev_civilian(&r->actors[subject]) || !strcmp(m->type, "PROTEST") ||
              protesters_act(&r->actors[subject], m)))
        out->actor = first_conjunct(c, subject), out->actor_rule = "actor.subject";
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
    ev_sides ro = {EV_NONE, EV_NONE, NULL, NULL};
    pick(c, m, &ro);
    if (ro.actor != EV_NONE && e->actor < 0 && ro.actor != e->target) {
        e->actor = ro.actor;
        ev_note(c, ev, "actor", r->actors[ro.actor].pub.span, ro.actor_rule);
    }
    size_t we;
    int is = ro.actor == EV_NONE && e->actor < 0 ? ev_we_issuer(c, m, &we) : EV_NONE;
    if (is != EV_NONE && is != e->target) {
        e->actor = is;
        ev_note(c, ev, "actor", rec_tok_span(r, we, we + 1), "actor.we_issuer");
    }
    /* "has deployed about 300 troops": the forces moved, no target */
    if (ro.target != EV_NONE && !strcmp(e->type, "MOBILIZE") &&
        ev_state_force(r->actors[ro.target].pub.sector))
        ro.target = EV_NONE;
    if (ro.target != EV_NONE && e->target < 0 && ro.target != e->actor &&
        !same_side(r, e->actor, ro.target)) {
        e->target = ro.target;
        ev_note(c, ev, "target", r->actors[ro.target].pub.span, ro.target_rule);
    }
}
