build-san-clang/obj/tests/unit/test_threads.o: tests/unit/test_threads.c \
  include/dateline.h

include/dateline.h:
