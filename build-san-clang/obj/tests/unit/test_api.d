build-san-clang/obj/tests/unit/test_api.o: tests/unit/test_api.c \
  include/dateline.h

include/dateline.h:
