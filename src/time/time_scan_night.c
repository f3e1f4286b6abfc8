/* time_scan_night.c - a part of the day, a week or a day that owns a date:
 * "the night of 19-20 January", "the early hours of Sunday", "the week of
 * 18 March", "the eve of Eid al-Adha", and the first day of a range ("19"
 * in "from 19 to 20 January"), which they and scan_any share. */
#include <string.h>

#include "../text/phrase_match.h"
#include "date_parse.h"
#include "lexicons.h"
#include "time.h"

/* "19" in "19 to 20 January", "19-20 January 1990", "11th and 12th May",
 * "11/12 May". */
size_t scan_range_head(const text *t, size_t i, size_t limit, tx *x)
{
    int d = date_day_value(t, i);
    if (!d || i + 2 >= limit)
        return 0;
    size_t j = i + 1;
    int slash = tok_punct(t, j, '/') && !(t->toks[j].flags & TF_SPACE) &&
                !(t->toks[j + 1].flags & TF_SPACE);
    if (!(tok_punct(t, j, '-') || slash || tw_is(t, j, "to") || tw_is(t, j, "and") ||
          tw_is(t, j, "through") || tw_is(t, j, "until") || tw_is(t, j, "till")))
        return 0;
    date_parts p;
    if (!date_parse(t, j + 1, limit, &p) || !p.day || !p.month || p.day <= d)
        return 0;
    memset(x, 0, sizeof *x);
    x->t0 = i;
    x->t1 = i + 1;
    x->rule = "date.range_start";
    x->type = "DATE";
    x->how = A_ABS;
    x->gran = G_DAY;
    x->y = p.year;
    x->m = p.month;
    x->d = d;
    return 1;
}

/* "the week of 18 March", "the week ending 22 March", "the weekend of 9-10
 * March" (data/en/time_weeks_of.txt): the week of a day in it, a range
 * taken whole. */
static size_t week_of(const text *t, size_t i, size_t limit, tx *x)
{
    const lex_entry *e = NULL;
    size_t j = i + 1, n = tw_phrase(t, j, limit, &lex_en_time_weeks_of, &e);
    if (!n || j + n >= limit)
        return 0;
    tx d;
    date_parts p;
    size_t k = j + n, m;
    if (scan_range_head(t, k, limit, &d)) { /* to the range's last day: "9-10 March" */
        size_t last = date_parse(t, k + 2, limit, &p); /* after "9" and "-" */
        m = last ? last + 2 : 0;
    } else {
        m = scan_date(t, k, limit, &d);
    }
    if (!m || d.gran != G_DAY || d.how != A_ABS || d.lit[0] || d.suffix[0])
        return 0;
    *x = d;
    x->t0 = i;
    x->t1 = k + m;
    x->gran = G_WEEK;
    x->type = "DATE";
    x->rule = "date.week_of";
    tf_snprintf(x->suffix, sizeof x->suffix, "%s", e->value);
    return x->t1 - i;
}

/* "the eve of Eid al-Adha", "the day before 19 January", "the day after
 * Christmas" (data/en/time_day_shifts.txt): a day, weekday, feast or day
 * of the month, moved by the days given once anchored (day_shift). */
static size_t day_shifted(const text *t, size_t i, size_t limit, tx *x)
{
    const lex_entry *e = NULL;
    size_t j = i + 1, n = tw_phrase(t, j, limit, &lex_en_time_day_shifts, &e);
    if (!n || j + n >= limit)
        return 0;
    tx d;
    size_t k = j + n, m = scan_date(t, k, limit, &d);
    if (!m)
        m = scan_holiday(t, k, limit, &d);
    if (!m)
        m = scan_weekday(t, k, limit, &d);
    if (!m || d.gran != G_DAY || d.suffix[0] || d.t0 != k)
        return 0;
    *x = d;
    x->t0 = i;
    x->rule = "date.day_shift";
    x->day_shift = tw_int(e->value);
    return x->t1 - i;
}

/* The token after a night's second day: "the night of 19-20 January",
 * "7 to 8 August", "August 7 to 8, 2023", "5/6 May", "between Saturday and
 * Sunday". A night named by the two days it spans is one TIME, valued by
 * its first day (1990-01-19TNI); x is that first day, its year taken from
 * after the second when only that has one. Returns x->t1 when no next day
 * follows. */
size_t scan_night_pair_end(const text *t, size_t limit, tx *x)
{
    size_t j = x->t1;
    if (j + 1 >= limit || !(tok_punct(t, j, '-') || tok_punct(t, j, '/') ||
                            tw_is(t, j, "to") || tw_is(t, j, "and") || tw_is(t, j, "into")))
        return x->t1;
    tx e;
    if (x->how == A_WEEKDAY)
        return scan_weekday(t, j + 1, limit, &e) && e.how == A_WEEKDAY &&
               e.wd == x->wd % 7 + 1 ? e.t1 : x->t1;
    if (x->how != A_ABS || !x->m || !x->d)
        return x->t1;
    date_parts p;
    size_t n = date_parse(t, j + 1, limit, &p);
    if (n && p.month == x->m && p.day == x->d + 1 && (!p.year || !x->y || p.year == x->y)) {
        if (!x->y)
            x->y = p.year;
        return j + 1 + n;
    }
    /* "August 7 to 8", "August 7 to 8, 2023": the month is the first day's */
    if (n || date_day_value(t, j + 1) != x->d + 1)
        return x->t1;
    size_t k = j + 2 < limit && tok_punct(t, j + 2, ',') ? j + 3 : j + 2;
    int y = !x->y && k < limit ? date_year_value(t, k) : 0;
    if (y)
        x->y = y;
    return y ? k + 1 : j + 2;
}

/* "the night of 19-20 January", "the morning of Sunday", "the early hours
 * of 20 January" (data/en/time_small_hours.txt): a part of the day that
 * owns a date; or a week that does (week_of), or a day moved from one
 * (day_shifted). */
size_t scan_night_of(const text *t, size_t i, size_t limit, tx *x)
{
    size_t w = tw_is(t, i, "the") ? week_of(t, i, limit, x) : 0;
    if (!w && tw_is(t, i, "the"))
        w = day_shifted(t, i, limit, x);
    if (w)
        return w;
    size_t j = tw_is(t, i, "the") ? i + 1 : i, n = 1;
    const lex_entry *e = j + 1 < limit ? tw_lex(t, j, &lex_en_time_parts_of_day) : NULL;
    if (!e && j > i)
        n = tw_phrase(t, j, limit, &lex_en_time_small_hours, &e);
    /* "the night of 19-20 January", "the night between 5 and 6 May", "the
     * night from 12 to 13 September" (a range only after the last two) */
    int between = j + n < limit && (tw_is(t, j + n, "between") || tw_is(t, j + n, "from"));
    if (!e || !n || j + n >= limit || !(between || tw_is(t, j + n, "of")))
        return 0;
    tx d;
    size_t k = j + n + 1, m = scan_range_head(t, k, limit, &d);
    if (!m && !between)
        m = scan_date(t, k, limit, &d);
    /* "the night between Saturday and Sunday": the first day's night */
    if (!m)
        m = scan_weekday(t, k, limit, &d);
    if (!m || d.gran != G_DAY)
        return 0;
    *x = d;
    x->t0 = i;
    x->type = "TIME";
    x->rule = "time.part_of_day_of_date";
    tw_part_suffix(e, x);
    if (!strcmp(x->suffix, "TNI")) {
        x->t1 = scan_night_pair_end(t, limit, x);
        x->pair = x->t1 > d.t1;
    }
    /* "the early hours of Monday morning": the day's own part names it */
    const lex_entry *p = x->mod && x->t1 < limit && t->toks[x->t1].kind == TOK_WORD
        ? tw_lex(t, x->t1, &lex_en_time_parts_of_day) : NULL;
    if (p) {
        tw_part_suffix(p, x);
        x->t1++;
    }
    return x->t1 - i;
}
