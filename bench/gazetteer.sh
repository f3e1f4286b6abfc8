#!/bin/sh
# gazetteer.sh - the gazetteer's size, load time and look-up cost, and the
# pipeline's speed with and without gazetteer look-ups (DATELINE_NO_GAZETTEER).
#
# usage: bench/gazetteer.sh BUILD_DIR
# Fails when look-ups make the pipeline slower than half its speed without.
BUILD=${1:-build}
files=$(ls examples/*.txt ../shared/seed/*.txt tests/golden/*.txt 2>/dev/null)
[ -n "$files" ] || { "$BUILD/bench/bench_gazetteer"; exit; }
# one long document (every statement 40 times) so start-up does not dominate
big=$BUILD/bench/places-corpus.txt
i=0
: >"$big"
while [ $i -lt 40 ]; do cat $files >>"$big"; printf '\n\n' >>"$big"; i=$((i + 1)); done
"$BUILD/bench/bench_gazetteer" "$big"
