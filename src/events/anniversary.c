/* anniversary.c - the year of an event remembered by its anniversary:
 * "Today the people of Kurdistan commemorate the 25th anniversary of the
 * chemical bombardment of Halabja", written on 16 March 2013, puts the
 * bombardment in 1988; so does the time passed since it ("Thirty-two
 * years have passed since the Khojaly genocide", written in 2024: 1992). The day is not said (an anniversary may be marked
 * on another day), so the date is the year. */
#include <stdio.h>
#include <string.h>

#include "../figures/number.h"
#include "events.h"

/* N of "the Nth anniversary of" before m's noun phrase ("the 25th
 * anniversary of the chemical bombardment"), with the tokens of "Nth
 * anniversary" in [*a, *b); 0 when there is none. */
static int anniversary_years(const text *t, const ev_mention *m, size_t *a, size_t *b)
{
    size_t lo = t->sents[m->sent].tok_start;
    for (size_t k = m->tok; k-- > lo + 1 && m->tok - k <= 4;) {
        if (t->toks[k].kind == TOK_PUNCT)
            return 0;
        if (!tok_is(t, k, "of"))
            continue;
        if (k < lo + 2 || !(tok_is(t, k - 1, "anniversary")))
            return 0;
        num_value v;
        size_t i = k - 2;
        /* "thirty-fifth": the tens before a glued hyphen too */
        if (i >= lo + 2 && tok_punct(t, i - 1, '-') && !(t->toks[i - 1].flags & TF_SPACE) &&
            !(t->toks[i].flags & TF_SPACE) && t->toks[i - 2].kind == TOK_WORD)
            i -= 2;
        num_read(t, i, k - 1, &v); /* "25th", "twentieth", "thirty-fifth" */
        if (v.kind != NUM_ORDINAL || v.value <= 0 || v.value > 2000)
            return 0;
        *a = i;
        *b = k;
        return (int)v.value;
    }
    return 0;
}

/* "Thirty-two years have passed since the Khojaly genocide": N of a
 * span of years right before "(have) passed since" (or "since") before
 * m's noun phrase, with the span's tokens in [*a, *b); 0 when none. */
static int years_since(const ev_ctx *c, const ev_mention *m, size_t *a, size_t *b)
{
    const text *t = &c->r->txt;
    size_t lo = t->sents[m->sent].tok_start, k = m->tok;
    while (k > lo && m->tok - k < 4 && t->toks[k - 1].kind == TOK_WORD && !tok_is(t, k - 1, "since"))
        k--;
    if (k <= lo || !tok_is(t, k - 1, "since"))
        return 0;
    size_t j = k - 1;
    if (j > lo && (tok_is(t, j - 1, "passed") || tok_is(t, j - 1, "elapsed")))
        j--;
    if (j > lo && (tok_is(t, j - 1, "have") || tok_is(t, j - 1, "has")))
        j--;
    EV_EACH(&c->times_ix, m->sent, i) {
        const rec_time *tm = &c->r->times[i];
        const char *v = tm->pub.value;
        if (tm->tok_end != j || !v || v[0] != 'P' || strcmp(tm->pub.type, "DURATION"))
            continue;
        int n = 0;
        size_t d = 1;
        while (v[d] >= '0' && v[d] <= '9' && n < 10000)
            n = n * 10 + (v[d++] - '0');
        if (d == 1 || strcmp(v + d, "Y"))
            return 0;
        *a = tm->tok_start;
        *b = tm->tok_end;
        return n;
    }
    return 0;
}

/* The year a value opens with ("2013-03-16", "2013"), or 0. */
static int leading_year(const char *v)
{
    int y = 0;
    for (int i = 0; i < 4; i++) {
        if (!v || v[i] < '0' || v[i] > '9')
            return 0;
        y = y * 10 + (v[i] - '0');
    }
    return y;
}

/* The year the anniversary is marked: of the first time of m's sentence
 * with a year in its value ("Today", "on 16 March 2013"), not one from the
 * anniversary's words to the trigger (the event's own: "the Easter Sunday
 * bombings"), else of the document's date; 0 when neither has one. */
static int marked_year(const ev_ctx *c, const ev_mention *m, size_t a)
{
    const dl_record *r = c->r;
    EV_EACH(&c->times_ix, m->sent, i) {
        if (r->times[i].tok_start >= a && r->times[i].tok_start < m->tok + m->ntok)
            continue;
        int y = leading_year(r->times[i].pub.value);
        if (y)
            return y;
    }
    return leading_year(r->doc.date);
}

int ev_anniversary_date(ev_ctx *c, int ev, const ev_mention *m)
{
    dl_record *r = c->r;
    size_t a, b;
    int n = m->definite ? anniversary_years(&r->txt, m, &a, &b) : 0;
    if (!n && m->definite)
        n = years_since(c, m, &a, &b);
    int y = n ? marked_year(c, m, a) : 0;
    if (!y || y - n < 1)
        return 0;
    /* "the 25th anniversary of the genocide committed in and around
     * Srebrenica in July 1995": a time after the trigger in its sentence,
     * of that year, says more */
    EV_EACH(&c->times_ix, m->sent, i) {
        const rec_time *tm = &r->times[i];
        if (tm->tok_start > m->tok && leading_year(tm->pub.value) == y - n &&
            strlen(tm->pub.value) > 4 && !strcmp(tm->pub.type, "DATE")) {
            ev_set_date(c, ev, (int)i, NULL);
            ev_note(c, ev, "date", tm->pub.span, "date.sentence");
            return 1;
        }
    }
    char buf[16];
    snprintf(buf, sizeof buf, "%04d", y - n);
    dl_event *e = &r->events[ev].pub;
    e->date = arena_strdup(r->a, buf);
    if (!e->date ||
        !ev_value_interval(r->a, e->date, &e->when.start, &e->when.end, &e->when.granularity))
        return 0;
    e->when.type = "exact";
    ev_note(c, ev, "date", rec_tok_span(r, a, b), "date.anniversary");
    return 1;
}
