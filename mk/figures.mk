# figures.mk - a derived word table for the figures stage.
#
# The union of the tables whose words may start an amount (number words,
# ordinals, vague amounts, negations, "half"/"a"/"an", possessives), for its first-token bitset: the stage
# asks each token once instead of once per table (lex_fig_starts in
# build/gen/fig_words.{c,h}).
# (included before the Makefile names `all`: keep it the default goal)
.DEFAULT_GOAL := all
GEN_SRC += $(BUILD)/gen/fig_words.c
GEN_HDR += $(BUILD)/gen/fig_words.h

$(BUILD)/gen/fig/starts.txt: data/en/numbers.txt data/en/ordinals.txt data/en/vague_amounts.txt data/en/figure_negation.txt data/en/number_leads.txt data/en/figure_possessives.txt
	@mkdir -p $(dir $@)
	cat $^ >$@

$(BUILD)/gen/fig_words.c $(BUILD)/gen/fig_words.h &: $(BUILD)/gen/fig/starts.txt tools/lexgen.sh
	sh tools/lexgen.sh $(BUILD)/gen/fig_words.c $(BUILD)/gen/fig_words.h.tmp $<
	sed 's/DL_LEXICONS_H/DL_FIG_WORDS_H/' $(BUILD)/gen/fig_words.h.tmp >$(BUILD)/gen/fig_words.h
	sed -i 's/"lexicons.h"/"fig_words.h"/' $(BUILD)/gen/fig_words.c
	@rm -f $(BUILD)/gen/fig_words.h.tmp
