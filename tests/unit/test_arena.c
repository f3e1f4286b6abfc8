/* test_arena.c - the per-document arena: alignment, zeroing, growth of
 * arrays, big one-off blocks and string helpers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "../../src/util/arena.h"

static void allocations_are_aligned_and_zeroed(void **state)
{
    (void)state;
    arena *a = arena_new();
    for (size_t n = 1; n < 5000; n += 37) {
        unsigned char *p = arena_alloc(a, n);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % 16, 0);
        for (size_t i = 0; i < n; i++)
            assert_int_equal(p[i], 0);
        memset(p, 0xAB, n);
    }
    arena_free(a);
}

static void a_block_larger_than_a_chunk_is_served(void **state)
{
    (void)state;
    arena *a = arena_new();
    char *small = arena_strdup(a, "before");
    char *big = arena_alloc(a, (size_t)8 << 20);
    assert_non_null(big);
    big[(8 << 20) - 1] = 1;
    char *after = arena_strdup(a, "after");
    assert_string_equal(small, "before");
    assert_string_equal(after, "after");
    assert_true(arena_used(a) >= ((size_t)8 << 20));
    arena_free(a);
}

static void vec_push_keeps_earlier_elements(void **state)
{
    (void)state;
    arena *a = arena_new();
    int *arr = NULL;
    size_t n = 0, cap = 0;
    for (int i = 0; i < 10000; i++) {
        int *slot = VEC_PUSH(a, arr, n, cap);
        assert_non_null(slot);
        assert_int_equal(*slot, 0);
        *slot = i * 3;
    }
    assert_int_equal(n, 10000);
    for (int i = 0; i < 10000; i++)
        assert_int_equal(arr[i], i * 3);
    arena_free(a);
}

/* Two big lists grown in turn, with small allocations between: each keeps
 * its elements, and every new slot is zero. */
static void big_lists_grown_in_turn_keep_their_elements(void **state)
{
    (void)state;
    arena *a = arena_new();
    long *x = NULL, *y = NULL;
    size_t nx = 0, cx = 0, ny = 0, cy = 0;
    for (long i = 0; i < 300000; i++) {
        long *sx = VEC_PUSH(a, x, nx, cx);
        long *sy = VEC_PUSH(a, y, ny, cy);
        assert_non_null(sx);
        assert_non_null(sy);
        assert_int_equal(*sx, 0);
        assert_int_equal(*sy, 0);
        *sx = i;
        *sy = -i;
        if (i % 50000 == 0)
            assert_string_equal(arena_strdup(a, "between"), "between");
    }
    for (long i = 0; i < 300000; i++) {
        assert_int_equal(x[i], i);
        assert_int_equal(y[i], -i);
    }
    assert_true(arena_used(a) >= 2 * 300000 * sizeof(long));
    arena_free(a);
}

static void printf_and_strndup_copy_exactly(void **state)
{
    (void)state;
    arena *a = arena_new();
    assert_string_equal(arena_printf(a, "%s-%03d", "e", 7), "e-007");
    assert_string_equal(arena_strndup(a, "abcdef", 3), "abc");
    assert_null(arena_strdup(a, NULL));
    arena_free(a);
    arena_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(allocations_are_aligned_and_zeroed),
        cmocka_unit_test(a_block_larger_than_a_chunk_is_served),
        cmocka_unit_test(vec_push_keeps_earlier_elements),
        cmocka_unit_test(big_lists_grown_in_turn_keep_their_elements),
        cmocka_unit_test(printf_and_strndup_copy_exactly),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
