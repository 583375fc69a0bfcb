#!/usr/bin/env bash
# Benchmark of the reporting KPIs: writes 1,000,000 orders and 2,000,000 requests into the projections of the run
# database (deploy/bench/reporting-data.sql; this replaces what they held: rebuild afterwards), starts the packaged
# reporting-service on them (its channels on an idle topic, so that no live event mixes into the generated data),
# waits until the service has computed the KPI rows and rollups from those projections, and runs the Gatling
# simulation ReportingKpisSimulation (every KPI endpoint, its CSV and the service-report list) with an analyst's token
# from Keycloak, after a warm-up run of the same simulation. Prints Gatling's summary and assertions (p95 < 100 ms per
# endpoint) and the load average; stops only the service it started.
#
#   [RATE=1] [BENCH_SECONDS=60] [WARMUP_SECONDS=15] [REUSE_DATA=1] deploy/bench/reporting-kpis.sh
#
# REUSE_DATA=1 skips writing the data (and the service's 15-20 minutes of computing the KPI rows from it): the run
# database keeps them from the last run.
set -euo pipefail

# shellcheck source=deploy/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
# shellcheck source=deploy/lib/bench.sh
source "$SD_DEPLOY/lib/bench.sh"

SERVICE_PID=""

stop_service() {
    if [[ -n "$SERVICE_PID" ]]; then
        kill "$SERVICE_PID" 2>/dev/null || true
    fi
}

main() {
    sd_stop_started_parts_on_exit
    sd_init_state
    sd_use_jdk21
    trap 'stop_service' EXIT
    sd_infra_start postgres kafka keycloak
    (cd "$SD_ROOT" && mvn -B -q package -pl reporting-service -am -DskipTests)
    sd_require_free_port reporting-service SD_REPORTING_PORT
    (cd "$SD_ROOT/reporting-service" && exec java -Xmx512m \
        -Dservicedesk.kafka.topics.idle.name=bench.idle.v1 \
        -Dmp.messaging.incoming.requests.topic=bench.idle.v1 \
        -Dmp.messaging.incoming.orders.topic=bench.idle.v1 \
        -Dmp.messaging.incoming.catalog.topic=bench.idle.v1 \
        -Dmp.messaging.incoming.articles.topic=bench.idle.v1 \
        -jar target/quarkus-app/quarkus-run.jar >"$SD_STATE_DIR/logs/reporting-bench.log" 2>&1) &
    SERVICE_PID=$!
    sd_wait_until 300 "$SERVICE_PID" curl -fs -o /dev/null "http://127.0.0.1:$SD_REPORTING_PORT/q/health/ready" ||
        sd_die "reporting-service did not become ready; see $SD_STATE_DIR/logs/reporting-bench.log"
    if [[ "${REUSE_DATA:-}" == 1 ]]; then
        sd_log "bench: REUSE_DATA=1: the projections and KPI rows of the last run as they are"
    else
        write_data
    fi
    local token
    token="$(bash "$SD_DEPLOY/token.sh" analyst)"
    sd_log "bench: warm-up, ${WARMUP_SECONDS:-15} s (not measured)"
    sd_bench_gatling ReportingKpisSimulation -Drate=1 -Dseconds="${WARMUP_SECONDS:-15}" -Dtoken="$token" \
        >/dev/null || true
    sd_log "bench: load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
    local status=0
    sd_bench_gatling ReportingKpisSimulation -Drate="${RATE:-1}" -Dseconds="${BENCH_SECONDS:-60}" -Dtoken="$token" |
        sd_bench_console_summary || status=$?
    sd_log "bench: load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
    sd_log "bench: per endpoint (requests, p50, p95, p99 in ms):"
    sd_bench_gatling_stats "$(sd_bench_last_report)" |
        awk -F'\t' '{ printf "    %-24s %5s %6s %6s %6s\n", $1, $3, $6, $7, $8 }'
    return "$status"
}

# Writes the benchmark data into the projections and waits until the service has computed the KPI rows from them.
write_data() {
    sd_log "bench: writing the benchmark data into the projections"
    local started=$SECONDS
    bench_psql -f "$SD_DEPLOY/bench/reporting-data.sql"
    sd_log "bench: projections written in $((SECONDS - started)) s; the service computes the KPI rows from them"
    started=$SECONDS
    until [[ "$(bench_psql -t -A -c 'SELECT count(*) FROM reporting.kpi_dirty')" == 0 ]]; do sleep 5; done
    sd_log "bench: KPI rows computed in $((SECONDS - started)) s ($(bench_psql -t -A -c \
        'SELECT count(*) FROM reporting.kpi_fact') kpi_fact rows, $(bench_psql -t -A -c \
        'SELECT count(*) FROM reporting.kpi_rollup') rollup rows)"
}

bench_psql() {
    PGPASSWORD="${SD_DB_PASSWORD:-reporting-local}" "$(sd_pg_bin)/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 \
        -p "$SD_PG_PORT" -U reporting -d "${SD_DB_NAME:-servicedesk}" "$@"
}

main "$@"
