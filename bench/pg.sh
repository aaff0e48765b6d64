#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the benchmarks (the way .ci/run starts one for CI):
#   bash bench/pg.sh start [dir] [port]   initdb + start on 127.0.0.1, prints DATABASE_URL
#   bash bench/pg.sh stop  [dir]          stop it and delete the directory
# The data directory defaults to /tmp/brobygger-bench-pg and the port to 55432. Settings are
# tuned for a benchmark machine, not for durability (fsync off): never keep real data in it.
set -euo pipefail

cmd=${1:-}
PGDATA=${2:-/tmp/brobygger-bench-pg}
PGPORT=${3:-55432}
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)}
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "Fant ikke PostgreSQL (initdb). Installer postgresql, eller sett PGBIN." >&2
  exit 1
fi
# initdb refuses to run as root: run the server as the postgres user when we are root.
run_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }

case "$cmd" in
  start)
    if [ -f "$PGDATA/postmaster.pid" ]; then
      echo "Serveren kjører allerede i $PGDATA." >&2
    else
      mkdir -p "$PGDATA"
      [ "$(id -u)" = 0 ] && chown postgres "$PGDATA"
      [ -f "$PGDATA/PG_VERSION" ] || run_pg "'$PGBIN/initdb' -D '$PGDATA' -U postgres -A trust --no-sync >/dev/null"
      # Memory settings for a 2-core, few-GB machine; max_connections covers two app instances.
      run_pg "'$PGBIN/pg_ctl' -D '$PGDATA' -l '$PGDATA/server.log' -w -o \"-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=512MB -c work_mem=16MB -c maintenance_work_mem=256MB -c max_connections=100\" start >/dev/null"
    fi
    "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -Atc "select 'PostgreSQL ' || current_setting('server_version')"
    echo "DATABASE_URL=postgres://postgres@127.0.0.1:$PGPORT/<database>   (opprett med: $PGBIN/createdb -h 127.0.0.1 -p $PGPORT -U postgres <database>)"
    ;;
  stop)
    if [ -f "$PGDATA/postmaster.pid" ]; then run_pg "'$PGBIN/pg_ctl' -D '$PGDATA' -m fast stop" >/dev/null; fi
    rm -rf "$PGDATA"
    echo "Stoppet og slettet $PGDATA."
    ;;
  *)
    echo "Bruk: bash bench/pg.sh start|stop [datamappe] [port]" >&2
    exit 2
    ;;
esac
