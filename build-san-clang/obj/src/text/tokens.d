build-san-clang/obj/src/text/tokens.o: src/text/tokens.c \
  build-san-clang/gen/lexicons.h src/util/lexicon.h src/text/text.h \
  src/text/../util/arena.h include/dateline.h src/text/utf8.h

build-san-clang/gen/lexicons.h:

src/util/lexicon.h:

src/text/text.h:

src/text/../util/arena.h:

include/dateline.h:

src/text/utf8.h:
