/* time.c - the time stage: find every time expression in text order,
 * anchor it, and fill r->times (TIMEX3 type/value/anchor, span, tokens,
 * sentence, resolved interval).
 *
 * Reads only the text layer and r->doc.date. Recognition is in
 * time_scan*.c, anchoring in time_resolve.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date_parse.h"
#include "lexicons.h"
#include "time.h"

/* One sscanf "%Nd" field at *s: blanks skipped, then a sign and digits, N
 * characters at most. 0 when there is no digit. */
static int int_field(const char **s, int width, int *out)
{
    const char *p = *s;
    while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
        p++;
    int neg = 0, v = 0, nd = 0;
    if (*p == '-' || *p == '+') {
        neg = *p++ == '-';
        width--;
    }
    for (; nd < width && *p >= '0' && *p <= '9'; nd++)
        v = v * 10 + (*p++ - '0');
    if (!nd)
        return 0;
    *out = neg ? -v : v;
    *s = p;
    return 1;
}

/* What sscanf(s, "%4d-%2d-%2d") reads, without its cost: 1 when s
 * begins with a day. */
static int read_ymd(const char *s, int *y, int *m, int *d)
{
    return s && int_field(&s, 4, y) && *s++ == '-' && int_field(&s, 2, m) && *s++ == '-' &&
           int_field(&s, 2, d);
}

/* The document date as the first anchor (gran G_NONE when unknown). */
static tref dct_of(const dl_record *r)
{
    tref d = {.gran = G_NONE};
    if (read_ymd(r->doc.date, &d.y, &d.m, &d.d))
        d.gran = G_DAY;
    return d;
}

/* Years in an earlier duration of the sentence, as in "Nineteen years have
 * passed since 20 January", or in "the 19th anniversary of": the date lies
 * that many years before the document date. 0 when there is none. */
static int elapsed_years(const dl_record *r, const tx *x, const tx *prev,
                         size_t nprev)
{
    const text *t = &r->txt;
    size_t i = x->t0;
    int ord = 0;
    /* "the 19th anniversary of 20 January", "... of the tragedy of 20
     * January": "anniversary of" a few words before, none punctuation */
    size_t s0 = t->sents[t->toks[i].sent].tok_start;
    for (size_t a = i >= 2 ? i - 2 : 0; a >= s0 + 1 && a + 8 >= i; a--) {
        if (t->toks[a].kind == TOK_PUNCT && !tok_punct(t, a, '-'))
            break;
        if (!tw_is(t, a, "anniversary") || !tw_is(t, a + 1, "of"))
            continue;
        for (size_t k = a; k > s0 && k + 2 > a; k--)
            if (tw_ordinal(t, k - 1, a, &ord))
                return ord;
        return 0;
    }
    if (i < 1 || !tw_is(t, i - 1, "since"))
        return 0;
    for (size_t k = nprev; k-- > 0;) {
        const tx *p = &prev[k];
        if (t->toks[p->t0].sent != t->toks[i].sent)
            break;
        int n = 0;
        char unit = 0;
        if (strcmp(p->type, "DURATION") || sscanf(p->lit, "P%d%c", &n, &unit) != 2 ||
            unit != 'Y')
            continue;
        for (size_t j = p->t1; j < i; j++)
            if (tw_is(t, j, "passed") || tw_is(t, j, "elapsed") ||
                tw_is(t, j, "been") || tw_is(t, j, "gone"))
                return n;
    }
    return 0;
}

/* Does the text narrate a time years away from its date? True when most of
 * its written dates with a month lie two or more years from the document
 * date (a commemoration, a history) rather than near it (news); years
 * counted back from it ("Forty years ago today") count too. */
static int narrates_past(const tref *dct, const tx *xs, size_t n)
{
    int far = 0, near = 0;
    if (!dct->gran)
        return 1;
    for (size_t i = 0; i < n; i++) {
        /* "Forty years ago today" tells of that day as a date written
         * with its year does, twice over; "Ten years ago" once */
        if (xs[i].how == A_ELAPSED && xs[i].shift >= 2 && !strcmp(xs[i].type, "DATE")) {
            far += xs[i].gran == G_DAY && !xs[i].m ? 2 : 1;
            continue;
        }
        if (xs[i].how != A_ABS || !xs[i].y || !xs[i].m)
            continue;
        if (abs(xs[i].y - dct->y) >= 2)
            far++;
        else
            near++;
    }
    return far >= 2 && far > near;
}

/* The day after ISO day `day` ("2022-09-12" -> "2022-09-13"), or day
 * itself when it is not one or memory runs out. */
static const char *next_day(dl_record *r, const char *day)
{
    int y, m, d;
    if (strlen(day) != 10 || !read_ymd(day, &y, &m, &d))
        return day;
    cal_civil(cal_days(y, m, d) + 1, &y, &m, &d);
    const char *n = tf_ymd(r->a, y, m, d, "");
    return n ? n : day;
}

static dl_status push(dl_record *r, const tx *x, const char *value,
                      const char *anchor)
{
    rec_time *rt = VEC_PUSH(r->a, r->times, r->ntimes, r->cap_times);
    if (!rt)
        return DL_ENOMEM;
    rt->pub.span = rec_tok_span(r, x->t0, x->t1);
    rt->pub.text = rec_span_text(r, rt->pub.span);
    rt->pub.rule = x->rule;
    rt->pub.type = x->type;
    rt->pub.value = value;
    rt->pub.anchor = anchor;
    rt->pub.mod = x->mod;
    rt->tok_start = x->t0;
    rt->tok_end = x->t1;
    rt->sent = r->txt.toks[x->t0].sent;
    cal_interval(r, value, &rt->start, &rt->end, &rt->granularity);
    return rt->pub.text ? DL_OK : DL_ENOMEM;
}

/* "Aug. 7-8, 1998", "January 19 and 20": the second day of a range
 * written month first takes the month (and gives back the year). */
static int range_tail(const text *t, const tx *x, size_t limit, tx *out)
{
    size_t j = x->t1;
    int nd = 0, d;
    if (x->how != A_ABS || !x->d || !x->m || x->y || j + 1 >= limit)
        return 0;
    if (!(tok_punct(t, j, '-') || tw_is(t, j, "to") || tw_is(t, j, "and") ||
          tw_is(t, j, "through")))
        return 0;
    d = tw_digits(t, j + 1, &nd);
    if (nd > 2 || d <= x->d || d > 31)
        return 0;
    /* only after a date that ends in its day ("January 19"), and not when a
     * month follows: "from 1 November to 31 December" is two dates */
    if (tw_digits(t, j - 1, &nd) != x->d || (j + 2 < limit && date_month_name(t, j + 2)))
        return 0;
    *out = *x;
    out->t0 = j + 1;
    out->t1 = j + 2;
    out->d = d;
    out->rule = "date.range_end";
    size_t k = j + 2;
    if (k + 1 < limit && tok_punct(t, k, ',') && tw_digits(t, k + 1, &nd) > 999 && nd == 4) {
        out->y = tw_digits(t, k + 1, &nd);
        out->t1 = k + 2;
    }
    return 1;
}

/* "1992-94", "the 1992-95 war": a year, a dash glued to it and two digits
 * glued to the dash end a range of years in the same century (or the
 * next: "1998-02"). */
