#!/bin/sh
# archive.sh - `dateline add` and `dateline search` end to end: ingest from
# folders, files, JSONL and stdin, idempotency by content hash, the archive
# location (--db, $DATELINE_DB, ./dateline.db), document filters, output
# formats, malformed queries, show and reindex. Event filters are unit
# tested (test_store_events) and checked on the seed by archive_seed.sh.
: "${BIN:=build/dateline}"
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/a.db

ok() { echo "ok archive: $1"; }
fail() { echo "FAIL archive: $1"; }
check() { # check NAME COMMAND...: ok when the command succeeds
  name=$1; shift
  if "$@"; then ok "$name"; else fail "$name"; fi
}
count() { sqlite3 "$db" "$1"; }

mkdir -p "$tmp/in/sub" "$tmp/in/.hidden"
cat >"$tmp/in/one.txt" <<'T'
Press release

The Ministry of Foreign Affairs condemns the shelling of Kirumba on
3 March 2021, in which 12 civilians were killed.
T
cat >"$tmp/in/sub/two.md" <<'T'
Statement by the Spokesperson

The Secretary-General is deeply concerned about the fighting near the
border and calls on all parties to protect civilians.
T
echo "not a statement" >"$tmp/in/notes.csv"
echo "hidden text" >"$tmp/in/.hidden/three.txt"

# ingest a folder: .txt and .md, recursively, hidden entries skipped
"$BIN" add -q --db "$db" "$tmp/in" >"$tmp/out" 2>"$tmp/err"
check "folder ingest exits 0" [ $? -eq 0 ]
check "folder ingest stores .txt and .md only" [ "$(count 'SELECT count(*) FROM documents')" = 2 ]
check "ingest is quiet off a terminal" [ ! -s "$tmp/out" ] && [ ! -s "$tmp/err" ]

# idempotent: the same bytes are not stored twice, even under another name
cp "$tmp/in/one.txt" "$tmp/copy.txt"
"$BIN" add -v --db "$db" "$tmp/in" "$tmp/copy.txt" >"$tmp/out" 2>"$tmp/err"
check "adding again stores nothing" [ "$(count 'SELECT count(*) FROM documents')" = 2 ]
check "adding again reports what was skipped" grep -q "added 0, already archived 3" "$tmp/err"

# JSONL with metadata, and stdin
cat >"$tmp/feed.jsonl" <<'T'
{"text": "The rebels released 40 hostages near Goma, the army said.", "source": "wire-1", "date": "2020-05-02", "issuer": "Wire Agency", "url": "https://example.org/1"}

{"text": "Police arrested 25 protesters outside parliament on Friday.", "date": "2020-05-09"}
{"source": "no text here"}
{"text": "Bad date.", "date": "2020-13-45"}
T
"$BIN" add -q --db "$db" "$tmp/feed.jsonl" 2>"$tmp/err"
check "JSONL lines with errors make exit 1" [ $? -eq 1 ]
check "JSONL stores the good lines" [ "$(count 'SELECT count(*) FROM documents')" = 4 ]
check "JSONL error names file and line" grep -q "feed.jsonl:4: a JSONL line needs" "$tmp/err"
check "JSONL bad date is reported for its line" grep -q "feed.jsonl:5: .*date" "$tmp/err"
check "JSONL keeps source, issuer, url, date" \
  [ "$(count "SELECT source||'|'||issuer||'|'||url||'|'||date FROM documents WHERE source='wire-1'")" = \
    "wire-1|Wire Agency|https://example.org/1|2020-05-02" ]
check "JSONL line without source is named FILE:LINE" \
  [ "$(count "SELECT count(*) FROM documents WHERE source LIKE '%feed.jsonl:3'")" = 1 ]
printf 'Troops withdrew from the town of Kalehe overnight.\n' |
  "$BIN" add -q --db "$db" --date 2021-01-02 --issuer "Local Radio" -
check "stdin ingest with --date and --issuer" \
  [ "$(count "SELECT date||'|'||issuer FROM documents WHERE source='-'")" = "2021-01-02|Local Radio" ]
printf '{"text": "Curfew lifted in the northern districts."}\n' | "$BIN" add -q --db "$db" -
check "stdin JSONL is detected" [ "$(count 'SELECT count(*) FROM documents')" = 6 ]
"$BIN" add -q --db "$db" --date 2021-02-30 "$tmp/copy.txt" 2>"$tmp/err"
check "a bad --date is a usage error" [ $? -eq 2 ]

# the archive location: --db, else $DATELINE_DB, else ./dateline.db
DATELINE_DB=$tmp/env.db "$BIN" add -q "$tmp/in/one.txt"
check "DATELINE_DB chooses the archive" [ -f "$tmp/env.db" ]
(cd "$tmp" && "$BIN" add -q in/one.txt)
check "default archive is ./dateline.db" [ -f "$tmp/dateline.db" ]
"$BIN" search --db "$tmp/none.db" x 2>"$tmp/err"
check "searching a missing archive fails clearly" [ $? -ne 0 ] && grep -q "dateline add" "$tmp/err"

