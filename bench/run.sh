#!/bin/sh
# run.sh - run the benchmark driver and chrono-node, print the results table
# and save it (with the machine it ran on) to RESULTS.md.
#
# usage: bench/run.sh DRIVER CORPUS_DIR RESULTS.md
# env: BENCH_MB (default 64), BENCH_SCALE ("1 10 100"), BENCH_REPEAT (3:
# one-core rows keep the best run, one run when it takes over 20 CPU seconds),
# BENCH_CHRONO (0 skips chrono-node), BENCH_MAX_SECONDS (600: a scaling size
# whose quadratic estimate from the previous size exceeds it is skipped), CC.
# One-core MB/s are bytes per CPU second of the timed calls (chrono-node: of
# the node process); the all-core row is bytes per wall-clock second.
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
    # a run of more than 20 CPU seconds is steady enough on its own
    awk "BEGIN{exit !($(field "$l" cpu_s) > 20)}" && break
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
echo "bench: all cores" >&2
allN=$("$drv" -s all -t 0 -m "$mb" "$corpus")
echo "bench: each part apart" >&2
each=$("$drv" -s each -m "$mb" "$corpus")
eachline=$(printf '%s\n' "$each" | head -1)
echo "bench: pipeline through the time stage" >&2
upto1=$("$drv" -s time -u -m "$mb" "$corpus")
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
part() { # part NAME KEY: a field of the -s each line for that part
  field "$(printf '%s\n' "$each" | grep "^part=$1 ")" "$2"
}

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
  echo "- one-core rows: bytes per CPU second of the timed calls (chrono-node: of the node process)," \
       "best of $repeat; the all-core row: bytes per wall-clock second (low when the machine is shared)"
  echo "- load average when it started: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "## Throughput, separate documents"
  echo
  echo "| what | input | MB/s | peak RSS | errors |"
  echo "| --- | --- | --- | --- | --- |"
  row "full pipeline (dl_record_parse), 1 core" "$all1"
  row "full pipeline, $(field "$allN" threads) threads (all cores)" "$allN"
  row "pipeline through time (text, document, time), 1 core" "$upto1"
  [ -n "$chrono" ] && row "chrono-node $(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' \
        "$(dirname "$0")/chrono/node_modules/chrono-node/package.json" | head -1) parse, 1 core" "$chrono"
  echo
  echo "## Where the time goes (1 core, each part timed apart in one pass)"
  echo
  echo "| part | CPU s | share | MB/s alone |"
  echo "| --- | --- | --- | --- |"
  for p in text document time figures places actors events free; do
    printf '| %s | %s | %s%% | %s |\n' "$p" "$(part $p cpu_s)" "$(part $p share)" "$(part $p mb_s)"
  done
  printf '| all | %s | 100%% | %s |\n' "$(field "$eachline" cpu_s)" "$(field "$eachline" mb_s)"
  echo
  echo "text: input checks, copy, SHA-256 and the text layer; free: dl_record_free."
  echo
  if [ -n "$chrono" ]; then
    c=$(field "$chrono" mb_s)
    echo "Time extraction versus chrono-node on the same text: the time stage alone" \
         "$(awk "BEGIN{printf \"%.1fx\", $(part time mb_s)/$c}")," \
         "the pipeline through time (text, document, time)" \
         "$(awk "BEGIN{printf \"%.1fx\", $(field "$upto1" mb_s)/$c}") as fast;" \
         "peak memory $(rss "$(field "$upto1" peak_rss_kb)") versus $(rss "$(field "$chrono" peak_rss_kb)")."
    echo "Target of 100x chrono-node for the time stage alone:" \
         "$(awk "BEGIN{print ($(part time mb_s) >= 100 * $c) ? \"met\" : \"NOT met\"}")."
    echo
  fi
  ok=$(awk "BEGIN{print ($(field "$all1" mb_s) >= 20) ? \"met\" : \"NOT met\"}")
  echo "Target of 20 MB/s on one core for the full pipeline: $ok."
  echo
  echo "## Scaling, one document of each size (full pipeline, 1 core)"
  echo
  echo "| input | seconds (CPU) | MB/s | peak RSS | peak RSS / input | parse memory / input |"
  echo "| --- | --- | --- | --- | --- | --- |"
  prev_s="" prev_mb=""
  for s in $scale; do
    # skip a size that would take too long at the growth seen so far
    if [ -n "$prev_s" ]; then
      est=$(awk "BEGIN{r=$s/$prev_mb; printf \"%.0f\", $prev_s*r*r}")
      if [ "$est" -gt "${BENCH_MAX_SECONDS:-600}" ]; then
        printf '| %s MB | not run: quadratic growth from %s MB would need about %s s |  |  |  |  |\n' \
          "$s" "$prev_mb" "$est"
        continue
      fi
    fi
    l=$("$drv" -s all -1 -m "$s" "$corpus")
    prev_s=$(field "$l" cpu_s) prev_mb=$s
    printf '| %s | %s | %s | %s | %s | %s |\n' "$(mbytes "$(field "$l" bytes)")" \
      "$(field "$l" cpu_s)" "$(field "$l" mb_s)" "$(rss "$(field "$l" peak_rss_kb)")" \
      "$(awk "BEGIN{printf \"%.1f\", $(field "$l" peak_rss_kb)*1024/$(field "$l" bytes)}")" \
      "$(awk "BEGIN{printf \"%.1f\", ($(field "$l" peak_rss_kb)-$(field "$l" base_rss_kb))*1024/$(field "$l" bytes)}")"
  done
  echo
  echo "peak RSS: of the whole process, with the corpus and the document it reads;"
  echo "parse memory: peak RSS less the RSS before parsing, i.e. what dl_record_parse"
  echo "took beyond the caller's copy of the input."
} >"$tmp/results.md"
cp "$tmp/results.md" "$results"
cat "$results"
