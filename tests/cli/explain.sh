#!/bin/sh
# explain.sh - `dateline explain` and the CSV export of events.
# Prints "ok NAME" / "FAIL NAME" lines (env BIN=build/dateline).
: "${BIN:=build/dateline}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check() { # check NAME COMMAND...: ok when the command succeeds
  name=$1; shift
  if "$@" >/dev/null 2>&1; then echo "ok $name"; else echo "FAIL $name"; fi
}

cat >"$tmp/s.txt" <<'TXT'
Press release

Unrest in the north

Police arrested twelve students in the capital. No one was killed.

Geneva, 3 March 2021
TXT

"$BIN" explain "$tmp/s.txt" >"$tmp/out" 2>&1; rc=$?
check explain_exits_zero test $rc -eq 0
check explain_names_each_event grep -q '^e1 COERCE/arrest' "$tmp/out"
check explain_marks_trigger_words_in_brackets_when_piped \
  grep -q '\[arrested\](trigger)' "$tmp/out"
check explain_prints_rules grep -q 'trigger\.word' "$tmp/out"
check explain_shows_negated_events grep -q 'NEGATED' "$tmp/out"
check explain_has_no_colours_when_piped sh -c "! grep -q \"$(printf '\033')\" '$tmp/out'"

"$BIN" explain --color=always "$tmp/s.txt" >"$tmp/col" 2>&1
check explain_colours_when_asked grep -q "$(printf '\033')\[1;31marrested" "$tmp/col"

"$BIN" explain --color=sometimes "$tmp/s.txt" >/dev/null 2>&1; rc=$?
check explain_rejects_a_bad_colour_option test $rc -eq 2
"$BIN" explain "$tmp/missing.txt" >/dev/null 2>&1; rc=$?
check explain_fails_on_a_missing_file test $rc -eq 1
"$BIN" explain >/dev/null 2>&1; rc=$?
check explain_without_file_is_usage_error test $rc -eq 2

"$BIN" extract --format csv "$tmp/s.txt" >"$tmp/csv" 2>&1
check csv_header_has_acled_columns grep -q \
  '^event_id,event_date,event_type,sub_event_type,actor1,actor2,country,location,latitude,longitude,fatalities,injuries,arrests,source,source_date,notes,cited$' \
  "$tmp/csv"
check csv_has_one_row_per_event test "$(wc -l <"$tmp/csv")" -eq 3
check csv_row_carries_type_mode_and_report_date \
  grep -q '^[0-9a-f]\{12\}-e1,.*,COERCE,arrest,.*,2021-03-03,' "$tmp/csv"
check csv_notes_mark_negated_events grep -q 'negated\]' "$tmp/csv"
