/* time_resolve.c - anchoring: the TIMEX3 value of a recognised expression.
 *
 * Deictic expressions ("yesterday", "last week", "two days ago") count from
 * the document date; anaphoric ones ("that day", "the following day", "a
 * year earlier") and year-less dates ("20 January") from the narrative's
 * reference time: the last date the text itself pinned down, else the
 * document date. Without an anchor a value keeps X's ("XXXX-01-20"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date_parse.h"
#include "lexicons.h"
#include "time.h"

static const char *fmt_day(dl_record *r, int y, int m, int d, const char *sfx)
{
    return tf_ymd(r->a, y, m, d, sfx);
}

static const char *tref_format(dl_record *r, const tref *b)
{
    switch (b->gran) {
    case G_DAY: return fmt_day(r, b->y, b->m, b->d, "");
    case G_MONTH: return tf_ym(r->a, b->y, b->m);
    case G_QUARTER: return tf_yq(r->a, b->y, 'Q', (b->m + 2) / 3);
    case G_YEAR: return tf_y(r->a, b->y);
    default: return NULL;
    }
}

/* The value of an anchor, written once while it stays the same: most
 * expressions of a text share the document date or a reference time as
 * their anchor, and the records may share its string (the arena owns it).
 * The cache lives in the tref (dct and ref of time_extract, neither a
 * const object, so writing through b is defined). */
static const char *tref_value(dl_record *r, const tref *b)
{
    if (b->val && b->vy == b->y && b->vm == b->m && b->vd == b->d && b->vgran == b->gran)
        return b->val;
    const char *v = tref_format(r, b);
    if (v) {
        tref *c = (tref *)b;
        c->val = v;
        c->vy = b->y;
        c->vm = b->m;
        c->vd = b->d;
        c->vgran = b->gran;
    }
    return v;
}

/* Value of an unknown date at granularity g. */
static const char *unknown(int g, const char *sfx, char *buf, size_t cap)
{
    switch (g) {
    case G_DAY: tf_snprintf(buf, cap, "XXXX-XX-XX%s", sfx); break;
    case G_WEEK: tf_snprintf(buf, cap, "XXXX-WXX"); break;
    case G_MONTH: tf_snprintf(buf, cap, "XXXX-XX"); break;
    default: tf_snprintf(buf, cap, "XXXX"); break;
    }
    return buf;
}

/* Token i follows a verb of saying ("said", "told": `say` in
 * data/en/time_tense.txt). */
static int said_before(const text *t, size_t i)
{
    const lex_entry *e = i > 0 ? tw_lex(t, i - 1, &lex_en_time_tense) : NULL;
    return e && !strcmp(e->value, "say");
}

/* The time at token i dates a saying: right after a verb of saying, or
 * after one and "on" ("said on Wednesday": a word of time_date_preps.txt). */
static int said_of(const text *t, size_t i)
{
    return said_before(t, i) ||
           (i > 1 && tw_in(t, i - 1, &lex_en_time_date_preps) && said_before(t, i - 1));
}

/* Token i follows "since", or "since the". */
static int after_since(const text *t, size_t i)
{
    return (i >= 1 && tw_is(t, i - 1, "since")) ||
           (i >= 2 && tw_is(t, i - 1, "the") && tw_is(t, i - 2, "since"));
}

/* Token i, a capitalised weekday, follows "that" as a determiner: "That
 * Monday" opening a sentence, "on that Friday" (not "said that Monday",
 * "recalls that this Sunday's attack"). */
static int that_day(const text *t, size_t i)
{
    if (i < 1 || !(t->toks[i].flags & TF_CAP) || !tw_is(t, i - 1, "that"))
        return 0;
    return (t->toks[i - 1].flags & TF_SENT_START) ||
           (i >= 2 && (tw_is(t, i - 2, "on") || tw_is(t, i - 2, "by") ||
                       tw_is(t, i - 2, "until") || tw_is(t, i - 2, "from")));
}

static void set_ref(tref *ref, int y, int m, int d, int gran)
{
    ref->y = y;
    ref->m = m;
    ref->d = d;
    ref->gran = gran;
    ref->narr = 0;
    ref->coarse = 0;
    ref->pair = 0;
}

