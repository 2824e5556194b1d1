#!/usr/bin/env bash
# Builds (optimised) and runs the benchmark; prints one JSON object. IOC_BENCH_RUNS sets the
# number of runs per measurement (default 5); the numbers are medians.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
export IOC_BUILD_TYPE=${IOC_BUILD_TYPE:-RelWithDebInfo}
bash "$here/scripts/build.sh" >&2
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "${XDG_RUNTIME_DIR}" ]; then
    export XDG_RUNTIME_DIR=$(mktemp -d /tmp/ioc-runtime.XXXXXX)
fi
# the load benchmark runs on PostgreSQL too: a server of its own, as for the tests
pg_dir=$(mktemp -d /tmp/ioc-postgres.XXXXXX)
trap 'bash "$here/scripts/postgres.sh" stop "$pg_dir"' EXIT
export IOC_BENCH_POSTGRES=${IOC_BENCH_POSTGRES:-$(bash "$here/scripts/postgres.sh" start "$pg_dir")}
"${IOC_BUILD_DIR:-$here/build}/tests/bench/ioc-bench"
