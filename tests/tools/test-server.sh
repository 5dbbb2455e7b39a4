#!/bin/sh
# The PostgreSQL 15 server that the second pass of the test suite runs against: a throwaway cluster in a
# temporary folder, trust authentication on 127.0.0.1 only, on the first free port from 55432.
#   test-server.sh start STATE   initdb + pg_ctl start; writes the server's address to STATE/address
#   test-server.sh stop STATE    stops the server and removes its folder
#   test-server.sh pause STATE   stops the server and keeps its data (a server restart, as clients see it)
#   test-server.sh resume STATE  starts a paused server again on its port
# With CAREERDESK_SERVER_DURABLE=1 the server keeps PostgreSQL's durability defaults (fsync, synchronous
# commits, full page writes) and has shared_buffers of 4 GB (CAREERDESK_SERVER_SHARED_BUFFERS), as a real
# server runs: for the benchmarks.
# PostgreSQL refuses to run as root: as root, the server runs as the user "postgres" (Debian's package
# makes it). A cluster left over by an interrupted run is stopped and removed first.
set -eu
action=$1
state=$2
bin=/usr/lib/postgresql/15/bin

as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop() {
    [ -f "$state/cluster" ] || return 0
    cluster=$(cat "$state/cluster")
    as_server "$bin/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$cluster" "$state/cluster" "$state/address" "$state/port"
}

# Durability settings off: a test server's data is thrown away, and fsync costs minutes.
run_server() {
    durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    if [ "${CAREERDESK_SERVER_DURABLE:-}" = 1 ]; then
        # As a real server runs: durable, and with a buffer cache sized for its data rather than
        # PostgreSQL's 128 MB default (a million postings take some 9 GB).
        durability="-c shared_buffers=${CAREERDESK_SERVER_SHARED_BUFFERS:-4GB}"
    fi
    as_server "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
        -o "-p $1 -k $cluster -c listen_addresses=127.0.0.1 $durability -c max_connections=300" \
        start >/dev/null 2>&1
}

case $action in
start)
    [ -x "$bin/initdb" ] || { echo "test-server: PostgreSQL 15 is not installed (package postgresql)" >&2; exit 1; }
    mkdir -p "$state"
    stop
    cluster=$(mktemp -d /tmp/careerdesk-test-server.XXXXXX)
    chmod 755 "$cluster"
    [ "$(id -u)" -ne 0 ] || chown postgres "$cluster"
    echo "$cluster" >"$state/cluster"
    if ! as_server "$bin/initdb" -D "$cluster/data" -A trust -U careerdesk -E UTF8 --locale=C.UTF-8 \
        >"$cluster/initdb.log" 2>&1; then
        cat "$cluster/initdb.log" >&2
        exit 1
    fi
    for port in $(seq 55432 55531); do
        rm -f "$cluster/server.log"
        if run_server "$port"; then
            echo "$port" >"$state/port"
            echo "postgresql://careerdesk@127.0.0.1:$port/postgres" >"$state/address"
            echo "test-server: PostgreSQL at 127.0.0.1:$port ($cluster)"
            exit 0
        fi
        grep -q "could not bind\|already in use" "$cluster/server.log" 2>/dev/null || break
    done
    echo "test-server: the PostgreSQL server did not start:" >&2
    cat "$cluster/server.log" >&2 2>/dev/null || true
    exit 1
    ;;
stop)
    stop
    ;;
pause)
    cluster=$(cat "$state/cluster")
    as_server "$bin/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null
    ;;
resume)
    cluster=$(cat "$state/cluster")
    run_server "$(cat "$state/port")" || { cat "$cluster/server.log" >&2; exit 1; }
    ;;
*)
    echo "usage: test-server.sh start|stop|pause|resume STATE" >&2
    exit 2
    ;;
esac
