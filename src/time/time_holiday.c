/* time_holiday.c - the day of a movable feast in a given year: Easter and
 * the days counted from it, and the n-th (or last) weekday of a month
 * ("the fourth Thursday of November"). The rules are written in
 * data/en/time_holidays.txt; scan_holiday reads them and time_resolve.c
 * calls holiday_day once the year is known. Not for fixed-date holidays,
 * which are plain month-day values. */
#include <stdlib.h>
#include <string.h>

#include "time.h"

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
    if (!strncmp(rule, "easter", 6)) {
        easter(y, m, d);
        long z = cal_days(y, *m, *d) + atol(rule + 6);
        cal_civil(z, &y, m, d);
        return 1;
    }
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
