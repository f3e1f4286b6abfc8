build-san-clang/obj/src/text/split.o: src/text/split.c src/text/text.h \
  src/text/../util/arena.h include/dateline.h

src/text/text.h:

src/text/../util/arena.h:

include/dateline.h:
