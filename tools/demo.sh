#!/bin/sh
# demo.sh - the main job on the bundled example statements (make demo):
# the record of one statement, then the examples ingested into an archive
# in the build directory, a timeline of their events, a sample search, and
# one query to the same archive through the HTTP server (dateline serve).
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
echo
echo "== dateline serve --db $db --port 0   (the same archive over HTTP)"
"$DL" serve -q --db "$db" --port 0 >"$BUILD/demo/serve.out" 2>&1 &
pid=$!
port=
i=0
while [ -z "$port" ] && [ $i -lt 50 ]; do
  port=$(sed -n 's|^listening on http://127.0.0.1:\([0-9]*\)/v1$|\1|p' "$BUILD/demo/serve.out")
  [ -n "$port" ] || sleep 0.1
  i=$((i + 1))
done
if [ -n "$port" ]; then
  echo "GET /v1/search?q=killed>=10&limit=2"
  python3 -c "
import json, sys, urllib.request
a = json.load(urllib.request.urlopen('http://127.0.0.1:$port/v1/search?q=killed%3E%3D10&limit=2'))
for h in a['hits']:
    print(' ', h['type'], h['date'], h['place'], [(f['kind'], f['value']) for f in h['figures']], '-', h['issuer'])
print('  more:', a['more'])"
fi
kill -TERM "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
