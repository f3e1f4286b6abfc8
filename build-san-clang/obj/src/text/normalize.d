build-san-clang/obj/src/text/normalize.o: src/text/normalize.c \
  src/text/text.h src/text/../util/arena.h include/dateline.h \
  src/text/utf8.h

src/text/text.h:

src/text/../util/arena.h:

include/dateline.h:

src/text/utf8.h:
