/* arena.c - chunked bump allocation for per-document ownership.
 *
 * Chunks grow geometrically; a request larger than a chunk gets its own.
 * Freeing the arena frees every chunk. */
#include "arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ALIGN 16
#define FIRST_CHUNK 16384

typedef struct chunk {
    struct chunk *next;
    size_t size, used;
    _Alignas(ALIGN) unsigned char data[];
} chunk;

struct arena {
    chunk *head;
    size_t total;
};

arena *arena_new(void)
{
    return calloc(1, sizeof(arena));
}

void arena_free(arena *a)
{
    if (!a)
        return;
    chunk *c = a->head;
    while (c) {
        chunk *next = c->next;
        free(c);
        c = next;
    }
    free(a);
}

static chunk *chunk_new(size_t size)
{
    chunk *c = malloc(sizeof(chunk) + size);
    if (!c)
        return NULL;
    c->next = NULL;
    c->size = size;
    c->used = 0;
    return c;
}

void *arena_alloc(arena *a, size_t n)
{
    if (n == 0)
        n = 1;
    if (n > SIZE_MAX / 2)
        return NULL;
    n = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        size_t size = c ? c->size * 2 : FIRST_CHUNK;
        if (size > ((size_t)64 << 20))
            size = (size_t)64 << 20;
        if (size < n)
            size = n;
        chunk *nc = chunk_new(size);
        if (!nc)
            return NULL;
        /* Keep a nearly full head behind a big one-off chunk. */
        if (c && size == n && c->size - c->used > 256) {
            nc->next = c->next;
            c->next = nc;
            nc->used = n;
            a->total += n;
            return memset(nc->data, 0, n);
        }
        nc->next = c;
        a->head = c = nc;
    }
    void *p = c->data + c->used;
    c->used += n;
    a->total += n;
    return memset(p, 0, n);
}

void *arena_grow(arena *a, void *arr, size_t *cap, size_t want, size_t size)
{
    if (want <= *cap)
        return arr;
    size_t ncap = *cap ? *cap * 2 : 8;
    while (ncap < want)
        ncap *= 2;
    if (ncap > SIZE_MAX / size || ncap * size > SIZE_MAX / 2)
        return NULL;
    /* the newest block of the current chunk grows where it stands (the
     * usual case while one list is filled): no copy left behind */
    chunk *c = a->head;
    size_t ob = (*cap * size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    size_t nb = (ncap * size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (arr && *cap && c && (unsigned char *)arr + ob == c->data + c->used &&
        nb - ob <= c->size - c->used) {
        memset((unsigned char *)arr + ob, 0, nb - ob);
        c->used += nb - ob;
        a->total += nb - ob;
        *cap = ncap;
        return arr;
    }
    void *n = arena_alloc(a, ncap * size);
    if (!n)
        return NULL;
    if (arr && *cap)
        memcpy(n, arr, *cap * size);
    *cap = ncap;
    return n;
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
    char *d = arena_alloc(a, n + 1);
    if (!d)
        return NULL;
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

char *arena_strdup(arena *a, const char *s)
{
    return s ? arena_strndup(a, s, strlen(s)) : NULL;
}

char *arena_printf(arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *d = arena_alloc(a, (size_t)n + 1);
    if (!d)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(d, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return d;
}

size_t arena_used(const arena *a)
{
    return a->total;
}
