#!/bin/sh
# sides.sh - `dateline claims --group sides`: two defence ministries tell
# one border clash each from its own side (its own territory, the other's
# forces); grouped by the countries of place, actor and target, their
# accounts meet, while grouped by place they stay apart. Prints "ok NAME" /
# "FAIL NAME" lines (env BIN=build/dateline).
: "${BIN:=build/dateline}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check() { # check NAME COMMAND...: ok when the command succeeds
  name=$1; shift
  if "$@" >/dev/null 2>&1; then echo "ok $name"; else echo "FAIL $name"; fi
}

cat >"$tmp/am.txt" <<'TXT'
Ministry of Defence of the Republic of Armenia

Press release

13 September 2022

On the night of 12-13 September, the armed forces of Azerbaijan launched a large-scale attack on the sovereign territory of Armenia, shelling the towns of Jermuk and Goris. As a result, 49 servicemen of the Armed Forces of Armenia were killed.
TXT
cat >"$tmp/az.txt" <<'TXT'
Ministry of Defense of the Republic of Azerbaijan

Press release

13 September 2022

On the night of 12-13 September, units of the Armed Forces of Armenia committed large-scale provocations in the directions of Dashkasan and Kalbajar. As a result of the provocation, 50 servicemen of the Azerbaijani Army were killed.
TXT

db=$tmp/s.db
"$BIN" add --db "$db" "$tmp/am.txt" "$tmp/az.txt" >/dev/null 2>&1
"$BIN" claims --db "$db" --format table --group sides >"$tmp/t" 2>&1
check sides_group_both_accounts grep -q 'ASSAULT 2022-09-12 between AM,AZ: 2 sources' "$tmp/t"
check sides_show_each_claims_place sh -c "grep -q '49 killed.*, in [GJ]' '$tmp/t' && grep -q '50 killed.*, in Da' '$tmp/t'"
"$BIN" claims --db "$db" --format json --group sides >"$tmp/j" 2>&1
check sides_json_lists_the_sides python3 -c "
import json; g = json.load(open('$tmp/j'))
assert len(g) == 1 and g[0]['sides'] == ['AM', 'AZ'], g
assert sorted(c['country'] for c in g[0]['claims']) == ['AM', 'AZ']"
"$BIN" claims --db "$db" --format json >"$tmp/p" 2>&1
check by_place_they_stay_apart python3 -c "
import json; assert json.load(open('$tmp/p')) == []"
"$BIN" claims --db "$db" --group side >"$tmp/e" 2>&1
rc=$?
check a_bad_grouping_is_a_usage_error sh -c "test $rc -eq 2 && grep -q 'place or sides' '$tmp/e'"

# an account that names the other side only by its arms' adjective ("A
# Russian missile struck ...") still has that side
cat >"$tmp/ua.txt" <<'TXT'
Ministry of Foreign Affairs of Ruritania

Statement on the strike on Kharkiv

12 May 2024

On 11 May 2024, a Russian missile struck a hospital in Kharkiv, killing 3 people.
TXT
cat >"$tmp/ru.txt" <<'TXT'
Ministry of Defence

Press release

12 May 2024

On 11 May 2024, the Armed Forces of the Russian Federation struck a command post of the Armed Forces of Ukraine in the Kharkiv region.
TXT
db2=$tmp/a.db
"$BIN" add --db "$db2" "$tmp/ua.txt" "$tmp/ru.txt" >/dev/null 2>&1
"$BIN" claims --db "$db2" --format json --group sides >"$tmp/j2" 2>&1
check sides_from_the_arms_adjective python3 -c "
import json; g = json.load(open('$tmp/j2'))
assert len(g) == 1 and g[0]['sides'] == ['RU', 'UA'] and g[0]['sources'] == 2, g"
