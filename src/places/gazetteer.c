/* gazetteer.c - look-ups in the generated gazetteer tables.
 *
 * A look-up hashes the normalised name into gaz_slots (built with the
 * tables); an index sorted by id answers gaz_by_id. Nothing here chooses between
 * candidates: see resolve.c. */
#include <string.h>

#include "gazetteer.h"


static const unsigned char *krec(long k)
{
    return gaz_kblob + (size_t)k * 4;
}

static size_t krec_count(const unsigned char *b)
{
    return (size_t)b[0] | (size_t)b[1] << 8;
}

int gaz_key_is(long k, const char *s, size_t n)
{
    const unsigned char *b = krec(k);
    return b[3] == n && !memcmp(b + 4 + 4 * krec_count(b), s, n);
}

/* The key's index, or -1: the two-bit filter, then one probe sequence of
 * four-byte slots whose tags spare reading most records that are not it. */
long gaz_find(const char *key, uint32_t h)
{
    uint32_t x, y;
    gaz_bloom_bits(h, &x, &y);
    if (!((gaz_bloom[x >> 3] >> (x & 7)) & (gaz_bloom[y >> 3] >> (y & 7)) & 1))
        return -1;
    size_t n = strlen(key);
    uint32_t tag = gaz_slot_of(h, 0) & ~GAZ_SLOT_INDEX_MASK;
    for (uint32_t i = h & gaz_slot_mask;; i = (i + 1) & gaz_slot_mask) {
        uint32_t s = gaz_slots[i];
        if (!s)
            return -1;
        if ((s & ~GAZ_SLOT_INDEX_MASK) == tag &&
            gaz_key_is((long)(s & GAZ_SLOT_INDEX_MASK) - 1, key, n))
            return (long)(s & GAZ_SLOT_INDEX_MASK) - 1;
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
    const unsigned char *b = krec(k);
    size_t count = krec_count(b);
    *more = b[2];
    for (size_t i = 0; i < count && i < max; i++) {
        const unsigned char *nm = b + 4 + 4 * i;
        uint32_t e = (uint32_t)nm[0] | (uint32_t)nm[1] << 8 | (uint32_t)nm[2] << 16;
        out[i].e = &gaz_entries[e];
        out[i].flags = nm[3];
    }
    return count;
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
        int c = strcmp(gaz_id(&gaz_entries[gaz_id_order[mid]]), id);
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
    *entries = gaz_nentries;
    *names = gaz_nnames;
    *bytes = gaz_nentries * (sizeof(gaz_entry) + sizeof(uint32_t)) + gaz_strtab_size +
             gaz_kblob_size + (gaz_slot_mask + 1) * sizeof(uint32_t) +
             ((size_t)1 << GAZ_BLOOM_BITS) / 8;
}
