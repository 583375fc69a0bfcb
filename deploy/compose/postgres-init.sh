#!/usr/bin/env bash
# Run once by the postgres image on an empty data directory (/docker-entrypoint-initdb.d): creates the suite's
# database and applies deploy/postgres/init.sql to it, as deploy/lib/postgres.sh does for the local stack.
set -euo pipefail

psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d postgres -c "CREATE DATABASE ${SD_DB_NAME}"
psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d "$SD_DB_NAME" -v roles="$SD_PG_SERVICE_ROLES" -f /servicedesk/init.sql
