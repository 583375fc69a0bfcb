#!/usr/bin/env bash
# The suite side by side with raw PostgreSQL, in one run on one machine. Starts the whole suite with durable settings
# when it is not running (deploy/run.sh --detach; stopped again only then), warms it up with the call-centre day, then:
#   1. the baseline: pgbench, CLIENTS clients for BENCH_SECONDS, running deploy/bench/intake-baseline.pgbench
#      (intake's request row and its outbox row in one transaction, into copies of intake's tables in a scratch
#      schema, dropped after);
#   2. "log an action request" at its maximum: CLIENTS agents in a closed model (each sends its next request when the
#      last one is answered) for BENCH_SECONDS; its rate as a share of the baseline's is the headline ratio;
#   3. each scenario at a fixed rate for BENCH_SECONDS: log an action request, request -> order, knowledge search,
#      KPI reads, the mixed call-centre day (deploy/benchmarks).
# Writes deploy/benchmarks/target/side-by-side/summary.md (printed at the end) and summary.csv: throughput, p50/p95/p99,
# errors and the load average per measure, the CPU each part of the suite used during it, Gatling's report folders.
# About 10 minutes with the defaults.
#
#   [BENCH_SECONDS=60] [CLIENTS=8] [WARMUP_SECONDS=30] [LOG_RATE=50] [ORDER_RATE=30] [SEARCH_RATE=50] [KPI_RATE=2]
#   [DAY_RATE=20] deploy/bench/side-by-side.sh
set -euo pipefail

# shellcheck source=deploy/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
# shellcheck source=deploy/lib/bench.sh
source "$SD_DEPLOY/lib/bench.sh"

MEASURE_SECONDS="${BENCH_SECONDS:-60}"
CLIENTS="${CLIENTS:-8}"
OUT="$SD_DEPLOY/benchmarks/target/side-by-side"
MEASURES="$OUT/measures.tsv"
BASELINE_ROLE="sd_bench_baseline"
BASELINE_PASSWORD="sd-bench-baseline-local"

# ---------------------------------------------------------------- the raw PostgreSQL baseline

# The scratch schema: intake's request and outbox tables copied with their columns, defaults, constraints and indexes,
# the outbox trigger that wakes a relay, and a protocol sequence; owned by a login role of its own.
create_baseline() {
    drop_baseline
    baseline_psql <<SQL
CREATE ROLE $BASELINE_ROLE LOGIN PASSWORD '$BASELINE_PASSWORD';
GRANT CONNECT ON DATABASE ${SD_DB_NAME:-servicedesk} TO $BASELINE_ROLE;
CREATE SCHEMA $BASELINE_ROLE AUTHORIZATION $BASELINE_ROLE;
ALTER ROLE $BASELINE_ROLE SET search_path = $BASELINE_ROLE;
CREATE TABLE $BASELINE_ROLE.customer_request (LIKE intake.customer_request INCLUDING ALL);
CREATE TABLE $BASELINE_ROLE.outbox_event (LIKE intake.outbox_event INCLUDING ALL);
CREATE SEQUENCE $BASELINE_ROLE.protocol_sequence;
CREATE TRIGGER outbox_event_inserted AFTER INSERT ON $BASELINE_ROLE.outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION intake.outbox_event_notify();
ALTER TABLE $BASELINE_ROLE.customer_request OWNER TO $BASELINE_ROLE;
ALTER TABLE $BASELINE_ROLE.outbox_event OWNER TO $BASELINE_ROLE;
ALTER SEQUENCE $BASELINE_ROLE.protocol_sequence OWNER TO $BASELINE_ROLE;
GRANT EXECUTE ON FUNCTION intake.outbox_event_notify() TO $BASELINE_ROLE;
GRANT USAGE ON SCHEMA intake TO $BASELINE_ROLE;
SQL
}

# psql as the superuser on the run database, without notices.
baseline_psql() {
    PGOPTIONS="-c client_min_messages=warning" sd_pg_psql "${SD_DB_NAME:-servicedesk}" "$@"
}

drop_baseline() {
    sd_postgres_is_running || return 0
    baseline_psql -c "DROP SCHEMA IF EXISTS $BASELINE_ROLE CASCADE" \
        -c "DO \$\$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = '$BASELINE_ROLE') THEN
                REVOKE ALL ON DATABASE ${SD_DB_NAME:-servicedesk} FROM $BASELINE_ROLE;
                REVOKE ALL ON SCHEMA intake FROM $BASELINE_ROLE;
                REVOKE ALL ON FUNCTION intake.outbox_event_notify() FROM $BASELINE_ROLE;
                DROP ROLE $BASELINE_ROLE; END IF; END \$\$"
}

