/* gazetteer.h - the read-only gazetteer: countries, subdivisions, regions and
 * cities compiled at build time from iso-codes and GeoNames (data/README).
 *
 * Look-up is by normalised name (gaz_norm) and returns every entry known by
 * that name; choosing among them is the places stage's job (resolve.c). The
 * tables are const and shared by all threads. */
#ifndef DL_GAZETTEER_H
#define DL_GAZETTEER_H

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef enum { GAZ_COUNTRY, GAZ_REGION, GAZ_CITY, GAZ_OTHER } gaz_kind;

/* entry flags */
enum {
    GAZ_CAPITAL = 1 << 0,    /* a national capital (GeoNames PPLC) */
    GAZ_ADMIN_SEAT = 1 << 1, /* seat of a first-level subdivision (PPLA) */
    GAZ_FORMER = 1 << 2,     /* a state that no longer exists (ISO 3166-3) */
    GAZ_MINOR = 1 << 3       /* a small town (under GAZ_MINPOP people), named
                              * only where a place is plainly meant */
};

/* name flags */
enum {
    GAZN_COMMON = 1 << 0, /* the name is also a lower-case English word */
    GAZN_VARIANT = 1 << 1, /* a variant or historical name, not the source's */
    GAZN_MINOR = 1 << 2    /* the name of a small town (GAZ_MINOR): told by
                            * the key alone, without reading the entry */
};

#define GAZ_NO_COORD INT32_MIN

/* An entry fills one 64-byte cache line (aligned to one), the fields
 * resolving reads first. */
typedef struct {
    _Alignas(64) double prior; /* gaz_prior_of(this entry), worked out at build time */
    uint32_t population; /* 0 when unknown */
    uint8_t kind;        /* gaz_kind */
    uint8_t flags;
    char country[3];     /* ISO 3166-1 alpha-2 (3166-3 first two letters) */
    /* strings as offsets into gaz_strtab (0: none), not pointers: a table
     * of pointers would be relocated, every page of it written, when the
     * program loads (read with gaz_admin1, gaz_id, gaz_name below) */
    uint32_t admin1_at;  /* ISO 3166-2 code of the first-level subdivision */
    uint32_t id_at;      /* GeoNames id or ISO code */
    uint32_t name_at;    /* preferred name */
    int32_t lat_e5, lon_e5; /* degrees * 1e5, or GAZ_NO_COORD */
} gaz_entry;

/* The strings of the entries, each NUL-terminated; offset 0 is "". */
extern const char gaz_strtab[];
extern const size_t gaz_strtab_size;

static inline const char *gaz_str_at(uint32_t at)
{
    return at ? gaz_strtab + at : NULL;
}
static inline const char *gaz_admin1(const gaz_entry *e) { return gaz_str_at(e->admin1_at); }
static inline const char *gaz_id(const gaz_entry *e) { return gaz_str_at(e->id_at); }
static inline const char *gaz_name(const gaz_entry *e) { return gaz_str_at(e->name_at); }

/* How likely a bare mention of the entry means it, before context: countries
 * first, then named regions, cities by population with capitals a little
 * higher (resolve.c adds context). Computed by gazgen into gaz_entry.prior
 * so that resolving reads no strings and takes no logarithms. */
static inline double gaz_prior_of(int kind, const char *id, const char *admin1,
                                  uint32_t population, unsigned flags)
{
    double s = 0;
    switch (kind) {
    case GAZ_COUNTRY: s = 3.0; break;
    case GAZ_REGION:
        s = !strncmp(id, "x-", 2) ? 2.0 : (admin1 && !strcmp(admin1, id)) ? 1.5 : 1.0;
        break;
    case GAZ_CITY:
        s = log10((double)population + 10.0) / 2.0;
        s += (flags & GAZ_CAPITAL) ? 0.6 : (flags & GAZ_ADMIN_SEAT) ? 0.2 : 0;
        break;
    default: s = 0.5;
    }
    return s;
}

/* The keys: each distinct normalised name, and each word prefix of longer
 * names ("new" of "new york"), is a record of gaz_kblob starting at a
 * multiple of 4 bytes (and not across a 64-byte line when it fits one),
 * holding all a look-up reads in one cache line (gaz_kblob is aligned to
 * 64):
 *   byte 0-1  count of names (little-endian; 0 for a prefix only)
 *   byte 2    more: some longer name starts with the key and a space
 *   byte 3    length of the key
 *   count x 4 bytes: entry index (24 bits, little-endian) and GAZN_* flags
 *   the key's bytes (no NUL), padded to a multiple of 4.
 * A key's index (gaz_find) is its offset in gaz_kblob / 4. */
extern const unsigned char gaz_kblob[];
extern const size_t gaz_kblob_size;

/* The open-addressing hash table over the keys: a slot is 0 (empty) or the
 * top GAZ_SLOT_TAG_BITS of the key's gaz_hash over 1 + its index. */
#define GAZ_SLOT_TAG_BITS 12
#define GAZ_SLOT_INDEX_MASK ((1u << (32 - GAZ_SLOT_TAG_BITS)) - 1)
static inline uint32_t gaz_slot_of(uint32_t h, uint32_t k)
{
    return (h >> (32 - GAZ_SLOT_TAG_BITS) << (32 - GAZ_SLOT_TAG_BITS)) | (k + 1);
}

