build-clang/obj/src/time/time.o: src/time/time.c \
  src/time/../record/record.h src/time/../record/../text/text.h \
  src/time/../record/../text/../util/arena.h include/dateline.h \
  src/time/../record/../util/arena.h

src/time/../record/record.h:

src/time/../record/../text/text.h:

src/time/../record/../text/../util/arena.h:

include/dateline.h:

src/time/../record/../util/arena.h:
