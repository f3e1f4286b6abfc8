/* emit.c - write the gathered gazetteer as const C tables: entries, names
 * sorted by normalised key, and entry indexes sorted by id.
 *
 * The output is compiled into libdateline (build/gen/gazetteer_data.c). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gazgen.h"

static const gazgen *sort_ctx; /* build tool only: qsort has no context */

static int cmp_name(const void *a, const void *b)
{
    const gen_name *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    if (c)
        return c;
    return x->entry < y->entry ? -1 : x->entry > y->entry;
}

static int cmp_id(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return strcmp(sort_ctx->e[x].id, sort_ctx->e[y].id);
}

/* Merge duplicate (key, entry) pairs and let "only" variants claim keys. */
static void tidy_names(gazgen *g)
{
    qsort(g->n, g->nn, sizeof *g->n, cmp_name);
    size_t w = 0;
    for (size_t i = 0; i < g->nn;) {
        size_t j = i, only = 0;
        while (j < g->nn && !strcmp(g->n[j].key, g->n[i].key))
            only |= g->n[j++].flags & GEN_ONLY;
        for (size_t k = i; k < j; k++) {
            gen_name n = g->n[k];
            if (only && !(n.flags & GEN_ONLY))
                continue;
            if (w && !strcmp(g->n[w - 1].key, n.key) &&
                g->n[w - 1].entry == n.entry) {
                g->n[w - 1].flags &= n.flags | ~(uint32_t)GAZN_VARIANT;
                continue;
            }
            n.flags &= ~GEN_ONLY;
            g->n[w++] = n;
        }
        i = j;
    }
    g->nn = w;
}

typedef struct {
    char *key;
    uint32_t first, count, more;
} gen_key;

static int cmp_key(const void *a, const void *b)
{
    return strcmp(((const gen_key *)a)->key, ((const gen_key *)b)->key);
}

static int cmp_pstr(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Distinct keys of the sorted names, plus every word prefix of a longer
 * name ("new" and "new york" of "new york city") so the look-up can tell
 * when to stop extending a run of words. */
static gen_key *make_keys(const gazgen *g, size_t *nkeys)
{
    size_t cap = g->nn * 2 + 16, n = 0, np = 0;
    gen_key *k = xmalloc(cap * sizeof *k);
    char **pre = xmalloc(cap * sizeof *pre);
    for (size_t i = 0; i < g->nn;) {
        size_t j = i;
        while (j < g->nn && !strcmp(g->n[j].key, g->n[i].key))
            j++;
        k[n++] = (gen_key){g->n[i].key, (uint32_t)i, (uint32_t)(j - i), 0};
        for (char *sp = strchr(g->n[i].key, ' '); sp; sp = strchr(sp + 1, ' ')) {
            if (np == cap)
                die("too many prefixes");
            pre[np] = xmalloc((size_t)(sp - g->n[i].key) + 1);
            memcpy(pre[np], g->n[i].key, (size_t)(sp - g->n[i].key));
            pre[np++][sp - g->n[i].key] = 0;
        }
        i = j;
    }
    qsort(pre, np, sizeof *pre, cmp_pstr);
    size_t nfull = n;
    for (size_t i = 0; i < np; i++) {
        if (i && !strcmp(pre[i], pre[i - 1]))
            continue;
        gen_key probe = {pre[i], 0, 0, 0};
        gen_key *hit = bsearch(&probe, k, nfull, sizeof *k, cmp_key);
        if (hit)
            hit->more = 1;
        else if (n < cap)
            k[n++] = (gen_key){pre[i], 0, 0, 1};
    }
    free(pre); /* the strings live on in the keys (build tool) */
    *nkeys = n;
    return k;
}

/* Two bits per key in a bitset small enough to stay in cache, so most
 * look-ups of words that name no place touch nothing else (gazetteer.h,
 * gaz_bloom_bits). */
static void write_bloom(FILE *f, const gen_key *k, size_t nk)
{
    size_t nbytes = ((size_t)1 << GAZ_BLOOM_BITS) / 8;
    unsigned char *b = xmalloc(nbytes);
    memset(b, 0, nbytes);
    for (size_t i = 0; i < nk; i++) {
        uint32_t h = gaz_hash(k[i].key), x, y;
        gaz_bloom_bits(h, &x, &y);
        b[x >> 3] |= (unsigned char)(1u << (x & 7));
        b[y >> 3] |= (unsigned char)(1u << (y & 7));
    }
    fputs("const uint8_t gaz_bloom[] = {\n", f);
    for (size_t i = 0; i < nbytes; i++)
        fprintf(f, "%u,%s", b[i], i % 24 == 23 ? "\n" : "");
    fputs("};\n\n", f);
    free(b);
}

/* Key k's record in the blob (gazetteer.h, gaz_kblob) at *len bytes,
 * growing it; returns the record's index (offset / 4). */
static uint32_t put_krec(const gazgen *g, const gen_key *k, unsigned char **blob,
                         size_t *len, size_t *cap)
{
    size_t klen = strlen(k->key), need = 4 + 4 * (size_t)k->count + klen;
    need = (need + 3) & ~(size_t)3;
    if (k->count > 0xffff || klen > 255)
        die("key too long: %s", k->key);
    /* a record that fits one 64-byte line starts where it does not cross
     * into the next: a look-up then reads one line */
    size_t from = *len;
    if (need <= 64 && *len % 64 + need > 64)
        *len += 64 - *len % 64;
    while (*len + need + 64 > *cap) {
        *cap = *cap ? *cap * 2 : 1 << 16;
        *blob = realloc(*blob, *cap);
        if (!*blob)
            die("out of memory");
    }
    unsigned char *b = *blob + *len;
    memset(*blob + from, 0, *len - from + need);
    b[0] = (unsigned char)(k->count & 0xff);
    b[1] = (unsigned char)(k->count >> 8);
    b[2] = (unsigned char)(k->more != 0);
    b[3] = (unsigned char)klen;
    for (uint32_t i = 0; i < k->count; i++) {
        const gen_name *n = &g->n[k->first + i];
        if (n->entry > 0xffffff || n->flags > 0xff)
            die("name does not fit a key record: %s", n->key);
        b[4 + 4 * i] = (unsigned char)(n->entry & 0xff);
        b[5 + 4 * i] = (unsigned char)((n->entry >> 8) & 0xff);
        b[6 + 4 * i] = (unsigned char)(n->entry >> 16);
        b[7 + 4 * i] = (unsigned char)n->flags;
    }
    memcpy(b + 4 + 4 * (size_t)k->count, k->key, klen);
    uint32_t at = (uint32_t)(*len / 4);
    *len += need;
    return at;
}

static void write_blob(FILE *f, const unsigned char *blob, size_t len)
{
    fputs("_Alignas(64) const unsigned char gaz_kblob[] = {\n", f);
    for (size_t i = 0; i < len; i++)
        fprintf(f, "%u,%s", blob[i], i % 24 == 23 ? "\n" : "");
    fprintf(f, "};\nconst size_t gaz_kblob_size = %zu;\n\n", len);
}

/* The key records and an open-addressing table over them (load at most
 * 1/2). */
static void write_keys(FILE *f, const gazgen *g)
{
    size_t nk, len = 0, cap = 0;
    gen_key *k = make_keys(g, &nk);
    unsigned char *blob = NULL;
    uint32_t *at = xmalloc(nk * sizeof *at);
    for (size_t i = 0; i < nk; i++)
        at[i] = put_krec(g, &k[i], &blob, &len, &cap);
    if (len / 4 + 1 > GAZ_SLOT_INDEX_MASK)
        die("key records do not fit the slots' index bits");
    write_blob(f, blob, len);
    fprintf(f, "const size_t gaz_nkeys = %zu;\n\n", nk);
    size_t size = 1024;
    while (size < 2 * nk)
        size *= 2;
    uint32_t *slot = xmalloc(size * sizeof *slot);
    memset(slot, 0, size * sizeof *slot);
    for (size_t i = 0; i < nk; i++) {
        uint32_t h = gaz_hash(k[i].key), j = h & (uint32_t)(size - 1);
        while (slot[j])
            j = (j + 1) & (uint32_t)(size - 1);
        slot[j] = gaz_slot_of(h, at[i]);
    }
    fputs("const uint32_t gaz_slots[] = {\n", f);
    for (size_t i = 0; i < size; i++)
        fprintf(f, "%uu,%s", slot[i], i % 8 == 7 ? "\n" : "");
    fprintf(f, "};\nconst uint32_t gaz_slot_mask = %zu;\n\n", size - 1);
    write_bloom(f, k, nk);
    free(slot);
    free(at);
    free(blob);
    free(k);
}

/* Append s and its NUL to the string table; returns its offset (0 for
 * none: offset 0 holds ""). */
static uint32_t put_strtab(char **tab, size_t *len, size_t *cap, const char *s)
{
    if (!s)
        return 0;
    size_t n = strlen(s) + 1;
    while (*len + n > *cap) {
        *cap = *cap ? *cap * 2 : 1 << 16;
        *tab = realloc(*tab, *cap);
        if (!*tab)
            die("out of memory");
    }
    memcpy(*tab + *len, s, n);
    *len += n;
    if (*len > UINT32_MAX)
        die("string table too large");
    return (uint32_t)(*len - n);
}

static void write_strtab(FILE *f, const char *tab, size_t len)
{
    fputs("const char gaz_strtab[] = {\n", f);
    for (size_t i = 0; i < len; i++)
        fprintf(f, "%d,%s", tab[i], i % 24 == 23 ? "\n" : "");
    fprintf(f, "};\nconst size_t gaz_strtab_size = %zu;\n\n", len);
}

void gen_write(gazgen *g, const char *path)
{
    tidy_names(g);
    char tmp[1024];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    if (!f)
        die("%s: cannot write", tmp);
    char *tab = NULL;
    size_t tlen = 0, tcap = 0;
    put_strtab(&tab, &tlen, &tcap, "");
    fputs("/* Generated by tools/gazetteer/gazgen from iso-codes and GeoNames "
          "(data/README): do not edit. */\n#include \"gazetteer.h\"\n\n"
          "const gaz_entry gaz_entries[] = {\n", f);
    for (size_t i = 0; i < g->ne; i++) {
        const gen_entry *e = &g->e[i];
        /* in gaz_entry's order; %a: the prior exactly as gaz_prior_of
         * works it out */
        fprintf(f, "{%a,%u,%d,%d,\"%s\",",
                gaz_prior_of(e->kind, e->id, e->admin1, e->population, e->flags),
                e->population, e->kind, e->flags, e->country);
        uint32_t a = put_strtab(&tab, &tlen, &tcap, e->admin1);
        uint32_t id = put_strtab(&tab, &tlen, &tcap, e->id);
        uint32_t nm = put_strtab(&tab, &tlen, &tcap, e->name);
        fprintf(f, "%u,%u,%u,%ld,%ld},\n", a, id, nm, (long)e->lat, (long)e->lon);
    }
    fprintf(f, "};\nconst size_t gaz_nentries = %zu;\n"
               "const size_t gaz_nnames = %zu;\n\n", g->ne, g->nn);
    write_strtab(f, tab, tlen);
    free(tab);
    write_keys(f, g);
    uint32_t *order = xmalloc(g->ne * sizeof *order);
    for (size_t i = 0; i < g->ne; i++)
        order[i] = (uint32_t)i;
    sort_ctx = g;
    qsort(order, g->ne, sizeof *order, cmp_id);
    fputs("const uint32_t gaz_id_order[] = {\n", f);
    for (size_t i = 0; i < g->ne; i++)
        fprintf(f, "%u,%s", order[i], i % 16 == 15 ? "\n" : "");
    fputs("};\n", f);
    free(order);
    if (fclose(f) || rename(tmp, path))
        die("%s: write failed", path);
    fprintf(stderr, "gazgen: %zu entries, %zu names\n", g->ne, g->nn);
}
