build-clang/obj/tools/check_record.o: tools/check_record.c
