build-san-clang/obj/cli/io.o: cli/io.c cli/cli.h include/dateline.h

cli/cli.h:

include/dateline.h:
