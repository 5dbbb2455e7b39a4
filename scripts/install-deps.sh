#!/bin/sh
# Installs every Debian package CareerDesk needs to build, run and test.
# Idempotent: when all packages are present it changes nothing and asks no network.
set -eu

PACKAGES="
cmake
ninja-build
g++
pkg-config
qt6-base-dev
libqt6sql6-sqlite
libqt6sql6-psql
qt6-tools-dev
qt6-tools-dev-tools
qt6-l10n-tools
qt6-charts-dev qt6-svg-dev
libqt6opengl6-dev
libquazip1-qt6-dev
libpoppler-qt6-dev
libqpdf-dev
libical-dev
libxml2-dev
qtkeychain-qt6-dev
libsqlite3-dev
poppler-utils
xvfb
clang
libclang-rt-14-dev
xauth
postgresql
fonts-dejavu-core
desktop-file-utils
appstream
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages:$missing" >&2
    echo "install-deps: run as root (or with sudo) to install them" >&2
    exit 1
fi

echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# shellcheck disable=SC2086
apt-get install -y -q --no-install-recommends $missing
