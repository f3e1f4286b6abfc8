#!/bin/sh
# demo.sh - the main job on the bundled example statements (make demo).
set -eu
BUILD=${1:-build}
for f in examples/*.txt; do
  echo "== $f"
  "$BUILD/dateline" extract --format text "$f"
done
