/* anniversary.c - the year of an event remembered by its anniversary:
 * "Today the people of Kurdistan commemorate the 25th anniversary of the
 * chemical bombardment of Halabja", written on 16 March 2013, puts the
 * bombardment in 1988. The day is not said (an anniversary may be marked
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
        if (!num_read(t, i, k - 1, &v) && i > lo && tok_punct(t, i, '-'))
            return 0;
        if (v.kind != NUM_ORDINAL || v.value <= 0 || v.value > 2000)
            return 0;
        *a = i;
        *b = k;
        return (int)v.value;
    }
    return 0;
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
        const char *v = r->times[i].pub.value;
        if (v && strlen(v) >= 4 && v[0] >= '0' && v[0] <= '9' && v[1] >= '0' &&
            v[1] <= '9' && v[2] >= '0' && v[2] <= '9' && v[3] >= '0' && v[3] <= '9')
            return (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + v[3] - '0';
    }
    const char *d = r->doc.date;
    return d && strlen(d) >= 4 ? (d[0] - '0') * 1000 + (d[1] - '0') * 100 +
                                     (d[2] - '0') * 10 + d[3] - '0'
                               : 0;
}

int ev_anniversary_date(ev_ctx *c, int ev, const ev_mention *m)
{
    dl_record *r = c->r;
    size_t a, b;
    int n = m->definite ? anniversary_years(&r->txt, m, &a, &b) : 0;
    int y = n ? marked_year(c, m, a) : 0;
    if (!y || y - n < 1)
        return 0;
    char buf[8];
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
