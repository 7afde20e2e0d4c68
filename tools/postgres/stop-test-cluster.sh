#!/usr/bin/env bash
# Stops and removes a throwaway server made by start-test-cluster.sh: stop-test-cluster.sh <dir>
set -euo pipefail
dir="${1:?usage: stop-test-cluster.sh <directory start-test-cluster.sh made>}"
[ -d "$dir/data" ] || exit 0
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
run_as=()
[ "$(id -u)" = 0 ] && run_as=(runuser -u postgres --)
"${run_as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null
rm -rf "$dir"
