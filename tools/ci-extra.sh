#!/bin/sh
# ci-extra.sh - the quality gates .ci/run adds after the two `make check`
# runs: every golden statement, example and seed under valgrind (memcheck,
# leaks are errors) in every output format, the HTTP server's tests with the
# server under valgrind, then each libFuzzer target for
# FUZZ_SECONDS (default 60). Prints ok/FAIL lines and a closing
# "N passed, N failed"; exits 1 on any failure.
set -u
cd "$(dirname "$0")/.."
sh tools/install-deps.sh >/dev/null || { echo "FAIL install-deps"; echo "0 passed, 1 failed"; exit 1; }
BUILD=${BUILD:-build}
SHARED=${DATELINE_SHARED:-../shared}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
pass=0 fail=0
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT

tally() { # tally FILE: count and show its ok/FAIL lines
  cat "$1"
  pass=$((pass + $(grep -c '^ok ' "$1")))
  fail=$((fail + $(grep -c '^FAIL ' "$1")))
}

echo "== valgrind (memcheck) on the golden statements, examples and seed"
make -j2 --no-print-directory "$BUILD/dateline" >"$log/make" 2>&1 ||
  { cat "$log/make"; echo "FAIL build for valgrind"; fail=$((fail + 1)); }
for txt in tests/golden/*.txt examples/*.txt "$SHARED"/seed/*.txt; do
  [ -f "$txt" ] || continue
  args=""
  [ -f "${txt%.txt}.args" ] && args=$(cat "${txt%.txt}.args")
  bad=""
  for fmt in json text timeml csv; do
    # shellcheck disable=SC2086
    valgrind -q --error-exitcode=99 --leak-check=full \
      --errors-for-leak-kinds=definite,indirect,possible \
      --show-leak-kinds=definite,indirect,possible \
      "$BUILD/dateline" extract --format "$fmt" $args "$txt" \
      >/dev/null 2>"$log/vg" || bad="$bad $fmt"
    [ -z "$bad" ] || break
  done
  if [ -z "$bad" ]; then
    echo "ok valgrind $txt" >>"$log/valgrind"
  else
    echo "FAIL valgrind $txt (--format$bad):" >>"$log/valgrind"
    grep -E '==[0-9]+== (Invalid|Conditional|Use of|[0-9,]+ bytes in|  (at|by) )' \
      "$log/vg" | head -12 >>"$log/valgrind"
  fi
done
[ -f "$log/valgrind" ] && tally "$log/valgrind"

echo "== valgrind (memcheck) on the HTTP server"
SERVE_WRAP="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect,possible" \
  BIN="$BUILD/dateline" sh tests/cli/serve.sh 2>&1 | sed 's/^\(ok\|FAIL\) serve:/\1 valgrind serve:/' >"$log/vgserve"
tally "$log/vgserve"

echo "== fuzzing, ${FUZZ_SECONDS}s per target"
make --no-print-directory fuzz-build >"$log/fuzzbuild" 2>&1 ||
  { tail -20 "$log/fuzzbuild"; echo "FAIL fuzz build"; fail=$((fail + 1)); }
targets=$(ls fuzz/fuzz_*.c 2>/dev/null | sed 's|fuzz/fuzz_\(.*\)\.c|\1|')
# shellcheck disable=SC2086
sh fuzz/run.sh "$FUZZ_SECONDS" $targets >"$log/fuzz" 2>&1
tally "$log/fuzz"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
