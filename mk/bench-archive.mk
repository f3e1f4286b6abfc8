# bench-archive.mk - the archive benchmark (bench/archive_bench.c), part of
# `make bench`: ingest of a generated corpus (BENCH_ARCHIVE_DOCS statements,
# 100000 by default; a few minutes) and search latency on it.
BENCH_ARCHIVE_DOCS ?= 100000
BENCH_ARCHIVE_BIN = $(BUILD)/bench/archive_bench
BENCH_TARGETS += bench-archive

# (the library by name: LIB is set after mk/*.mk are read, and make expands
# prerequisites as it reads them)
$(BENCH_ARCHIVE_BIN): $(BUILD)/obj/bench/archive_bench.o $(BUILD)/libdateline.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(SANFLAGS) -o $@ $< $(LIB) $(LDLIBS)

.PHONY: bench-archive
bench-archive: $(BENCH_ARCHIVE_BIN)
	$(BENCH_ARCHIVE_BIN) $(BUILD)/bench/archive.db $(BENCH_ARCHIVE_DOCS) | \
	  tee $(BUILD)/bench/archive.txt
