build-clang/obj/src/text/offsets.o: src/text/offsets.c src/text/text.h \
  src/text/../util/arena.h include/dateline.h

src/text/text.h:

src/text/../util/arena.h:

include/dateline.h:
