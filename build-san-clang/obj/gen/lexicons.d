build-san-clang/obj/gen/lexicons.o: build-san-clang/gen/lexicons.c \
  build-san-clang/gen/lexicons.h src/util/lexicon.h

build-san-clang/gen/lexicons.h:

src/util/lexicon.h:
