#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the tests (Debian's server binaries, loopback only,
# trust auth, its own directory and port) and prints the connection URL on stdout.
#   scripts/pg-test-server.sh start DIR [PORT]   -> postgresql://sb@127.0.0.1:PORT/switchboard_test
#   scripts/pg-test-server.sh stop DIR
set -euo pipefail
cmd="${1:?start|stop}"
dir="${2:?data directory}"
port="${3:-55432}"
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$cmd" in
start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
        as_pg "$bin/initdb" -D "$dir" -U sb --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    as_pg "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" \
        start >/dev/null
    as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U sb -d postgres -qtAc \
        "SELECT 1 FROM pg_database WHERE datname='switchboard_test'" | grep -q 1 \
        || as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U sb switchboard_test
    echo "postgresql://sb@127.0.0.1:$port/switchboard_test"
    ;;
stop)
    as_pg "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
    ;;
*)
    echo "usage: $0 start|stop DIR [PORT]" >&2
    exit 64
    ;;
esac
