#!/usr/bin/env bash
# Builds the libFuzzer harnesses of tests/fuzz with clang (AddressSanitizer + UBSan) and runs
# each for a fixed number of executions from its seeds. IOC_FUZZ_RUNS (default 4000) sets the
# count; IOC_FUZZ_BUILD_DIR the build folder. Needs the normal build (a briefing pack seed is
# written with it). Fails on the first crash, leak or undefined behaviour, leaving its input in
# the build folder.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${IOC_FUZZ_BUILD_DIR:-$here/build-fuzz}
runs=${IOC_FUZZ_RUNS:-4000}
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/ioc-runtime.XXXXXX)}
console=${IOC_BUILD_DIR:-$here/build}/app/console/ioc-console
targets=(xlsx csv geojson pack syncpage mjpeg)

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DIOC_FUZZ=ON -DIOC_WERROR=OFF \
    ${IOC_GEO_DIR:+-DIOC_GEO_DIR="$IOC_GEO_DIR"} > /dev/null
cmake --build "$build" --target "${targets[@]/#/fuzz_}" > "$build/fuzz-build.log" 2>&1 \
    || { tail -40 "$build/fuzz-build.log"; exit 1; }

# each run starts from the checked-in seeds, plus a pack and the city's boundaries
corpus="$build/corpus"
rm -rf "$corpus"
for t in "${targets[@]}"; do
    mkdir -p "$corpus/$t"
    cp "$here"/tests/fuzz/seeds/"$t"/* "$corpus/$t"/ 2>/dev/null || true
done
geo=$(sed -n 's/^IOC_GEO_DIR:PATH=//p' "$build/CMakeCache.txt")
cp "$geo/haiphong-2025-communes-simplified.geojson" "$corpus/geojson/"
work=$(mktemp -d /tmp/ioc-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" "$console" --data-dir "$work/data" \
    --write-pack "$corpus/pack/seed.iocpack" --screens S07 --period 2026-04 --as-of 2026-04-20 \
    > /dev/null
cp "$here"/tests/fuzz/seeds/xlsx/* "$corpus/csv/" # a workbook where a CSV is expected, and back
cp "$here"/tests/fuzz/seeds/csv/* "$corpus/xlsx/"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for t in "${targets[@]}"; do
    echo "fuzz_$t: $runs runs from $(ls "$corpus/$t" | wc -l) seeds"
    (cd "$build" && XDG_CONFIG_HOME="$work/config" "./tests/fuzz/fuzz_$t" -runs="$runs" \
        -max_len=1048576 -rss_limit_mb=1024 -timeout=20 -print_final_stats=0 "$corpus/$t" \
        > "$build/fuzz_$t.log" 2>&1) || { tail -60 "$build/fuzz_$t.log"; exit 1; }
    grep -E "^Done|DONE" "$build/fuzz_$t.log" | tail -1
done
