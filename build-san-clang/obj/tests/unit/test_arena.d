build-san-clang/obj/tests/unit/test_arena.o: tests/unit/test_arena.c \
  tests/unit/../../src/util/arena.h

tests/unit/../../src/util/arena.h:
