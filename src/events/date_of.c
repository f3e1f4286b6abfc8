/* date_of.c - the date of an event in the sentence of its mention: which
 * of the sentence's times dates the deed, and which date something else
 * (a report or saying, a count's taking, a remembering, another verb's
 * clause, a comparison's baseline, what came after a point told before).
 * Carrying a date on from earlier sentences is slots.c's. */
#include <stdlib.h>
#include <string.h>

#include "../text/phrase_match.h"
#include "events.h"
#include "lexicons.h"

/* A time that can date an event: a date or time of day, or a span back
 * from the report ("in the past 24 hours": the time stage gave it its
 * days), outside the header and dateline. */
int ev_datable(const ev_ctx *c, const rec_time *tm)
{
    const char *ty = tm->pub.type, *v = tm->pub.value;
    if (rec_time_span_back(tm))
        return tm->tok_end > tm->tok_start && !ev_in_header(c, tm->tok_start);
    if (!ty || !v || (strcmp(ty, "DATE") && strcmp(ty, "TIME")))
        return 0;
    if (!((v[0] >= '0' && v[0] <= '9') || v[0] == 'X'))
        return 0;
    return tm->tok_end > tm->tok_start && !ev_in_header(c, tm->tok_start);
}

/* "born in 1977", "founded in 2003": the date of a birth or a founding
 * (data/en/event_time_owners.txt), no event's. */
int ev_owned_time(const text *t, const rec_time *tm)
{
    size_t i = tm->tok_start, s = t->sents[tm->sent].tok_start;
    if (i > s && (tok_is(t, i - 1, "in") || tok_is(t, i - 1, "on")))
        i--;
    return i > s && tok_in(t, i - 1, &lex_en_event_time_owners);
}

/* Inside quotation marks a date is part of a name ("Bloody Friday"). */
int ev_quoted(const text *t, const rec_time *tm)
{
    size_t s = t->sents[tm->sent].tok_start, e = t->sents[tm->sent].tok_end;
    int before = tm->tok_start > s && (tok_punct(t, tm->tok_start - 1, '"') ||
                 (tm->tok_start > s + 1 && tok_punct(t, tm->tok_start - 2, '"')));
    return before && tm->tok_end < e && tok_punct(t, tm->tok_end, '"');
}

/* How far a time stands from the trigger: tokens, plus a clause's worth
 * for each break between, less one for "on"/"in" before it (an adverbial
 * of time, not a date inside a name or a saying verb's "today"), plus more
 * when another trigger stands between. */
static long time_cost(const ev_ctx *c, const rec_time *tm, const ev_mention *m)
{
    size_t a = tm->tok_start > m->tok ? m->tok + m->ntok : tm->tok_end;
    size_t b = tm->tok_start > m->tok ? tm->tok_start : m->tok;
    long cost = (long)(b > a ? b - a : 0) + 8 * (long)ev_breaks_between(c, a, b);
    if (ev_trigger_between(c, m, a, b))
        cost += 30;
    if (tm->tok_start > 0 && ev_is(c, tm->tok_start - 1, EVR_WHEN))
        cost -= 10;
    return cost;
}

/* "The army said on Wednesday": a time of the report, not of the event. */
/* Token k lies in a time expression of sentence s. */
static int in_a_time(const ev_ctx *c, size_t s, size_t k)
{
    EV_EACH(&c->times_ix, s, i)
        if (c->r->times[i].tok_start <= k && k < c->r->times[i].tok_end)
            return 1;
    return 0;
}

/* "As of 10:00 this morning, the ministry reported 49 killed": the time a
 * count was taken, after a `tally` cue ("as of", "as at") with only times
 * between; or after the count such a cue gives ("rose to 290 on Monday",
 * "reached 1,200 Tuesday"). */
static int as_of(const ev_ctx *c, const rec_time *tm)
{
    const text *t = &c->r->txt;
    size_t s = t->sents[tm->sent].tok_start, k = tm->tok_start;
    while (k > s && in_a_time(c, tm->sent, k - 1))
        k--;
    if (k >= s + 2 && ev_cue_is(c, k - 2, 2, EVR_TALLY))
        return 1;
    if (k > s && ev_is(c, k - 1, EVR_WHEN))
        k--;
    if (!(k > s && t->toks[k - 1].kind == TOK_NUM))
        return 0;
    k--;
    return (k >= s + 2 && ev_cue_is(c, k - 2, 2, EVR_TALLY)) ||
           (k >= s + 1 && ev_cue_is(c, k - 1, 1, EVR_TALLY));
}

/* "in a statement on Sunday", "at a news conference on Tuesday": the time
 * right after (or after "on") a noun of event_statement_nouns.txt after
 * "in"/"at" and a determiner (`def` or `indef` in event_cues.txt). */
static int in_a_statement(const ev_ctx *c, const rec_time *tm)
{
    const text *t = &c->r->txt;
    size_t s = t->sents[tm->sent].tok_start, e = tm->tok_start;
    if (e > s && tok_is(t, e - 1, "on"))
        e--;
    for (size_t w = 1; w <= 2; w++) {
        if (e < s + w + 2)
            return 0;
        size_t n0 = e - w;
        if (!phrase_lookup(t, n0, w, &lex_en_event_statement_nouns, NULL))
            continue;
        size_t det = n0 - 1;
        return (ev_is(c, det, EVR_INDEF) || ev_is(c, det, EVR_DEF)) &&
               (tok_is(t, det - 1, "in") || tok_is(t, det - 1, "at"));
    }
    return 0;
}

int ev_reporting_time(const ev_ctx *c, const rec_time *tm)
{
    const text *t = &c->r->txt;
    size_t s = t->sents[tm->sent].tok_start;
    for (size_t k = 1; k <= 2 && tm->tok_start >= s + k; k++)
        if (ev_is(c, tm->tok_start - k, EVR_SAY))
            return 1;
    return in_a_statement(c, tm) || as_of(c, tm);
}

/* Token k lies inside a figure ("12 alleged gang members"). */
static int in_figure(const ev_ctx *c, size_t k)
{
    EV_EACH(&c->figures_ix, c->r->txt.toks[k].sent, f)
        if (c->r->figures[f].tok_start <= k && k < c->r->figures[f].tok_end)
            return 1;
    return 0;
}

/* Token i lies in the reporting clause after the trigger m: a verb of
 * saying comes between them, and no "that" or colon opens what was said
 * ("2 million refugees have crossed ..., the spokesman told reporters at
 * today's press briefing in Geneva"). */
int ev_in_report_clause(const ev_ctx *c, const ev_mention *m, size_t i)
{
    const text *t = &c->r->txt;
    size_t say = 0;
    for (size_t k = m->tok + m->ntok; k < i; k++) {
        /* "against alleged terrorist camps", "struck alleged camps", "12
         * alleged gang members": an adjective, not a report */
        if (ev_is(c, k, EVR_SAY) && k > m->tok + m->ntok &&
            !(ev_is(c, k - 1, EVR_DEF) || ev_is(c, k - 1, EVR_INDEF) ||
              ev_is(c, k - 1, EVR_TARGET) || ev_is(c, k - 1, EVR_PLACE) ||
              ev_is(c, k - 1, EVR_AGENT) || in_figure(c, k)))
            say = k + 1;
        else if (say && (tok_is(t, k, "that") || tok_punct(t, k, ':')))
            say = 0;
    }
    return say != 0;
}

/* Time tm dates a report before the clause of m: a verb of saying right
 * after it, then "that" before m ("UN experts today expressed alarm at
 * reports that 27 people were killed"), or a participle of saying after a
 * comma, whose clause needs no "that" ("denied it in a statement on 10
 * March, saying its forces had clashed"). */
static int dates_report_before(const ev_ctx *c, const ev_mention *m, const rec_time *tm)
{
    const text *t = &c->r->txt;
    if (tm->tok_end >= m->tok)
        return 0;
    size_t say = 0;
    for (size_t k = tm->tok_end; k < tm->tok_end + 2 && k < m->tok && !say; k++)
        if (ev_is(c, k, EVR_SAY)) {
            const lex_entry *e = k > 0 && tok_punct(t, k - 1, ',')
                ? tok_lex(t, k, &lex_en_attribution_cues) : NULL;
            if (e && !strcmp(e->value, "participle"))
                return 1; /* ", saying" */
            say = k + 1;
        }
    for (size_t k = say; say && k < m->tok && k < say + 32; k++)
        if (tok_is(t, k, "that"))
            return 1;
    return 0;
}

/* "14 May: The Prosecutor General's office said 169 people had died": a
 * time before a verb of saying dates the saying when what was said is in
 * the past perfect (the deaths came before it). */
static int dates_saying_of_perfect(const ev_ctx *c, const ev_mention *m, const rec_time *tm)
{
    const text *t = &c->r->txt;
    if (tm->tok_end >= m->tok || m->tok < 1)
        return 0;
    size_t h = m->tok - 1;
    if (h > 0 && tok_is(t, h, "been"))
        h--;
    if (!tok_is(t, h, "had"))
        return 0;
    for (size_t k = tm->tok_end; k < h; k++)
        if (ev_is(c, k, EVR_SAY))
            return 1;
    return 0;
}

/* "The Court ruled in 2007 that the massacre constituted genocide": a
 * time between a verb (in -ed, or of saying) and "that" dates that verb,
 * not what the clause after "that" tells. */
static int dates_verb_before_that(const ev_ctx *c, const ev_mention *m, const rec_time *tm)
{
    const text *t = &c->r->txt;
    if (tm->tok_end >= m->tok || !tok_is(t, tm->tok_end, "that"))
        return 0;
    size_t k = tm->tok_start;
    if (k > 0 && (tok_is(t, k - 1, "in") || tok_is(t, k - 1, "on")))
        k--;
    if (k == 0 || t->toks[k - 1].kind != TOK_WORD || (t->toks[k - 1].flags & TF_CAP))
        return 0;
    size_t n = tok_len(t, k - 1);
    return ev_is(c, k - 1, EVR_SAY) || (n > 4 && !memcmp(tok_str(t, k - 1) + n - 2, "ed", 2));
}

/* "the Anfal campaign of 1987": a time after "of" dates the noun before
 * it, which is not the trigger of m. */
static int dates_other_noun(const ev_ctx *c, const rec_time *tm, const ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t i = tm->tok_start;
    if (i > 0 && ev_is(c, i - 1, EVR_DEF))
        i--;
    if (i == 0 || !tok_is(t, i - 1, "of") || i - 1 == m->tok + m->ntok)
        return 0;
    return i >= 2 && t->toks[i - 2].kind == TOK_WORD;
}

/* "condemned the horrifying 7 October acts of terror": a time after m's
 * trigger right before another trigger (words only between, three at
 * most) is that noun's, between its determiner and it (asked of what
 * accuses: elsewhere a noun's time may be the clause's too). */
static int before_later_noun(const ev_ctx *c, const rec_time *tm, const ev_mention *m)
{
    const text *t = &c->r->txt;
    if (tm->tok_start < m->tok + m->ntok)
        return 0;
    for (size_t k = ev_mention_from(c, tm->tok_end); k < c->nm; k++) {
        const ev_mention *o = &c->m[k];
        if (o == m || o->tok < tm->tok_end)
            continue;
        if (o->sent != m->sent || o->tok > tm->tok_end + 3)
            return 0;
        for (size_t j = tm->tok_end; j < o->tok; j++)
            if (t->toks[j].kind != TOK_WORD)
                return 0;
        return 1;
    }
    return 0;
}

static int beyond_trigger(const ev_ctx *c, const rec_time *tm, const ev_mention *m)
{
    size_t a = tm->tok_start > m->tok ? m->tok + m->ntok : tm->tok_end;
    size_t b = tm->tok_start > m->tok ? tm->tok_start : m->tok;
    /* a trigger of what was only sought or feared does not take the time
     * ("the deaths of 100 people who were seeking aid on 29 February") */
    return ev_triggers_between(c, m, a, b, 1);
}

/* A mention of any kind, a reference too, stands between m and time tm
 * after it. */
static int named_between(const ev_ctx *c, const ev_mention *m, const rec_time *tm)
{
    EV_EACH(&c->mentions_ix, m->sent, i) {
        const ev_mention *o = &c->m[i];
        if (o != m && o->tok > m->tok && o->tok < tm->tok_start)
            return 1;
    }
    return 0;
}

/* Time tm lies in a relative clause of another mention, which m is not
 * in ("executed four men in connection with the protests that erupted in
 * September 2022": the protests' month). */
