#!/usr/bin/env bash
# Benchmark of the event backbone (platform/src/test/.../benchmark/BackboneBenchmark.java): commit-to-consumer
# latency at a fixed rate, and the relay's drain rate from a backlog. Needs a durable PostgreSQL: one started with
# --fast (by deploy/test.sh) is restarted with durable settings first. Prints the report and leaves it in
# platform/target/benchmark/backbone.md.
#
#   deploy/bench/backbone.sh [-Dbenchmark.rate=500] [-Dbenchmark.duration=PT60S] [-Dbenchmark.backlog=50000]
set -euo pipefail

# shellcheck source=deploy/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

postgres_fsync() {
    PGPASSWORD=platform-local psql -h 127.0.0.1 -p "$SD_PG_PORT" -U platform -d servicedesk_test -Atc 'SHOW fsync'
}

main() {
    sd_stop_started_parts_on_exit
    sd_init_state
    sd_use_jdk21
    local started
    sd_infra_start postgres kafka
    started=("${SD_STARTED_PARTS[@]}")
    if [[ "$(postgres_fsync)" != "on" ]]; then
        sd_log "bench: PostgreSQL runs without fsync; restarting it with durable settings"
        sd_infra_stop postgres
        sd_infra_start postgres
        SD_STARTED_PARTS=("${started[@]}")
    fi
    export SD_DB_NAME=servicedesk_test
    (cd "$SD_ROOT" && mvn -B -q install -pl platform -DskipTests &&
        mvn -B test -pl platform -Dtest=BackboneBenchmark -Dtest.excluded.groups=none "$@")
    cat "$SD_ROOT/platform/target/benchmark/backbone.md"
}

main "$@"