/* One candidate of a look-up. */
typedef struct {
    const gaz_entry *e;
    unsigned flags; /* GAZN_* of the name that matched */
} gaz_hit;

/* The generated tables (build/gen/gazetteer_data.c). */
extern const gaz_entry gaz_entries[];
extern const size_t gaz_nentries;
extern const size_t gaz_nnames; /* names (an entry's name and variants) */
extern const uint32_t gaz_id_order[]; /* entry indexes sorted by id */
extern const size_t gaz_nkeys;
extern const uint32_t gaz_slots[];
extern const uint32_t gaz_slot_mask; /* number of slots - 1 (a power of 2) */
/* A bitset with two bits set for each key (gaz_bloom_bits of its hash): a
 * key whose bits are not both set is in no table. 128 KiB (some 117,000
 * keys set a fifth of its bits: one word of no key in 20 gets through),
 * and both bits of a key lie in one 64-byte line, so a look-up costs at
 * most one cache miss where the slots (a megabyte) would cost one or two. */
#define GAZ_BLOOM_BITS 20
extern const uint8_t gaz_bloom[];
static inline void gaz_bloom_bits(uint32_t h, uint32_t *x, uint32_t *y)
{
    uint32_t line = (h >> (32 - (GAZ_BLOOM_BITS - 9))) << 9; /* 512 bits */
    uint32_t g = h * 2654435769u;
    *x = line | (g & 511);
    *y = line | ((g >> 9) & 511);
}

/* Longest name in words, for callers matching runs of tokens. */
#define GAZ_MAX_WORDS 8
/* Longest normalised name in bytes. */
#define GAZ_MAX_KEY 160

/* Normalise s[0..n) into out (cap bytes): case folded, accents stripped,
 * hyphens as spaces, dots dropped, whitespace folded. Returns the length, or
 * 0 when it does not fit or is empty. */
size_t gaz_norm(const char *s, size_t n, char *out, size_t cap);

/* The letter c between p and n (folded letters, 0 at either end) as keys
 * write it: transliterations of one name meet ("Avdiyivka", "Avdiivka";
 * "Mykolayiv", "Mykolaiv"; "Kupjansk", "Kupiansk"; "Zaporizhzhya",
 * "Zaporizhzhia"): a 'y' between a vowel and 'i' or after 'i' before a
 * vowel is dropped (0), a 'y' or 'j' after some consonants before a vowel
 * is 'i'. Shared by gaz_norm and the scanner's fast path. */
static inline char gaz_translit(char p, char c, char n)
{
    /* Arabic names in French and English spellings: "ou" is 'u'
     * ("Khan Younis", "Khan Yunis"), "ei" is "ay" ("Deir", "Dayr"; "Beit",
     * "Bayt"; "Nuseirat", "Nusayrat") */
    if (c == 'o' && n == 'u')
        return 0;
    if (c == 'e' && n == 'i')
        return 'a';
    if (c == 'i' && p == 'e')
        return 'y';
    if (c != 'y' && c != 'j')
        return c;
    int nv = n == 'a' || n == 'e' || n == 'i' || n == 'o' || n == 'u';
    if (c == 'y' && ((p == 'i' && nv) ||
                     (n == 'i' && (p == 'a' || p == 'e' || p == 'o' || p == 'u'))))
        return 0;
    if (nv && p && strchr(c == 'y' ? "bcdfhklmprstvz" : "bcdfhklmpstvz", p))
        return 'i';
    return c;
}

/* FNV-1a hash of a normalised key (the same at build and run time). */
uint32_t gaz_hash(const char *key);

/* Every entry known by the name s[0..n): up to max hits in out, returns how
 * many there are in all (may exceed max). */
size_t gaz_lookup(const char *s, size_t n, gaz_hit *out, size_t max);
/* The same with an already normalised key. */
size_t gaz_lookup_key(const char *key, gaz_hit *out, size_t max);

/* gaz_lookup_key, and *more says whether some longer name starts with key
 * and a space ("new" for "new york"). */
size_t gaz_probe(const char *key, gaz_hit *out, size_t max, int *more);
/* The index of a normalised key whose gaz_hash is h, or -1. */
long gaz_find(const char *key, uint32_t h);
/* Is key index k (from gaz_find) the key s[0..n)? */
int gaz_key_is(long k, const char *s, size_t n);
/* gaz_probe's answer for key index k (-1: none). */
size_t gaz_key_hits(long k, gaz_hit *out, size_t max, int *more);
/* gaz_probe when the caller has gaz_hash(key) already. */
size_t gaz_probe_hashed(const char *key, uint32_t h, gaz_hit *out, size_t max,
                        int *more);

/* The country entry for an ISO alpha-2 code (SU, YU, CS, DD for former
 * states), or NULL. */
const gaz_entry *gaz_country(const char *cc);
/* The entry with this id (ISO code or GeoNames id), or NULL. */
const gaz_entry *gaz_by_id(const char *id);

/* Sizes for `make bench`: entries, names and bytes of the tables. */
void gaz_stats(size_t *entries, size_t *names, size_t *bytes);

#endif
