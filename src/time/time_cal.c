/* time_cal.c - calendar arithmetic for the time stage: day numbers, ISO
 * weeks, and the interval [start, end] a TIMEX3 value covers.
 *
 * Proleptic Gregorian calendar throughout; no time zones (values are
 * calendar dates, not instants). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date_parse.h"
#include "time.h"

/* Days since 1970-01-01 of a civil date (the usual era-based formula). */
long cal_days(int y, int m, int d)
{
    long yy = y - (m <= 2);
    long era = (yy >= 0 ? yy : yy - 399) / 400;
    long yoe = yy - era * 400;
    long mp = (m + 9) % 12;
    long doy = (153 * mp + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void cal_civil(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

int cal_weekday(int y, int m, int d)
{
    long z = cal_days(y, m, d);
    long w = (z + 3) % 7; /* 1970-01-01 was a Thursday (ISO 4) */
    if (w < 0)
        w += 7;
    return (int)w + 1;
}

void cal_iso_week(int y, int m, int d, int *wy, int *wk)
{
    long z = cal_days(y, m, d);
    long thursday = z - cal_weekday(y, m, d) + 4;
    int ty, tm, td;
    cal_civil(thursday, &ty, &tm, &td);
    *wy = ty;
    *wk = (int)((thursday - cal_days(ty, 1, 1)) / 7 + 1);
}

static void set_iso(dl_record *r, const char **out, int y, int m, int d)
{
    *out = tf_ymd(r->a, y, m, d, "");
}

/* *s and *e as ISO dates, in one allocation when both fit the usual form. */
static void set_span(dl_record *r, const char **s, int y0, int m0, int d0,
                     const char **e, int y1, int m1, int d1)
{
    char *p;
    if (!tf_ymd_fits(y0, m0, d0) || !tf_ymd_fits(y1, m1, d1) ||
        !(p = arena_alloc_raw(r->a, 22))) {
        set_iso(r, s, y0, m0, d0);
        set_iso(r, e, y1, m1, d1);
        return;
    }
    tf_ymd_write(p, y0, m0, d0);
    tf_ymd_write(p + 11, y1, m1, d1);
    *s = p;
    *e = p + 11;
}

/* *s and *e of a value whose first n digits (a year, decade or century)
 * the dates begin with: v's digits, then `lo` or `hi` digits to four, then
 * "-mm-dd" from ms, ds, me, de, in one allocation (no arithmetic on the
 * year: the digits are the value's). */
static void copy_span(dl_record *r, const char *v, size_t n, char lo, char hi,
                      int ms, int ds, const char **s, const char **e,
                      int me, int de)
{
    char *p = arena_alloc_raw(r->a, 22);
    if (!p)
        return;
    for (int k = 0; k < 2; k++) {
        char *q = p + 11 * k;
        memcpy(q, v, n);
        for (size_t j = n; j < 4; j++)
            q[j] = k ? hi : lo;
        int m = k ? me : ms, d = k ? de : ds;
        q[4] = '-';
        q[5] = (char)('0' + m / 10);
        q[6] = (char)('0' + m % 10);
        q[7] = '-';
        q[8] = (char)('0' + d / 10);
        q[9] = (char)('0' + d % 10);
        q[10] = 0;
    }
    *s = p;
    *e = p + 11;
}

/* Parse up to n digits at s; -1 if they are not all digits. */
static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* Year-level values: YYYY, YYY (decade), YY (century), with -Qn/-Hn/-SU. */
static int year_interval(dl_record *r, const char *v, size_t n, const char **s,
                         const char **e, const char **g)
{
    int y;
    if (n == 2 && (y = digits(v, 2)) >= 0) {
        copy_span(r, v, 2, '0', '9', 1, 1, s, e, 12, 31);
        *g = "century";
    } else if (n == 3 && (y = digits(v, 3)) >= 0) {
        copy_span(r, v, 3, '0', '9', 1, 1, s, e, 12, 31);
        *g = "decade";
    } else if (n == 4 && (y = digits(v, 4)) >= 0) {
        copy_span(r, v, 4, '0', '9', 1, 1, s, e, 12, 31);
        *g = "year";
    } else if (n == 7 && v[4] == '-' && (y = digits(v, 4)) >= 0) {
        int k = v[6] - '0', m0, m1;
        if (v[5] == 'Q' && k >= 1 && k <= 4)
            m0 = 3 * k - 2, m1 = 3 * k;
        else if (v[5] == 'H' && k >= 1 && k <= 2)
            m0 = 6 * k - 5, m1 = 6 * k;
        else if (!strcmp(v + 5, "SP"))
            m0 = 3, m1 = 5;
        else if (!strcmp(v + 5, "SU"))
            m0 = 6, m1 = 8;
        else if (!strcmp(v + 5, "FA"))
            m0 = 9, m1 = 11;
        else if (!strcmp(v + 5, "WI"))
            m0 = 12, m1 = 14;
        else
            return 0;
        int ey = m1 > 12 ? y + 1 : y, em = m1 > 12 ? m1 - 12 : m1;
        set_span(r, s, y, m0, 1, e, ey, em, date_days_in_month(ey, em));
        *g = "month";
    } else {
        return 0;
    }
    return 1;
}

void cal_interval(dl_record *r, const char *v, const char **s, const char **e,
                  const char **g)
{
    *s = *e = *g = NULL;
    size_t n = 0, len;
    while (v[n] && v[n] != 'T')
        n++;
    for (len = n; v[len]; len++)
        ;
    int y = n >= 4 ? digits(v, 4) : -1, m, d, wk;
    if (n >= 10 && y >= 0 && v[4] == '-' && (m = digits(v + 5, 2)) > 0 &&
        v[7] == '-' && (d = digits(v + 8, 2)) > 0) {
        if (n == 10 && !v[10]) {
            *s = v; /* a plain day is its own start, as set_iso would write it */
        } else { /* its first ten bytes, as set_iso would write them */
            char *p = arena_alloc_raw(r->a, 11);
            if (p) {
                memcpy(p, v, 10);
                p[10] = 0;
            }
            *s = p;
        }
        *e = *s;
        *g = "day";
    } else if (n == 7 && y >= 0 && v[4] == '-' && (m = digits(v + 5, 2)) > 0 &&
               m <= 12) {
        copy_span(r, v, 4, 0, 0, m, 1, s, e, m, date_days_in_month(y, m));
        *g = "month";
    } else if (n >= 7 && y >= 0 && v[4] == '-' && v[5] == 'W' &&
               (wk = tw_int(v + 6)) > 0) {
        long jan4 = cal_days(y, 1, 4);
        long mon = jan4 - (cal_weekday(y, 1, 4) - 1) + 7L * (wk - 1);
        int a, b, c;
        cal_civil(mon, &a, &b, &c);
        set_iso(r, s, a, b, c);
        cal_civil(mon + 6, &a, &b, &c);
        set_iso(r, e, a, b, c);
        *g = "day";
    } else if (n == len) {
        if (!year_interval(r, v, n, s, e, g))
            *s = *e = *g = NULL;
    }
}

/* The count and unit letter of a duration value: "P3D" is 3 and 'D',
 * "PT24H" 24 and 'h' (clock units in lower case); 0 if it has no count. */
static int duration_parts(const char *v, int *n, char *unit)
{
    int clock = v[0] == 'P' && v[1] == 'T';
    const char *p = v + 1 + clock;
    if (v[0] != 'P' || *p < '0' || *p > '9')
        return 0;
    *n = tw_int(p);
    while (*p >= '0' && *p <= '9')
        p++;
    if (!*p || p[1] || *n <= 0 || *n > 100000)
        return 0;
    *unit = clock ? (char)(*p - 'A' + 'a') : *p;
    return 1;
}

int cal_span(dl_record *r, const char *v, int y, int m, int d, int dir,
             const char **s, const char **e)
{
    int n;
    char u;
    if (!v || !duration_parts(v, &n, &u) || y <= 0 || m <= 0 || d <= 0)
        return 0;
    long day = cal_days(y, m, d), other;
    switch (u) {
    case 'h': other = day + dir * (long)((n + 23) / 24); break;
    case 'm': case 's': other = day; break; /* minutes, seconds: that day */
    case 'D': other = day + dir * (long)n; break;
    case 'W': other = day + dir * 7L * n; break;
    case 'M': case 'Y': {
        long months = (long)y * 12 + (m - 1) + dir * (u == 'Y' ? 12L * n : n);
        if (months < 12 || months / 12 > 9999)
            return 0;
        int oy = (int)(months / 12), om = (int)(months % 12) + 1;
        int od = d > date_days_in_month(oy, om) ? date_days_in_month(oy, om) : d;
        other = cal_days(oy, om, od);
        break;
    }
    default: return 0;
    }
    int a, b, c;
    cal_civil(other, &a, &b, &c);
    if (dir < 0)
        set_span(r, s, a, b, c, e, y, m, d);
    else
        set_span(r, s, y, m, d, e, a, b, c);
    return *s && *e;
}