static int in_relative_of_other(const ev_ctx *c, const ev_mention *m, const rec_time *tm)
{
    const text *t = &c->r->txt;
    EV_EACH(&c->mentions_ix, m->sent, i) {
        const ev_mention *o = &c->m[i];
        size_t k = o->tok + o->ntok;
        if (o->tok >= tm->tok_start)
            break; /* mentions come in text order */
        /* m itself inside that clause keeps the time */
        if (o == m || k >= tm->tok_start || tm->tok_start - k > 8 ||
            (m->tok > o->tok && m->tok < tm->tok_start))
            continue;
        if (tok_is(t, k, "that") || tok_is(t, k, "which"))
            return 1;
    }
    return 0;
}

/* "308 suspects were arrested and will be arraigned in court on Monday":
 * a time past "and", "who" or "which" and a word of what may yet happen
 * (role `hyp`), or past a semicolon, after m's trigger dates that later
 * clause, not m. */
static int in_later_clause(const ev_ctx *c, const ev_mention *m, const rec_time *tm)
{
    const text *t = &c->r->txt;
    for (size_t k = m->tok + m->ntok; k + 1 < tm->tok_start; k++) {
        if ((tok_is(t, k, "and") || tok_is(t, k, "who") || tok_is(t, k, "which")) &&
            ev_is(c, k + 1, EVR_HYP))
            return 1;
        /* "detained thousands of people; on 8 April it banned ...": past
         * a semicolon, another clause's time */
        if (tok_punct(t, k, ';'))
            return 1;
    }
    return 0;
}

/* A mention of an accusation (ACCUSE) lies in tokens [a, b). */
static int accusation_between(const ev_ctx *c, size_t a, size_t b)
{
    for (size_t k = ev_mention_from(c, a); k < c->nm && c->m[k].tok < b; k++)
        if (!strcmp(c->m[k].type, "ACCUSE"))
            return 1;
    return 0;
}

/* m accuses or condemns an event named after it in its sentence ("The
 * Ministry condemns the attack carried out by armed men"): the times past
 * that event are its. */
static int accuses_later(const ev_ctx *c, const ev_mention *m)
{
    if (strcmp(m->type, "ACCUSE"))
        return 0;
    EV_EACH(&c->mentions_ix, m->sent, i)
        if (c->m[i].tok > m->tok)
            return 1;
    return 0;
}

/* m condemns an event its sentence dates ("Iran had condemned Iraq's
 * invasion of Kuwait on Aug. 2"): its own day is not told, and no date
 * of an earlier sentence is it. */
int ev_object_dated(const ev_ctx *c, const ev_mention *m)
{
    if (!accuses_later(c, m))
        return 0;
    EV_EACH(&c->times_ix, m->sent, i) {
        const rec_time *tm = &c->r->times[i];
        if (tm->tok_start > m->tok && ev_datable(c, tm) && beyond_trigger(c, tm, m))
            return 1;
    }
    return 0;
}

/* An event of m's type was named in an earlier sentence, as it happened
 * (neither negated nor hypothetical): a definite m may refer back to it.
 * Deaths name no deed ("His mother died ... repelled their invasion"): a
 * deed refers back to a deed, a toll ("the deaths") to either. */
static int told_before(const ev_ctx *c, const ev_mention *m)
{
    for (const ev_mention *o = m; o-- > c->m;)
        if (o->sent < m->sent && !strcmp(o->type, m->type) && !o->negated &&
            !o->hypothetical && ((m->flags & EVF_TOLL) || !(o->flags & EVF_TOLL)))
            return 1;
    return 0;
}

/* Time tm comes before m with a verb of another deed between them ("On
 * Wednesday, the president said the deaths would be investigated", "The
 * president on Wednesday ordered an inquiry into the killings"): a verb of
 * saying, or a lower-case word in -ed. "On 7 August, the bombings killed
 * 250" has none. */
static int verb_before_noun(const ev_ctx *c, const rec_time *tm, const ev_mention *m)
{
    const text *t = &c->r->txt;
    if (tm->tok_end > m->tok)
        return 0;
    for (size_t k = tm->tok_end; k < m->tok; k++) {
        size_t n = tok_len(t, k);
        if (ev_is(c, k, EVR_SAY))
            return 1;
        /* "in 1961 ... repelled their invasion": the verb's own object is
         * the event, which the time dates */
        if (t->toks[k].kind == TOK_WORD && !(t->toks[k].flags & TF_CAP) && n > 4 &&
            !memcmp(tok_str(t, k) + n - 2, "ed", 2) && k + 1 != m->tok &&
            !(k + 2 == m->tok && ev_is(c, k + 1, EVR_DEF)))
            return 1;
    }
    return 0;
}

