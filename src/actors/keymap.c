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
    m->n = 0;
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

int act_map_room(arena *a, act_map *m)
{
    if (2 * (m->n + 1) <= m->mask + 1)
        return 1;
    act_map g = {0};
    if (!act_map_init(a, &g, m->mask + 1))
        return 0;
    for (size_t i = 0; i <= m->mask; i++) {
        if (!m->keys[i])
            continue;
        size_t j = act_map_slot(&g, m->keys[i]);
        g.keys[j] = m->keys[i];
        g.vals[j] = m->vals[i];
        g.nums[j] = m->nums[i];
    }
    g.n = m->n;
    *m = g;
    return 1;
}
