#!/usr/bin/env bash
# Installs what is needed, builds, and starts the console. Arguments go to ioc-console.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bash "$here/scripts/build.sh" >&2
exec "${IOC_BUILD_DIR:-$here/build}/app/console/ioc-console" "$@"
