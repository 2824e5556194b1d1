#!/usr/bin/env bash
# The house's curated clang-tidy checks (.clang-tidy) over the product code (models/, widgets/,
# app/), from the build's compile_commands.json. Prints each finding and fails on any.
# Run by scripts/test.sh (so by .ci/run) after the build.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build="${IOC_BUILD_DIR:-$here/build}"
command -v run-clang-tidy-14 >/dev/null || { echo "run-clang-tidy-14 missing: scripts/deps.sh installs clang-tidy-14" >&2; exit 1; }
log=$(mktemp /tmp/ioc-tidy.XXXXXX)
trap 'rm -f "$log"' EXIT
status=0
run-clang-tidy-14 -p "$build" -j "$(nproc)" -quiet "$here/(models|widgets|app)/" >"$log" 2>&1 || status=$?
findings=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E "^$here/.*: (warning|error): " | sort -u || true)
if [ -n "$findings" ] || [ "$status" -ne 0 ]; then
    echo "$findings" >&2
    [ -n "$findings" ] || sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -v "warnings generated" | tail -20 >&2
    echo "clang-tidy: $(echo "$findings" | grep -c . ) finding(s) (see .clang-tidy)" >&2
    exit 1
fi
echo "clang-tidy: the product code is clean ($(grep -c '^clang-tidy' "$log" || true) files)"
