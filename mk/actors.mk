# actors.mk - country names for the actors stage, from Debian's iso-codes.
#
# tools/iso_countries.py writes name|code lines that tools/lexgen.sh turns
# into the table lex_iso_countries (build/gen/iso_countries.{c,h}; the
# header's include guard is renamed so it can sit beside lexicons.h).
# (the Makefile includes mk/*.mk before `all`, so keep `all` the default)
.DEFAULT_GOAL := all
ISO_JSON ?= /usr/share/iso-codes/json
GEN_SRC += $(BUILD)/gen/iso_countries.c
GEN_HDR += $(BUILD)/gen/iso_countries.h

$(BUILD)/gen/iso/countries.txt: tools/iso_countries.py
	@mkdir -p $(dir $@)
	python3 tools/iso_countries.py $(ISO_JSON) $@

$(BUILD)/gen/iso_countries.c $(BUILD)/gen/iso_countries.h &: $(BUILD)/gen/iso/countries.txt tools/lexgen.sh
	sh tools/lexgen.sh $(BUILD)/gen/iso_countries.c $(BUILD)/gen/iso_countries.h.tmp $<
	sed 's/DL_LEXICONS_H/DL_ISO_COUNTRIES_H/' $(BUILD)/gen/iso_countries.h.tmp >$(BUILD)/gen/iso_countries.h
	sed -i 's/"lexicons.h"/"iso_countries.h"/' $(BUILD)/gen/iso_countries.c
	@rm -f $(BUILD)/gen/iso_countries.h.tmp

# The unions of the tables that may start an official or a group (titles,
# group nouns) and a country's name (ISO names, variants, demonyms), for
# their first-token bitsets: the actors stage asks each word once instead of
# once per table (lex_actor_noun_starts, lex_actor_country_starts in
# build/gen/actor_starts.{c,h}).
GEN_SRC += $(BUILD)/gen/actor_starts.c
GEN_HDR += $(BUILD)/gen/actor_starts.h

$(BUILD)/gen/actor/noun_starts.txt: data/en/actor_titles.txt data/en/actor_groups.txt
	@mkdir -p $(dir $@)
	cat $^ >$@

$(BUILD)/gen/actor/country_starts.txt: $(BUILD)/gen/iso/countries.txt data/en/actor_country_names.txt data/en/demonyms.txt
	@mkdir -p $(dir $@)
	cat $^ >$@

$(BUILD)/gen/actor_starts.c $(BUILD)/gen/actor_starts.h &: $(BUILD)/gen/actor/noun_starts.txt $(BUILD)/gen/actor/country_starts.txt tools/lexgen.sh
	sh tools/lexgen.sh $(BUILD)/gen/actor_starts.c $(BUILD)/gen/actor_starts.h.tmp $(BUILD)/gen/actor/noun_starts.txt $(BUILD)/gen/actor/country_starts.txt
	sed 's/DL_LEXICONS_H/DL_ACTOR_STARTS_H/' $(BUILD)/gen/actor_starts.h.tmp >$(BUILD)/gen/actor_starts.h
	sed -i 's/"lexicons.h"/"actor_starts.h"/' $(BUILD)/gen/actor_starts.c
	@rm -f $(BUILD)/gen/actor_starts.h.tmp
