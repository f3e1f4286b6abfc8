/* gazetteer.c - look-ups in the generated gazetteer tables.
 *
 * A look-up hashes the normalised name into gaz_slots (built with the
 * tables); an index sorted by id answers gaz_by_id. Nothing here chooses between
 * candidates: see resolve.c. */
#include <string.h>

#include "gazetteer.h"


/* The key's index in gaz_keys, or -1: one hash probe sequence, so one or
 * two cache lines instead of a binary search across the whole table. */
long gaz_find(const char *key, uint32_t h)
{
    uint32_t x, y;
    gaz_bloom_bits(h, &x, &y);
    if (!((gaz_bloom[x >> 3] >> (x & 7)) & (gaz_bloom[y >> 3] >> (y & 7)) & 1))
        return -1;
    for (uint32_t i = h & gaz_slot_mask;; i = (i + 1) & gaz_slot_mask) {
        const gaz_slot *s = &gaz_slots[i];
        if (!s->key)
            return -1;
        if (s->hash == h && !strcmp(gaz_keys[s->key - 1].key, key))
            return (long)s->key - 1;
    }
}

size_t gaz_probe(const char *key, gaz_hit *out, size_t max, int *more)
{
    return gaz_probe_hashed(key, gaz_hash(key), out, max, more);
}

size_t gaz_probe_hashed(const char *key, uint32_t h, gaz_hit *out, size_t max,
                        int *more)
{
    return gaz_key_hits(gaz_find(key, h), out, max, more);
}

size_t gaz_key_hits(long k, gaz_hit *out, size_t max, int *more)
{
    *more = 0;
    if (k < 0)
        return 0;
    const gaz_key *gk = &gaz_keys[k];
    *more = gk->more;
    for (size_t i = 0; i < gk->count && i < max; i++) {
        const gaz_name *nm = &gaz_names[gk->first + i];
        out[i].e = &gaz_entries[nm->entry];
        out[i].flags = nm->flags;
    }
    return gk->count;
}

size_t gaz_lookup_key(const char *key, gaz_hit *out, size_t max)
{
    int more;
    return gaz_probe(key, out, max, &more);
}

size_t gaz_lookup(const char *s, size_t n, gaz_hit *out, size_t max)
{
    char key[GAZ_MAX_KEY];
    if (!gaz_norm(s, n, key, sizeof key))
        return 0;
    return gaz_lookup_key(key, out, max);
}

const gaz_entry *gaz_by_id(const char *id)
{
    size_t lo = 0, hi = gaz_nentries;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(gaz_entries[gaz_id_order[mid]].id, id);
        if (c == 0)
            return &gaz_entries[gaz_id_order[mid]];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* Countries come first in the table (current, then former states). */
const gaz_entry *gaz_country(const char *cc)
{
    for (size_t i = 0; i < gaz_nentries && gaz_entries[i].kind == GAZ_COUNTRY; i++)
        if (!strcmp(gaz_entries[i].country, cc))
            return &gaz_entries[i];
    return NULL;
}

void gaz_stats(size_t *entries, size_t *names, size_t *bytes)
{
    size_t b = gaz_nentries * (sizeof(gaz_entry) + sizeof(uint32_t)) +
               gaz_nnames * sizeof(gaz_name) + gaz_nkeys * sizeof(gaz_key) +
               (gaz_slot_mask + 1) * sizeof(gaz_slot) +
               ((size_t)1 << GAZ_BLOOM_BITS) / 8;
    for (size_t i = 0; i < gaz_nkeys; i++)
        b += gaz_keys[i].count ? 0 : strlen(gaz_keys[i].key) + 1;
    for (size_t i = 0; i < gaz_nentries; i++)
        b += strlen(gaz_entries[i].id) + 1 + strlen(gaz_entries[i].name) + 1;
    for (size_t i = 0; i < gaz_nnames; i++)
        b += strlen(gaz_names[i].key) + 1;
    *entries = gaz_nentries;
    *names = gaz_nnames;
    *bytes = b;
}
