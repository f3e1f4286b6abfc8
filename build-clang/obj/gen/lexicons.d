build-clang/obj/gen/lexicons.o: build-clang/gen/lexicons.c \
  build-clang/gen/lexicons.h src/util/lexicon.h

build-clang/gen/lexicons.h:

src/util/lexicon.h:
