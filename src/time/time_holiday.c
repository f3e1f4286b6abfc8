/* time_holiday.c - the day of a movable feast in a given year: Easter (of
 * the Western and the Orthodox churches) and the days counted from it, the
 * n-th (or last) weekday of a month ("the fourth Thursday of November"),
 * and the feasts of the Islamic, Hebrew and Persian calendars (from the
 * month starts ICU gives at build time: time_calendars.h). The rules are written in
 * data/en/time_holidays.txt; scan_holiday reads them and time_resolve.c
 * calls holiday_day once the year is known. Not for fixed-date holidays,
 * which are plain month-day values. */
#include <stdlib.h>
#include <string.h>

#include "time.h"
#include "time_calendars.h"

/* Easter Sunday of year y (Gregorian computus). */
static void easter(int y, int *m, int *d)
{
    int a = y % 19, b = y / 100, c = y % 100, e = b % 4;
    int f = (b + 8) / 25, g = (b - f + 1) / 3;
    int h = (19 * a + b - b / 4 - g + 15) % 30;
    int l = (32 + 2 * e + 2 * (c / 4) - h - c % 4) % 7;
    int k = (a + 11 * h + 22 * l) / 451;
    *m = (h + l - 7 * k + 114) / 31;
    *d = (h + l - 7 * k + 114) % 31 + 1;
}

/* Easter Sunday of the Orthodox churches in year y: the Julian computus,
 * moved to the Gregorian calendar (13 days from 1900 to 2099, one less
 * or more a century before or after). */
static void julian_easter(int y, int *m, int *d)
{
    int a = y % 4, b = y % 7, c = y % 19;
    int e = (19 * c + 15) % 30, f = (2 * a + 4 * b - e + 34) % 7;
    int jm = (e + f + 114) / 31, jd = (e + f + 114) % 31 + 1;
    int gap = y / 100 - y / 400 - 2;
    cal_civil(cal_days(y, jm, jd) + gap, &y, m, d);
}

/* Day D of month M of another calendar ("islamic:10-1" is 1 Shawwal) in
 * Gregorian year y: the first time it falls in y (a lunar feast falls
 * twice in some years); 0 when the table does not reach y. */
static int other_calendar(const char *rule, int y, int *m, int *d)
{
    static const cal_table *const tables[] = {&time_cal_islamic, &time_cal_hebrew,
                                              &time_cal_persian};
    const char *colon = strchr(rule, ':');
    for (size_t k = 0; colon && k < sizeof tables / sizeof tables[0]; k++) {
        const cal_table *c = tables[k];
        if (strlen(c->name) != (size_t)(colon - rule) || strncmp(rule, c->name, colon - rule))
            continue;
        int cm = tw_int(colon + 1), cd = tw_int(strchr(colon, '-') ? strchr(colon, '-') + 1 : "");
        if (cm < 1 || cm > c->months || cd < 1 || cd > 30)
            return 0;
        for (int row = 0; row < c->years; row++) {
            int32_t start = c->starts[row * c->months + cm - 1];
            if (start == INT32_MIN)
                continue;
            int gy;
            cal_civil(start + cd - 1, &gy, m, d);
            if (gy == y)
                return 1;
            if (gy > y)
                return 0;
        }
        return 0;
    }
    return 0;
}

/* The n-th weekday wd (ISO, 1 Monday) of month m; n < 0: the last one. */
static int nth_weekday(int y, int m, int n, int wd)
{
    if (n < 0) {
        long end = cal_days(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - 1;
        int yy, mm, dd;
        cal_civil(end, &yy, &mm, &dd);
        return dd - (cal_weekday(y, m, dd) - wd + 7) % 7;
    }
    int first = 1 + (wd - cal_weekday(y, m, 1) + 7) % 7;
    return first + 7 * (n - 1);
}

int holiday_day(const char *rule, int y, int *m, int *d)
{
    int julian = !strncmp(rule, "julian_easter", 13);
    if (julian || !strncmp(rule, "easter", 6)) {
        (julian ? julian_easter : easter)(y, m, d);
        long z = cal_days(y, *m, *d) + atol(rule + (julian ? 13 : 6));
        cal_civil(z, &y, m, d);
        return 1;
    }
    if (strchr(rule, ':'))
        return other_calendar(rule, y, m, d);
    /* "M/N/W": the N-th weekday W of month M (N 0: the last) */
    char *p;
    long f[3] = {0, 0, 0};
    const char *s = rule;
    for (int i = 0; i < 3 && *s; i++) {
        f[i] = strtol(s, &p, 10);
        if (p == s)
            return 0;
        s = *p == '/' ? p + 1 : p;
    }
    if (f[0] < 1 || f[0] > 12 || f[2] < 1 || f[2] > 7)
        return 0;
    *m = (int)f[0];
    *d = nth_weekday(y, *m, f[1] ? (int)f[1] : -1, (int)f[2]);
    return 1;
}
