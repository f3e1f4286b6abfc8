build-san-clang/obj/src/events/events.o: src/events/events.c \
  src/events/../record/record.h src/events/../record/../text/text.h \
  src/events/../record/../text/../util/arena.h include/dateline.h \
  src/events/../record/../util/arena.h

src/events/../record/record.h:

src/events/../record/../text/text.h:

src/events/../record/../text/../util/arena.h:

include/dateline.h:

src/events/../record/../util/arena.h:
