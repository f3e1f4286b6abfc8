/* check_record.c - check a dateline record against expectations.
 *
 * The same expectation language as ../shared/tools/check-record, so golden
 * tests run without ../shared: "path"+"equals"/"contains", or "in" with
 * "match" (some element matches) or "none" (no element does). Keys are
 * dotted; a key ending in "[]" needs an element of that array to match.
 * Prints "ok"/"FAIL" per expectation and "N passed, N failed". */
#include <ctype.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

static json_t *get(json_t *obj, const char *path)
{
    char part[128];
    while (obj && *path) {
        const char *dot = strchr(path, '.');
        size_t n = dot ? (size_t)(dot - path) : strlen(path);
        if (n >= sizeof part || !json_is_object(obj))
            return NULL;
        memcpy(part, path, n);
        part[n] = 0;
        obj = json_object_get(obj, part);
        path += n + (dot ? 1 : 0);
    }
    return json_is_null(obj) ? NULL : obj;
}

static int icontains(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (; *hay; hay++)
        if (!strncasecmp(hay, needle, n))
            return 1;
    return n == 0;
}

static int same(json_t *want, json_t *got)
{
    if (json_is_object(want)) {
        json_t *v;
        if ((v = json_object_get(want, "equals")))
            return got ? json_equal(v, got) : json_is_null(v);
        if ((v = json_object_get(want, "present")))
            return (got != NULL) == json_is_true(v);
        if (!json_is_string(got))
            return 0;
        if ((v = json_object_get(want, "prefix")))
            return !strncasecmp(json_string_value(got), json_string_value(v),
                                strlen(json_string_value(v)));
        if ((v = json_object_get(want, "contains")))
            return icontains(json_string_value(got), json_string_value(v));
        return 0;
    }
    if (json_is_array(want)) {
        size_t i;
        json_t *w;
        json_array_foreach(want, i, w) if (same(w, got)) return 1;
        return 0;
    }
    if (json_is_null(want))
        return got == NULL;
    if (!got)
        return 0;
    if (json_is_string(want) && json_is_string(got))
        return !strcasecmp(json_string_value(want), json_string_value(got));
    if (json_is_boolean(want) || json_is_boolean(got))
        return json_equal(want, got);
    if (json_is_number(want) && json_is_number(got))
        return json_number_value(want) == json_number_value(got);
    return json_equal(want, got);
}

static int matches(json_t *pattern, json_t *elem)
{
    const char *key;
    json_t *want;
    json_object_foreach(pattern, key, want) {
        size_t n = strlen(key);
        if (n > 2 && !strcmp(key + n - 2, "[]")) {
            char path[128];
            snprintf(path, sizeof path, "%.*s", (int)(n - 2), key);
            json_t *arr = get(elem, path), *e;
            size_t i;
            int any = 0;
            if (json_is_array(arr))
                json_array_foreach(arr, i, e) if (matches(want, e)) { any = 1; break; }
            if (!any)
                return 0;
        } else if (!same(want, get(elem, key))) {
            return 0;
        }
    }
    return 1;
}

static int check(json_t *exp, json_t *rec)
{
    json_t *path = json_object_get(exp, "path");
    if (path) {
        json_t *got = get(rec, json_string_value(path)), *v;
        if ((v = json_object_get(exp, "equals")))
            return same(v, got);
        if ((v = json_object_get(exp, "contains")))
            return json_is_string(got) &&
                   icontains(json_string_value(got), json_string_value(v));
        return 0;
    }
    json_t *arr = get(rec, json_string_value(json_object_get(exp, "in")));
    if (!json_is_array(arr))
        return 0;
    json_t *none = json_object_get(exp, "none"), *e;
    json_t *match = json_object_get(exp, "match");
    size_t i;
    json_array_foreach(arr, i, e) {
        if (none && matches(none, e))
            return 0;
        if (match && matches(match, e))
            return 1;
    }
    return none != NULL;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: check-record EXPECT.json RECORD.json|-\n");
        return 2;
    }
    json_error_t err;
    json_t *exps = json_load_file(argv[1], 0, &err);
    if (!json_is_array(exps)) {
        fprintf(stderr, "check-record: %s: line %d: %s\n", argv[1], err.line, err.text);
        return 2;
    }
    json_t *rec = !strcmp(argv[2], "-") ? json_loadf(stdin, 0, &err)
                                        : json_load_file(argv[2], 0, &err);
    size_t passed = 0, failed = 0, i;
    json_t *exp;
    json_array_foreach(exps, i, exp) {
        const char *what = json_string_value(json_object_get(exp, "what"));
        int ok = rec && check(exp, rec);
        printf("%s  %s\n", ok ? "ok   " : "FAIL ", what ? what : "?");
        ok ? passed++ : failed++;
    }
    if (!rec)
        printf("FAIL  record is not JSON: %s\n", err.text);
    printf("%zu passed, %zu failed\n", passed, failed);
    json_decref(exps);
    json_decref(rec);
    return failed || !rec ? 1 : 0;
}
