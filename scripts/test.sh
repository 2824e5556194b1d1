#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test headless. Arguments go to ctest.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bash "$here/scripts/build.sh"
bash "$here/scripts/check-format.sh"
bash "$here/scripts/tidy.sh"
# the readers of untrusted bytes under libFuzzer, AddressSanitizer and UBSan (a short fixed run)
IOC_FUZZ_RUNS=${IOC_FUZZ_RUNS:-2000} bash "$here/scripts/fuzz.sh"
export QT_QPA_PLATFORM=offscreen
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "${XDG_RUNTIME_DIR}" ]; then
    export XDG_RUNTIME_DIR=$(mktemp -d /tmp/ioc-runtime.XXXXXX)
fi
chmod 0700 "$XDG_RUNTIME_DIR"
# the data server's tests run on SQLite and on PostgreSQL: a server of their own, stopped at the end
pg_dir=$(mktemp -d /tmp/ioc-postgres.XXXXXX)
trap 'bash "$here/scripts/postgres.sh" stop "$pg_dir"' EXIT
export IOC_TEST_POSTGRES=$(bash "$here/scripts/postgres.sh" start "$pg_dir")
cd "${IOC_BUILD_DIR:-$here/build}"
ctest --output-on-failure --timeout 300 "$@"
