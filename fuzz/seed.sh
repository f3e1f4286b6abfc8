#!/bin/sh
# seed.sh - fill a libFuzzer corpus directory with the starting inputs.
#
# usage: fuzz/seed.sh NAME DIR
# Copies fuzz/seeds/NAME/* and fuzz/regress/NAME/*, the golden statements,
# the bundled examples and the seed statement (when ../shared is there). For
# the date reader each line with a digit becomes its own small input too.
set -eu
name=$1 dir=$2
shared=${DATELINE_SHARED:-../shared}
mkdir -p "$dir"
for f in fuzz/seeds/"$name"/* fuzz/regress/"$name"/*; do
  [ -f "$f" ] && cp "$f" "$dir/"
done
n=0
for f in tests/golden/*.txt examples/*.txt "$shared"/seed/*.txt; do
  [ -f "$f" ] || continue
  n=$((n + 1))
  cp "$f" "$dir/doc-$n.txt"
  if [ "$name" = date ]; then
    grep '[0-9]' "$f" | head -200 | split -l 1 -a 4 - "$dir/line-$n-" || true
  fi
done
