build-san-clang/obj/cli/main.o: cli/main.c cli/cli.h include/dateline.h

cli/cli.h:

include/dateline.h:
