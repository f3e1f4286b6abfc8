/* buf.c - growable string for writers. A failed allocation sticks, so
 * callers check once at the end (buf_take). */
#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int grow(buf *b, size_t extra)
{
    if (b->failed)
        return -1;
    if (b->len + extra + 1 <= b->cap)
        return 0;
    size_t ncap = b->cap ? b->cap * 2 : 256;
    while (ncap < b->len + extra + 1)
        ncap *= 2;
    char *n = realloc(b->s, ncap);
    if (!n) {
        b->failed = 1;
        return -1;
    }
    b->s = n;
    b->cap = ncap;
    return 0;
}

void buf_add(buf *b, const char *s, size_t n)
{
    if (grow(b, n))
        return;
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

void buf_puts(buf *b, const char *s)
{
    buf_add(b, s, strlen(s));
}

void buf_printf(buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || grow(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

char *buf_take(buf *b)
{
    if (b->failed) {
        free(b->s);
        b->s = NULL;
        return NULL;
    }
    if (!b->s)
        buf_add(b, "", 0);
    char *s = b->s;
    b->s = NULL;
    return s;
}
