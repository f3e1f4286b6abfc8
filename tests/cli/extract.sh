#!/bin/sh
# extract.sh - `dateline extract` from the command line: formats, stdin,
# several files, options and the documented exit codes.
: "${BIN:=build/dateline}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
t() { if [ "$2" = 0 ]; then echo "ok $1"; else echo "FAIL $1"; fi; }

printf 'Statement\n\nTroops entered the city.\n\nParis, 2 March 2020\n' >"$tmp/a.txt"
printf 'Press release\n\nNothing happened.\n\nDate: 3 April 2021\n' >"$tmp/b.txt"

"$BIN" extract "$tmp/a.txt" >"$tmp/out" 2>&1
t "json is the default format and exits 0" $?
grep -q '"date": "2020-03-02"' "$tmp/out"; t "json carries the dateline date" $?

"$BIN" extract --format jsonl "$tmp/a.txt" "$tmp/b.txt" >"$tmp/out"
[ "$(wc -l <"$tmp/out")" -eq 2 ]; t "jsonl prints one line per file" $?
grep -q '"date_source":"header"' "$tmp/out"; t "a Date: header gives the date" $?

"$BIN" extract --format text - <"$tmp/a.txt" >"$tmp/out"
grep -q "date    2020-03-02 (from dateline)" "$tmp/out"; t "text summary from stdin" $?

"$BIN" extract --format csv "$tmp/a.txt" >"$tmp/out"
head -1 "$tmp/out" | grep -q '^event_id,event_date,.*event_type'; t "csv starts with its header" $?

"$BIN" extract --format timeml "$tmp/a.txt" >"$tmp/out"
grep -q '<TimeML>' "$tmp/out" && grep -q 'Troops entered the city.' "$tmp/out"
t "timeml wraps the text" $?

"$BIN" extract --date 2020-03-09 --format jsonl "$tmp/a.txt" | grep -q '"date":"2020-03-09","date_source":"option"'
t "--date overrides and says so" $?

"$BIN" extract --format yaml "$tmp/a.txt" 2>/dev/null; [ $? -eq 2 ]; t "unknown format exits 2" $?
"$BIN" extract 2>/dev/null; [ $? -eq 2 ]; t "no file exits 2" $?
"$BIN" frobnicate 2>/dev/null; [ $? -eq 2 ]; t "unknown command exits 2" $?
"$BIN" extract --date 2020-13-01 "$tmp/a.txt" 2>/dev/null; [ $? -eq 2 ]; t "bad --date exits 2" $?

"$BIN" extract "$tmp/missing.txt" 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] && grep -q "missing.txt" "$tmp/err"; t "missing file exits 1 naming it" $?

printf 'Statement\n\nBad \303( byte.\n' >"$tmp/bad.txt"
"$BIN" extract "$tmp/bad.txt" >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 1 ] && grep -q "bad.txt: byte 15: invalid UTF-8" "$tmp/err"; t "invalid UTF-8 names file and byte" $?
"$BIN" extract --lossy "$tmp/bad.txt" >/dev/null 2>&1; t "--lossy reads it anyway" $?

"$BIN" extract "$tmp/bad.txt" "$tmp/a.txt" >"$tmp/out" 2>/dev/null; rc=$?
[ $rc -eq 1 ] && grep -q '2020-03-02' "$tmp/out"; t "a bad file does not stop the others" $?

"$BIN" version | grep -q "dateline/1"; t "version names the schema" $?
"$BIN" --help | grep -q "Exit codes"; t "help lists exit codes" $?
