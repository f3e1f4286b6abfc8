#!/bin/sh
# run.sh - run libFuzzer targets for a while each (make fuzz, tools/ci-extra.sh).
#
# usage: fuzz/run.sh SECONDS NAME...
# Each target starts from its seeds (fuzz/seed.sh) in build-fuzz/corpus/NAME,
# which grows across runs. A crash, leak, sanitizer report or timeout stops
# it, leaves the input in build-fuzz/artifacts/ and makes this exit 1.
set -u
secs=$1
shift
fb=${FUZZ_BUILD:-build-fuzz}
status=0
mkdir -p "$fb/artifacts"
for name in "$@"; do
  bin=$fb/fuzz/fuzz_$name
  [ -x "$bin" ] || { echo "FAIL fuzz $name: $bin not built"; status=1; continue; }
  sh fuzz/seed.sh "$name" "$fb/corpus/$name"
  dict=""
  [ -f "fuzz/$name.dict" ] && dict="-dict=fuzz/$name.dict"
  log=$fb/artifacts/$name.log
  # shellcheck disable=SC2086
  if "$bin" -max_total_time="$secs" -timeout=20 -rss_limit_mb=3072 \
       -max_len=16384 -print_final_stats=1 $dict \
       -artifact_prefix="$fb/artifacts/$name-" "$fb/corpus/$name" >"$log" 2>&1; then
    echo "ok fuzz $name: $(grep -E '^stat::number_of_executed_units' "$log" |
      awk '{print $2}') runs in ${secs}s, no crash"
  else
    echo "FAIL fuzz $name: see $log"
    grep -E 'ERROR|SUMMARY|Test unit written' "$log" | head -5
    status=1
  fi
done
exit $status
