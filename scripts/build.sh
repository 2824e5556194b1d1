#!/usr/bin/env bash
# Configures (once) and builds everything into ./build with Ninja.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bash "$here/scripts/deps.sh"
build="${IOC_BUILD_DIR:-$here/build}"
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${IOC_BUILD_TYPE:-RelWithDebInfo}" \
        ${IOC_CMAKE_ARGS:-}
fi
cmake --build "$build" --parallel "$(nproc)"
