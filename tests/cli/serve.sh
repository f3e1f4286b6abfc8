#!/bin/sh
# serve.sh - `dateline serve`: start servers on free ports and check every
# address with tests/cli/serve_client.py (extraction, archive writes and
# reads, errors, limits, parallel requests), then stop them with SIGTERM and
# check the archive kept what was added. SERVE_WRAP runs each server under
# a tool (tools/ci-extra.sh: valgrind), whose failure fails the stop.
: "${BIN:=build/dateline}"
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
tmp=$(mktemp -d)
pids=
trap 'for p in $pids; do kill -9 "$p" 2>/dev/null; done; rm -rf "$tmp"' EXIT

ok() { echo "ok serve: $1"; }
fail() { echo "FAIL serve: $1"; }

# start NAME ARGS...: run a server in the background; sets $port (empty
# when it did not come up in 60 s) and $pid.
start() {
  name=$1; shift
  # shellcheck disable=SC2086
  ${SERVE_WRAP:-} "$BIN" serve -q --port 0 "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" &
  pid=$!
  pids="$pids $pid"
  port=
  i=0
  while [ -z "$port" ] && [ $i -lt 600 ]; do
    port=$(sed -n 's|^listening on http://127.0.0.1:\([0-9]*\)/v1$|\1|p' "$tmp/$name.out")
    [ -n "$port" ] || sleep 0.1
    i=$((i + 1))
  done
}

# stop PID: SIGTERM, then wait up to 60 s; 0 when it ended with status 0.
stop() {
  kill -TERM "$1" 2>/dev/null
  i=0
  while kill -0 "$1" 2>/dev/null && [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done
  kill -0 "$1" 2>/dev/null && return 1
  wait "$1"
}

db=$tmp/a.db
start rw --db "$db" --writable --max-body 64K --threads 4
if [ -n "$port" ]; then
  ok "a writable server listens on a free port"
  python3 tests/cli/serve_client.py "http://127.0.0.1:$port" rw
  stop "$pid" && ok "SIGTERM stops the server with status 0" ||
    fail "SIGTERM did not stop the server cleanly: $(tail -20 "$tmp/rw.err")"
else
  fail "the server did not start: $(cat "$tmp/rw.err")"
fi

n=$(sqlite3 "$db" 'SELECT count(*) FROM documents' 2>/dev/null)
[ "$n" = 2 ] && ok "the archive keeps the two documents added" ||
  fail "the archive holds '$n' documents, not 2"
[ "$(sqlite3 "$db" 'PRAGMA integrity_check')" = ok ] &&
  ok "the archive passes integrity_check after the server stopped" ||
  fail "integrity_check after the server stopped"

start ro --db "$db" --max-body 64K
if [ -n "$port" ]; then
  python3 tests/cli/serve_client.py "http://127.0.0.1:$port" ro
  stop "$pid" || fail "the read-only server did not stop cleanly: $(tail -20 "$tmp/ro.err")"
else
  fail "the read-only server did not start: $(cat "$tmp/ro.err")"
fi

# no --db, no $DATELINE_DB and no ./dateline.db: extraction only
cd "$tmp" || exit 1
DATELINE_DB= ; unset DATELINE_DB
start none --max-body 64K
cd "$OLDPWD" || exit 1
if [ -n "$port" ]; then
  grep -q 'serving extraction only' "$tmp/none.err" &&
    ok "without an archive the server says it serves extraction only" ||
    fail "no note that the server runs without an archive"
  python3 tests/cli/serve_client.py "http://127.0.0.1:$port" none
  stop "$pid" || fail "the server without an archive did not stop cleanly: $(tail -20 "$tmp/none.err")"
else
  fail "the server without an archive did not start: $(cat "$tmp/none.err")"
fi

"$BIN" serve --db "$tmp/missing.db" --port 0 >/dev/null 2>"$tmp/err"
rc=$?
[ $rc -ne 0 ] && grep -q missing.db "$tmp/err" &&
  ok "a named archive that is missing is an error naming it" ||
  fail "serve --db missing.db: rc=$rc $(cat "$tmp/err")"
"$BIN" serve --port 70000 >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] && ok "a bad --port is a usage error" || fail "serve --port 70000"
"$BIN" serve --max-body 12Q >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] && ok "a bad --max-body is a usage error" || fail "serve --max-body 12Q"
"$BIN" serve --bind not-an-address --port 0 >/dev/null 2>"$tmp/err"
[ $? -eq 3 ] && grep -q 'cannot listen' "$tmp/err" &&
  ok "an address that is not one is an error" || fail "serve --bind not-an-address"
