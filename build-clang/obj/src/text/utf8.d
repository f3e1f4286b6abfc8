build-clang/obj/src/text/utf8.o: src/text/utf8.c src/text/text.h \
  src/text/../util/arena.h include/dateline.h src/text/utf8.h

src/text/text.h:

src/text/../util/arena.h:

include/dateline.h:

src/text/utf8.h:
