#!/bin/sh
# golden/run.sh - extract each statement and check it against expectations.
#
# tests/golden/NAME.txt is a statement; NAME.expect-STAGE.json its expected
# record pieces (the ../shared/tools/check-record language); NAME.args, when
# present, holds extra options for `dateline extract`. Stages listed in
# tests/golden/STAGES are checked; the others wait for their issue. The seed
# in ../shared/seed is checked the same way when it exists.
: "${BIN:=build/dateline}" "${CHECK:=build/check-record}" "${SHARED:=../shared}"
stages=$(grep -v '^#' tests/golden/STAGES)
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT

check_dir() { # check_dir DIR LABEL
  for txt in "$1"/*.txt; do
    [ -f "$txt" ] || continue
    stem=${txt%.txt}
    args=""
    [ -f "$stem.args" ] && args=$(cat "$stem.args")
    # shellcheck disable=SC2086
    if ! "$BIN" extract --format json $args "$txt" >"$tmp" 2>"$tmp.err"; then
      echo "FAIL $(basename "$txt"): extract failed: $(cat "$tmp.err")"
      continue
    fi
    for st in $stages; do
      exp=$stem.expect-$st.json
      [ -f "$exp" ] || continue
      "$CHECK" "$exp" "$tmp" | grep -E '^(ok|FAIL)' |
        sed -E "s@^(ok|FAIL) +@\1 $2/$(basename "$stem") $st: @"
    done
  done
  rm -f "$tmp.err"
}

check_dir tests/golden golden
if [ -d "$SHARED/seed" ]; then
  check_dir "$SHARED/seed" seed
else
  echo "skip: $SHARED/seed not present, seed checks skipped"
fi
