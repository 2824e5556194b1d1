#!/usr/bin/env bash
# A PostgreSQL server of the tests' own (scripts/test.sh): a new cluster in a temporary
# directory, owned by an unprivileged user (PostgreSQL refuses to run as root), listening on a
# Unix socket in that directory only, trusting its one user, fsync off. Never the machine's own
# server.
#   postgres.sh start DIR   makes and starts the cluster in DIR, prints its URL
#   postgres.sh stop DIR    stops it and removes DIR
set -euo pipefail
command=${1:?start or stop}
dir=${2:?a directory}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "postgres.sh: PostgreSQL is not installed (scripts/deps.sh installs it)" >&2; exit 1; }

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u nobody -- "$@"
    else
        "$@"
    fi
}

case "$command" in
start)
    mkdir -p "$dir"
    [ "$(id -u)" -ne 0 ] || chown nobody: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U ioc -A trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # a Unix socket in DIR and no TCP port: nothing else on the machine can collide with it
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -c listen_addresses= -c fsync=off -c max_connections=200" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://ioc@/postgres?host=$dir"
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "postgres.sh: start or stop" >&2
    exit 2
    ;;
esac
