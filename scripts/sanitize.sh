#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer + UBSan (gcc) in its own folder and runs every
# test there. Too slow for .ci/run on two cores; run it before a release and quote its summary.
# Arguments go to ctest (e.g. -R tst_import).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${IOC_SANITIZE_BUILD_DIR:-$here/build-sanitize}
bash "$here/scripts/deps.sh"
flags="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DIOC_WERROR=OFF \
    -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    ${IOC_GEO_DIR:+-DIOC_GEO_DIR="$IOC_GEO_DIR"} > /dev/null
cmake --build "$build"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/ioc-runtime.XXXXXX)}
# Qt and fontconfig keep caches for the process's life: those are not the project's leaks
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd "$build"
ctest --output-on-failure --timeout 1200 "$@"
