#!/bin/sh
# time_starts.sh - data/en/time_starts.txt (the time stage's start filter
# and dispatch letters) is what tools/eval/time_starts.py makes of the
# other time lists: after editing one of them, rerun the script.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
t() { if [ "$2" = 0 ]; then echo "ok $1"; else echo "FAIL $1"; fi; }

if ! command -v python3 >/dev/null 2>&1; then
  echo "ok time_starts.txt up to date (skipped: no python3)"
  exit 0
fi
cp data/en/*.txt "$tmp/"
python3 tools/eval/time_starts.py "$tmp" >/dev/null 2>&1
cmp -s "$tmp/time_starts.txt" data/en/time_starts.txt
t "time_starts.txt up to date (run tools/eval/time_starts.py)" $?
