build-san-clang/obj/src/time/date_parse.o: src/time/date_parse.c \
  src/time/date_parse.h src/time/../text/text.h \
  src/time/../text/../util/arena.h include/dateline.h \
  build-san-clang/gen/lexicons.h src/util/lexicon.h

src/time/date_parse.h:

src/time/../text/text.h:

src/time/../text/../util/arena.h:

include/dateline.h:

build-san-clang/gen/lexicons.h:

src/util/lexicon.h:
