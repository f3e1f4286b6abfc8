#!/bin/sh
# demo.sh - the main job on the bundled example statements (make demo):
# the record of one statement, then the examples ingested into an archive
# in the build directory, a timeline of their events and a sample search.
set -eu
BUILD=${1:-build}
DL=$BUILD/dateline
db=$BUILD/demo/dateline.db
first=$(ls examples/*.txt | head -1)
echo "== dateline extract --format text $first"
"$DL" extract --format text "$first"
echo
rm -rf "$BUILD/demo"
mkdir -p "$BUILD/demo"
echo "== dateline add examples/   (archive: $db)"
"$DL" add --db "$db" -v examples/
echo
echo "== dateline timeline"
"$DL" timeline --db "$db" --format table || true
echo
echo "== dateline search 'killed>=1'"
"$DL" search --db "$db" --format table 'killed>=1' || true
echo
echo "== dateline search 'civilians'"
"$DL" search --db "$db" --format table --limit 5 civilians || true
echo
echo "== dateline claims --all"
"$DL" claims --db "$db" --format table --all || true
