# time.mk - the time stage's generated tables: the recogniser letters of
# data/en/time_starts.txt as bit masks and the start filter's table
# (tools/time_start_bits.sh), beside lexgen.sh's lex_en_time_starts; the
# fields of data/en/time_phrases.txt's values (tools/time_phrase_fields.sh).
GEN_SRC += $(BUILD)/gen/time_start_bits.c $(BUILD)/gen/time_phrase_fields.c

$(BUILD)/gen/time_start_bits.c: data/en/time_starts.txt tools/time_start_bits.sh tools/lexgen.sh
	@mkdir -p $(dir $@)
	sh tools/time_start_bits.sh $@ data/en/time_starts.txt

# the fields of data/en/time_phrases.txt's values, read once for scan_phrase
$(BUILD)/gen/time_phrase_fields.c: data/en/time_phrases.txt tools/time_phrase_fields.sh tools/lexgen.sh
	@mkdir -p $(dir $@)
	sh tools/time_phrase_fields.sh $@ data/en/time_phrases.txt
