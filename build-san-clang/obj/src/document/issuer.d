build-san-clang/obj/src/document/issuer.o: src/document/issuer.c \
  src/document/document.h src/document/../record/record.h \
  src/document/../record/../text/text.h \
  src/document/../record/../text/../util/arena.h include/dateline.h \
  src/document/../record/../util/arena.h \
  src/document/../time/date_parse.h src/document/../time/../text/text.h \
  build-san-clang/gen/lexicons.h src/util/lexicon.h

src/document/document.h:

src/document/../record/record.h:

src/document/../record/../text/text.h:

src/document/../record/../text/../util/arena.h:

include/dateline.h:

src/document/../record/../util/arena.h:

src/document/../time/date_parse.h:

src/document/../time/../text/text.h:

build-san-clang/gen/lexicons.h:

src/util/lexicon.h:
