/* gazgen.h - the gazetteer generator's model: entries and names gathered from
 * the reference sources before they are written out as C tables.
 *
 * Build-time only (tools/gazetteer); the library sees the output through
 * src/places/gazetteer.h. */
#ifndef GAZGEN_H
#define GAZGEN_H

#include <stddef.h>
#include <stdint.h>

#include "../../src/places/gazetteer.h"

typedef struct {
    char *id, *name, *admin1;
    char country[3];
    int kind, flags;
    uint32_t population;
    int32_t lat, lon;
} gen_entry;

typedef struct {
    char *key;
    uint32_t entry;
    uint32_t flags;
} gen_name;

typedef struct {
    gen_entry *e;
    size_t ne, cap_e;
    gen_name *n;
    size_t nn, cap_n;
    char **words; /* sorted lower-case English words */
    size_t nwords;
    char **propers; /* sorted capitalised words of the list, lower-cased
                     * ("blair", "arab"): names a small town may not take */
    size_t npropers;
    size_t first_minor; /* entries from here on are GAZ_MINOR towns, named
                         * last (gen_name_minors) */
    char **only;  /* keys a variant claims alone ("burma|=MM") */
    size_t nonly, cap_only;
    char **articles; /* "an|n" pairs of articles.txt: article, letters */
    size_t narticles, cap_articles;
} gazgen;

void *xmalloc(size_t n);
char *xstrdup(const char *s);
void die(const char *fmt, ...);

/* Add an entry (strings are copied); returns its index. */
uint32_t gen_add_entry(gazgen *g, const char *id, const char *name,
                       const char *cc, const char *admin1, int kind);
/* Add a name for an entry (normalised here). */
void gen_add_name(gazgen *g, const char *name, uint32_t entry, uint32_t flags);
/* articles.txt: the article before a name that it may be known without. */
void read_articles(gazgen *g, const char *path);
/* Index of the entry with this id, or -1 (linear; build time only). */
long gen_find_id(const gazgen *g, const char *id);

/* internal name flag: a "=target" variant claims its key alone */
#define GEN_ONLY (1u << 8)

/* Sort, drop duplicates and write the tables as C (emit.c). */
void gen_write(gazgen *g, const char *path);

/* Readers (iso.c, cities.c, gazgen.c). */
void read_iso(gazgen *g, const char *dir);
void read_cities(gazgen *g, const char *pbf, const char *dir, long minpop,
                 long minor_pop);
/* Name the small towns read_cities added (GAZ_MINOR), after every other
 * name is known: a town whose name is a word, a person's name or the name
 * of any other entry is dropped. */
void gen_name_minors(gazgen *g);
void read_regions(gazgen *g, const char *path);
void read_variants(gazgen *g, const char *path);
void read_words(gazgen *g, const char *path);

#endif
