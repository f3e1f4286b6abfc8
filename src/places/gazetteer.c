/* gazetteer.c - look-ups in the generated gazetteer tables.
 *
 * Names are sorted by key (byte order) so a look-up is a binary search; an
 * index sorted by id answers gaz_by_id. Nothing here chooses between
 * candidates: see resolve.c. */
#include <string.h>

#include "gazetteer.h"


static size_t lower_bound(const char *key)
{
    size_t lo = 0, hi = gaz_nnames;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(gaz_names[mid].key, key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t gaz_lookup_key(const char *key, gaz_hit *out, size_t max)
{
    size_t i = lower_bound(key), n = 0;
    for (; i < gaz_nnames && !strcmp(gaz_names[i].key, key); i++, n++)
        if (n < max) {
            out[n].e = &gaz_entries[gaz_names[i].entry];
            out[n].flags = gaz_names[i].flags;
        }
    return n;
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
               gaz_nnames * sizeof(gaz_name);
    for (size_t i = 0; i < gaz_nentries; i++)
        b += strlen(gaz_entries[i].id) + 1 + strlen(gaz_entries[i].name) + 1;
    for (size_t i = 0; i < gaz_nnames; i++)
        b += strlen(gaz_names[i].key) + 1;
    *entries = gaz_nentries;
    *names = gaz_nnames;
    *bytes = b;
}