/* Shift base by n units of gran and format at that granularity. */
static const char *shifted(dl_record *r, const tref *b, int gran, int n,
                           const char *sfx, tref *ref)
{
    int y = b->y, m = b->m ? b->m : 1, d = b->d ? b->d : 1;
    long z;
    int wy, wk, q;
    switch (gran) {
    case G_TIME:
    case G_DAY:
        if (b->gran != G_DAY)
            return NULL;
        z = cal_days(y, m, d) + n;
        cal_civil(z, &y, &m, &d);
        q = b->narr;
        set_ref(ref, y, m, d, G_DAY);
        ref->narr = q;
        return fmt_day(r, y, m, d, sfx);
    case G_WEEK:
        if (b->gran != G_DAY)
            return NULL;
        z = cal_days(y, m, d) + 7L * n;
        cal_civil(z, &y, &m, &d);
        cal_iso_week(y, m, d, &wy, &wk);
        return tf_arena(r->a, "%04d-W%02d%s", wy, wk, sfx);
    case G_MONTH:
        if (b->gran > G_MONTH)
            return NULL;
        q = y * 12 + (m - 1) + n;
        return tf_ym(r->a, q / 12, q % 12 + 1);
    case G_QUARTER:
        if (b->gran > G_QUARTER)
            return NULL;
        q = y * 4 + (m - 1) / 3 + n;
        set_ref(ref, q / 4, (q % 4) * 3 + 1, 0, G_QUARTER);
        return tf_yq(r->a, q / 4, 'Q', q % 4 + 1);
    case G_YEAR:
        return tf_y(r->a, y + n);
    case G_DECADE:
        return tf_arena(r->a, "%03d", y / 10 + n);
    case G_CENTURY:
        return tf_arena(r->a, "%02d", y / 100 + n);
    default:
        return NULL;
    }
}

/* What a reading of day `got` costs against the base day: its distance,
 * double on the side the tense points away from (past by default, and
 * after a verb of saying, whose report may look ahead), sixteen times when
 * a listed cue ("will", "shot") gives the tense (a day up to about three
 * weeks off, a slip of the document date, still counts); after "since" a
 * day ahead is all but ruled out. */
static long day_cost(long got, long base, int tense)
{
    long before = tense > 0 ? (tense > 1 ? 16 : 2) : 1;
    long after = tense > 0 ? 1 : tense < -2 ? 1000 : tense < -1 ? 16 : 2;
    long cost = got - base;
    return cost < 0 ? -cost * before : cost * after;
}

/* Year for a year-less month/day read against base: of the base year and
 * its neighbours, the one that costs least (day_cost). */
static int yearless_year(const tref *b, int m, int d, int tense)
{

    long base = cal_days(b->y, b->m ? b->m : 1, b->d ? b->d : 1);
    int best = b->y;
    long best_cost = -1;
    for (int y = b->y - 1; y <= b->y + 1; y++) {
        int dd = d ? d : (y == b->y && m == b->m ? b->d : 15);
        long cost = day_cost(cal_days(y, m, dd ? dd : 1), base, tense);
        if (best_cost < 0 || cost < best_cost) {
            best = y;
            best_cost = cost;
        }
    }
    return best;
}

/* The same for a movable feast (its rule in x->lit), whose day moves with
 * the year: a lunar one ("Eid al-Adha") by some eleven days a year. */
static int feast_year(const tref *b, const char *rule, int tense)
{
    long base = cal_days(b->y, b->m ? b->m : 1, b->d ? b->d : 1), best_cost = -1;
    int best = b->y;
    for (int y = b->y - 1; y <= b->y + 1; y++) {
        int m, d;
        if (!holiday_day(rule, y, &m, &d))
            continue;
        long cost = day_cost(cal_days(y, m, d), base, tense);
        if (best_cost < 0 || cost < best_cost) {
            best = y;
            best_cost = cost;
        }
    }
    return best;
}

