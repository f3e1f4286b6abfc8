#!/bin/sh
# sources.sh - whom a document cites ("police said"): the CSV export's
# cited column, the archive's cited: filter, and claims that show each
# issuer with the source it cites, a figure of another source named beside
# it. Prints "ok NAME" / "FAIL NAME" lines (env BIN=build/dateline).
: "${BIN:=build/dateline}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check() { # check NAME COMMAND...: ok when the command succeeds
  name=$1; shift
  if "$@" >/dev/null 2>&1; then echo "ok $name"; else echo "FAIL $name"; fi
}

cat >"$tmp/a.txt" <<'TXT'
Gunmen kill 12 in market attack

GAO, May 4 (Sahel Wire) - Gunmen killed 12 people in an attack on a market in Gao on 3 May 2024, police said. Doctors at the regional hospital said 15 people had died of their wounds.
TXT
cat >"$tmp/b.txt" <<'TXT'
Regional Human Rights Observatory

Statement

Dakar, 6 May 2024

Armed men attacked the market in Gao on 3 May 2024 and killed 19 people.
TXT

"$BIN" extract --format csv --date 2024-05-04 "$tmp/a.txt" >"$tmp/csv" 2>&1
check csv_header_ends_with_cited sh -c "head -1 '$tmp/csv' | grep -q ',notes,cited\$'"
check csv_row_names_the_cited_source sh -c "grep ',ASSAULT,' '$tmp/csv' | grep -q ',police\$'"

db=$tmp/a.db
"$BIN" add --db "$db" --date 2024-05-04 "$tmp/a.txt" >/dev/null 2>&1
"$BIN" add --db "$db" "$tmp/b.txt" >/dev/null 2>&1
"$BIN" search --db "$db" --format jsonl 'cited:police' >"$tmp/s" 2>&1
check search_cited_finds_the_event sh -c "test \$(wc -l <'$tmp/s') -eq 1 && grep -q '\"cited\":\"police\"' '$tmp/s'"
"$BIN" search --db "$db" --format jsonl 'cited:ministry' >"$tmp/s2" 2>&1
check search_cited_finds_no_other test ! -s "$tmp/s2"
"$BIN" claims --db "$db" --format table --by day >"$tmp/cl" 2>&1
check claims_show_the_issuer_citing_its_source grep -q 'Sahel Wire citing police' "$tmp/cl"
check claims_name_a_figure_of_another_source grep -q '15 killed (Doctors at the regional hospital)' "$tmp/cl"
check claims_show_an_issuer_in_its_own_voice grep -q '19 killed  *Regional Human Rights Observatory,' "$tmp/cl"
"$BIN" claims --db "$db" --format json >"$tmp/cl.json" 2>&1
check claims_json_has_cited grep -q '"cited":"police"' "$tmp/cl.json"
