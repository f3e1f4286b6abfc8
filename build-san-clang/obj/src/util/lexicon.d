build-san-clang/obj/src/util/lexicon.o: src/util/lexicon.c \
  src/util/lexicon.h

src/util/lexicon.h:
