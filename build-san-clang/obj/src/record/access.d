build-san-clang/obj/src/record/access.o: src/record/access.c \
  src/record/record.h src/record/../text/text.h \
  src/record/../text/../util/arena.h include/dateline.h \
  src/record/../util/arena.h

src/record/record.h:

src/record/../text/text.h:

src/record/../text/../util/arena.h:

include/dateline.h:

src/record/../util/arena.h:
