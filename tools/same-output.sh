#!/bin/sh
# same-output.sh - check that a change left every record byte-identical.
#
# usage: tools/same-output.sh save DIR [BIN]   records of BIN into DIR
#        tools/same-output.sh diff DIR [BIN]   compare BIN's records with DIR
# Inputs: tests/golden/*.txt, examples/*.txt, ../shared/seed/*.txt and, when
# built (make bench-corpus), bench/corpus/docs/*.txt. BIN defaults to
# build/dateline. For refactoring and speed work, not a test of correctness.
set -eu
mode=${1:?usage: same-output.sh save|diff DIR [BIN]}
dir=${2:?usage: same-output.sh save|diff DIR [BIN]}
bin=${3:-build/dateline}
shared=${DATELINE_SHARED:-../shared}

inputs() {
  for f in tests/golden/*.txt examples/*.txt "$shared"/seed/*.txt \
           bench/corpus/docs/*.txt; do
    [ -f "$f" ] && printf '%s\n' "$f"
  done
  return 0
}

out=$dir
[ "$mode" = diff ] && out=$(mktemp -d)
mkdir -p "$out"
inputs | while read -r f; do
  name=$(printf '%s' "$f" | tr '/.' '__')
  "$bin" extract --format json "$f" >"$out/$name.json" 2>&1 || true
done
if [ "$mode" = diff ]; then
  if diff -r "$dir" "$out" >"$out.diff"; then
    echo "same output: $(ls "$dir" | wc -l) records"
    rm -rf "$out" "$out.diff"
  else
    echo "DIFFERENT: $(grep -c '^diff' "$out.diff") files differ (see $out.diff)"
    rm -rf "$out"
    exit 1
  fi
fi