static int year_range_tail(const text *t, const tx *x, size_t limit, tx *out)
{
    size_t j = x->t1;
    int nd = 0;
    if (x->how != A_ABS || x->gran != G_YEAR || x->y < 1000 || x->m || x->t1 != x->t0 + 1 ||
        j + 1 >= limit || !tok_punct(t, j, '-') || (t->toks[j].flags & TF_SPACE) ||
        (t->toks[j + 1].flags & TF_SPACE) || t->toks[j + 1].kind != TOK_NUM)
        return 0;
    int yy = tw_digits(t, j + 1, &nd);
    if (nd != 2 || tok_len(t, j + 1) != 2)
        return 0;
    int y = x->y / 100 * 100 + yy;
    if (y <= x->y)
        y += 100;
    if (y - x->y > 15)
        return 0; /* "1990-10" is no range of years */
    *out = *x;
    out->t0 = j + 1;
    out->t1 = j + 2;
    out->y = y;
    out->rule = "date.range_end";
    return 1;
}

/* "between April and June 2023", "from late April to mid-June 2023",
 * "from 3 March to 5 May 2020": a year-less first date joined by "to",
 * "and", "until", "through" or a dash to a date with a year takes that
 * year, or the one before when it falls later in the year ("from December
 * to February 2021"). */
static void range_year(const text *t, tx *p, const tx *x)
{
    if (p->how != A_ABS || p->y || !p->m || p->gran > G_MONTH || p->lit[0] ||
        x->how != A_ABS || !x->y || !x->m || p->t1 + 1 != x->t0)
        return;
    size_t j = p->t1;
    if (!(tw_is(t, j, "to") || tw_is(t, j, "and") || tw_is(t, j, "until") ||
          tw_is(t, j, "till") || tw_is(t, j, "through") || tok_punct(t, j, '-')))
        return;
    int later = p->m > x->m || (p->m == x->m && x->d && p->d > x->d);
    p->y = x->y - later;
}

/* Is token j, between two dates, what joins them into a range ("from June
 * to September", "between 11 and 13 May": "and" only after "between")? */
static int range_joiner(const text *t, size_t j, const tx *p)
{
    if (tw_is(t, j, "to") || tw_is(t, j, "until") || tw_is(t, j, "till") ||
        tw_is(t, j, "through") || tok_punct(t, j, '-'))
        return 1;
    return tw_is(t, j, "and") && p->t0 > 0 && tw_is(t, p->t0 - 1, "between");
}

/* "from June to September": a year-less date ending a range whose first
 * end was anchored to value pv takes that year, or the next when it falls
 * earlier in the year ("from November to February"), so the ends cannot
 * be anchored apart; pv is then its anchor. */
static int range_end_year(const text *t, const tx *p, const char *pv, tx *x)
{
    if (x->how != A_ABS || x->y || !x->m || x->lit[0] || p->how != A_ABS || p->lit[0] ||
        !p->m || p->t1 + 1 != x->t0 || !range_joiner(t, p->t1, p))
        return 0;
    for (int c = 0; c < 4; c++)
        if (pv[c] < '0' || pv[c] > '9')
            return 0;
    int earlier = x->m < p->m || (x->m == p->m && p->d && x->d < p->d);
    x->y = tw_int(pv) + earlier;
    return 1;
}

/* "In 1990, on 20 January", "Fifty years ago, on Yom Kippur": a year-less
 * date right after a time resolved to a year pv (a comma and a preposition
 * at most between, in one sentence) is in that year; pv is its anchor. */
static int year_just_before(const text *t, const tx *p, const char *pv, tx *x)
{
    if (x->how != A_ABS || x->y || !x->m || p->t1 > x->t0 || x->t0 - p->t1 > 2 ||
        t->toks[p->t0].sent != t->toks[x->t0].sent)
        return 0;
    for (int c = 0; c < 4; c++)
        if (pv[c] < '0' || pv[c] > '9')
            return 0;
    if (pv[4])
        return 0; /* a year, nothing finer */
    for (size_t k = p->t1; k < x->t0; k++)
        if (!tok_punct(t, k, ',') && !tw_in(t, k, &lex_en_time_date_preps))
            return 0;
    x->y = tw_int(pv);
    return 1;
}

/* "between 10:00 and 14:00 on Sunday", "at 10:00 and 14:00 on Sunday": a
 * clock time of no day of its own joined as a range or by "and" to one
 * with a day takes that day (rule time.clock_range). */
static void range_day(const text *t, tx *p, const tx *x)
{
    if (p->how != A_REF || p->shift || p->t1 + 1 != x->t0 || !p->suffix[0] ||
        strncmp(p->rule, "time.clock", 10) || !strcmp(p->rule, "time.clock_date") ||
        strcmp(x->rule, "time.clock_date") ||
        !(range_joiner(t, p->t1, p) || tw_is(t, p->t1, "and")))
        return;
    tx d = *x;
    memcpy(d.suffix, p->suffix, sizeof d.suffix);
    d.t0 = p->t0;
    d.t1 = p->t1;
    d.mod = p->mod;
    d.rule = "time.clock_range";
    *p = d;
}

/* The hour of a clock suffix ("T22:00": 22), or -1. */
static int suffix_hour(const char *s)
{
    if (s[0] != 'T' || s[1] < '0' || s[1] > '9' || s[2] < '0' || s[2] > '9' || s[3] != ':')
        return -1;
    return (s[1] - '0') * 10 + (s[2] - '0');
}

/* "from 10 p.m. to 5 a.m.": a clock time of no day ending a range that
 * starts later in the day falls on the next day (rule kept). */
static void range_next_day(const text *t, const tx *p, tx *x)
{
    if (p->how != A_REF || x->how != A_REF || p->shift || x->shift || x->day_shift ||
        p->t1 + 1 != x->t0 || strncmp(p->rule, "time.clock", 10) ||
        strncmp(x->rule, "time.clock", 10) || !range_joiner(t, p->t1, p))
        return;
    int a = suffix_hour(p->suffix), b = suffix_hour(x->suffix);
    if (a >= 0 && b >= 0 && b < a)
        x->day_shift = 1;
}

/* "between 2 and 4 a.m.", "from 10 to 11 p.m.": a bare hour after
 * "between" or "from", joined to clock time x as a range, is a clock time
 * of the same half of the day, and of x's day (rule time.clock_range);
 * prev_end is where the expression before x ends. */
static int clock_head(const text *t, const tx *x, size_t prev_end, tx *out)
{
    int b = suffix_hour(x->suffix), nd = 0;
    size_t j = x->t0;
    if (b < 0 || strncmp(x->rule, "time.clock", 10) || j < prev_end + 3 ||
        !(range_joiner(t, j - 1, x) || tw_is(t, j - 1, "and")) ||
        !(tw_is(t, j - 3, "between") || tw_is(t, j - 3, "from")))
        return 0;
    int h = tw_digits(t, j - 2, &nd);
    if (nd < 1 || nd > 2 || h < 1 || h > 12 || (tw_is(t, j - 1, "and") && !tw_is(t, j - 3, "between")))
        return 0;
    if (b >= 12 ? h + 12 <= b && h != 12 : h > b)
        h += 12; /* "10 and 11 p.m.": 22:00; "10 to 2 a.m.": 22:00 the day before */
    *out = *x;
    out->t0 = j - 2;
    out->t1 = j - 1;
    out->mod = NULL;
    out->rule = "time.clock_range";
    char sfx[sizeof out->suffix];
    memcpy(sfx, x->suffix, sizeof sfx);
    sfx[1] = (char)('0' + h / 10);
    sfx[2] = (char)('0' + h % 10);
    memcpy(out->suffix, sfx, sizeof sfx);
    return 1;
}

/* Room for one more expression in *out (the caller's buffer of *cap
 * first, then the arena), which the caller fills. NULL when out of
 * memory. */
