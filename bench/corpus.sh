#!/bin/sh
# corpus.sh - build the benchmark corpus: one plain-text file per document.
#
# usage: bench/corpus.sh OUTDIR [SHARED_DIR]
# Takes the golden statements (tests/golden), the bundled examples, the seed
# (SHARED_DIR/seed) and, when SHARED_DIR/data/tempeval3 exists, the text of
# every TimeBank/AQUAINT document (tags stripped, entities decoded, the
# creation date as a "Date:" line). Writes OUTDIR/docs/NNNNN.txt and
# OUTDIR/list.txt (the file names in order); the drivers cycle through the
# list until they have read the number of bytes they were asked for.
set -eu
out=${1:?usage: corpus.sh OUTDIR [SHARED_DIR]}
shared=${2:-../shared}
rm -rf "$out/docs"
mkdir -p "$out/docs"
n=0

add() { # add: stdin becomes the next document
  n=$((n + 1))
  f=$(printf '%05d.txt' "$n")
  cat >"$out/docs/$f"
  [ -s "$out/docs/$f" ] || rm -f "$out/docs/$f"
}

for f in tests/golden/*.txt examples/*.txt "$shared"/seed/*.txt; do
  [ -f "$f" ] && add <"$f"
done

# TimeML: keep the creation date and the <TEXT> body, drop every tag.
tml_text() {
  dct=$(sed -n 's/.*functionInDocument="CREATION_TIME"[^>]*value="\([0-9]\{4\}-[0-9][0-9]-[0-9][0-9]\)[^"]*".*/\1/p;
                s/.*value="\([0-9]\{4\}-[0-9][0-9]-[0-9][0-9]\)[^"]*"[^>]*functionInDocument="CREATION_TIME".*/\1/p' "$1" |
        head -1)
  [ -n "$dct" ] && printf 'Date: %s\n\n' "$dct"
  sed -n '/<TEXT>/,/<\/TEXT>/p' "$1" |
    sed -e 's/<[^>]*>//g' -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&quot;/"/g' \
        -e "s/&apos;/'/g" -e 's/&amp;/\&/g'
}

for dir in "$shared"/data/tempeval3/TimeBank "$shared"/data/tempeval3/AQUAINT; do
  [ -d "$dir" ] || continue
  for f in "$dir"/*.tml; do
    tml_text "$f" >"$out/tml.tmp"
    add <"$out/tml.tmp"
  done
done

rm -f "$out/tml.tmp"
(cd "$out/docs" && ls | sort) >"$out/list.txt"
echo "corpus: $(wc -l <"$out/list.txt") documents," \
     "$(cat "$out"/docs/*.txt | wc -c) bytes in $out/docs"