/* Time tm is the baseline of a comparison: "since" a few words before
 * it, and a superlative a few words before that ("the deadliest period
 * for journalists since CPJ began collecting data in 1992", "the worst
 * violence since 1994"): no time of the events it compares. */
int ev_comparison_baseline(const ev_ctx *c, const rec_time *tm)
{
    const text *t = &c->r->txt;
    size_t lo = t->sents[tm->sent].tok_start;
    /* "the deadliest since March 2019, when 40 people were killed": the
     * time's own clause tells what happened then */
    if (rec_time_opens_clause(c->r, (size_t)(tm - c->r->times)))
        return 0;
    for (size_t k = tm->tok_start; k-- > lo && tm->tok_start - k <= 8;) {
        if (tok_punct(t, k, ',') || tok_punct(t, k, ';'))
            return 0;
        if (!tok_is(t, k, "since"))
            continue;
        for (size_t j = k; j-- > lo && k - j <= 6;) {
            if (tok_punct(t, j, ',') || tok_punct(t, j, ';'))
                return 0;
            if (tok_in(t, j, &lex_en_event_comparison_words))
                return 1;
        }
        return 0;
    }
    return 0;
}

int ev_after_point(const ev_ctx *c, const ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t lo = t->sents[m->sent].tok_start, d = m->tok;
    while (d > lo && m->tok - d < 2 && ev_is(c, d - 1, EVR_DEF))
        d--;
    return d < m->tok && d > lo && tok_in(t, d - 1, &lex_en_event_after_preps);
}

/* A word of remembering stands a few words before definite mention m
 * ("commemorated the genocide", "Survivors of the genocide", "mourn the
 * victims of the massacre"): the times of its sentence date the
 * remembering. */
int ev_remembered(const ev_ctx *c, const ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t lo = t->sents[m->sent].tok_start;
    for (size_t k = m->tok; k-- > lo && m->tok - k <= 6;) {
        if (t->toks[k].kind == TOK_PUNCT)
            return 0;
        if (tok_in(t, k, &lex_en_event_memory_words))
            return 1;
    }
    return 0;
}

/* Tokens [k, e) are the place phrase of a noun, perhaps after a
 * participle of doing it: "(committed) in Srebrenica" before "twenty years
 * ago". */
static int after_its_place(const text *t, size_t k, size_t e)
{
    if (k < e)
        k += ev_done_participle(t, k);
    if (k >= e || !(tok_is(t, k, "in") || tok_is(t, k, "at")))
        return 0;
    size_t c = ++k;
    while (k < e && k < c + 4 && t->toks[k].kind == TOK_WORD && (t->toks[k].flags & TF_CAP))
        k++;
    return k > c && k == e;
}

/* Time tm is part of m's noun phrase: after "of" right after the trigger
 * ("the genocide of 1994"), or after its place ("the genocide committed in
 * Srebrenica twenty years ago"), with `on` after "on" too ("since the coup on 1
 * February 2021"; but "commemorated the genocide on 7 April" dates the
 * commemorating), or between its determiner and the trigger ("the 1994
 * genocide"). */
static int of_noun(const ev_ctx *c, const rec_time *tm, const ev_mention *m, int on)
{
    const text *t = &c->r->txt;
    size_t end = m->tok + m->ntok;
    if (tm->tok_start >= end)
        return (tm->tok_start == end + 1 &&
                (tok_is(t, end, "of") || (on && tok_is(t, end, "on")))) ||
               after_its_place(t, end, tm->tok_start);
    return tm->tok_end == m->tok && tm->tok_start > 0 && ev_is(c, tm->tok_start - 1, EVR_DEF);
}

/* A verb of m's own follows its trigger ("Since the protests began in
 * September 2022"): a lower-case word that is no function word, so the
 * times of that clause are m's ("Before the attack the town had been
 * under siege since October": a new subject follows). */
static int own_verb(const ev_ctx *c, const ev_mention *m)
{
    const text *t = &c->r->txt;
    size_t k = m->tok + m->ntok;
    return k < t->ntoks && t->toks[k].sent == m->sent && t->toks[k].kind == TOK_WORD &&
           !(t->toks[k].flags & (TF_CAP | TF_UPPER)) && !tok_in(t, k, &lex_en_function_words);
}

