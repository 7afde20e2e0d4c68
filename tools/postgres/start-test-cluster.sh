#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on localhost for the PostgreSQL test lane and prints
# the URL to put in TEST_DATABASE_URL. Needs Debian's postgresql package.
set -euo pipefail
# The first free port from 5433 up (a cluster of the machine itself may hold 5432).
port="${PGPORT_TEST:-}"
if [ -z "$port" ]; then
  for candidate in $(seq 5433 5450); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
  done
fi
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2
  exit 1
fi
dir=$(mktemp -d /tmp/casebook-pg.XXXXXX)
run_as=()
if [ "$(id -u)" = 0 ]; then
  # initdb refuses to run as root.
  id -u postgres >/dev/null 2>&1 || useradd --system --create-home postgres
  chown postgres "$dir"
  run_as=(runuser -u postgres --)
fi
"${run_as[@]}" "$bin/initdb" -D "$dir/data" -A trust -U casebook >/dev/null
"${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-p $port -k $dir -c listen_addresses=localhost -c fsync=off" start >/dev/null
# Whoever started it can stop it: tools/postgres/stop-test-cluster.sh "$(cat "$CLUSTER_DIR_FILE")".
[ -n "${CLUSTER_DIR_FILE:-}" ] && echo "$dir" > "$CLUSTER_DIR_FILE"
echo "postgres://casebook@localhost:$port/postgres"