static tx *next_slot(dl_record *r, tx *buf, tx **out, size_t *n, size_t *cap)
{
    if (*n == *cap && *out == buf) {
        /* most documents fit the buffer: move to the arena only past it */
        tx *big = arena_alloc_raw(r->a, 2 * *cap * sizeof *big);
        if (!big)
            return NULL;
        memcpy(big, buf, *n * sizeof *big);
        *out = big;
        *cap *= 2;
    }
    if (*n < *cap) /* the caller writes the whole slot: no clearing */
        return &(*out)[(*n)++];
    return VEC_PUSH(r->a, *out, *n, *cap);
}

/* scan_all's loop over the candidates cand[0..nc) (token indices in
 * order); one inside an expression already read is passed over. */
static dl_status scan_tokens(dl_record *r, const uint16_t *cls, const uint32_t *cand,
                             size_t nc, tx *buf, size_t nbuf, tx **out, size_t *n)
{
    const text *t = &r->txt;
    size_t cap = nbuf, i = 0;
    for (size_t c = 0; c < nc; c++) {
        if (cand[c] < i)
            continue;
        i = cand[c];
        size_t limit = t->sents[t->toks[i].sent].tok_end;
        tx x;
        size_t k = scan_any(t, cls, i, limit, &x);
        if (!k) {
            i++;
            continue;
        }
        tx *slot = next_slot(r, buf, out, n, &cap), head;
        if (!slot)
            return DL_ENOMEM;
        if (clock_head(t, &x, *n >= 2 ? (*out)[*n - 2].t1 : 0, &head)) {
            *slot = head; /* the range's start comes first */
            if (!(slot = next_slot(r, buf, out, n, &cap)))
                return DL_ENOMEM;
        }
        *slot = x;
        if (*n >= 2) {
            range_year(t, &(*out)[*n - 2], slot);
            range_day(t, &(*out)[*n - 2], slot);
            range_next_day(t, &(*out)[*n - 2], slot);
        }
        i = x.t1 > i ? x.t1 : i + 1;
        tx tail;
        if (range_tail(t, &x, limit, &tail) || year_range_tail(t, &x, limit, &tail)) {
            if (!(slot = next_slot(r, buf, out, n, &cap)))
                return DL_ENOMEM;
            *slot = tail;
            range_year(t, &(*out)[*n - 2], slot); /* "19-20 January, 1990" */
            i = tail.t1;
        }
    }
    return DL_OK;
}

/* Every expression in text order, unanchored, in buf (nbuf of them) or the
 * arena. */
static dl_status scan_all(dl_record *r, tx *buf, size_t nbuf, tx **out, size_t *n)
{
    const text *t = &r->txt;
    *out = buf;
    *n = 0;
    /* scratch, not part of the record: off the arena (whose new chunks
     * come zeroed), on the stack for most documents */
    enum { SMALL = 2048 };
    uint16_t small[SMALL + 1], *cls = small;
    uint32_t small_cand[SMALL], *cand = small_cand;
    if (t->ntoks >= SMALL) {
        cls = malloc((t->ntoks + 1) * sizeof *cls);
        cand = malloc(t->ntoks * sizeof *cand);
    }
    dl_status st = DL_ENOMEM;
    if (cls && cand) {
        size_t nc = tw_classes(t, cls, cand);
        st = scan_tokens(r, cls, cand, nc, buf, nbuf, out, n);
    }
    if (cls != small)
        free(cls);
    if (cand != small_cand)
        free(cand);
    return st;
}

static dl_status resolve_all(dl_record *r, tx *xs, size_t n);

dl_status time_extract(dl_record *r)
{
    tx buf[48], *xs;
    size_t n;
    dl_status st = scan_all(r, buf, sizeof buf / sizeof buf[0], &xs, &n);
    if (st)
        return st;
    /* the list of times in one piece: growing it would copy it */
    if (n && !r->times) {
        if (!(r->times = arena_alloc_raw(r->a, n * sizeof *r->times)))
            return DL_ENOMEM;
        r->cap_times = n;
    }
    if ((st = resolve_all(r, xs, n)))
        return st;
    /* no date of its own: the date of its report, then every time again
     * against it */
    const char *rep = r->doc.date ? NULL : time_report_date(r);
    if (rep) {
        r->doc.date = rep;
        r->doc.date_source = "report";
        r->ntimes = 0;
        st = resolve_all(r, xs, n);
    }
    return st;
}

