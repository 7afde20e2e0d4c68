#!/usr/bin/env bash
# The API's HTTP specs again, on PostgreSQL, when TEST_DATABASE_URL names a server.
set -euo pipefail
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  echo "PostgreSQL lane not run: set TEST_DATABASE_URL (tools/postgres/start-test-cluster.sh starts one; .ci/run does)."
  exit 0
fi
DATABASE_TYPE=postgres exec node tools/jasmine/run-node-specs.cjs apps/api
