#!/bin/sh
# subsets.sh - a subset figure ("at least 20 people, including 5 children")
# is part of the figure before it: the CSV export does not add it to the
# fatalities, and the archive's timeline and claims show it as included.
# Prints "ok NAME" / "FAIL NAME" lines (env BIN=build/dateline).
: "${BIN:=build/dateline}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check() { # check NAME COMMAND...: ok when the command succeeds
  name=$1; shift
  if "$@" >/dev/null 2>&1; then echo "ok $name"; else echo "FAIL $name"; fi
}

cat >"$tmp/a.txt" <<'TXT'
Ministry of Interior

Press release

Bamako, 4 May 2024

Gunmen killed at least 20 people, including 5 children, in an attack on a market in Gao on 3 May 2024.
TXT
cat >"$tmp/b.txt" <<'TXT'
Regional Human Rights Observatory

Statement

Dakar, 6 May 2024

Armed men attacked the market in Gao on 3 May 2024 and killed 23 people, including 7 women.
TXT

"$BIN" extract --format csv "$tmp/a.txt" >"$tmp/csv" 2>&1
# fatalities is the 11th column; the notes quote the sentence after it
check csv_fatalities_leave_out_the_subset \
  sh -c "grep ',ASSAULT,' '$tmp/csv' | cut -d, -f11 | grep -qx 20"

db=$tmp/a.db
"$BIN" add --db "$db" "$tmp/a.txt" "$tmp/b.txt" >/dev/null 2>&1
"$BIN" timeline --db "$db" --format table 'type:ASSAULT' >"$tmp/tl" 2>&1
check timeline_shows_the_subset_as_included grep -q 'at least 20 killed, including 5 killed' "$tmp/tl"
"$BIN" claims --db "$db" --format table --by day >"$tmp/cl" 2>&1
check claims_show_each_source_with_its_subset_included \
  sh -c "grep -q 'including 5 killed' '$tmp/cl' && grep -q '23 killed, including 7 killed' '$tmp/cl'"
"$BIN" claims --db "$db" --format json >"$tmp/cl.json" 2>&1
check claims_json_marks_the_subset grep -q '"value":5,[^}]*"subset":true' "$tmp/cl.json"
