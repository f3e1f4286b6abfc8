build-clang/obj/src/record/record.o: src/record/record.c \
  src/record/record.h src/record/../text/text.h \
  src/record/../text/../util/arena.h include/dateline.h \
  src/record/../util/arena.h

src/record/record.h:

src/record/../text/text.h:

src/record/../text/../util/arena.h:

include/dateline.h:

src/record/../util/arena.h:
