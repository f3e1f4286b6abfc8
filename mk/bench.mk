# bench.mk - `make bench`: throughput and peak memory of the pipeline and of
# the time and figures stages, 1/10/100 MB scaling, chrono-node alongside.
# Writes bench/RESULTS.md. Knobs: BENCH_MB (corpus size, default 64),
# BENCH_SCALE (single-document sizes in MB), BENCH_CHRONO=0 to skip node.

.DEFAULT_GOAL := all
BENCH_MB    ?= 64
BENCH_SCALE ?= 1 10 100
BENCH_CHRONO ?= 1
BENCH_DRIVER = $(BUILD)/bench-driver
BENCH_TARGETS += bench-pipeline

# (LIB is defined after mk/*.mk are read, so spell it out in prerequisites.)
$(BENCH_DRIVER): $(BUILD)/obj/bench/bench.o $(BUILD)/libdateline.a
	$(CC) $(CFLAGS) $(SANFLAGS) -o $@ $^ $(LDLIBS)

.PHONY: bench-pipeline bench-corpus
bench-corpus:
	@sh bench/corpus.sh bench/corpus $(or $(DATELINE_SHARED),../shared)

bench-pipeline: $(BENCH_DRIVER) bench-corpus
	@BENCH_MB="$(BENCH_MB)" BENCH_SCALE="$(BENCH_SCALE)" \
	  BENCH_CHRONO="$(BENCH_CHRONO)" CC="$(CC)" \
	  sh bench/run.sh $(BENCH_DRIVER) bench/corpus bench/RESULTS.md
