#!/bin/sh
# archive_kill.sh - a `dateline add` killed (SIGKILL) in the middle of an
# ingest: the archive still opens, passes PRAGMA integrity_check and holds
# every document the killed run reported as committed (-v prints a line per
# document after its transaction commits); a second run adds the rest once.
: "${BIN:=build/dateline}"
tmp=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
db=$tmp/a.db
N=4000

ok() { echo "ok archive_kill: $1"; }
fail() { echo "FAIL archive_kill: $1"; }

# A corpus of distinct statements, one JSONL line each (about 1.5 KB).
awk -v n=$N 'BEGIN {
  pad = "The spokesperson said that the situation in the district remained tense and that humanitarian access was still restricted.";
  for (i = 1; i <= n; i++) {
    t = "Statement " i ". Security forces detained " (i % 97) " people in the town of Sector-" i " on " (1 + i % 28) " May 2021.";
    for (k = 0; k < 12; k++) t = t " " pad;
    printf "{\"text\": \"%s\", \"source\": \"gen-%d\"}\n", t, i;
  }
}' >"$tmp/corpus.jsonl"

# kill_after COUNT: start an ingest, SIGKILL it once COUNT documents are
# committed. Prints nothing; leaves the committed ids in $tmp/log.
kill_after() {
  : >"$tmp/log"
  "$BIN" add -v --db "$db" "$tmp/corpus.jsonl" >"$tmp/log" 2>/dev/null &
  pid=$!
  i=0
  while [ "$(grep -c '^added ' "$tmp/log")" -lt "$1" ] && [ $i -lt 3000 ]; do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.01
    i=$((i + 1))
  done
  if kill -9 "$pid" 2>/dev/null; then killed=1; else killed=0; fi
  wait "$pid" 2>/dev/null
  pid=
}

round=0
for at in 50 400 900; do
  round=$((round + 1))
  before=0
  [ -f "$db" ] && before=$(sqlite3 "$db" 'SELECT count(*) FROM documents')
  kill_after $at
  if [ $killed -ne 1 ]; then
    fail "round $round: the ingest ended before it could be killed"
    continue
  fi
  ok "round $round: killed an ingest in flight"
  integrity=$(sqlite3 "$db" 'PRAGMA integrity_check')
  [ "$integrity" = ok ] && ok "round $round: integrity_check ok" ||
    fail "round $round: integrity_check: $integrity"
  grep '^added ' "$tmp/log" | cut -d' ' -f2 | sort >"$tmp/committed"
  sqlite3 "$db" 'SELECT hash FROM documents' | sort >"$tmp/stored"
  missing=$(comm -23 "$tmp/committed" "$tmp/stored" | wc -l)
  [ "$missing" -eq 0 ] && ok "round $round: every committed document is stored" ||
    fail "round $round: $missing committed documents are missing"
  stored=$(wc -l <"$tmp/stored")
  committed=$(wc -l <"$tmp/committed")
  # at most the document in flight may be stored without its report line
  [ "$stored" -ge $((before + committed)) ] && [ "$stored" -le $((before + committed + 1)) ] &&
    ok "round $round: stored = earlier + committed (+1 in flight)" ||
    fail "round $round: stored $stored, earlier $before, committed $committed"
  "$BIN" search --db "$db" --format csv 'Statement detained' --limit 3 >/dev/null 2>&1 &&
    ok "round $round: the archive opens and searches" ||
    fail "round $round: the archive does not search after the kill"
done

# finishing the job: every document once, the full-text index consistent
"$BIN" add -q --db "$db" "$tmp/corpus.jsonl"
[ "$(sqlite3 "$db" 'SELECT count(*) FROM documents')" = $N ] &&
  ok "a second run completes the archive" || fail "a second run left $(sqlite3 "$db" 'SELECT count(*) FROM documents') of $N"
[ "$(sqlite3 "$db" 'SELECT count(DISTINCT source) FROM documents')" = $N ] &&
  ok "no document stored twice" || fail "documents stored twice"
sqlite3 "$db" "INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')" &&
  ok "full-text index consistent after the kills" || fail "full-text index damaged"
