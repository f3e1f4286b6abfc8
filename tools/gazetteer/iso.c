/* iso.c - the gazetteer's countries, former states and subdivisions, read
 * from Debian's iso-codes JSON files (ISO 3166-1, 3166-3, 3166-2).
 *
 * Only reads and adds entries and names; cities are in cities.c. */
#include <jansson.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "gazgen.h"

static json_t *load(const char *dir, const char *file, const char *key)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    json_error_t err;
    json_t *root = json_load_file(path, 0, &err);
    if (!root)
        die("%s: %s (line %d)", path, err.text, err.line);
    json_t *arr = json_object_get(root, key);
    if (!json_is_array(arr))
        die("%s: no array \"%s\"", path, key);
    json_incref(arr);
    json_decref(root);
    return arr;
}

static const char *str(json_t *o, const char *k)
{
    return json_string_value(json_object_get(o, k));
}

/* ISO writes "Korea, Republic of" and "USSR, Union of Soviet Socialist
 * Republics": add "Republic of Korea", "Korea", "USSR" and "Union of ...";
 * not "British" of "Virgin Islands, British". */
static void add_iso_name(gazgen *g, const char *name, uint32_t e)
{
    gen_add_name(g, name, e, 0);
    const char *comma = strstr(name, ", ");
    if (!comma)
        return;
    char head[256], tail[256], both[520];
    snprintf(head, sizeof head, "%.*s", (int)(comma - name), name);
    snprintf(tail, sizeof tail, "%s", comma + 2);
    gen_add_name(g, head, e, 0);
    size_t tl = strlen(tail);
    if ((tl > 3 && !strcmp(tail + tl - 3, " of")) ||
        (tl > 7 && !strcmp(tail + tl - 7, " of the"))) {
        const char *t = strncasecmp(tail, "the ", 4) ? tail : tail + 4;
        snprintf(both, sizeof both, "%s %s", t, head);
        gen_add_name(g, both, e, 0);
    } else if (!strchr(tail, '(') && strncasecmp(tail, "the", 3) && strchr(tail, ' ')) {
        /* a tail of one word is a qualifier, no name: "Virgin Islands,
         * British", "France, Metropolitan" */
        gen_add_name(g, tail, e, 0);
    }
}

static void read_3166_1(gazgen *g, const char *dir)
{
    json_t *arr = load(dir, "iso_3166-1.json", "3166-1");
    size_t i;
    json_t *o;
    json_array_foreach(arr, i, o) {
        const char *cc = str(o, "alpha_2"), *name = str(o, "name");
        const char *common = str(o, "common_name");
        const char *official = str(o, "official_name");
        if (!cc || !name)
            continue;
        uint32_t e = gen_add_entry(g, cc, common ? common : name, cc, NULL,
                                   GAZ_COUNTRY);
        add_iso_name(g, name, e);
        if (common)
            add_iso_name(g, common, e);
        if (official)
            add_iso_name(g, official, e);
    }
    json_decref(arr);
}

/* Former states keep their own code's first two letters (SU, YU, CS, DD),
 * unless those letters name a current country (then it is a rename of one,
 * which variants.txt maps where it matters). */
static void read_3166_3(gazgen *g, const char *dir)
{
    json_t *arr = load(dir, "iso_3166-3.json", "3166-3");
    size_t i;
    json_t *o;
    json_array_foreach(arr, i, o) {
        const char *cc = str(o, "alpha_2"), *id = str(o, "alpha_4");
        const char *name = str(o, "name");
        if (!cc || !id || !name || gen_find_id(g, cc) >= 0)
            continue;
        char head[256];
        const char *comma = strstr(name, ", ");
        snprintf(head, sizeof head, "%.*s",
                 comma ? (int)(comma - name) : (int)strlen(name), name);
        uint32_t e = gen_add_entry(g, id, head, cc, NULL, GAZ_COUNTRY);
        g->e[e].flags |= GAZ_FORMER;
        add_iso_name(g, name, e);
    }
    json_decref(arr);
}

/* The first-level ancestor of a subdivision code. */
static const char *top_parent(json_t *arr, json_t *o)
{
    const char *code = str(o, "code");
    for (int depth = 0; depth < 4; depth++) {
        const char *p = str(o, "parent");
        if (!p)
            return code;
        char full[32];
        snprintf(full, sizeof full, "%.2s-%s", code, p);
        size_t i;
        json_t *q, *found = NULL;
        json_array_foreach(arr, i, q) {
            if (str(q, "code") && !strcmp(str(q, "code"), full)) {
                found = q;
                break;
            }
        }
        if (!found)
            return code;
        o = found;
        code = str(o, "code");
    }
    return code;
}

/* "Jonglei" is also written "Jonglei State": add the type for the kinds of
 * subdivision that English text names that way. */
static void add_typed_name(gazgen *g, const char *name, const char *type,
                           uint32_t e)
{
    static const char *const types[] = {"State", "Province", "Governorate",
                                        "Region", "Oblast", "Prefecture"};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (type && !strcmp(type, types[i])) {
            char buf[300];
            snprintf(buf, sizeof buf, "%s %s", name, type);
            gen_add_name(g, buf, e, 0);
        }
}

static void read_3166_2(gazgen *g, const char *dir)
{
    json_t *arr = load(dir, "iso_3166-2.json", "3166-2");
    size_t i;
    json_t *o;
    json_array_foreach(arr, i, o) {
        const char *code = str(o, "code"), *name = str(o, "name");
        if (!code || !name || strlen(code) < 4)
            continue;
        char cc[3] = {code[0], code[1], 0};
        uint32_t e = gen_add_entry(g, code, name, cc, top_parent(arr, o),
                                   GAZ_REGION);
        gen_add_name(g, name, e, 0);
        add_typed_name(g, name, str(o, "type"), e);
    }
    json_decref(arr);
}

void read_iso(gazgen *g, const char *dir)
{
    read_3166_1(g, dir);
    read_3166_3(g, dir);
    read_3166_2(g, dir);
}
