#!/bin/sh
# run.sh - run every test and print one closing line "N passed, N failed".
#
# usage: tests/run.sh BUILD_DIR
# Counts TAP lines from the cmocka unit tests, "ok"/"FAIL" lines from the
# golden checks and the command-line tests. A test program that dies without
# reporting counts as a failure. Exits 1 when anything failed.
BUILD=${1:-build}
BIN=$BUILD/dateline
CHECK=$BUILD/check-record
SHARED=${DATELINE_SHARED:-../shared}
export BIN CHECK BUILD SHARED
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
pass=0 fail=0

count() { # count FILE: add its ok / FAIL lines
  p=$(grep -cE '^ok( |$)' "$1")
  f=$(grep -cE '^(not ok|FAIL)( |$)' "$1")
  pass=$((pass + p)); fail=$((fail + f))
  grep -E '^(not ok|FAIL)' "$1" | sed "s|^|  [$2] |"
}

died() { echo "  [$1] exited with status $2 without reporting a failure"; fail=$((fail + 1)); }

echo "== unit tests"
for t in "$BUILD"/tests/test_*; do
  [ -x "$t" ] || continue
  name=$(basename "$t")
  CMOCKA_MESSAGE_OUTPUT=TAP "$t" >"$log/$name" 2>&1
  rc=$?
  before=$fail
  count "$log/$name" "$name"
  [ $rc -ne 0 ] && [ $fail -eq "$before" ] && died "$name" $rc
  echo "  $name: $(grep -cE '^ok' "$log/$name") ok"
done

echo "== golden statements"
sh tests/golden/run.sh >"$log/golden" 2>&1
rc=$?; before=$fail
count "$log/golden" golden
[ $rc -ne 0 ] && [ $fail -eq "$before" ] && died golden $rc
grep -E '^(#|skip)' "$log/golden"

echo "== command-line tests"
for t in tests/cli/*.sh; do
  [ -f "$t" ] || continue
  name=$(basename "$t" .sh)
  sh "$t" >"$log/cli-$name" 2>&1
  rc=$?; before=$fail
  count "$log/cli-$name" "$name"
  [ $rc -ne 0 ] && [ $fail -eq "$before" ] && died "$name" $rc
  echo "  $name: $(grep -cE '^ok' "$log/cli-$name") ok"
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
