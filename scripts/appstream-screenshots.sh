#!/usr/bin/env bash
# Renders the screenshots the AppStream metainfo names (1600x900, demo data, no display) into
# DIR, ready to publish at IOC_SCREENSHOT_BASE_URL. Usage: scripts/appstream-screenshots.sh DIR
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: $0 DIR}
console="${IOC_BUILD_DIR:-$here/build}/app/console/ioc-console"
[ -x "$console" ] || bash "$here/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d /tmp/ioc-shots.XXXXXX)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 0700 "$XDG_RUNTIME_DIR"
mkdir -p "$out"
"$console" --data-dir "$work/data" --screenshot "$work/vi" --size 1600x900 --screens S01 >/dev/null
"$console" --data-dir "$work/data" --screenshot "$work/en" --size 1600x900 --screens S01 \
    --lang en --theme dark >/dev/null
cp "$work/vi/S01.png" "$out/s01-overview.png"
cp "$work/vi/map.png" "$out/map.png"
cp "$work/en/S01.png" "$out/s01-overview-en-dark.png"
ls "$out"/s01-overview.png "$out"/map.png "$out"/s01-overview-en-dark.png
