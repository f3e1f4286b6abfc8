/* dates.c - the ISO interval a TIMEX3 date value covers, for event rows
 * and date filters: 1990 -> 1990-01-01..1990-12-31, 1990-01 -> January,
 * 199 -> the 1990s, 19 -> the twentieth century (years 1900-1999). */
#include <ctype.h>
#include <string.h>

#include "store.h"

static int digits(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return 0;
    return 1;
}

static int num(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

static int month_days(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

static void ymd(char out[11], int y, int m, int d)
{
    const int v[] = {y / 1000 % 10, y / 100 % 10, y / 10 % 10, y % 10, -1,
                     m / 10 % 10, m % 10, -1, d / 10 % 10, d % 10};
    for (int i = 0; i < 10; i++)
        out[i] = v[i] < 0 ? '-' : (char)('0' + v[i]);
    out[10] = 0;
}

int store_timex_range(const char *v, char start[11], char end[11])
{
    size_t n = v ? strlen(v) : 0;
    if (n >= 4 && digits(v, 4) && (n == 4 || !isdigit((unsigned char)v[4]))) {
        int y = num(v, 4);
        if (n >= 7 && v[4] == '-' && digits(v + 5, 2) &&
            (n == 7 || !isdigit((unsigned char)v[7]))) {
            int m = num(v + 5, 2);
            if (m < 1 || m > 12)
                return 0;
            if (n >= 10 && v[7] == '-' && digits(v + 8, 2) &&
                (n == 10 || !isdigit((unsigned char)v[10]))) {
                int d = num(v + 8, 2);
                if (d < 1 || d > month_days(y, m))
                    return 0;
                ymd(start, y, m, d);
                ymd(end, y, m, d);
                return 1;
            }
            ymd(start, y, m, 1);
            ymd(end, y, m, month_days(y, m));
            return 1;
        }
        ymd(start, y, 1, 1);
        ymd(end, y, 12, 31);
        return 1;
    }
    if ((n == 3 || n == 2) && digits(v, (int)n)) {
        int lo = num(v, (int)n) * (n == 3 ? 10 : 100);
        ymd(start, lo, 1, 1);
        ymd(end, lo + (n == 3 ? 9 : 99), 12, 31);
        return 1;
    }
    return 0;
}
