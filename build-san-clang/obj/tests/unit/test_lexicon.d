build-san-clang/obj/tests/unit/test_lexicon.o: tests/unit/test_lexicon.c \
  build-san-clang/gen/lexicons.h src/util/lexicon.h

build-san-clang/gen/lexicons.h:

src/util/lexicon.h:
