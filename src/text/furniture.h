/* furniture.h - page furniture in text extracted from PDF: page numbers,
 * "Page 2 of 5" lines and running headers or footers that repeat on every
 * page. The normaliser drops these lines (internal to src/text). */
#ifndef DL_FURNITURE_H
#define DL_FURNITURE_H

#include <stddef.h>

#include "../util/arena.h"

typedef struct {
    size_t *starts; /* sorted byte offsets of furniture lines */
    size_t n;
} furniture;

/* Find the furniture lines of s[0, n). Returns -1 when out of memory. */
int furniture_scan(arena *a, const char *s, size_t n, furniture *f);
/* The line starting at byte `pos` is furniture. */
int furniture_at(const furniture *f, size_t pos);
/* From `pos` (a line start), skip blank lines and furniture lines; returns
 * the start of the next line with content (or n) and sets *crossed when a
 * furniture line was skipped. */
size_t furniture_skip(const furniture *f, const char *s, size_t n, size_t pos,
                      int *crossed);

#endif
