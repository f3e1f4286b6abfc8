/* gaz_norm.c - the normal form of a place name, shared by the gazetteer
 * generator (tools/gazetteer) and the look-up, so both agree on keys.
 *
 * "Nagorno-Karabakh", "nagorno karabakh" and "NAGORNO KARABAKH" meet as
 * "nagorno karabakh"; "Bakı" and "Diyarbakır" as "baki", "diyarbakir";
 * "Łódź" as "lodz"; "St. Louis" as "st louis";
 * "Sana'a" and "Sanaa" as "sana", "‘Afrīn" and "Afrin" as "afrin"
 * (apostrophes, quotes for ayn and doubled letters dropped),
 * "Halabjah" as "halabja" (a final h after a vowel dropped); "Khan Younis"
 * and "Khān Yūnis", "Deir" and "Dayr" (gaz_translit). */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "gazetteer.h"

/* Append byte c to out, folding runs of separators into one space. */
static int put(char *out, size_t cap, size_t *len, char c)
{
    if (c == ' ' && (*len == 0 || out[*len - 1] == ' '))
        return 1;
    if (*len + 1 >= cap)
        return 0;
    out[(*len)++] = c;
    return 1;
}

static int is_sep(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' ||
           c == '_' || c == '/' || c == ',';
}

static int vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Transliterations differ in doubled letters and a final 'h' ("Saada",
 * "Sa'dah"; "Halabja", "Halabjah"): keys keep neither; and in 'y', 'j'
 * and 'i' (gaz_translit). */
static size_t loosen(char *s, size_t len)
{
    size_t w = 0;
    char prev = 0;
    for (size_t i = 0; i < len; i++) {
        char c = gaz_translit(prev, s[i], i + 1 < len ? s[i + 1] : 0);
        prev = s[i]; /* the letter as read, before s[w] overwrites it */
        if (!c)
            continue;
        int end = i + 1 == len || s[i + 1] == ' ';
        if (c == 'h' && end && w && vowel(s[w - 1]))
            continue;
        if (w && s[w - 1] == c && c != ' ' && (unsigned char)c < 0x80)
            continue;
        s[w++] = c;
    }
    s[w] = 0;
    return w;
}

/* ASCII-only input needs no Unicode tables: fold it by hand (fast path). */
static size_t norm_ascii(const char *s, size_t n, char *out, size_t cap)
{
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        /* apostrophes go: "Sana'a" and "Sanaa", "Cote d'Ivoire" meet */
        if (c == '.' || c == '(' || c == ')' || c == '"' || c == '\'' || c == '`')
            continue;
        if (is_sep(c))
            c = ' ';
        else if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if (!put(out, cap, &len, (char)c))
            return 0;
    }
    while (len && out[len - 1] == ' ')
        len--;
    out[len] = 0;
    return loosen(out, len);
}

/* Letters with no decomposition that English spelling writes as a plain
 * one ("Diyarbakır" as "Diyarbakir", "Łódź" as "Lodz", "Tromsø" as
 * "Tromso"): the letter, then filler bytes (1) dropped below. Others (ə)
 * pass through as they are. */
static void fold_letter(char *p)
{
    static const struct {
        const char *from;
        char to;
    } letters[] = {
        {"\xC4\xB1", 'i'}, /* ı */ {"\xC3\xB8", 'o'}, /* ø */
        {"\xC5\x82", 'l'}, /* ł */ {"\xC4\x91", 'd'}, /* đ */
        {"\xC4\xA7", 'h'}, /* ħ */
    };
    for (size_t i = 0; i < sizeof letters / sizeof *letters; i++)
        if (p[0] == letters[i].from[0] && p[1] == letters[i].from[1]) {
            p[0] = letters[i].to;
            p[1] = 1;
            return;
        }
}

size_t gaz_norm(const char *s, size_t n, char *out, size_t cap)
{
    if (!cap)
        return 0;
    out[0] = 0;
    size_t i = 0;
    while (i < n && !((unsigned char)s[i] & 0x80))
        i++;
    if (i == n)
        return norm_ascii(s, n, out, cap);
    utf8proc_uint8_t *m = NULL;
    utf8proc_ssize_t k = utf8proc_map(
        (const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &m,
        UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
            UTF8PROC_COMPAT);
    if (k < 0)
        return 0;
    for (char *p = (char *)m; *p; p++) {
        if (!strncmp(p, "\xE2\x80\x99", 3) || !strncmp(p, "\xE2\x80\x98", 3) ||
            !strncmp(p, "\xCA\xBF", 2) ||
            !strncmp(p, "\xCA\xBE", 2)) /* right and left quotes (GeoNames'
                                          * ayn: "‘Afrīn"), ayn, hamza */
            memset(p, 1, p[0] == '\xE2' ? 3 : 2);
        else
            fold_letter(p);
    }
    size_t len = 0, w = 0;
    for (utf8proc_ssize_t j = 0; j < k; j++)
        if (m[j] != 1)
            m[w++] = m[j];
    len = norm_ascii((const char *)m, w, out, cap);
    free(m);
    return len;
}

uint32_t gaz_hash(const char *key)
{
    uint32_t h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)key; *p; p++)
        h = (h ^ *p) * 16777619u;
    return h;
}
