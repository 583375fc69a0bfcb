#!/usr/bin/env bash
# Runs one Gatling simulation of deploy/benchmarks against the whole suite with durable settings (deploy/run.sh
# --detach, started here only if it is not running), with an agent's token from Keycloak, at each rate given (per
# second) for SECONDS_PER_RATE each, after a 30 s warm-up at 50/s. Prints Gatling's summary per rate; the HTML
# reports stay in deploy/benchmarks/target/gatling/. After each rate it prints the CPU time each part of the suite
# used during it (what a request costs, whatever else shares the machine). Stops only what it started.
#
#   [SECONDS_PER_RATE=60] [FLOW=steps] deploy/bench/gatling.sh SIMULATION RATE...
#   e.g. deploy/bench/gatling.sh RequestToOrderSimulation 200
set -euo pipefail

# shellcheck source=deploy/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
# shellcheck source=deploy/lib/bench.sh
source "$SD_DEPLOY/lib/bench.sh"

# Runs $SIMULATION at $1 arrivals per second for $2 seconds; prints Gatling's final summary and its assertions.
gatling() {
    sd_bench_gatling "$SIMULATION" -Drate="$1" -Dseconds="$2" -Dtoken="$TOKEN" -Dflow="${FLOW:-one-call}" |
        sd_bench_console_summary
}

main() {
    (($# >= 2)) || { sed -n '2,9s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2; exit 2; }
    SIMULATION="$1"
    shift
    local rate before started
    sd_init_state
    sd_use_jdk21
    trap sd_bench_stop_started_suite EXIT
    sd_bench_suite_up
    TOKEN="$(bash "$SD_DEPLOY/token.sh" agent)"
    sd_log "bench: $SIMULATION warm-up, 50/s for 30s (not reported)"
    gatling 50 30 > /dev/null
    for rate in "$@"; do
        sd_log "bench: $SIMULATION, $rate/s for ${SECONDS_PER_RATE:-60}s"
        before="$(sd_bench_cpu_ticks)"
        started="$(date +%s)"
        gatling "$rate" "${SECONDS_PER_RATE:-60}"
        sd_bench_cpu_used "$before" "$(sd_bench_cpu_ticks)" "$(($(date +%s) - started))" | sd_bench_print_cpu
    done
}

main "$@"
