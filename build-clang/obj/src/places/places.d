build-clang/obj/src/places/places.o: src/places/places.c \
  src/places/../record/record.h src/places/../record/../text/text.h \
  src/places/../record/../text/../util/arena.h include/dateline.h \
  src/places/../record/../util/arena.h

src/places/../record/record.h:

src/places/../record/../text/text.h:

src/places/../record/../text/../util/arena.h:

include/dateline.h:

src/places/../record/../util/arena.h:
