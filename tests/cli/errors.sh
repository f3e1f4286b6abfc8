#!/bin/sh
# errors.sh - malformed input and bad usage get a clear message naming the
# file and byte offset, the documented exit code, and never a crash.
#
# Exit codes: 0 ok, 1 bad input, 2 usage. Prints "ok NAME" / "FAIL NAME".
: "${BIN:=build/dateline}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# expect NAME RC PATTERN -- ARGS...: exit status RC and stderr matching PATTERN
expect() {
  name=$1 want=$2 pat=$3
  shift 4
  "$BIN" "$@" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  if [ "$rc" -ne "$want" ]; then
    echo "FAIL $name: exit $rc, wanted $want ($(head -c 200 "$tmp/err"))"
  elif ! grep -Eq -- "$pat" "$tmp/err"; then
    echo "FAIL $name: stderr '$(head -c 200 "$tmp/err")' lacks /$pat/"
  else
    echo "ok $name"
  fi
}

printf 'Troops moved to the caf\303\251 \377 at night.\n' >"$tmp/bad-utf8.txt"
expect invalid_utf8_names_file_and_offset 1 \
  "bad-utf8\.txt: byte 26: invalid UTF-8" -- extract "$tmp/bad-utf8.txt"

printf 'Cut short \342\200' >"$tmp/truncated.txt"
expect truncated_utf8_sequence_at_end 1 "truncated\.txt: byte 10: invalid UTF-8" \
  -- extract "$tmp/truncated.txt"

: >"$tmp/empty.txt"
expect empty_file_is_bad_input 1 "empty\.txt: byte 0: empty input" -- extract "$tmp/empty.txt"

printf '\357\273\277\r\n  \n\t\n' >"$tmp/blank.txt"
expect bom_and_blank_lines_only_is_empty 1 "blank\.txt: byte 0: empty input" \
  -- extract "$tmp/blank.txt"

head -c 65536 /dev/zero >"$tmp/zeros.bin"
expect file_of_nul_bytes_is_binary 1 "zeros\.bin: byte 0: binary input" \
  -- extract "$tmp/zeros.bin"

printf '\177ELF\002\001\001\000\000\000\000\000\000\000\000\000\002\000>\000' >"$tmp/elf.bin"
head -c 2048 /dev/urandom | tr -d '\n' >>"$tmp/elf.bin"
expect binary_file_is_bad_input 1 "elf\.bin: byte [0-9]+: (binary input|invalid UTF-8)" \
  -- extract "$tmp/elf.bin"

expect missing_file_is_named 1 "nosuch\.txt: No such file" -- extract "$tmp/nosuch.txt"

printf 'Some statement text here.\n' >"$tmp/good.txt"
expect bad_date_option_is_usage 2 "--date wants a calendar date" \
  -- extract --date 2020-02-30 "$tmp/good.txt"
expect unknown_format_is_usage 2 "unknown format 'xml'" -- extract --format xml "$tmp/good.txt"
expect no_input_is_usage 2 "usage: dateline extract" -- extract
expect unknown_command_is_usage 2 "unknown command" -- frobnicate

# the worst status wins when several files are given, and good files still print
expect bad_file_among_good_exits_1 1 "bad-utf8\.txt: byte 26" \
  -- extract "$tmp/good.txt" "$tmp/bad-utf8.txt" "$tmp/good.txt"
if [ "$(grep -c '"schema"' "$tmp/out")" -eq 2 ]; then
  echo "ok good_files_around_a_bad_one_still_print"
else
  echo "FAIL good_files_around_a_bad_one_still_print"
fi

# --lossy replaces bad bytes instead of failing; spans still index the input
if "$BIN" extract --lossy --format json "$tmp/bad-utf8.txt" >"$tmp/out" 2>"$tmp/err" &&
   grep -q '"bytes": 38' "$tmp/out"; then
  echo "ok lossy_replaces_invalid_bytes"
else
  echo "FAIL lossy_replaces_invalid_bytes: $(head -c 200 "$tmp/err")"
fi

# a stray NUL or form feed inside text is not binary
printf 'Troops fired on the crowd.\000 Twelve people were killed.\f\nNew York, 19 January 2009' \
  >"$tmp/stray.txt"
if "$BIN" extract "$tmp/stray.txt" >"$tmp/out" 2>"$tmp/err" &&
   grep -q '"date": "2009-01-19"' "$tmp/out"; then
  echo "ok stray_nul_and_form_feed_are_text"
else
  echo "FAIL stray_nul_and_form_feed_are_text: $(head -c 200 "$tmp/err")"
fi

# stdin works, and errors on stdin are reported as "-"
if printf 'Kabul, 26 August 2021 - A bomb exploded.' | "$BIN" extract - >"$tmp/out" 2>&1 &&
   grep -q '"source": "-"' "$tmp/out"; then
  echo "ok stdin_is_read"
else
  echo "FAIL stdin_is_read"
fi
printf 'bad \377' | "$BIN" extract - >/dev/null 2>"$tmp/err"
if [ $? -eq 1 ] && grep -q '^dateline: -: byte 4: invalid UTF-8' "$tmp/err"; then
  echo "ok stdin_error_names_dash_and_offset"
else
  echo "FAIL stdin_error_names_dash_and_offset: $(cat "$tmp/err")"
fi

# a long single line (no line breaks at all) neither crashes nor hangs
awk 'BEGIN { for (i = 0; i < 60000; i++) printf "Troops fired on crowds, killing 12 people. " }' \
  >"$tmp/long.txt"
if "$BIN" extract --format jsonl "$tmp/long.txt" >"$tmp/out" 2>"$tmp/err"; then
  echo "ok long_single_line_is_processed"
else
  echo "FAIL long_single_line_is_processed: $(head -c 200 "$tmp/err")"
fi
