/* when.c - an event's `date` (TIMEX3) and `when` interval.
 *
 * Takes the interval the time stage resolved (rec_time start/end/
 * granularity) and falls back to reading the TIMEX3 value itself
 * ("1990-01-19TNI", "1990-01", "199", "19"). Does not resolve relative
 * expressions: that is the time stage's work. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../time/date_parse.h"
#include "events.h"

static int digits(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

/* "%04d-%02d-%02d", written by hand: printf's set-up costs more than
 * the ten bytes (a year past 9999 takes printf's path). */
static const char *iso(arena *a, int y, int m, int d)
{
    if (y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99)
        return arena_printf(a, "%04d-%02d-%02d", y, m, d);
    char *s = arena_alloc_raw(a, 11);
    if (!s)
        return NULL;
    s[0] = (char)('0' + y / 1000), s[1] = (char)('0' + y / 100 % 10);
    s[2] = (char)('0' + y / 10 % 10), s[3] = (char)('0' + y % 10);
    s[4] = '-', s[5] = (char)('0' + m / 10), s[6] = (char)('0' + m % 10);
    s[7] = '-', s[8] = (char)('0' + d / 10), s[9] = (char)('0' + d % 10);
    s[10] = 0;
    return s;
}

int ev_value_interval(arena *a, const char *v, const char **start,
                      const char **end, const char **gran)
{
    size_t n = v ? strcspn(v, "T") : 0;
    int y = 0, m = 0, d = 0;
    if (n >= 10 && digits(v, 4) && v[4] == '-' && digits(v + 5, 2) && v[7] == '-' &&
        digits(v + 8, 2)) {
        y = atoi(v), m = atoi(v + 5), d = atoi(v + 8);
        *start = *end = iso(a, y, m, d), *gran = "day";
    } else if (n == 7 && digits(v, 4) && v[4] == '-' && digits(v + 5, 2)) {
        y = atoi(v), m = atoi(v + 5);
        if (m < 1 || m > 12)
            return 0;
        *start = iso(a, y, m, 1);
        *end = iso(a, y, m, date_days_in_month(y, m));
        *gran = "month";
    } else if ((n == 4 && digits(v, 4)) ||
               (n == 7 && digits(v, 4) && v[4] == '-' && v[5] == 'X' && v[6] == 'X')) {
        /* "2011-XX", a month of 2011 not known: the year */
        y = atoi(v);
        *start = iso(a, y, 1, 1), *end = iso(a, y, 12, 31), *gran = "year";
    } else if (n == 3 && digits(v, 3)) {
        y = atoi(v) * 10;
        *start = iso(a, y, 1, 1), *end = iso(a, y + 9, 12, 31), *gran = "decade";
    } else if (n == 2 && digits(v, 2)) {
        y = atoi(v) * 100;
        *start = iso(a, y, 1, 1), *end = iso(a, y + 99, 12, 31), *gran = "century";
    } else {
        return 0;
    }
    return *start && *end;
}

/* The n decimal digits at s, in *v; 0 when they are not all digits. */
static int digits_value(const char *s, int n, int *v)
{
    if (!digits(s, n))
        return 0;
    *v = 0;
    for (int i = 0; i < n; i++)
        *v = *v * 10 + (s[i] - '0');
    return 1;
}

/* Days since 1970-01-01 of an ISO date (proleptic Gregorian). */
long ev_day_number(const char *s)
{
    int y, m, d;
    if (!s || !digits_value(s, 4, &y) || s[4] != '-' || !digits_value(s + 5, 2, &m) ||
        s[7] != '-' || !digits_value(s + 8, 2, &d))
        return -1;
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

long ev_days_gap(long a0, long a1, long b0, long b1)
{
    if (a0 < -700000 || a1 < -700000 || b0 < -700000 || b1 < -700000)
        return -1;
    if (b0 > a1)
        return b0 - a1;
    if (a0 > b1)
        return a0 - b1;
    return 0;
}

/* Times a and b (a before b) are the two ends of one written range:
 * "12 to 15 April", "19-20 January", "between 1992 and 1994", "from
 * Monday through Thursday" (the time stage tags each end). */
static int range_pair(const dl_record *r, size_t a, size_t b)
{
    const rec_time *x = &r->times[a], *y = &r->times[b];
    const text *t = &r->txt;
    /* "between 16 September 2022 and the end of 2023": ends of different
     * precision make a range only after a word that opens one */
    int opened = x->tok_start > 0 && (tok_is(t, x->tok_start - 1, "between") ||
                                      tok_is(t, x->tok_start - 1, "from"));
    if (x->sent != y->sent || y->tok_start != x->tok_end + 1 || !x->start || !y->end ||
        !x->granularity || !y->granularity ||
        (strcmp(x->granularity, y->granularity) && !opened) ||
        strcmp(x->start, y->end) >= 0 || strcmp(x->pub.type, "DATE") ||
        strcmp(y->pub.type, "DATE"))
        return 0;
    size_t k = x->tok_end;
    if (tok_punct(t, k, '-') || tok_is(t, k, "to") || tok_is(t, k, "through") ||
        tok_is(t, k, "until") || tok_is(t, k, "till"))
        return 1;
    /* "and" joins two ends after "between", or two days of one month ("on
     * 5 and 6 August": the time stage's range start); not two years ("in
     * 1990 and 2005") */
    return tok_is(t, k, "and") &&
           ((x->tok_start > 0 && tok_is(t, x->tok_start - 1, "between")) ||
            (x->pub.rule && !strcmp(x->pub.rule, "date.range_start")));
}

/* The range time ti is an end of, as its first time in *first and the
 * last in *last; 0 if none. */
static int range_of(const dl_record *r, int ti, size_t *first, size_t *last)
{
    size_t i = (size_t)ti;
    if (i + 1 < r->ntimes && range_pair(r, i, i + 1)) {
        *first = i, *last = i + 1;
        return 1;
    }
    if (i > 0 && range_pair(r, i - 1, i)) {
        *first = i - 1, *last = i;
        return 1;
    }
    return 0;
}

/* Between tokens a and b, a time's own clause opens: "since June last
 * year, when hundreds were killed" (a time, a comma, "when"). What comes
 * after it happened then, not with what came before it. */
int ev_time_clause_between(const ev_ctx *c, size_t a, size_t b)
{
    const dl_record *r = c->r;
    if (a >= b || b > r->txt.ntoks)
        return 0;
    EV_EACH(&c->times_ix, r->txt.toks[b - 1].sent, k) {
        size_t when = r->times[k].tok_end + 1; /* the "when" of the clause */
        if (when >= a && when < b && rec_time_opens_clause(r, k))
            return 1;
    }
    return 0;
}

void ev_set_date(ev_ctx *c, int ev, int ti, const char *type)
{
    size_t first, last;
    if (!type && range_of(c->r, ti, &first, &last)) {
        /* the range from its first end: the date is that end's value */
        const rec_time *a = &c->r->times[first], *b = &c->r->times[last];
        dl_event *e = &c->r->events[ev].pub;
        c->st[ev].time = (int)first;
        e->date = a->pub.value;
        e->when.start = a->start;
        e->when.end = b->end;
        e->when.granularity = a->granularity;
        e->when.type = "range";
        return;
    }
    dl_record *r = c->r;
    const rec_time *tm = &r->times[ti];
    dl_event *e = &r->events[ev].pub;
    c->st[ev].time = ti;
    /* a span back from the report is dated from its first day */
    e->date = rec_time_span_back(tm) ? tm->start : tm->pub.value;
    e->when.start = tm->start;
    e->when.end = tm->end;
    e->when.granularity = tm->granularity;
    if (!tm->start && !ev_value_interval(r->a, tm->pub.value, &e->when.start,
                                          &e->when.end, &e->when.granularity)) {
        e->when.start = e->when.end = e->when.granularity = NULL;
        e->when.type = "unresolved";
        return;
    }
    if (!e->when.end)
        e->when.end = e->when.start;
    if (type)
        e->when.type = type;
    else if (strchr(tm->pub.value, 'X'))
        e->when.type = "approximate"; /* "2011-XX": some month of the year */
    else if (!strcmp(e->when.granularity ? e->when.granularity : "day", "day") &&
             strcmp(e->when.start, e->when.end))
        e->when.type = "range";
    else
        e->when.type = "exact";
}

void ev_set_date_after(ev_ctx *c, int ev, int from)
{
    const char *d = c->r->events[from].pub.date;
    ev_set_date_coarse(c, ev, d, strlen(d) >= 7 && d[4] == '-' ? 7 : 4);
}

void ev_set_date_coarse(ev_ctx *c, int ev, const char *value, size_t keep)
{
    dl_record *r = c->r;
    dl_event *e = &r->events[ev].pub;
    e->date = arena_strndup(r->a, value, keep);
    if (!e->date || !ev_value_interval(r->a, e->date, &e->when.start, &e->when.end,
                                       &e->when.granularity)) {
        e->when.type = "unresolved";
        return;
    }
    e->when.type = "approximate";
}

int ev_span_back(const rec_time *tm)
{
    return rec_time_span_back(tm);
}

int ev_long_span_back(const rec_time *tm)
{
    return ev_span_back(tm) && tm->end &&
           ev_day_number(tm->end) - ev_day_number(tm->start) > 7;
}