/* Expression y right after year-less date x and "of" is a year counted
 * from the story's ("June of that year", "February of the following
 * year"). */
static int of_year_after(const dl_record *r, const tx *x, const tx *y)
{
    return y->t0 == x->t1 + 1 && tw_is(&r->txt, x->t1, "of") && y->gran == G_YEAR &&
           (y->how == A_REF || y->how == A_DCT) && !strcmp(y->type, "DATE");
}

/* "in June of that year", "on 5 March of the following year": year y,
 * counted from the story's, gives year-less date x its year, one time
 * (y is then left empty, t0 == t1, and skipped). */
static void join_year_of(dl_record *r, tx *x, tx *y, const tref *dct, const tref *ref)
{
    if (x->how != A_ABS || x->y || !x->m || !of_year_after(r, x, y))
        return;
    tref y_ref = *ref;
    const char *y_anchor;
    const char *yv = time_resolve(r, y, dct, &y_ref, &y_anchor);
    if (!yv || strlen(yv) != 4 || yv[0] < '0' || yv[0] > '9')
        return;
    x->y = tw_int(yv);
    x->t1 = y->t1;
    x->rule = "date.month_of_year";
    y->t0 = y->t1 = x->t1;
}

/* Up to five words before token i, in its sentence: "before", "ahead" or
 * "for" (a landmark's preposition). */
static int landmark_before(const text *t, size_t i)
{
    size_t s = t->toks[i].sent;
    for (size_t k = i; k-- > 0 && i - k <= 5 && t->toks[k].sent == s;) {
        if (t->toks[k].kind != TOK_WORD)
            return 0;
        if (tw_is(t, k, "before") || tw_is(t, k, "ahead") || tw_is(t, k, "for"))
            return 1;
    }
    return 0;
}

/* The story's day is after the document's: a plan ("will appear before a
 * prosecutor on Monday"). Compared field by field (no day numbers). */
static int ref_ahead(const tref *ref, const tref *dct)
{
    if (ref->gran != G_DAY || dct->gran != G_DAY)
        return 0;
    return ref->y != dct->y ? ref->y > dct->y
         : ref->m != dct->m ? ref->m > dct->m : ref->d > dct->d;
}

/* "Last week, ...": a plain week x resolved to v ("2024-W18") is the week
 * of the weekdays its sentence names; its Monday goes into ref. */
static void week_named(dl_record *r, const tx *x, const char *v, tref *ref)
{
    if (x->gran != G_WEEK || x->suffix[0] || strlen(v) != 8 || v[4] != '-' || v[5] != 'W' ||
        v[0] < '0' || v[0] > '9' || v[6] < '0' || v[6] > '9' || v[7] < '0' || v[7] > '9')
        return;
    int wy = tw_int(v), wk = (v[6] - '0') * 10 + (v[7] - '0');
    long jan4 = cal_days(wy, 1, 4);
    ref->wk = 1;
    ref->wk_mon = jan4 - (cal_weekday(wy, 1, 4) - 1) + 7L * (wk - 1);
    ref->wk_sent = r->txt.toks[x->t0].sent;
}

