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

STARTED_SUITE=""

stop_started() {
    if [[ -n "$STARTED_SUITE" ]]; then
        bash "$SD_DEPLOY/stop.sh"
    fi
}

# Runs $SIMULATION at $1 arrivals per second for $2 seconds; prints Gatling's final summary and its assertions.
gatling() {
    (cd "$SD_DEPLOY/benchmarks" && mvn -B gatling:test \
        -Dgatling.simulationClass="dev.servicedesk.benchmarks.$SIMULATION" \
        -Drate="$1" -Dseconds="$2" -Dtoken="$TOKEN" -Dflow="${FLOW:-one-call}" \
        -Dintake.url="http://127.0.0.1:$SD_INTAKE_PORT" -Dworkorder.url="http://127.0.0.1:$SD_WORKORDER_PORT" \
        -Dknowledge.url="http://127.0.0.1:$SD_KNOWLEDGE_PORT") |
        sed -n '/---- Global Information/,/^====/p;/^Global: /p;/^details/p'
}

# CPU time (clock ticks) of each process the suite started, with its children (PostgreSQL's backends): NAME TICKS.
cpu_ticks() {
    local pidfile name pid
    for pidfile in "$SD_STATE_DIR"/pids/*.pid; do
        name="$(basename "$pidfile" .pid)"
        pid="$(cat "$pidfile")"
        echo "$name $( (echo "$pid"; pgrep -P "$pid") | while read -r p; do
            awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0; done | paste -sd+ | bc)"
    done
}

# Prints the CPU seconds each part used between two cpu_ticks listings, and that as a share of one core over the
# wall-clock time between them (Gatling's own start included): BEFORE AFTER SECONDS.
cpu_used() {
    local hz
    hz="$(getconf CLK_TCK)"
    join <(sort <<<"$1") <(sort <<<"$2") | awk -v hz="$hz" -v s="$3" \
        '{ used = ($3 - $2) / hz; total += used; printf "    cpu %-18s %6.1f s (%4.0f%% of a core)\n", $1, used, 100 * used / s }
         END { printf "    cpu %-18s %6.1f s (%4.0f%% of a core)\n", "suite", total, 100 * total / s }'
}

main() {
    (($# >= 2)) || { sed -n '2,9s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2; exit 2; }
    SIMULATION="$1"
    shift
    local rate before started
    sd_init_state
    sd_use_jdk21
    trap stop_started EXIT
    if ! curl -fs -o /dev/null "http://127.0.0.1:$SD_INTAKE_PORT/q/health/ready"; then
        bash "$SD_DEPLOY/run.sh" --detach
        STARTED_SUITE="yes"
    fi
    TOKEN="$(bash "$SD_DEPLOY/token.sh" agent)"
    sd_log "bench: $SIMULATION warm-up, 50/s for 30s (not reported)"
    gatling 50 30 > /dev/null
    for rate in "$@"; do
        sd_log "bench: $SIMULATION, $rate/s for ${SECONDS_PER_RATE:-60}s"
        before="$(cpu_ticks)"
        started="$(date +%s)"
        gatling "$rate" "${SECONDS_PER_RATE:-60}"
        cpu_used "$before" "$(cpu_ticks)" "$(($(date +%s) - started))"
    done
}

main "$@"
