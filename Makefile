# Makefile - builds libdateline, the dateline command, tests and tools.
#
#   make            build build/dateline
#   make check      run every test; ends with "N passed, N failed"
#   make check SAN=1  the same under AddressSanitizer + UBSan (build-san/)
#   make demo       install missing packages, build, run on examples/
#   make bench | eval | fuzz   see mk/*.mk
#
# Subsystems add rules in mk/*.mk (generated tables, benchmarks, ...).

CC      ?= cc
SAN     ?= 0
ifeq ($(SAN),1)
BUILD   ?= build-san
SANFLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
OPT     ?= -O1
else
BUILD   ?= build
SANFLAGS =
OPT     ?= -O2
endif

PKGS     = jansson libutf8proc nettle sqlite3
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CMOCKA_LIBS := $(shell pkg-config --libs cmocka 2>/dev/null)
# the command alone links libmicrohttpd (dateline serve); the library does not
CLI_PKGS   = libmicrohttpd
PKG_CFLAGS += $(shell pkg-config --cflags $(CLI_PKGS) 2>/dev/null)
CLI_LIBS   := $(shell pkg-config --libs $(CLI_PKGS) 2>/dev/null)

WARN     = -Wall -Wextra -Werror -Wno-unused-parameter
CFLAGS  ?= $(OPT) -g
ALL_CFLAGS = -std=c17 -D_GNU_SOURCE $(WARN) $(CFLAGS) $(SANFLAGS) \
             -Iinclude -Isrc/util -I$(BUILD)/gen $(PKG_CFLAGS) -MMD -MP
LDLIBS   = $(PKG_LIBS) -lm -lpthread

LANGS      = en
LEX_DATA   = $(foreach l,$(LANGS),$(sort $(wildcard data/$(l)/*.txt)))
GEN_SRC    = $(BUILD)/gen/lexicons.c
GEN_HDR    = $(BUILD)/gen/lexicons.h

LIB_SRC   := $(shell find src -name '*.c' | sort)
CLI_SRC   := $(sort $(wildcard cli/*.c))
TEST_SRC  := $(sort $(wildcard tests/unit/test_*.c))
TESTS      = $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(TEST_SRC))
TOOLS      = $(BUILD)/check-record

# mk/*.mk may add to GEN_SRC, GEN_HDR, BENCH_TARGETS, FUZZ_TARGETS, ...
BENCH_TARGETS =
FUZZ_TARGETS  =
-include $(sort $(wildcard mk/*.mk))

LIB_OBJ    = $(patsubst %.c,$(BUILD)/obj/%.o,$(LIB_SRC)) \
             $(patsubst $(BUILD)/%.c,$(BUILD)/obj/%.o,$(GEN_SRC))
CLI_OBJ    = $(patsubst %.c,$(BUILD)/obj/%.o,$(CLI_SRC))
LIB        = $(BUILD)/libdateline.a
BIN        = $(BUILD)/dateline

.PHONY: all check demo deps bench fuzz clean help
.SECONDARY:
all: $(BIN) $(TOOLS)

$(BUILD)/gen/lexicons.c $(BUILD)/gen/lexicons.h &: $(LEX_DATA) tools/lexgen.sh
	@mkdir -p $(BUILD)/gen
	sh tools/lexgen.sh $(BUILD)/gen/lexicons.c $(BUILD)/gen/lexicons.h $(LEX_DATA)

$(BUILD)/obj/%.o: %.c | $(GEN_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/obj/gen/%.o: $(BUILD)/gen/%.c | $(GEN_HDR)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Isrc/util -c $< -o $@

$(LIB): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(CFLAGS) $(SANFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(CLI_LIBS) $(LDLIBS)

$(BUILD)/check-record: $(BUILD)/obj/tools/check_record.o
	$(CC) $(CFLAGS) $(SANFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/tests/%: $(BUILD)/obj/tests/unit/%.o $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(SANFLAGS) -o $@ $< $(LIB) $(CMOCKA_LIBS) $(LDLIBS)

check: $(BIN) $(TOOLS) $(TESTS)
	@sh tests/run.sh $(BUILD)

demo: deps
	@$(MAKE) --no-print-directory all
	@sh tools/demo.sh $(BUILD)

deps:
	@sh tools/install-deps.sh

bench: $(BIN) $(BENCH_TARGETS)

fuzz: $(FUZZ_TARGETS)

clean:
	rm -rf build build-san build-fuzz

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