/* Days in month m of year y. */
static int month_days(int y, int m)
{
    return (int)(cal_days(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - cal_days(y, m, 1));
}

/* Day d of the month the story is at ("on the 19th"): the reference
 * time's month, or the document date's when the story is at no day or
 * month. Against a day, the month before when d lies ahead of it in a
 * past clause (more than two days ahead after a listed cue, a week after
 * an "-ed" form), the month after when it lies over two days behind in a
 * future one; without a tense the nearer, a day ahead counting double (a
 * day ten days ahead is last month's, twenty behind next month's). A
 * month named from the document date ("the 15th of last month") is that
 * month. */
static const char *month_day(dl_record *r, const tx *x, const tref *dct, tref *ref,
                             const char **anchor, int tense)
{
    const tref *b = !x->dct_month && (ref->gran == G_DAY || ref->gran == G_MONTH) ? ref : dct;
    char buf[24];
    if (b->gran != G_DAY && b->gran != G_MONTH) {
        tf_snprintf(buf, sizeof buf, "XXXX-XX-%02d", x->d);
        return arena_strdup(r->a, buf);
    }
    int y = b->y, m = b->m, narr = b->narr, shift = x->dct_month ? x->shift : 0;
    if (!x->dct_month && b->gran == G_DAY) {
        int delta = x->d - b->d;
        if (tense < -1)
            shift = delta > 2 ? -1 : 0;
        else if (tense < 0)
            shift = delta > 7 ? -1 : 0;
        else if (tense > 0)
            shift = delta < -2 ? 1 : 0;
        else
            shift = delta > 10 ? -1 : delta < -20 ? 1 : 0;
    }
    int q = y * 12 + (m - 1) + shift;
    /* no 31st in the month: the one before, or after in a future clause */
    if (!x->dct_month && x->d > month_days(q / 12, q % 12 + 1))
        q += tense > 0 ? 1 : -1;
    y = q / 12;
    m = q % 12 + 1;
    if (x->d > month_days(y, m))
        return NULL; /* "the 31st of last month" in a month of 30 days */
    *anchor = tref_value(r, b);
    set_ref(ref, y, m, x->d, G_DAY);
    ref->narr = narr;
    return fmt_day(r, y, m, x->d, x->suffix);
}

static const char *weekday(dl_record *r, const tx *x, const tref *b, tref *ref,
                           int tense)
{
    long z = cal_days(b->y, b->m, b->d);
    int w = cal_weekday(b->y, b->m, b->d), dir = x->dir;
    long delta;
    /* without a tense, the nearer one, a day ahead counting double (the
     * past is preferred, as for year-less dates): "Thursday's closing
     * price" on a Monday is last Thursday, "Tuesday's vote" next Tuesday */
    int ahead = (x->wd - w + 7) % 7;
    if (dir == 0)
        dir = tense > 0 ? 1 : tense < 0 ? -1 : ahead > 0 && 2 * ahead < 7 - ahead ? 1 : -1;
    if (dir < 0) {
        delta = -((w - x->wd + 7) % 7);
        if (x->dir < 0 && delta == 0)
            delta = -7;
    } else {
        delta = (x->wd - w + 7) % 7;
        if (x->dir > 0 && delta == 0)
            delta = 7;
    }
    int y, m, d;
    cal_civil(z + delta, &y, &m, &d);
    set_ref(ref, y, m, d, G_DAY);
    return fmt_day(r, y, m, d, x->suffix);
}

/* Season q (1 spring .. 4 winter) of year Y runs from month 3q for three
 * months; "last" is the latest one over, "next" the first not begun,
 * otherwise the one nearest the anchor. */
static const char *season(dl_record *r, const tx *x, const tref *b)
{
    static const char *const codes[] = {"", "SP", "SU", "FA", "WI"};
    int y = x->y;
    if (!y) {
        long now = b->y * 12L + b->m - 1, s0 = 3L * x->q - 1;
        long dir = x->dir; /* "last", "next"; "the following spring" */
        if (dir < 0)
            y = (int)((now - s0 - 3 + 1200000) / 12 - 100000);
        else if (dir > 0)
            y = (int)((now - s0 + 1200000) / 12 - 100000 + 1);
        else
            y = (int)((now - s0 - 1 + 6 + 1200000) / 12 - 100000);
    }
    return tf_arena(r->a, "%04d-%s", y, codes[x->q]);
}

/* Does a year-less date continue the episode of a date written with its
 * year years from the document date, in its sentence, within a month of it
 * (or, told in the past, up to six months before it) and not told as to
 * come? ("in July 1995 ... after the town fell on 11 July" in a statement
 * of 2025; the next sentence may be news again: "the August 1988
 * cease-fire ... Iraq's invasion of Kuwait on Aug. 2") */
static int same_episode(dl_record *r, const tx *x, const tref *dct,
                        const tref *ref, int tense)
{
    if (x->y || !x->m || !ref->narr || !ref->m || !dct->gran || tense > 0 ||
        abs(ref->y - dct->y) < 2)
        return 0;
    size_t s = r->txt.toks[x->t0].sent;
    int gap = abs(x->m - ref->m);
    /* "in the early hours of 3 June 2019 ... protesters who had camped
     * there since 6 April": told in the past, months before it in its
     * year, the episode's start */
    if (s == ref->sent && tense < 0 && x->m < ref->m && ref->m - x->m <= 6)
        return 1;
    /* "That Monday morning ... Nine days later, on 30 March, ... On 8
     * April": told in the past, a date up to six weeks after the story's
     * day (or two before it) in the sentence that set that day or the
     * next goes on with the episode */
    if (tense < 0 && ref->gran == G_DAY && s <= ref->day_sent + 1) {
        long ahead = cal_days(ref->y, x->m, x->d ? x->d : 1) -
                     cal_days(ref->y, ref->m, x->d ? ref->d : 1);
        if (ahead >= -14 && ahead <= 45)
            return 1;
    }
    return s == ref->sent && (gap > 6 ? 12 - gap : gap) <= 1;
}

/* Dates with written parts: full, partial, year-less, quarters, seasons. */
static const char *absolute(dl_record *r, const tx *x, const tref *dct,
                            tref *ref, const char **anchor, int tense)
{
    char buf[24];
    /* a text narrating a distinctly other time (two years or more from the
     * document date) keeps its own year for year-less dates; otherwise the
     * document date decides, as in news */
    int narrating = dct->narr && ref->gran && ref->narr &&
                    (!dct->gran || abs(ref->y - dct->y) >= 2);
    /* ... as long as the date continues the episode told: within a month of
     * the reference time ("20 January" after "January 19, 1990"); a month
     * far from it ("in December" in a life story) is news again */
    if (narrating && ref->m && x->m) {
        int gap = abs(x->m - ref->m);
        narrating = (gap > 6 ? 12 - gap : gap) <= 1;
    }
    if (!narrating)
        narrating = same_episode(r, x, dct, ref, tense);
    const tref *b = narrating || !dct->gran ? ref : dct;
    int narr = x->y != 0 || narrating;
    if (x->gran == G_SEASON || x->gran == G_QUARTER || x->gran == G_HALF) {
        if (x->y)
            ref->year = ref->coarse = x->y;
        if (!x->y && !dct->gran)
            return x->gran == G_SEASON ? "XXXX" : "XXXX";
        if (!x->y)
            *anchor = tref_value(r, dct);
        if (x->gran == G_SEASON)
            return season(r, x, dct);
        int y = x->y, q = x->q;
        if (!q) {
            /* "the 1988 period": the story's quarter in that year */
            if (ref->gran != G_QUARTER)
                return tf_y(r->a, y);
            q = (ref->m + 2) / 3;
        }
        if (!y) {
            int cur = (dct->m - 1) / 3 + 1;
            y = dct->y - (x->gran == G_QUARTER ? q > cur : q > (cur + 1) / 2);
        }
        /* the story's quarter is one reported on: a comparison with the
         * same quarter of a written earlier year ("the 1988 third
         * quarter") or an outlook (the current quarter or a later one, not
         * yet reported) does not move it */
        int comparison = x->y && ref->gran == G_QUARTER && (ref->m + 2) / 3 == q &&
                         y < ref->y;
        int ahead = dct->gran && y * 4 + q >= dct->y * 4 + (dct->m + 2) / 3;
        if (x->gran == G_QUARTER && !comparison && !ahead) {
            set_ref(ref, y, 3 * q - 2, 0, G_QUARTER);
            ref->narr = x->y != 0;
        }
        return tf_yq(r->a, y, x->gran == G_HALF ? 'H' : 'Q', q);
    }
    int y = x->y;
    if (!y) {
        if (!b->gran) {
            if (x->lit[0]) /* a movable feast's day depends on the year */
                return "XXXX-XX-XX";
            tf_snprintf(buf, sizeof buf, x->d ? "XXXX-%02d-%02d" : "XXXX-%02d", x->m, x->d);
            return arena_strdup(r->a, buf);
        }
        /* the tense speaks of the document date, not of a story's time */
        y = x->lit[0] ? feast_year(b, x->lit, b == dct ? tense : 0)
                      : yearless_year(b, x->m, x->d, b == dct ? tense : 0);
        *anchor = tref_value(r, b);
    }
    if (x->y) {
        ref->year = y;
        ref->sent = r->txt.toks[x->t0].sent;
    }
    if (x->gran == G_YEAR) {
        if (!ref->gran)
            set_ref(ref, y, 0, 0, G_YEAR);
        ref->coarse = y;
        return tf_y(r->a, y);
    }
    int m = x->m, d = x->d;
    if (x->gran == G_WEEK) { /* "the week of 18 March": the story is at that day */
        int wy, wk;
        set_ref(ref, y, m, d, G_DAY);
        ref->narr = narr;
        cal_iso_week(y, m, d, &wy, &wk);
        return tf_arena(r->a, "%04d-W%02d%s", wy, wk, x->suffix);
    }
    if (x->lit[0] && !holiday_day(x->lit, y, &m, &d))
        d = 0;
    /* a month after "since" ("the deadliest since the February 2021 coup")
     * is a point of comparison, and a day after it within a year before
     * the story's day the start of a span running to it ("the sit-in,
     * occupied since 6 April", told on 3 June): the story stays at its
     * day. ("Nineteen years have passed since 20 January" moves it.) */
    int backdrop = ref->gran == G_DAY && after_since(&r->txt, x->t0);
    if (backdrop && d) {
        long back = cal_days(ref->y, ref->m, ref->d) - cal_days(y, m, d);
        backdrop = back > 0 && back < 366;
    }
    if (!backdrop) {
        set_ref(ref, y, m, d, d ? G_DAY : G_MONTH);
        ref->narr = narr;
    }
    if (d)
        return fmt_day(r, y, m, d, x->suffix);
    return tf_ym(r->a, y, m);
}

/* "a year earlier", "two years later" (not "the following year"). */
static int shift_phrase(dl_record *r, const tx *x)
{
    size_t last = x->t1 - 1;
    return tw_is(&r->txt, last, "earlier") || tw_is(&r->txt, last, "later") ||
           tw_is(&r->txt, last, "before") || tw_is(&r->txt, last, "after");
}

/* ... or "a year ago" (counted from the document date). */
static int shift_phrase_or_ago(dl_record *r, const tx *x)
{
    if (shift_phrase(r, x))
        return 1;
    for (size_t k = x->t0; x->how == A_DCT && k < x->t1; k++)
        if (tw_is(&r->txt, k, "ago") || tw_is(&r->txt, k, "earlier"))
            return 1;
    return 0;
}

/* Weeks to shift for "the weekend" (shift 0) said on a weekday: in a
 * clause in the past it is the one just past ("marched over the weekend"),
 * in the future the one ahead; without a tense, the one just past early in
 * the week and the one ahead later. On a Saturday or Sunday it is that one. */
static int weekend_shift(const tref *b, int tense)
{
    int w = cal_weekday(b->y, b->m, b->d);
    if (w >= 6 || tense > 0)
        return 0;
    return tense < 0 || w <= 2 ? -1 : 0;
}

/* Deictic and anaphoric shifts: "last week", "the following day". */
static const char *relative(dl_record *r, const tx *x, const tref *dct,
                            tref *ref, const char **anchor, int tense)
{
    char buf[24];
    const char *v = NULL;
    const tref *b = (x->how == A_REF && ref->gran) ? ref : dct;
    int shift = x->shift;
    /* a time of day ("at 10 a.m.", "in the morning") is on the story's day,
     * but not on a day ahead of the document date in a clause told in the
     * past ("the treaty takes effect on Aug. 1. The blast occurred at 10
     * a.m."): then on the document date */
    if (b == ref && !strncmp(x->rule, "time.", 5) && !shift && dct->gran == G_DAY &&
        ref->gran == G_DAY && tense < 0 &&
        cal_days(ref->y, ref->m, ref->d) > cal_days(dct->y, dct->m, dct->d))
        b = dct;
    /* "the Security Council should adopt a resolution by the end of the
     * month" after a story years back: what is still to come is this
     * month (or year), not the story's */
    if (b == ref && tense > 0 && !shift && x->how == A_REF &&
        (x->gran == G_MONTH || x->gran == G_YEAR) && dct->gran &&
        (ref->y < dct->y || (x->gran == G_MONTH && ref->y == dct->y && ref->m < dct->m)))
        b = dct;
    /* "detained 63 people overnight. ... shortly after midnight": the
     * midnight that ends the night's day */
    if (b == ref && ref->night && ref->gran == G_DAY && !shift && x->how == A_REF &&
        !strcmp(x->suffix, "T00:00"))
        shift = 1;
    /* "clashed late on 15 August ... clashed overnight": the night of the
     * evening told, not the one before it */
    if (b == ref && ref->night && ref->gran == G_DAY && shift == -1 && x->how == A_REF &&
        !strcmp(x->suffix, "TNI") && !strcmp(x->rule, "rel.anaphoric_shift"))
        shift = 0;
    /* "During the night of 11 to 12 June ... The day before, on 11 June":
     * a day before a night named by its two days counts from the second */
    tref second;
    if (b == ref && ref->pair && ref->gran == G_DAY && x->how == A_REF && x->gran == G_DAY &&
        shift < 0 && !strcmp(x->type, "DATE")) {
        second = *ref;
        cal_civil(cal_days(ref->y, ref->m, ref->d) + 1, &second.y, &second.m, &second.d);
        b = &second;
    }
    if (x->gran == G_SEASON) {
        /* "a wider offensive in the valley that spring": the story's */
        const tref *sb = x->how == A_REF && ref->gran ? ref : dct;
        if (!sb->gran)
            return "XXXX";
        *anchor = tref_value(r, sb);
        return season(r, x, sb);
    }
    /* in a report about a quarter, "a year ago" is that quarter a year ago
     * ("five years ago" is a year) */
    if (x->how == A_DCT && x->gran == G_YEAR && abs(x->shift) == 1 &&
        ref->gran == G_QUARTER && shift_phrase_or_ago(r, x))
        b = ref;
    /* "In 1933 ... Ninety-one years later": counted from the year the
     * text last wrote when the story has no day or month of that year */
    if (x->gran == G_YEAR && x->how == A_REF && ref->coarse &&
        (!ref->gran || ref->coarse != ref->y) &&
        (shift_phrase(r, x) || !strcmp(x->rule, "rel.anaphoric_shift")) &&
        ref->gran != G_QUARTER) {
        tref year = {.y = ref->coarse, .gran = G_YEAR};
        *anchor = tref_value(r, &year);
        /* "... the massacre of April 1993 ... on appeal in 2004. Some 30
         * years later, families are still searching": past the document's
         * year in a clause not told ahead, they are counted from the
         * earliest year the text wrote, when that reaches no further */
        if (x->shift > 0 && dct->gran && ref->coarse + x->shift > dct->y && tense < 2 &&
            ref->first_year && ref->first_year + x->shift <= dct->y) {
            year.y = ref->first_year;
            *anchor = tref_value(r, &year);
            return tf_y(r->a, ref->first_year + x->shift);
        }
        return tf_y(r->a, ref->coarse + x->shift);
    }
    if (x->gran == G_YEAR && b == ref && shift_phrase_or_ago(r, x) &&
        (b->gran == G_DAY || b->gran == G_MONTH || b->gran == G_QUARTER)) {
        /* "a year earlier" than a day, month or quarter of the story is
         * that day, month or quarter a year before */
        tref moved = *b;
        moved.y += x->shift;
        if (moved.m == 2 && moved.d == 29 && month_days(moved.y, 2) == 28)
            moved.d = 28; /* 29 February 1988, "thirty-five years later" */
        *anchor = tref_value(r, b);
        const char *v = tref_value(r, &moved);
        /* "A year to the day after the massacre, thousands marched. The
         * next day, ...": the story moves to that day */
        if (!strcmp(x->rule, "rel.shift_to_day") && moved.gran == G_DAY)
            set_ref(ref, moved.y, moved.m, moved.d, G_DAY);
        return v;
    }
    /* "The war ended in 1991. That year, ...": the year the text last
     * wrote, even when the story is at a day of another year */
    if (b == ref && x->gran == G_YEAR && shift == 0 && ref->year && ref->year != b->y &&
        ref->gran != G_QUARTER) {
        *anchor = tref_value(r, b);
        return tf_arena(r->a, "%04d", ref->year);
    }
    /* "arrested in Serbia in 2011 and transferred the following month":
     * a month counted from a year the text wrote since the story's day or
     * month, whose month it does not give: a month of that year, not known */
    if (b == ref && x->gran == G_MONTH && shift != 0 && x->how == A_REF && ref->coarse &&
        ref->coarse != ref->y && (ref->gran == G_DAY || ref->gran == G_MONTH)) {
        tref year = {.y = ref->coarse, .gran = G_YEAR};
        *anchor = tref_value(r, &year);
        return tf_arena(r->a, "%04d-XX", ref->coarse);
    }
    if (b->gran == G_DAY && x->gran == G_WEEK && shift == 0 && !strcmp(x->suffix, "-WE"))
        shift = weekend_shift(b, tense);
    /* "Human Rights Watch said today": the day of the saying, not of the
     * story, which stays where it was */
    tref said = *ref;
    /* the anchor is what it is counted from, before the story moves on
     * ("The next day" after 20 January is anchored to the 20th) */
    const char *from = b->gran ? tref_value(r, b) : NULL;
    if (b->gran)
        v = shifted(r, b, x->gran, shift, x->suffix,
                    x->how == A_DCT && ref->gran == G_DAY && said_before(&r->txt, x->t0)
                        ? &said : ref);
    if (v)
        *anchor = from;
    return v ? v : arena_strdup(r->a, unknown(x->gran, x->suffix, buf, sizeof buf));
}

/* "last November", "next March": that month before or after the DCT. */
static const char *month_relative(dl_record *r, const tx *x, const tref *dct,
                                  tref *ref, const char **anchor)
{
    if (!dct->gran)
        return tf_arena(r->a, "XXXX-%02d", x->m);
    *anchor = tref_value(r, dct);
    int y = dct->y;
    if (x->dir < 0 && x->m >= dct->m)
        y--;
    else if (x->dir > 0 && x->m <= dct->m)
        y++;
    set_ref(ref, y, x->m, 0, G_MONTH);
    return tf_ym(r->a, y, x->m);
}

/* "the quarter", "the year-ago quarter": counted from the quarter the story
 * is about, or from the document date's; only the story's own quarter
 * (shift 0) becomes the reference time. */
static const char *story_quarter(dl_record *r, const tx *x, const tref *dct,
                                 tref *ref, const char **anchor)
{
    const tref *b = ref->gran == G_QUARTER ? ref : dct;
    int n = b == ref ? x->shift : x->fallback;
    if (!b->gran)
        return "XXXX-QX";
    tref scratch = *ref;
    const char *v = shifted(r, b, G_QUARTER, n, "", n ? &scratch : ref);
    if (v)
        *anchor = tref_value(r, b);
    return v ? v : "XXXX-QX";
}

const char *time_shift_day(dl_record *r, const tx *x, const char *v, tref *ref)
{
    for (int c = 0; c < 10; c++)
        if (!v[c] || (c == 4 || c == 7 ? v[c] != '-' : v[c] < '0' || v[c] > '9'))
            return v;
    int y, m, d, narr = ref->narr;
    cal_civil(cal_days(tw_int(v), tw_int(v + 5), tw_int(v + 8)) + x->day_shift, &y, &m, &d);
    set_ref(ref, y, m, d, G_DAY);
    ref->narr = narr;
    return fmt_day(r, y, m, d, v + 10);
}

static const char *resolve(dl_record *r, const tx *x, const tref *dct, tref *ref,
                           const char **anchor);

const char *time_resolve(dl_record *r, const tx *x, const tref *dct, tref *ref,
                         const char **anchor)
{
    int y = ref->y, m = ref->m, d = ref->d, gran = ref->gran;
    const char *v = resolve(r, x, dct, ref, anchor);
    if (ref->y != y || ref->m != m || ref->d != d || ref->gran != gran)
        ref->day_sent = r->txt.toks[x->t0].sent;
    return v;
}

static const char *resolve(dl_record *r, const tx *x, const tref *dct, tref *ref,
                           const char **anchor)
{
    *anchor = NULL;
    /* only year-less dates, weekdays, "the weekend" and times of day on the
     * story's day ask the tense */
    int finite = 0;
    int tense = x->how == A_WEEKDAY || x->how == A_MDAY || (x->how == A_ABS && !x->y) ||
                        (x->gran == G_WEEK && !x->shift && !strcmp(x->suffix, "-WE")) ||
                        (x->how == A_REF && !x->shift &&
                         (!strncmp(x->rule, "time.", 5) || x->gran == G_MONTH ||
                          x->gran == G_YEAR))
                    ? tw_tense_finite(&r->txt, x->t0, x->t1, &finite) : 0;
    /* a month alone told with a finite past verb ("The group attacked the
     * town in January") is behind the document date as surely as after a
     * listed past form */
    if (tense == -1 && finite && x->how == A_ABS && !x->y && !x->d)
        tense = -2;
    switch (x->how) {
    case A_LIT:
        /* "every year on this day": the document's month and day */
        if (dct->gran == G_DAY && x->type[0] == 'S' && !strcmp(x->rule, "set.every_year_today")) {
            *anchor = tref_value(r, dct);
            return tf_arena(r->a, "XXXX-%02d-%02d", dct->m, dct->d);
        }
        return arena_strdup(r->a, x->lit);
    case A_ABS:
        return absolute(r, x, dct, ref, anchor, tense);
    case A_ELAPSED:
        if (!dct->gran)
            return absolute(r, x, dct, ref, anchor, tense);
        *anchor = tref_value(r, dct);
        tx y = *x;
        y.y = dct->y - x->shift;
        if (x->gran == G_MONTH && !x->m) { /* "five years ago this month" */
            if (dct->gran != G_DAY && dct->gran != G_MONTH)
                return NULL;
            y.m = dct->m;
        }
        if (x->gran == G_DAY && !x->m) { /* "25 years ago today": the DCT's day */
            if (dct->gran != G_DAY)
                return NULL;
            y.m = dct->m;
            y.d = dct->d;
            if (y.m == 2 && y.d == 29 && !(y.y % 4 == 0 && (y.y % 100 != 0 || y.y % 400 == 0)))
                y.d = 28;
        }
        return absolute(r, &y, dct, ref, anchor, tense);
    case A_MONTHREL:
        return month_relative(r, x, dct, ref, anchor);
    case A_WEEKDAY:
        /* "Last week, security forces arrested 30 men following Friday
         * prayers": the Friday of the week its sentence named */
        if (ref->wk && !x->dir && !x->shift && tense <= 0 &&
            ref->wk_sent == r->txt.toks[x->t0].sent) { /* ("The truce, agreed last week,
                                                          * takes effect on Sunday": ahead) */
            int y, m, d;
            cal_civil(ref->wk_mon + x->wd - 1, &y, &m, &d);
            if (dct->gran)
                *anchor = tref_value(r, dct);
            set_ref(ref, y, m, d, G_DAY);
            return fmt_day(r, y, m, d, x->suffix);
        }
        /* "the previous Friday": the one before the day the story is at;
         * "That Monday morning" (not "said that Monday"): the story's own
         * week's, the nearer one */
        if (ref->gran == G_DAY && ((!x->dir && !x->shift && that_day(&r->txt, x->t0)) ||
                                   x->shift)) {
            tref day = *ref;
            *anchor = tref_value(r, &day);
            const char *v = weekday(r, x, &day, ref, x->shift ? tense : 0);
            ref->narr = day.narr; /* a story years back goes on */
            return v;
        }
        if (dct->gran != G_DAY)
            return tf_arena(r->a, "XXXX-WXX-%d%s", x->wd, x->suffix); /* "9 a.m. on Sunday" */
        *anchor = tref_value(r, dct);
        /* "attacked late on Tuesday, two sources said on Wednesday": the
         * day of the saying; the story stays at Tuesday */
        if (ref->gran == G_DAY && said_of(&r->txt, x->t0)) {
            tref said = *ref;
            return weekday(r, x, dct, &said, tense);
        }
        return weekday(r, x, dct, ref, tense);
    case A_DCT:
    case A_REF:
        return relative(r, x, dct, ref, anchor, tense);
    case A_MDAY:
        return month_day(r, x, dct, ref, anchor, tense);
    case A_STORY:
        return story_quarter(r, x, dct, ref, anchor);
    }
    return NULL;
}
