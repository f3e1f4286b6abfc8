/* time_fmt.c - the time stage's own small printf for TIMEX3 values: only
 * %d, %0Nd, %s, %c and %%, as in "%04d-%02d-%02d%s". Output is the same as
 * C's snprintf for these; it exists because glibc's printf costs a thousand
 * instructions a call and the stage formats several values per expression.
 * Not a general formatter: anything else in fmt is copied as it stands. */
#include <stdarg.h>
#include <string.h>

#include "time.h"

/* Append one byte at position n of buf (cap bytes); count it either way. */
static void put(char *buf, size_t cap, size_t *n, char c)
{
    if (*n + 1 < cap)
        buf[*n] = c;
    (*n)++;
}

/* %0Nd (zero = 1) or %Nd: sign first, then zero padding to width. */
static void put_int(char *buf, size_t cap, size_t *n, long v, int width,
                    int zero)
{
    char d[24];
    int k = 0;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    do {
        d[k++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    int len = k + (v < 0);
    if (!zero)
        for (; len < width; len++)
            put(buf, cap, n, ' ');
    if (v < 0)
        put(buf, cap, n, '-');
    if (zero)
        for (; len < width; len++)
            put(buf, cap, n, '0');
    while (k)
        put(buf, cap, n, d[--k]);
}

static size_t tf_vformat(char *buf, size_t cap, const char *fmt, va_list ap)
{
    size_t n = 0;
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            put(buf, cap, &n, *p);
            continue;
        }
        p++;
        int zero = *p == '0', width = 0;
        if (zero)
            p++;
        for (; *p >= '0' && *p <= '9'; p++)
            width = width * 10 + (*p - '0');
        if (*p == 'd') {
            put_int(buf, cap, &n, va_arg(ap, int), width, zero);
        } else if (*p == 's') {
            for (const char *s = va_arg(ap, const char *); *s; s++)
                put(buf, cap, &n, *s);
        } else if (*p == 'c') {
            put(buf, cap, &n, (char)va_arg(ap, int));
        } else {
            put(buf, cap, &n, *p ? *p : '%');
            if (!*p)
                break;
        }
    }
    if (cap)
        buf[n < cap ? n : cap - 1] = '\0';
    return n;
}

size_t tf_snprintf(char *buf, size_t cap, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (fmt[0] == '%' && fmt[1] == 's' && !fmt[2] && cap) {
        /* "%s", the commonest: a bounded copy */
        const char *s = va_arg(ap, const char *);
        size_t n = 0;
        for (; s[n]; n++)
            if (n + 1 < cap)
                buf[n] = s[n];
        buf[n < cap ? n : cap - 1] = '\0';
        va_end(ap);
        return n;
    }
    size_t n = tf_vformat(buf, cap, fmt, ap);
    va_end(ap);
    return n;
}

char *tf_arena(arena *a, const char *fmt, ...)
{
    char small[64];
    va_list ap;
    va_start(ap, fmt);
    size_t n = tf_vformat(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < sizeof small)
        return arena_strndup(a, small, n);
    char *d = arena_alloc(a, n + 1);
    if (!d)
        return NULL;
    va_start(ap, fmt);
    tf_vformat(d, n + 1, fmt, ap);
    va_end(ap);
    return d;
}

/* y (0-9999) as four digits at p. */
static void put_year(char *p, unsigned y)
{
    p[0] = (char)('0' + y / 1000);
    p[1] = (char)('0' + y / 100 % 10);
    p[2] = (char)('0' + y / 10 % 10);
    p[3] = (char)('0' + y % 10);
}

/* m (0-99) as two digits at p. */
static void put_2(char *p, unsigned m)
{
    p[0] = (char)('0' + m / 10);
    p[1] = (char)('0' + m % 10);
}

void tf_ymd_write(char *p, int y, int m, int d)
{
    put_year(p, (unsigned)y);
    p[4] = '-';
    put_2(p + 5, (unsigned)m);
    p[7] = '-';
    put_2(p + 8, (unsigned)d);
    p[10] = 0;
}

char *tf_ymd(arena *a, int y, int m, int d, const char *sfx)
{
    if (!tf_ymd_fits(y, m, d))
        return tf_arena(a, "%04d-%02d-%02d%s", y, m, d, sfx);
    size_t ns = 0;
    while (sfx[ns])
        ns++;
    char *p = arena_alloc_raw(a, 11 + ns); /* every byte is written below */
    if (!p)
        return NULL;
    tf_ymd_write(p, y, m, d);
    for (size_t k = 0; k <= ns; k++)
        p[10 + k] = sfx[k];
    return p;
}

/* "YYYY" or, with month, "YYYY-MM" into a fresh string. */
static char *year_month(arena *a, int y, int month, int m)
{
    char *p = arena_alloc_raw(a, month ? 8 : 5); /* every byte is written */
    if (!p)
        return NULL;
    put_year(p, (unsigned)y);
    if (!month) {
        p[4] = 0;
        return p;
    }
    p[4] = '-';
    put_2(p + 5, (unsigned)m);
    p[7] = 0;
    return p;
}

char *tf_ym(arena *a, int y, int m)
{
    if (y < 0 || y > 9999 || m < 0 || m > 99)
        return tf_arena(a, "%04d-%02d", y, m);
    return year_month(a, y, 1, m);
}

char *tf_y(arena *a, int y)
{
    if (y < 0 || y > 9999)
        return tf_arena(a, "%04d", y);
    return year_month(a, y, 0, 0);
}

char *tf_yq(arena *a, int y, char c, int q)
{
    if (y < 0 || y > 9999 || q < 0 || q > 9)
        return tf_arena(a, "%04d-%c%d", y, c, q);
    char *p = arena_alloc_raw(a, 8); /* every byte is written below */
    if (!p)
        return NULL;
    put_year(p, (unsigned)y);
    p[4] = '-';
    p[5] = c;
    p[6] = (char)('0' + q);
    p[7] = 0;
    return p;
}
