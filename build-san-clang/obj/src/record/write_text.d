build-san-clang/obj/src/record/write_text.o: src/record/write_text.c \
  src/record/../util/buf.h src/record/record.h src/record/../text/text.h \
  src/record/../text/../util/arena.h include/dateline.h \
  src/record/../util/arena.h

src/record/../util/buf.h:

src/record/record.h:

src/record/../text/text.h:

src/record/../text/../util/arena.h:

include/dateline.h:

src/record/../util/arena.h:
