# places.mk - a derived word table for the places stage.
#
# The union of the tables whose words are never a capitalised place name of
# their own (months, weekdays, function words, demonyms), for its first-token
# bitset: unlisted.c asks each capitalised word once instead of once per
# table (lex_place_not_names in build/gen/place_words.{c,h}).
# (included before the Makefile names `all`: keep it the default goal)
.DEFAULT_GOAL := all
GEN_SRC += $(BUILD)/gen/place_words.c
GEN_HDR += $(BUILD)/gen/place_words.h

$(BUILD)/gen/place/not_names.txt: data/en/months.txt data/en/weekdays.txt data/en/function_words.txt data/en/demonyms.txt
	@mkdir -p $(dir $@)
	cat $^ >$@

$(BUILD)/gen/place_words.c $(BUILD)/gen/place_words.h &: $(BUILD)/gen/place/not_names.txt tools/lexgen.sh
	sh tools/lexgen.sh $(BUILD)/gen/place_words.c $(BUILD)/gen/place_words.h.tmp $<
	sed 's/DL_LEXICONS_H/DL_PLACE_WORDS_H/' $(BUILD)/gen/place_words.h.tmp >$(BUILD)/gen/place_words.h
	sed -i 's/"lexicons.h"/"place_words.h"/' $(BUILD)/gen/place_words.c
	@rm -f $(BUILD)/gen/place_words.h.tmp