/* Time tm is a live page's entry time ("09:45 GMT - Gunmen stormed the
 * school at around 08:00 ..."): a clock opening its sentence before a
 * spaced dash, and another time in the sentence, which dates the deed. */
static int entry_time_with_other(ev_ctx *c, const rec_time *tm)
{
    const text *t = &c->r->txt;
    if (tm->tok_start != t->sents[tm->sent].tok_start || tm->tok_end >= t->ntoks ||
        !tok_punct(t, tm->tok_end, '-') || !(t->toks[tm->tok_end].flags & TF_SPACE) ||
        !tm->pub.type || tm->pub.type[0] != 'T')
        return 0;
    EV_EACH(&c->times_ix, tm->sent, i)
        if (&c->r->times[i] != tm && ev_datable(c, &c->r->times[i]))
            return 1;
    return 0;
}

int ev_sentence_time(ev_ctx *c, const ev_mention *m)
{
    const dl_record *r = c->r;
    int best = -1, accuses = accuses_later(c, m);
    long bc = 0;
    int memory = m->definite && ev_remembered(c, m);
    int after = m->definite && !memory && ev_after_point(c, m) && !own_verb(c, m);
    EV_EACH(&c->times_ix, m->sent, i) {
        const rec_time *tm = &r->times[i];
        /* "the deadliest day since the military coup on 1 February": the
         * time of the mention's own noun phrase dates it, though it is the
         * baseline of a comparison (or owned by the noun) for the rest */
        if (!memory && of_noun(c, tm, m, 1) && ev_datable(c, tm) &&
            !ev_quoted(&r->txt, tm))
            return (int)i;
        if (!ev_datable(c, tm) || ev_quoted(&r->txt, tm) || ev_owned_time(&r->txt, tm) ||
            ev_reporting_time(c, tm) || dates_other_noun(c, tm, m) ||
            (accuses && before_later_noun(c, tm, m)) ||
            ev_in_report_clause(c, m, tm->tok_start) || dates_report_before(c, m, tm) ||
            in_relative_of_other(c, m, tm) || in_later_clause(c, m, tm) ||
            ev_comparison_baseline(c, tm) ||
            dates_verb_before_that(c, m, tm) || dates_saying_of_perfect(c, m, tm) ||
            entry_time_with_other(c, tm))
            continue;
        /* a reference back ("those detained were released the next day")
         * leaves a time beyond another trigger to that one */
        if ((m->definite || (m->flags & EVF_REF)) && beyond_trigger(c, tm, m))
            continue;
        /* "UN experts today expressed alarm at the crackdown on student-led
         * protests": a time before an accusation is the accusing's */
        if (tm->tok_end <= m->tok && accusation_between(c, tm->tok_end, m->tok))
            continue;
        /* what is remembered keeps only a time of its own noun phrase
         * ("commemorated on 7 April the genocide of 1994", "the 1994
         * genocide") */
        if (memory && !of_noun(c, tm, m, 0))
            continue;
        /* "vanished after the shooting, and the car was found in
         * December": a later time is of what came after (one before it
         * stays: "began last week after the arrest of ...") */
        if (after && tm->tok_start > m->tok + m->ntok && !of_noun(c, tm, m, 1))
            continue; /* (but "after the invasion last August") */
        /* "On Wednesday, the president said the deaths would be
         * investigated": the day of what is done about an event told
         * before, not of the event */
        if (m->definite && verb_before_noun(c, tm, m) && told_before(c, m))
            continue;
        /* "condemns the attack ... on Friday, 10 May": what is condemned
         * happened then, not the condemning */
        if (accuses && tm->tok_start > m->tok && beyond_trigger(c, tm, m))
            continue;
        /* ... and so does a span back, past any word of an event ("condemned
         * the violence over the past week": the violence's days) */
        if (ev_span_back(tm) && tm->tok_start > m->tok && named_between(c, m, tm))
            continue;
        long cost = time_cost(c, tm, m);
        if (best < 0 || cost < bc)
            best = (int)i, bc = cost;
    }
    return best;
}

int ev_report_time(ev_ctx *c, const ev_mention *m)
{
    const dl_record *r = c->r;
    EV_EACH(&c->times_ix, m->sent, i)
        if (ev_datable(c, &r->times[i]) &&
            ev_reporting_time(c, &r->times[i]))
            return (int)i;
    return -1;
}
