# eval.mk - `make eval`: TempEval-3 task A scores of the time stage against
# the TimeML gold in ../shared/data/tempeval3 (TimeBank: tuning; AQUAINT:
# held out; platinum/: final, when present). See docs/time.md.
TE3_DIR ?= ../shared/data/tempeval3

.PHONY: eval
eval: $(BUILD)/dateline
	@python3 tools/eval/te3score.py --bin $(BIN) --source $(TE3_DIR)/SOURCE.md \
	  $(TE3_DIR)/TimeBank $(TE3_DIR)/AQUAINT $(TE3_DIR)/platinum
