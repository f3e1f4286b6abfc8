/* buf.h - a growable malloc'd string for writers that hand their result to
 * the caller. Not arena-owned: the caller frees it with free(). */
#ifndef DL_BUF_H
#define DL_BUF_H

#include <stddef.h>

typedef struct {
    char *s;
    size_t len, cap;
    int failed;
} buf;

void buf_add(buf *b, const char *s, size_t n);
void buf_puts(buf *b, const char *s);
void buf_printf(buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Hand over the string (NULL after any failure; the buffer is freed). */
char *buf_take(buf *b);

#endif
