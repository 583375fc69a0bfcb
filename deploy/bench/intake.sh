#!/usr/bin/env bash
# Benchmark of "log an action request" (deploy/benchmarks, Gatling): the whole suite runs with durable settings
# (deploy/run.sh --detach), an agent's token comes from Keycloak, and agents log action requests at each rate given
# (per second) for SECONDS each. Prints Gatling's summary per rate; the HTML reports stay in
# deploy/benchmarks/target/gatling/. Stops only what it started.
#
#   [SECONDS_PER_RATE=60] deploy/bench/intake.sh [RATE ...]     rates default to 500 and 1000
set -euo pipefail

# shellcheck source=deploy/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

STARTED_SUITE=""

stop_started() {
    if [[ -n "$STARTED_SUITE" ]]; then
        bash "$SD_DEPLOY/stop.sh"
    fi
}

# Runs the simulation at $1 flows per second for $2 seconds; prints Gatling's final summary (per HTTP call: three a
# flow) and its check that no call failed.
gatling() {
    (cd "$SD_DEPLOY/benchmarks" && mvn -B gatling:test \
        -Dgatling.simulationClass=dev.servicedesk.benchmarks.LogActionRequestSimulation \
        -Drate="$1" -Dseconds="$2" -Dtoken="$TOKEN" -Dintake.url="http://127.0.0.1:$SD_INTAKE_PORT") |
        sed -n '/---- Global Information/,/^====/p;/^Global: /p'
}

main() {
    local rates=("$@") rate
    ((${#rates[@]} > 0)) || rates=(500 1000)
    sd_init_state
    sd_use_jdk21
    trap stop_started EXIT
    if ! curl -fs -o /dev/null "http://127.0.0.1:$SD_INTAKE_PORT/q/health/ready"; then
        bash "$SD_DEPLOY/run.sh" --detach
        STARTED_SUITE="yes"
    fi
    TOKEN="$(bash "$SD_DEPLOY/token.sh" agent)"
    sd_log "bench: warm-up, 100/s for 30s (not reported)"
    gatling 100 30 > /dev/null
    for rate in "${rates[@]}"; do
        sd_log "bench: log an action request, $rate/s for ${SECONDS_PER_RATE:-60}s"
        gatling "$rate" "${SECONDS_PER_RATE:-60}"
    done
}

main "$@"
