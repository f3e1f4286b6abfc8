/* utf8.h - decoding one character and asking its class (via utf8proc). */
#ifndef DL_UTF8_H
#define DL_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decode the character at s (n bytes available). Returns its length, or -1
 * for an invalid sequence (*cp = -1). */
int utf8_decode(const char *s, size_t n, int32_t *cp);
int utf8_is_letter(int32_t cp);
int utf8_is_upper(int32_t cp);
int utf8_is_lower(int32_t cp);

#endif
