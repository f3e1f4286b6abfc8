#!/bin/sh
# gazetteer.sh - the gazetteer's size, load time and look-up cost, and the
# pipeline's speed with and without gazetteer look-ups (DATELINE_NO_GAZETTEER).
#
# usage: bench/gazetteer.sh BUILD_DIR
# Fails when look-ups make the pipeline slower than half its speed without.
BUILD=${1:-build}
BIN=$BUILD/dateline
"$BUILD/bench/bench_gazetteer" || exit 1
files=$(ls examples/*.txt ../shared/seed/*.txt tests/golden/*.txt 2>/dev/null)
[ -n "$files" ] || { echo "gazetteer: no statements to time"; exit 0; }
run() { # run ROUNDS: seconds for ROUNDS passes over the statements
  start=$(date +%s.%N)
  i=0
  while [ $i -lt "$1" ]; do
    for f in $files; do "$BIN" extract --format json "$f" >/dev/null || exit 1; done
    i=$((i + 1))
  done
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l 2>/dev/null || awk "BEGIN{print $end - $start}"
}
with=$(run 5)
without=$(DATELINE_NO_GAZETTEER=1 run 5)
awk -v w="$with" -v o="$without" 'BEGIN {
  printf "pipeline: %.3f s with gazetteer look-ups, %.3f s without (ratio %.2f)\n", w, o, w / o
  if (w > 2 * o) { print "FAIL: look-ups slow the pipeline below half its speed"; exit 1 }
  print "ok: look-ups keep the pipeline above half its speed" }'