# Latency percentiles from pgbench's per-transaction logs (third field: microseconds, or "failed"): prints COUNT
# ERRORS P50_MS P95_MS P99_MS. Usage: pgbench_percentiles LOG...
pgbench_percentiles() {
    local errors
    errors="$(awk '$3 !~ /^[0-9]+$/' "$@" | wc -l)"
    awk '$3 ~ /^[0-9]+$/ { print $3 }' "$@" | sort -n | awk -v errors="$errors" '
        function at(q,   i) { i = int(q * NR + 0.999999); return NR ? t[i < 1 ? 1 : i] / 1000 : 0 }
        { t[NR] = $1 }
        END { printf "%d %d %.1f %.1f %.1f\n", NR, errors, at(0.50), at(0.95), at(0.99) }'
}

run_baseline() {
    local logs="$OUT/pgbench" before tps count errors p50 p95 p99
    sd_log "bench: raw PostgreSQL baseline, pgbench with $CLIENTS clients for ${MEASURE_SECONDS}s"
    create_baseline
    rm -rf "$logs" && mkdir -p "$logs"
    before="$(sd_bench_cpu_ticks)"
    PGPASSWORD="$BASELINE_PASSWORD" "$(sd_pg_bin)/pgbench" -n -M prepared -c "$CLIENTS" -j 2 -T "$MEASURE_SECONDS" \
        -h 127.0.0.1 -p "$SD_PG_PORT" -U "$BASELINE_ROLE" -f "$SD_DEPLOY/bench/intake-baseline.pgbench" \
        --log --log-prefix="$logs/transactions" "${SD_DB_NAME:-servicedesk}" >"$OUT/pgbench.out" 2>&1 ||
        { cat "$OUT/pgbench.out" >&2; sd_die "bench: pgbench failed"; }
    record_cpu baseline "$before"
    drop_baseline
    sed -n '/^number of transactions actually processed/p;/^number of failed/p;/^latency average/p;/^tps/p' \
        "$OUT/pgbench.out" | sed 's/^/    /'
    tps="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/pgbench.out")"
    read -r count errors p50 p95 p99 < <(pgbench_percentiles "$logs"/transactions.*)
    BASELINE_TPS="$tps"
    record baseline "raw PostgreSQL: request row + outbox row (pgbench, $CLIENTS clients)" \
        "$tps" "$p50" "$p95" "$p99" "$count" "$errors" "" "$OUT/pgbench"
}

# ---------------------------------------------------------------- Gatling

# Runs a simulation for MEASURE_SECONDS (assertions reported, never fatal) and keeps its console output, its CPU use
# and its report folder (REPORT): KEY SIMULATION MAVEN_ARGUMENT...; shows Gatling's global figures as it goes.
run_gatling() {
    local key="$1" simulation="$2" before reports_before
    shift 2
    reports_before="$(sd_bench_last_report)"
    before="$(sd_bench_cpu_ticks)"
    sd_bench_gatling "$simulation" -Dseconds="$MEASURE_SECONDS" "$@" >"$OUT/$key.log" 2>&1 || status=$?
    record_cpu "$key" "$before"
    REPORT="$(sd_bench_last_report)"
    # A failed assertion (Maven fails the build) is a measured result; a run without a new report is not.
    if [[ "$REPORT" == "$reports_before" || ! -f "$REPORT/index.html" ]]; then
        sd_log_tail "$OUT/$key.log" 30
        sd_die "bench: $simulation failed (log: $OUT/$key.log)"
    fi
    sd_bench_console_summary <"$OUT/$key.log" | sed 's/^/    /'
}

# One measure from the statistics of the last Gatling report: the whole run, or the request or group called NAME.
# Usage: record_gatling KEY LABEL SHARE_OF_BASELINE [NAME]
record_gatling() {
    local key="$1" label="$2" share="$3" name="${4:-All Requests}" count errors per_second p50 p95 p99
    read -r count errors per_second p50 p95 p99 < <(sd_bench_gatling_stats "$REPORT" |
        awk -F'\t' -v name="$name" '$1 == name { print $3, $4, $5, $6, $7, $8; exit }') ||
        sd_die "bench: no '$name' in $REPORT/index.html"
    record "$key" "$label" "$per_second" "$p50" "$p95" "$p99" "$count" "$errors" "$share" "$REPORT"
}

# ---------------------------------------------------------------- the summary

