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
