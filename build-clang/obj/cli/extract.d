build-clang/obj/cli/extract.o: cli/extract.c cli/cli.h include/dateline.h

cli/cli.h:

include/dateline.h:
