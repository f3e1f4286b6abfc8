#!/bin/sh
# hostile.sh - hostile input: each case ends in a record (exit 0, JSON) or a
# clear error naming file and byte offset (non-zero exit), never a crash, a
# hang (timeout) or memory beyond a small multiple of input plus output.
#
# Cases: empty, whitespace, binary, UTF-16, invalid UTF-8 at start, middle
# and end (with and without --lossy), NUL bytes, a 100 MB single line, 10 000
# nested brackets and quotes, a million "more than more than", long runs of
# date-like tokens. Linear time is checked by instruction counts (callgrind)
# at two sizes, not by timing; skipped in sanitizer builds.
: "${BIN:=build/dateline}" "${BUILD:=build}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
case $BUILD in *san*) san=1 ;; *) san=0 ;; esac
# peak RSS bound: MULT x (input + output) + 64 MB. The gcc build is held to
# the real bound; ASan builds get a wider one (shadow memory, quarantine).
mult=20
[ "$san" = 1 ] && mult=64
have_time=0
[ -x /usr/bin/time ] && have_time=1

rep() { # rep STRING COUNT: STRING repeated, no newline
  awk -v s="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'
}

# run FILE ARGS...: extract into $tmp/out, $tmp/err; sets rc and rss (KB)
run() {
  f=$1
  shift
  if [ "$have_time" = 1 ]; then
    timeout 900 /usr/bin/time -o "$tmp/rss" -f '%M' \
      "$BIN" extract --format json "$@" "$f" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    rss=$(tail -1 "$tmp/rss" 2>/dev/null)
  else
    timeout 900 "$BIN" extract --format json "$@" "$f" >"$tmp/out" 2>"$tmp/err"
    rc=$? rss=0
  fi
  case $rss in '' | *[!0-9]*) rss=0 ;; esac
}

# sane NAME FILE: no crash, no hang, memory bounded; prints FAIL if not
sane() {
  if [ "$rc" -eq 124 ]; then echo "FAIL $1: no answer within 900 s"; return 1; fi
  if [ "$rc" -ge 125 ]; then
    echo "FAIL $1: crashed (exit $rc): $(head -c 300 "$tmp/err")"; return 1
  fi
  if grep -q 'Sanitizer\|runtime error' "$tmp/err"; then
    echo "FAIL $1: sanitizer report: $(grep -m1 'ERROR\|runtime error' "$tmp/err")"
    return 1
  fi
  # what it reads and what it writes: a record of 100 000 dates is large
  size=$(( $(wc -c <"$2") + $(wc -c <"$tmp/out") ))
  limit=$(( (size * mult) / 1024 + 65536 ))
  if [ "$rss" -gt "$limit" ]; then
    echo "FAIL $1: peak memory ${rss} KB for $size bytes in and out (limit $limit KB)"
    return 1
  fi
  return 0
}

# is_record FILE: the output is one JSON record of the whole input
is_record() {
  python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
assert r["schema"] == "dateline/1" and r["document"]["bytes"] == int(sys.argv[2])
' "$tmp/out" "$(wc -c <"$1")" 2>/dev/null
}

expect_error() { # expect_error NAME FILE OFFSET [ARGS]: a clear error at OFFSET
  name=$1 f=$2 off=$3
  shift 3
  run "$f" "$@"
  sane "$name" "$f" || return
  if [ "$rc" -eq 0 ]; then echo "FAIL $name: accepted, wanted an error"; return; fi
  if ! grep -q "^dateline: $f: byte $off: " "$tmp/err"; then
    echo "FAIL $name: wanted 'dateline: $f: byte $off: ...', got: $(head -c 200 "$tmp/err")"
    return
  fi
  echo "ok $name"
}

expect_record() { # expect_record NAME FILE [ARGS]: exit 0 and a valid record
  name=$1 f=$2
  shift 2
  run "$f" "$@"
  sane "$name" "$f" || return
  if [ "$rc" -ne 0 ]; then
    echo "FAIL $name: exit $rc: $(head -c 200 "$tmp/err")"; return
  fi
  is_record "$f" || { echo "FAIL $name: output is not a record of the input"; return; }
  echo "ok $name"
}

expect_either() { # expect_either NAME FILE: a record, or an error with offset
  name=$1 f=$2
  run "$f"
  sane "$name" "$f" || return
  if [ "$rc" -eq 0 ]; then
    is_record "$f" || { echo "FAIL $name: output is not a record"; return; }
  elif ! grep -q "^dateline: $f: byte [0-9]*: " "$tmp/err"; then
    echo "FAIL $name: unclear error: $(head -c 200 "$tmp/err")"; return
  fi
  echo "ok $name"
}

