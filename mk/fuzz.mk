# fuzz.mk - libFuzzer targets (fuzz/fuzz_NAME.c), built with clang and
# AddressSanitizer + UBSan in build-fuzz/: extract (the whole pipeline on
# arbitrary bytes), date (date_parse.h), number (the figures number reader),
# query (the archive's search query parser and its SQL).
#
#   make fuzz                  run each target for FUZZ_SECONDS (default 30)
#   make fuzz FUZZ_SECONDS=60 FUZZ_ONLY="extract date"
#   make fuzz-build            build the targets only
# Seeds: fuzz/seeds/NAME/ plus the golden statements, examples and the seed
# (fuzz/seed.sh). Crashes land in build-fuzz/artifacts/; copy each into
# fuzz/regress/NAME/, which make check replays (tests/unit/test_fuzz_regress.c).

FUZZ_BUILD   = build-fuzz
FUZZ_CC     ?= clang
FUZZ_SECONDS ?= 30
FUZZ_NAMES  := $(patsubst fuzz/fuzz_%.c,%,$(sort $(wildcard fuzz/fuzz_*.c)))
FUZZ_ONLY   ?= $(FUZZ_NAMES)
FUZZ_SAN     = -fsanitize=address,undefined -fno-sanitize-recover=all \
               -fno-omit-frame-pointer
FUZZ_BINS    = $(patsubst %,$(FUZZ_BUILD)/fuzz/fuzz_%,$(FUZZ_NAMES))

ifneq ($(BUILD),$(FUZZ_BUILD))
FUZZ_TARGETS += fuzz-run

.PHONY: fuzz-lib fuzz-build fuzz-run
fuzz-lib:
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=$(FUZZ_CC) OPT=-O1 \
	  SANFLAGS="$(FUZZ_SAN) -fsanitize=fuzzer-no-link" $(FUZZ_BUILD)/libdateline.a

$(FUZZ_BUILD)/fuzz/fuzz_%: fuzz/fuzz_%.c fuzz-lib
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -std=c17 -D_GNU_SOURCE -O1 -g $(FUZZ_SAN) -fsanitize=fuzzer \
	  -Iinclude -Isrc/util -I$(FUZZ_BUILD)/gen $(PKG_CFLAGS) \
	  -o $@ $< $(FUZZ_BUILD)/libdateline.a $(LDLIBS)

fuzz-build: $(FUZZ_BINS)

fuzz-run: fuzz-build
	@FUZZ_BUILD=$(FUZZ_BUILD) sh fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_ONLY)
endif
