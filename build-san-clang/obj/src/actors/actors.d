build-san-clang/obj/src/actors/actors.o: src/actors/actors.c \
  src/actors/../record/record.h src/actors/../record/../text/text.h \
  src/actors/../record/../text/../util/arena.h include/dateline.h \
  src/actors/../record/../util/arena.h

src/actors/../record/record.h:

src/actors/../record/../text/text.h:

src/actors/../record/../text/../util/arena.h:

include/dateline.h:

src/actors/../record/../util/arena.h:
