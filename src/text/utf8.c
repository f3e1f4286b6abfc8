/* utf8.c - UTF-8 validation and character classes, on top of utf8proc.
 *
 * Validation only reports where the input first goes wrong; replacing bad
 * bytes is the normaliser's job. */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <utf8proc.h>

#include "text.h"
#include "utf8.h"

dl_status text_check_utf8(const char *s, size_t n, size_t *bad)
{
    size_t i = 0;
    while (i < n) {
#ifdef __SSE2__
        /* sixteen ASCII bytes at a time */
        if (n - i >= 16 &&
            !_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i)))) {
            i += 16;
            continue;
        }
#endif
        /* eight ASCII bytes at a time */
        uint64_t w;
        if (n - i >= 8 && (memcpy(&w, s + i, 8), !(w & 0x8080808080808080u))) {
            i += 8;
            continue;
        }
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k =
            utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                             (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0) {
            *bad = i;
            return DL_EINPUT;
        }
        i += (size_t)k;
    }
    return DL_OK;
}

int utf8_decode(const char *s, size_t n, int32_t *cp)
{
    unsigned char c = (unsigned char)*s;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    utf8proc_int32_t v;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s,
                                          (utf8proc_ssize_t)n, &v);
    if (k <= 0) {
        *cp = -1;
        return -1;
    }
    *cp = v;
    return (int)k;
}

int utf8_is_letter(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME;
}

int utf8_is_upper(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU ||
           utf8proc_category(cp) == UTF8PROC_CATEGORY_LT;
}

int utf8_is_lower(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}