s() { "$BIN" search --db "$db" --format csv "$@" | tail -n +2 | wc -l; }
check "text search" [ "$(s civilians)" = 2 ]
check "stemmed text search" [ "$(s 'kill')" = 1 ]
check "phrase search" [ "$(s '"deeply concerned"')" = 1 ]
check "prefix search" [ "$(s 'Kirum*')" = 1 ]
check "negated text" [ "$(s civilians -shelling)" = 1 ]
check "reported: year" [ "$(s 'reported:2020')" = 2 ]
check "reported: range" [ "$(s 'reported:2020-05-05..2021-12-31')" = 2 ]
check "reported: comparison" [ "$(s 'reported>2020-05-02')" = 2 ]
check "issuer: part of the name" [ "$(s 'issuer:"wire agency"')" = 1 ]
check "source: part of the path" [ "$(s 'source:sub/two')" = 1 ]
check "text and filters combine" [ "$(s 'hostages issuer:Wire reported:2020')" = 1 ]
id=$(count "SELECT substr(hash,1,12) FROM documents WHERE source='wire-1'")
check "id: prefix" [ "$(s "id:$id")" = 1 ]
kind=$(count "SELECT kind FROM documents WHERE source LIKE '%one.txt'")
check "kind: the document kind" [ "$(s "kind:\"$kind\" civilians")" -ge 1 ]
check "--limit" [ "$(s --limit 1 civilians)" = 1 ]
check "options after the query, negated words apart" [ "$(s civilians -shelling --limit=5)" = 1 ]
check "after -- everything is query" [ "$(s -- civilians -shelling)" = 1 ]
"$BIN" search --db "$db" --bogus civilians 2>/dev/null
check "an unknown option is a usage error" [ $? -eq 2 ]

# output formats
"$BIN" search --db "$db" --format json civilians >"$tmp/j"
check "json is an array with snippets" python3 -c "
import json,sys; a=json.load(open('$tmp/j')); assert len(a)==2 and all('**' in h['snippet'] for h in a)"
"$BIN" search --db "$db" civilians >"$tmp/jl"
check "jsonl off a terminal by default" python3 -c "
import json; [json.loads(l) for l in open('$tmp/jl')]; assert len(open('$tmp/jl').readlines())==2"
"$BIN" search --db "$db" --format table civilians >"$tmp/t"
check "table lists issuer and snippet" grep -q "Secretary-General" "$tmp/t"
check "csv has a header" [ "$("$BIN" search --db "$db" --format csv x | head -1 | cut -d, -f1-3)" = "doc,event,type" ]

# malformed queries: exit 1, the message names the term, a caret under it
bad() { # bad QUERY CARET-COLUMN PATTERN
  "$BIN" search --db "$db" "$1" >/dev/null 2>"$tmp/err"
  rc=$?
  caret=$(sed -n 3p "$tmp/err" | awk '{ print index($0, "^") - 3 }')
  if [ $rc -eq 1 ] && grep -q "$3" "$tmp/err" && [ "$caret" = "$2" ]; then
    ok "malformed query '$1'"
  else
    fail "malformed query '$1' (rc $rc, caret $caret): $(cat "$tmp/err")"
  fi
}
bad 'civilians plce:Baku' 10 "unknown filter 'plce'"
bad 'date:1990-13' 5 "bad date"
bad 'killed>=many' 8 "bad number"
bad 'type:ASSULT' 5 "unknown event type"
bad 'country:Azerbaijan' 8 "ISO 3166"
bad 'issuer:"Permanent Mission' 7 "unterminated quote"
bad 'place:' 0 "needs a value"
bad 'kind:memo' 5 "unknown kind"

# show: the document with its metadata, by id prefix
"$BIN" show --db "$db" "$id" >"$tmp/show"
check "show prints metadata and text" grep -q "url       https://example.org/1" "$tmp/show" && grep -q "40 hostages" "$tmp/show"
"$BIN" show --db "$db" --format json "$id" | python3 -c "import json,sys; assert json.load(sys.stdin)['document']['source']=='wire-1'"
check "show --format json prints the record" [ $? -eq 0 ]
"$BIN" show --db "$db" 0000000 2>"$tmp/err"
check "show of an unknown id fails" [ $? -ne 0 ] && grep -q "no document" "$tmp/err"

# reindex: nothing is stale right after adding; --all redoes everything
check "reindex with nothing stale" [ "$("$BIN" reindex --db "$db")" = "reindexed 0 documents (extractor $("$BIN" reindex --db "$db" | sed 's/.*extractor //; s/)$//'))" ]
sqlite3 "$db" "UPDATE documents SET extractor='0.0.1+old' WHERE source='wire-1'"
"$BIN" add --db "$db" "$tmp/in/one.txt" 2>"$tmp/err"
check "add points at stale documents" grep -q "1 archived documents were read by another extractor" "$tmp/err"
check "reindex redoes stale documents" "$BIN" reindex --db "$db" -q
check "reindex cleared the stale mark" [ "$(count "SELECT count(*) FROM documents WHERE extractor='0.0.1+old'")" = 0 ]
check "reindex --all" [ "$("$BIN" reindex --db "$db" --all | cut -d' ' -f1-3)" = "reindexed 6 documents" ]
check "the file passes integrity_check" [ "$(count 'PRAGMA integrity_check')" = ok ]
check "the full-text index is consistent" sqlite3 "$db" "INSERT INTO documents_fts(documents_fts) VALUES('integrity-check')"

# timeline and claims run on an archive without events
"$BIN" timeline --db "$db" --format jsonl >"$tmp/tl"
check "timeline lists only events" [ $? -eq 0 ] && [ "$(grep -c '"event":null' "$tmp/tl")" = 0 ]
"$BIN" claims --db "$db" --format json >"$tmp/cl"
check "claims prints a JSON array" python3 -c "import json; assert isinstance(json.load(open('$tmp/cl')), list)"