# One measure, a tab-separated line: KEY LABEL PER_SECOND P50 P95 P99 COUNT ERRORS [SHARE] [REPORT]; the load average
# of the last minute is added.
record() {
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "$6" "$7" "$8" \
        "$(cut -d' ' -f1 /proc/loadavg)" "${9:-}" "${10#"$SD_ROOT"/}" >>"$MEASURES"
}

# Appends KEY PART CPU_SECONDS PERCENT_OF_A_CORE lines: the CPU used since the BEFORE listing, as a share of one core
# over the measure's duration. Usage: record_cpu KEY BEFORE
record_cpu() {
    sd_bench_cpu_used "$2" "$(sd_bench_cpu_ticks)" "$MEASURE_SECONDS" | sed "s/^/$1 /" >>"$OUT/cpu.txt"
}

share_of_baseline() {
    awk -v ours="$1" -v raw="$BASELINE_TPS" 'BEGIN { printf "%.1f%%", 100 * ours / raw }'
}

# Every request and group of a Gatling report with its figures, as Markdown table rows: REPORT.
gatling_requests_table() {
    sd_bench_gatling_stats "$1" | awk -F'\t' 'NR > 1 { printf "| %s%s | %s | %s | %s | %s | %s |\n",
        $2 == "" ? "" : $2 " / ", $1, $3, $6, $7, $8, $4 }'
}

# The run's circumstances, as the summary's first lines: when, where, which commit, the settings, the load average,
# and how much data the searches and KPI reads ran over.
summary_header() {
    local articles requests orders reported_requests reported_orders memory_gb
    read -r articles requests orders reported_requests reported_orders < <(baseline_psql -At -F ' ' -c "SELECT
        (SELECT count(*) FROM knowledge.article WHERE status = 'PUBLISHED'),
        (SELECT count(*) FROM intake.customer_request), (SELECT count(*) FROM workorder.work_order),
        (SELECT count(*) FROM reporting.request_fact), (SELECT count(*) FROM reporting.order_fact)")
    memory_gb="$(awk '/MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)"
    cat <<EOF
# The suite side by side with raw PostgreSQL

Run of $STARTED_AT on $(hostname) ($(nproc) cores, $memory_gb GB),
commit $(git -C "$SD_ROOT" describe --always --dirty), durable PostgreSQL, $MEASURE_SECONDS s per measure, $CLIENTS clients
for the maxima. Load average (1, 5, 15 min) at the start: $LOAD_AT_START; at the end: $(sd_bench_load_average).
At the end the database held $articles published articles (searched), $requests requests and $orders orders
(reporting: $reported_requests and $reported_orders, read by the KPIs).

| measure | per second | p50 ms | p95 ms | p99 ms | count | errors | load (1 min) | of the baseline |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
EOF
}

# The CPU each part used during each measure, one row per measure and one column per part, the suite last.
cpu_table() {
    local parts=()
    mapfile -t parts < <(awk '{ print $2 }' "$OUT/cpu.txt" | awk '!seen[$0]++' | grep -vx suite; echo suite)
    printf '| measure |'
    printf ' %s |' "${parts[@]}"
    printf '\n|---|'
    printf '%.0s---:|' "${parts[@]}"
    printf '\n'
    awk -v parts="$(printf '%s\n' "${parts[@]}")" 'BEGIN { n = split(parts, p, "\n") }
        { cpu[$1, $2] = $4; if (!($1 in seen)) { seen[$1] = 1; keys[++k] = $1 } }
        END { for (i = 1; i <= k; i++) { printf "| %s |", keys[i]
                                         for (j = 1; j <= n; j++) printf " %s%% |", cpu[keys[i], p[j]]
                                         printf "\n" } }' "$OUT/cpu.txt"
}

write_summary() {
    awk -F'\t' -v OFS=, '
        BEGIN { print "key,measure,per_second,p50_ms,p95_ms,p99_ms,count,errors,load_1min,share_of_baseline,report" }
        { $2 = "\"" $2 "\""; print }' "$MEASURES" >"$OUT/summary.csv"
    {
        summary_header
        awk -F'\t' '{ printf "| %s | %.1f | %s | %s | %s | %s | %s | %s | %s |\n",
                       $2, $3, $4, $5, $6, $7, $8, $9, $10 }' "$MEASURES"
        cat <<EOF

CPU each part of the suite used during each measure (Gatling's start and end included), as a share of one core
over the measure's duration ($(nproc) cores = $(($(nproc) * 100))%; Gatling and pgbench themselves not counted):

EOF
        cpu_table
        printf '\nThe call-centre day, call by call (ms):\n\n'
        printf '| call | count | p50 | p95 | p99 | errors |\n|---|---:|---:|---:|---:|---:|\n'
        gatling_requests_table "$DAY_REPORT"
        cat <<'EOF'

The baseline writes what the database must write for a logged request (the request row, its protocol number and
its outbox row, in one durable transaction); the suite adds HTTP, the token check, JSON, the request's history,
its rules, and the work every consumer does with the event, on the same cores. Gatling's reports (HTML) and
pgbench's logs: the last column of summary.csv.
EOF
    } >"$OUT/summary.md"
    cat "$OUT/summary.md"
}

main() {
    (($# == 0)) || { sed -n '2,16s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2; exit 2; }
    sd_init_state
    sd_use_jdk21
    trap 'drop_baseline; sd_bench_stop_started_suite' EXIT
    sd_bench_suite_up
    rm -rf "$OUT" && mkdir -p "$OUT"
    STARTED_AT="$(date -u '+%Y-%m-%d %H:%M UTC')"
    LOAD_AT_START="$(sd_bench_load_average)"
    local agent partner technician supervisor analyst tokens
    agent="$(bash "$SD_DEPLOY/token.sh" agent)"
    partner="$(bash "$SD_DEPLOY/token.sh" partner-acme)"
    technician="$(bash "$SD_DEPLOY/token.sh" technician)"
    supervisor="$(bash "$SD_DEPLOY/token.sh" supervisor)"
    analyst="$(bash "$SD_DEPLOY/token.sh" analyst)"
    tokens=(-Dtoken="$agent" -Dpartner.token="$partner" -Dtechnician.token="$technician"
        -Dsupervisor.token="$supervisor")

    sd_log "bench: warm-up, the call-centre day at ${DAY_RATE:-20}/s for ${WARMUP_SECONDS:-30}s (not reported)"
    MEASURE_SECONDS="${WARMUP_SECONDS:-30}" run_gatling warm-up MixedCallCentreDaySimulation \
        -Drate="${DAY_RATE:-20}" "${tokens[@]}"
    : >"$OUT/cpu.txt"

    run_baseline

    sd_log "bench: log an action request at its maximum, $CLIENTS agents (closed model) for ${MEASURE_SECONDS}s"
    run_gatling log-max LogActionRequestSimulation -Dusers="$CLIENTS" -Dtoken="$agent"
    record_gatling log-max "log an action request: maximum ($CLIENTS agents, closed model)" \
        "$(share_of_baseline "$(sd_bench_gatling_stats "$REPORT" | awk -F'\t' 'NR == 1 { print $5 }')")"

    sd_log "bench: log an action request, ${LOG_RATE:-50}/s for ${MEASURE_SECONDS}s"
    run_gatling log LogActionRequestSimulation -Drate="${LOG_RATE:-50}" -Dtoken="$agent"
    record_gatling log "log an action request at ${LOG_RATE:-50}/s" ""

    sd_log "bench: request → order, ${ORDER_RATE:-30}/s for ${MEASURE_SECONDS}s"
    run_gatling order RequestToOrderSimulation -Drate="${ORDER_RATE:-30}" -Dtoken="$agent"
    record_gatling order "request → order at ${ORDER_RATE:-30}/s: logging" "" "log an action request (one call)"
    record_gatling order "request → order at ${ORDER_RATE:-30}/s: order visible in workorder's API" "" "order visible"

    sd_log "bench: knowledge search, ${SEARCH_RATE:-50}/s for ${MEASURE_SECONDS}s"
    run_gatling search KnowledgeSearchSimulation -Drate="${SEARCH_RATE:-50}" -Dtoken="$agent"
    record_gatling search "knowledge search at ${SEARCH_RATE:-50}/s" ""

    sd_log "bench: KPI reads, ${KPI_RATE:-2} managers/s (11 calls each) for ${MEASURE_SECONDS}s"
    run_gatling kpis ReportingKpisSimulation -Drate="${KPI_RATE:-2}" -Dtoken="$analyst"
    record_gatling kpis "KPI reads at ${KPI_RATE:-2} managers/s (11 calls each)" ""

    sd_log "bench: the call-centre day, ${DAY_RATE:-20}/s for ${MEASURE_SECONDS}s"
    run_gatling day MixedCallCentreDaySimulation -Drate="${DAY_RATE:-20}" "${tokens[@]}"
    record_gatling day "mixed call-centre day at ${DAY_RATE:-20}/s (all calls)" ""
    DAY_REPORT="$REPORT"

    write_summary
}

main "$@"
