#!/bin/sh
# timeml.sh - `dateline extract --format timeml`: TIMEX3 tags around each
# time, numbered t1.. without gaps, the DCT as t0, the text escaped, and the
# text given back unchanged once the tags are removed.
: "${BIN:=build/dateline}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
t() { if [ "$2" = 0 ]; then echo "ok $1"; else echo "FAIL $1"; fi; }

printf 'Troops moved in yesterday & left on 20 January <1990>.\n' >"$tmp/a.txt"
"$BIN" extract --format timeml --date 2009-01-19 "$tmp/a.txt" >"$tmp/out"
t "timeml exits 0" $?
grep -q '<DCT><TIMEX3 tid="t0" type="DATE" value="2009-01-19"' "$tmp/out"
t "the document date is the DCT" $?
grep -q '<TIMEX3 tid="t1" type="DATE" value="2009-01-18" temporalFunction="true" anchorTimeID="t0">yesterday</TIMEX3>' "$tmp/out"
t "a relative date names its anchor" $?
grep -q 'tid="t3" type="DATE" value="1990">1990</TIMEX3>' "$tmp/out"
t "tids run without gaps" $?
grep -q '&amp; left' "$tmp/out" && grep -q '&lt;<TIMEX3' "$tmp/out"
t "markup characters are escaped" $?
sed -n '/<TEXT>/,/<\/TEXT>/p' "$tmp/out" | sed 's/<[^>]*>//g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g' | sed '$d' >"$tmp/plain"
cmp -s "$tmp/plain" "$tmp/a.txt"
t "stripping the tags gives the input back" $?
