build-san-clang/obj/src/figures/figures.o: src/figures/figures.c \
  src/figures/../record/record.h src/figures/../record/../text/text.h \
  src/figures/../record/../text/../util/arena.h include/dateline.h \
  src/figures/../record/../util/arena.h

src/figures/../record/record.h:

src/figures/../record/../text/text.h:

src/figures/../record/../text/../util/arena.h:

include/dateline.h:

src/figures/../record/../util/arena.h:
