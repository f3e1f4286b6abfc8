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

# the Islamic (Umm al-Qura), Hebrew and Persian calendars' month starts,
# from ICU (libicu-dev), for feasts those calendars date; only this
# generator links ICU, not the library
GEN_SRC += $(BUILD)/gen/time_calendars.c
ICU_CFLAGS := $(shell pkg-config --cflags icu-i18n 2>/dev/null)
ICU_LIBS   := $(shell pkg-config --libs icu-i18n 2>/dev/null)

$(BUILD)/tools/calgen: tools/calendars/calgen.c
	@mkdir -p $(dir $@)
	$(CC) -std=c17 -D_GNU_SOURCE $(WARN) -O1 $(ICU_CFLAGS) -o $@ $< $(ICU_LIBS) -lm

$(BUILD)/gen/time_calendars.c: $(BUILD)/tools/calgen src/time/time_calendars.h
	@mkdir -p $(dir $@)
	$(BUILD)/tools/calgen $@
$(BUILD)/obj/gen/time_calendars.o: ALL_CFLAGS += -Isrc/time
