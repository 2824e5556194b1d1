#!/usr/bin/env bash
# Installs the Debian 12 packages the console, its tests and its benchmark need.
# Idempotent: when everything is present it only asks dpkg and returns.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev libgl-dev libqt6opengl6-dev libqt6sql6-sqlite libsqlite3-dev
    qt6-charts-dev qt6-svg-dev qt6-positioning-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libzip-dev libxlsxwriter-dev libsodium-dev qtkeychain-qt6-dev libzstd-dev zlib1g-dev
    poppler-utils openssl
    clang-format-14 clang-tidy-14 clang libclang-rt-14-dev desktop-file-utils appstream dpkg-dev file
    fonts-dejavu-core qt6-translations-l10n
    libpq-dev postgresql
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
