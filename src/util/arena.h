/* arena.h - a bump allocator that owns everything extracted from one document.
 *
 * Allocations are never freed one by one; arena_free releases them all. Not
 * thread-safe by design: one arena belongs to one record on one thread. */
#ifndef DL_ARENA_H
#define DL_ARENA_H

#include <stddef.h>
#include <string.h>

typedef struct arena arena;

arena *arena_new(void);
void arena_free(arena *a);

/* Zeroed memory aligned for any type, or NULL when out of memory. */
void *arena_alloc(arena *a, size_t n);
/* Like arena_alloc but not cleared, for a list whose slots are written
 * before they are read (filled with VEC_PUSH, say). */
void *arena_alloc_raw(arena *a, size_t n);
/* Grow an array allocated in the arena to hold `want` elements of `size`;
 * *cap is updated. Returns the (possibly moved) array or NULL. */
void *arena_grow(arena *a, void *arr, size_t *cap, size_t want, size_t size);
char *arena_strndup(arena *a, const char *s, size_t n);
char *arena_strdup(arena *a, const char *s);
char *arena_printf(arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Bytes handed out so far (for benchmarks and limits). */
size_t arena_used(const arena *a);

/* Append one element to an arena-owned array: VEC_PUSH(a, arr, n, cap).
 * Evaluates to a pointer to the new zeroed slot, or NULL on failure. The
 * slot is zeroed even when it is reused (a list emptied by setting n = 0
 * and filled again). */
static inline void *vec_zeroed(void *slot, size_t size)
{
    return memset(slot, 0, size);
}

#define VEC_PUSH(a, arr, n, cap)                                              \
    (((n) < (cap) || ((arr) = arena_grow((a), (arr), &(cap), (n) + 1,         \
                                         sizeof *(arr))) != NULL)             \
         ? vec_zeroed(&(arr)[(n)++], sizeof *(arr))                           \
         : NULL)

#endif
