/* arena.c - chunked bump allocation for per-document ownership.
 *
 * Chunks grow geometrically; each allocation is cleared as it is handed
 * out. A block of BIG bytes or more gets its own zeroed mapping, which
 * arena_grow resizes (mremap) instead of leaving the old copy behind, and
 * whose pages cost nothing until a list reaches them. Freeing the arena
 * frees every chunk and block. */
#ifdef __linux__
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* mremap */
#endif
#include <sys/mman.h>
#endif
#include "arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ALIGN 16
#define FIRST_CHUNK 16384
#define BIG ((size_t)256 << 10)

typedef struct chunk {
    struct chunk *next;
    size_t size, used;
    _Alignas(ALIGN) unsigned char data[];
} chunk;

/* A block of its own: the header sits just before the data. */
typedef struct big {
    struct big *next, *prev;
    size_t size; /* bytes of data */
    _Alignas(ALIGN) unsigned char data[];
} big;

struct arena {
    chunk *head;
    big *bigs; /* newest first */
    size_t total;
};

arena *arena_new(void)
{
    return calloc(1, sizeof(arena));
}

/* Zeroed memory for a big block of n data bytes, or NULL. */
static big *big_map(size_t n)
{
#ifdef __linux__
    void *p = mmap(NULL, sizeof(big) + n, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return p == MAP_FAILED ? NULL : p;
#else
    return calloc(1, sizeof(big) + n);
#endif
}

static void big_unmap(big *b)
{
#ifdef __linux__
    munmap(b, sizeof(big) + b->size);
#else
    free(b);
#endif
}

/* Resize block b to n data bytes (n > b->size); the new bytes are zero. */
static big *big_resize(big *b, size_t n)
{
#ifdef __linux__
    void *p = mremap(b, sizeof(big) + b->size, sizeof(big) + n, MREMAP_MAYMOVE);
    return p == MAP_FAILED ? NULL : p;
#else
    size_t old = b->size;
    big *p = realloc(b, sizeof(big) + n);
    if (p)
        memset(p->data + old, 0, n - old);
    return p;
#endif
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
    big *b = a->bigs;
    while (b) {
        big *next = b->next;
        big_unmap(b);
        b = next;
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

static void *big_alloc(arena *a, size_t n)
{
    big *b = big_map(n);
    if (!b)
        return NULL;
    b->size = n;
    b->prev = NULL;
    b->next = a->bigs;
    if (b->next)
        b->next->prev = b;
    a->bigs = b;
    a->total += n;
    return b->data;
}

/* n bytes from the arena, cleared when `clear` (big blocks come zeroed). */
static void *alloc(arena *a, size_t n, int clear)
{
    if (n == 0)
        n = 1;
    if (n > SIZE_MAX / 2)
        return NULL;
    n = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (n >= BIG)
        return big_alloc(a, n);
    chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        size_t size = c ? c->size * 2 : FIRST_CHUNK;
        if (size > ((size_t)64 << 20))
            size = (size_t)64 << 20;
        while (size < n)
            size *= 2;
        chunk *nc = chunk_new(size);
        if (!nc)
            return NULL;
        nc->next = c;
        a->head = c = nc;
    }
    void *p = c->data + c->used;
    c->used += n;
    a->total += n;
    return clear ? memset(p, 0, n) : p;
}

void *arena_alloc(arena *a, size_t n)
{
    return alloc(a, n, 1);
}

void *arena_alloc_raw(arena *a, size_t n)
{
    return alloc(a, n, 0);
}

/* The big block holding arr, or NULL when arr lives in a chunk. */
static big *big_of(const arena *a, const void *arr)
{
    for (big *b = a->bigs; b; b = b->next)
        if (b->data == arr)
            return b;
    return NULL;
}

/* Grow big block b to nb bytes where it stands or by moving its pages. */
static void *big_grow(arena *a, big *b, size_t nb)
{
    big *prev = b->prev, *next = b->next;
    size_t old = b->size;
    big *m = big_resize(b, nb);
    if (!m)
        return NULL;
    m->size = nb;
    if (prev)
        prev->next = m;
    else
        a->bigs = m;
    if (next)
        next->prev = m;
    a->total += nb - old;
    return m->data;
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
    chunk *c = a->head;
    size_t ob = (*cap * size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    size_t nb = (ncap * size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    big *b = arr && ob >= BIG ? big_of(a, arr) : NULL;
    if (b && b->size >= ob) {
        void *n = big_grow(a, b, nb);
        if (n)
            *cap = ncap;
        return n;
    }
    /* the newest block of the current chunk grows where it stands (the
     * usual case while one small list is filled): no copy left behind */
    if (arr && *cap && c && (unsigned char *)arr + ob == c->data + c->used &&
        nb - ob <= c->size - c->used) {
        memset((unsigned char *)arr + ob, 0, nb - ob);
        c->used += nb - ob;
        a->total += nb - ob;
        *cap = ncap;
        return arr;
    }
    /* the old items are copied, only the rest cleared (not all of it
     * first) */
    size_t keep = arr ? *cap * size : 0;
    unsigned char *n = alloc(a, ncap * size, ncap * size >= BIG);
    if (!n)
        return NULL;
    if (keep)
        memcpy(n, arr, keep);
    if (ncap * size < BIG)
        memset(n + keep, 0, ncap * size - keep);
    *cap = ncap;
    return n;
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
    char *d = arena_alloc_raw(a, n + 1);
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
