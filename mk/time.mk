# time.mk - the time stage's generated table: the recogniser letters of
# data/en/time_starts.txt as bit masks (tools/time_start_bits.sh), beside
# lexgen.sh's lex_en_time_starts.
GEN_SRC += $(BUILD)/gen/time_start_bits.c

$(BUILD)/gen/time_start_bits.c: data/en/time_starts.txt tools/time_start_bits.sh
	@mkdir -p $(dir $@)
	sh tools/time_start_bits.sh $@ data/en/time_starts.txt