cd "$tmp" || exit 1
case $BIN in /*) ;; *) BIN=$OLDPWD/$BIN ;; esac

# -- empty, blank, binary ------------------------------------------------
: >empty.txt
expect_error empty-file empty.txt 0
printf ' \n\t\r\n   \n\f\n' >blank.txt
expect_error whitespace-only blank.txt 0
printf 'PK\003\004\024\000\010\000' >bin.txt
rep '\001\002\003\377\376' 200 >>bin.txt
expect_error binary-zip-header bin.txt 2
printf '\377\376T\000h\000e\000 \000c\000o\000u\000n\000c\000i\000l\000' >utf16.txt
expect_error utf16-text utf16.txt 3

# -- invalid UTF-8 ---------------------------------------------------------
stmt='The council met in Geneva on 19 January 2009 and said 134 people were killed.'
printf '\377%s\n' "$stmt" >bad-start.txt
expect_error invalid-utf8-start bad-start.txt 0
expect_record invalid-utf8-start-lossy bad-start.txt --lossy
printf 'The council met \300\257 in Geneva.\n%s\n' "$stmt" >bad-mid.txt
expect_error invalid-utf8-middle bad-mid.txt 16
expect_record invalid-utf8-middle-lossy bad-mid.txt --lossy
printf '%s\n\342\202' "$stmt" >bad-end.txt
expect_error invalid-utf8-end bad-end.txt $(( ${#stmt} + 1 ))
expect_record invalid-utf8-end-lossy bad-end.txt --lossy
printf '%s \355\240\200 surrogate\n' "$stmt" >surrogate.txt
expect_error invalid-utf8-surrogate surrogate.txt $(( ${#stmt} + 1 ))

# -- NUL bytes -------------------------------------------------------------
printf 'GENEVA, 19 January 2009 -- %s\000\n%s\n' "$stmt" "$stmt" >nul.txt
expect_either nul-byte-in-text nul.txt
printf '\000%s\n' "$stmt" >nul-start.txt
expect_either nul-byte-at-start nul-start.txt

# -- size: one 100 MB line -------------------------------------------------
rep 'lorem ipsum dolor sit amet, consectetur adipiscing elit; sed do eiusmod ' \
  1400000 >line.txt
expect_record single-line-100mb line.txt
rm -f line.txt

# -- nesting and repetition ------------------------------------------------
{ rep '(' 10000; printf 'x'; rep ')' 10000; } >brackets.txt
expect_record nested-brackets-10000 brackets.txt
{ rep '"' 10000; printf 'said'; rep '"' 10000; } >quotes.txt
expect_record nested-quotes-10000 quotes.txt
{ rep '“he said ([‘' 10000; printf 'no'; rep '’])”' 10000; } >mixed.txt
expect_record nested-mixed-10000 mixed.txt
rep 'more than more than ' 1000000 >more.txt
expect_record more-than-million more.txt
rep '19 January 2009, ' 100000 >dates.txt
expect_record repeated-dates dates.txt
rep '2009-01-19-' 100000 >chain.txt
expect_record chained-iso-dates chain.txt
rep '1/' 500000 >slashes.txt
expect_record slash-chain slashes.txt
rep 'on the 19th of January of ' 50000 >ofs.txt
expect_record repeated-of-dates ofs.txt
rep 'Monday, January ' 100000 >months.txt
expect_record repeated-months months.txt
rep '1,000,' 200000 >groups.txt
expect_record digit-groups groups.txt
rep '1234567890' 100000 >digits.txt
expect_record one-million-digit-number digits.txt
rep 'U.S. ' 200000 >abbr.txt
expect_record repeated-abbreviations abbr.txt
rep 'A' 2000000 >word.txt
expect_record two-million-letter-word word.txt
rep 'x\n' 1000000 >lines.txt
expect_record million-short-lines lines.txt
rep 'Department ' 50000 >caps.txt
expect_record capitalised-run caps.txt

# -- linear time: instruction counts at two sizes (no timing) --------------
if [ "$san" = 1 ] || ! command -v valgrind >/dev/null 2>&1; then
  echo "# linear-time checks need valgrind and a build without sanitizers"
  exit 0
fi
instr() { # instr FILE: instructions executed extracting FILE
  valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    "$BIN" extract --format jsonl "$1" 2>&1 >/dev/null |
    sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}
linear() { # linear NAME STRING COUNT: 4x the input costs < 6x the work
  rep "$2" "$3" >small.txt
  rep "$2" $(( $3 * 4 )) >big.txt
  a=$(instr small.txt) b=$(instr big.txt)
  if [ -z "$a" ] || [ -z "$b" ]; then echo "FAIL linear-$1: callgrind gave no count"; return; fi
  if [ $(( b * 10 )) -gt $(( a * 60 )) ]; then
    echo "FAIL linear-$1: 4x input took $(( b * 10 / a ))/10 x the instructions"
  else
    echo "ok linear-$1 ($(( b * 10 / a ))/10 x the instructions for 4x the input)"
  fi
}
linear statement "$stmt " 3000
linear single-line 'lorem ipsum dolor sit amet, consectetur ' 6000
linear more-than 'more than more than ' 12500
linear dates '19 January 2009, ' 15000
linear brackets '((((((((((' 25000
linear quotes '"said" ' 30000
linear capitalised-run 'Department ' 5000
# a "word" of 200 000 non-ASCII letters: cut every TOK_MAX_LEN bytes, each
# piece found without rescanning the rest of the run
linear letter-run 'é' 100000