/* Anchor and record each of the n expressions found. */
static dl_status resolve_all(dl_record *r, tx *xs, size_t n)
{
    dl_status st;
    tref dct = dct_of(r), ref = {.gran = G_NONE}, past = ref;
    dct.narr = narrates_past(&dct, xs, n);
    const char *cc = NULL;
    int cc_known = 0;
    for (size_t i = 0; i < n; i++) {
        tx *x = &xs[i];
        if (x->national) { /* the document's country, asked once */
            if (!cc_known++)
                cc = time_doc_country(r);
            time_national_holiday(x, cc);
        }
        if (x->how == A_ABS && !x->y && x->m && x->gran <= G_MONTH) {
            int years = elapsed_years(r, x, xs, i);
            if (years > 0) {
                x->how = A_ELAPSED;
                x->shift = years;
                x->rule = "date.elapsed_since";
            }
        }
        if (i + 1 < n)
            join_year_of(r, x, &xs[i + 1], &dct, &ref);
        if (x->t0 == x->t1)
            continue;
        /* "One person, aged about 65 years": an age, no span of time */
        if (x->type[0] == 'D' && x->type[1] == 'U' && x->t0 > 0 &&
            tw_is(&r->txt, x->t0 - 1, "aged"))
            continue;
        const char *first = NULL;
        if (x->how == A_ABS && !x->y && x->m && i > 0 && r->ntimes > 0 &&
            r->times[r->ntimes - 1].tok_start == xs[i - 1].t0 &&
            (range_end_year(&r->txt, &xs[i - 1], r->times[r->ntimes - 1].pub.value, x) ||
             year_just_before(&r->txt, &xs[i - 1], r->times[r->ntimes - 1].pub.value, x)))
            first = r->times[r->ntimes - 1].pub.value;
        const char *anchor;
        /* "... will appear before a prosecutor on Monday. The search
         * continued throughout the night": a day counted from the story in
         * a past clause is counted from its last day that was not ahead */
        if (x->how == A_REF && ref_ahead(&ref, &dct) && past.gran &&
            tw_tense(&r->txt, x->t0, x->t1) < 0)
            ref = past;
        tref was = ref;
        const char *v = time_resolve(r, x, &dct, &ref, &anchor);
        if (v && x->day_shift)
            v = time_shift_day(r, x, v, &ref);
        if (!v)
            continue;
        if (ref.gran == G_DAY && (x->suffix[0] || ref.y != was.y || ref.m != was.m ||
                                  ref.d != was.d || ref.gran != was.gran)) {
            /* "late on 15 August" ends the day as an evening does */
            ref.night = !strcmp(x->suffix, "TNI") || !strcmp(x->suffix, "TEV") ||
                        (x->mod && !strcmp(x->mod, "END") && x->gran == G_DAY);
            ref.pair = x->pair;
        }
        /* "arrested on 2 March, days before a planned gathering for
         * International Women's Day. ... the following day": a feast named
         * as a landmark after "before", "ahead of" or "for" is no day the
         * story moves to */
        if (!strcmp(x->rule, "date.holiday") && landmark_before(&r->txt, x->t0))
            ref = was;
        week_named(r, x, v, &ref);
        if (x->how == A_ABS && x->y && (!ref.first_year || x->y < ref.first_year))
            ref.first_year = x->y;
        if (ref.gran && !ref_ahead(&ref, &dct))
            past = ref;
        if (first)
            anchor = first;
        if ((st = push(r, x, v, anchor)))
            return st;
        /* "in the past 24 hours": the days back from the document's date */
        rec_time *rt = &r->times[r->ntimes - 1];
        /* "the night of 12-13 September": its value is the first day, its
         * interval both */
        if (x->pair && rt->start && !strcmp(rt->granularity ? rt->granularity : "", "day"))
            rt->end = next_day(r, rt->start);
        if (x->back && dct.gran == G_DAY &&
            cal_span(r, v, dct.y, dct.m, dct.d, -1, &rt->start, &rt->end))
            rt->granularity = "day";
        /* "over the next two years": the days from the story's day on */
        else if (x->ahead && was.gran == G_DAY &&
                 cal_span(r, v, was.y, was.m, was.d, 1, &rt->start, &rt->end))
            rt->granularity = "day";
    }
    return DL_OK;
}
