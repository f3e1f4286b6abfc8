/* keymap.c - a small string-keyed table for the actors stage: the latest
 * country of each coreference key, the place names read as the document's
 * main country. Open addressing over a power-of-two table in the record's
 * arena; keys compare without ASCII case. Not a general hash library. */
#include <strings.h>

#include "actors.h"

static size_t key_hash(const char *s)
{
    size_t h = (size_t)1469598103934665603u;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        h = (h ^ (c >= 'A' && c <= 'Z' ? c + 32u : c)) * (size_t)1099511628211u;
    }
    return h;
}

int act_map_init(arena *a, act_map *m, size_t n)
{
    size_t cap = 16;
    while (cap < 2 * n)
        cap *= 2;
    m->mask = cap - 1;
    m->keys = arena_alloc(a, cap * sizeof *m->keys);
    m->vals = arena_alloc(a, cap * sizeof *m->vals);
    m->nums = arena_alloc(a, cap * sizeof *m->nums);
    return m->keys && m->vals && m->nums;
}

size_t act_map_slot(const act_map *m, const char *key)
{
    size_t i = key_hash(key) & m->mask;
    while (m->keys[i] && strcasecmp(m->keys[i], key))
        i = (i + 1) & m->mask;
    return i;
}
