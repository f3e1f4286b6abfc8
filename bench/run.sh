#!/bin/sh
# run.sh - run the benchmark driver and chrono-node, print the results table
# and save it (with the machine it ran on) to RESULTS.md.
#
# usage: bench/run.sh DRIVER CORPUS_DIR RESULTS.md
# env: BENCH_MB (default 64), BENCH_SCALE ("1 10 100"), BENCH_REPEAT (3:
# one-core rows keep the best run), BENCH_CHRONO (0 skips chrono-node), CC.
# One-core MB/s are bytes per CPU second of the timed calls; all-core and
# chrono-node rows are bytes per wall-clock second.
set -eu
drv=${1:?usage: run.sh DRIVER CORPUS_DIR RESULTS.md}
corpus=${2:?}
results=${3:?}
mb=${BENCH_MB:-64}
scale=${BENCH_SCALE:-1 10 100}
repeat=${BENCH_REPEAT:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

field() { # field LINE KEY
  printf '%s\n' "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"
}

best() { # best ARGS...: the run with the highest mb_s of BENCH_REPEAT
  b="" bm=0
  i=0
  while [ "$i" -lt "$repeat" ]; do
    l=$("$drv" "$@" "$corpus")
    m=$(field "$l" mb_s)
    if [ -z "$b" ] || awk "BEGIN{exit !($m > $bm)}"; then b=$l bm=$m; fi
    i=$((i + 1))
  done
  printf '%s\n' "$b"
}

mbytes() { awk "BEGIN{printf \"%.1f MB\", $1/1e6}"; }
rss() { awk "BEGIN{printf \"%.1f MB\", $1/1024}"; }

row() { # row LABEL LINE
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$(mbytes "$(field "$2" bytes)")" \
    "$(field "$2" mb_s)" "$(rss "$(field "$2" peak_rss_kb)")" \
    "$(field "$2" errors)"
}

echo "bench: timing (corpus cycled to $mb MB; best of $repeat for one core)" >&2
all1=$(best -s all -m "$mb")
allN=$("$drv" -s all -t 0 -m "$mb" "$corpus")
text1=$(best -s text -m "$mb")
time1=$(best -s time -m "$mb")
upto1=$(best -s time -u -m "$mb")
fig1=$(best -s figures -m "$mb")
chrono=""
if [ "${BENCH_CHRONO:-1}" != 0 ] && command -v node >/dev/null 2>&1; then
  dir=$(dirname "$0")/chrono
  if [ ! -d "$dir/node_modules/chrono-node" ]; then
    echo "bench: installing chrono-node from npm" >&2
    (cd "$dir" && npm install --no-audit --no-fund --loglevel=error >&2) || true
  fi
  if [ -d "$dir/node_modules/chrono-node" ]; then
    echo "bench: chrono-node on the same $mb MB" >&2
    chrono=$(node "$dir/chrono.js" "$corpus" "$mb")
  fi
fi

{
  echo "# dateline benchmark results"
  echo
  echo "Written by \`make bench\` (bench/run.sh); the last run is kept here."
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "- machine: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)," \
       "$(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
       "$(uname -sr), $(${CC:-cc} --version 2>/dev/null | head -1)"
  echo "- corpus: $(wc -l <"$corpus/list.txt") documents," \
       "$(cat "$corpus"/docs/*.txt | wc -c) bytes (golden, examples, seed, TimeBank/AQUAINT text), cycled to $mb MB"
  echo "- one-core rows: bytes per CPU second of the timed calls, best of $repeat;" \
       "all-core and chrono-node rows: bytes per wall-clock second"
  echo
  echo "## Throughput, separate documents"
  echo
  echo "| what | input | MB/s | peak RSS | errors |"
  echo "| --- | --- | --- | --- | --- |"
  row "full pipeline (dl_record_parse), 1 core" "$all1"
  row "full pipeline, $(field "$allN" threads) threads (all cores)" "$allN"
  row "text layer only (checks, copy, hash, text)" "$text1"
  row "time stage alone (time_extract)" "$time1"
  row "pipeline through time (text, document, time)" "$upto1"
  row "figures stage alone (figures_extract)" "$fig1"
  [ -n "$chrono" ] && row "chrono-node $(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' \
        "$(dirname "$0")/chrono/node_modules/chrono-node/package.json" | head -1) parse, 1 core" "$chrono"
  echo
  if [ -n "$chrono" ]; then
    c=$(field "$chrono" mb_s)
    echo "Time extraction versus chrono-node on the same text: time stage alone" \
         "$(awk "BEGIN{printf \"%.0fx\", $(field "$time1" mb_s)/$c}")," \
         "pipeline through time $(awk "BEGIN{printf \"%.1fx\", $(field "$upto1" mb_s)/$c}")" \
         "as fast; peak memory $(rss "$(field "$upto1" peak_rss_kb)") versus $(rss "$(field "$chrono" peak_rss_kb)")."
    echo
  fi
  ok=$(awk "BEGIN{print ($(field "$all1" mb_s) >= 20) ? \"met\" : \"NOT met\"}")
  echo "Target of 20 MB/s on one core for the full pipeline: $ok."
  echo
  echo "## Scaling, one document of each size (full pipeline, 1 core)"
  echo
  echo "| input | seconds (CPU) | MB/s | peak RSS | peak RSS / input |"
  echo "| --- | --- | --- | --- | --- |"
  for s in $scale; do
    l=$("$drv" -s all -1 -m "$s" "$corpus")
    printf '| %s | %s | %s | %s | %s |\n' "$(mbytes "$(field "$l" bytes)")" \
      "$(field "$l" cpu_s)" "$(field "$l" mb_s)" "$(rss "$(field "$l" peak_rss_kb)")" \
      "$(awk "BEGIN{printf \"%.1f\", $(field "$l" peak_rss_kb)*1024/$(field "$l" bytes)}")"
  done
} >"$tmp/results.md"
cp "$tmp/results.md" "$results"
cat "$results"
