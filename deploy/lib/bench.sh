# shellcheck shell=bash
# Shared by the benchmarks of deploy/bench: the whole suite with durable settings (started when it is not running,
# stopped again only then), Gatling runs of deploy/benchmarks against it, and the CPU time each part of the suite
# spends while they run. Sourced after common.sh; the caller sets `set -euo pipefail`.

SD_BENCH_STARTED_SUITE=""

sd_bench_suite_ready() {
    local port
    for port in "$SD_INTAKE_PORT" "$SD_WORKORDER_PORT" "$SD_KNOWLEDGE_PORT" "$SD_REPORTING_PORT"; do
        sd_http_ok "http://127.0.0.1:$port/q/health/ready" || return 1
    done
}

# Starts the whole suite (deploy/run.sh --detach) unless all four services answer; the caller's exit trap calls
# sd_bench_stop_started_suite. Refuses a PostgreSQL running without durability (deploy/infra.sh start --fast):
# benchmarks measure durable commits only.
sd_bench_suite_up() {
    if ! sd_bench_suite_ready; then
        bash "$SD_DEPLOY/run.sh" --detach
        SD_BENCH_STARTED_SUITE="yes"
    fi
    [[ "$(sd_pg_mode)" == "durable" ]] ||
        sd_die "bench: PostgreSQL runs with fsync off (deploy/infra.sh start --fast); stop it (deploy/stop.sh) and" \
            "let the benchmark start it durable"
}

# Stops the suite if sd_bench_suite_up started it.
sd_bench_stop_started_suite() {
    if [[ -n "$SD_BENCH_STARTED_SUITE" ]]; then
        bash "$SD_DEPLOY/stop.sh"
    fi
}

# Runs one simulation of deploy/benchmarks with Maven, the four services' URLs set; further arguments go to Maven
# (-Drate=..., -Dtoken=...). Gatling writes its report into a new folder of deploy/benchmarks/target/gatling/. A
# group's times are its duration, pauses included (the time until an order is visible), not Gatling's default sum of
# its requests' response times. Usage: sd_bench_gatling SIMULATION MAVEN_ARGUMENT...
sd_bench_gatling() {
    local simulation="$1"
    shift
    (cd "$SD_DEPLOY/benchmarks" && mvn -B gatling:test \
        -Dgatling.simulationClass="dev.servicedesk.benchmarks.$simulation" \
        -Dgatling.charting.useGroupDurationMetric=true \
        -Dintake.url="http://127.0.0.1:$SD_INTAKE_PORT" -Dworkorder.url="http://127.0.0.1:$SD_WORKORDER_PORT" \
        -Dknowledge.url="http://127.0.0.1:$SD_KNOWLEDGE_PORT" -Dreporting.url="http://127.0.0.1:$SD_REPORTING_PORT" \
        "$@")
}

# Filters Gatling's console output down to its final global figures and its assertions.
sd_bench_console_summary() {
    sed -n '/---- Global Information/,/^====/p;/ : \(true\|false\) (actual : /p'
}

# The folder of the newest Gatling report.
sd_bench_last_report() {
    find "$SD_DEPLOY/benchmarks/target/gatling" -mindepth 1 -maxdepth 1 -type d -printf '%T@ %p\n' 2>/dev/null |
        sort -n | tail -n1 | cut -d' ' -f2-
}

# The statistics of a Gatling report, one tab-separated line per row of its table (the whole run is "All Requests",
# a request inside a group names the group): NAME GROUP COUNT ERRORS PER_SECOND P50_MS P95_MS P99_MS. Gatling 3.15
# keeps them only in the report's index.html (no stats.json any more): its rows have stable ids and numbered columns
# (2 total, 4 KO, 6 per second, 8 50th, 10 95th, 11 99th percentile). Usage: sd_bench_gatling_stats REPORT
sd_bench_gatling_stats() {
    awk '
        function text(line) { sub(/^[^>]*>/, "", line); sub(/<.*$/, "", line); gsub(/&#39;/, "\047", line)
                              gsub(/&quot;/, "\"", line); gsub(/&lt;/, "<", line); gsub(/&gt;/, ">", line)
                              gsub(/&amp;/, "\\&", line); return line }
        function attribute(line, key) { if (line !~ key "=\"") return ""
                                         sub(".*" key "=\"", "", line); sub(/".*/, "", line); return line }
        /<tr id="/ { id = attribute($0, "id"); parent = attribute($0, "data-parent") }
        /class="ellipsed-name">/ { line = $0; sub(/.*class="ellipsed-name">/, ">", line)
                                   name[id] = text(line); up[id] = parent }
        /<td class="value [a-z]+ col-[0-9]+">/ {
            col = $0; sub(/.*col-/, "", col); sub(/".*/, "", col); value[col] = text($0)
            if (col == 14) printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", name[id], up[id] == "ROOT" ? "" : name[up[id]],
                                  value[2], value[4], value[6], value[8], value[10], value[11]
        }' "$1/index.html"
}

# CPU time (clock ticks) of each process the suite started, with its children (PostgreSQL's backends, those that have
# ended included: their time is in their parent's cutime and cstime): NAME TICKS.
sd_bench_cpu_ticks() {
    local pidfile name pid
    for pidfile in "$SD_STATE_DIR"/pids/*.pid; do
        name="$(basename "$pidfile" .pid)"
        pid="$(cat "$pidfile")"
        echo "$name $( (awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat" 2>/dev/null || echo 0
            pgrep -P "$pid" | while read -r p; do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0; done) |
            paste -sd+ | bc)"
    done
}

# The CPU each part used between two sd_bench_cpu_ticks listings, over SECONDS of wall-clock time, one line per part
# and a last one for the whole suite: NAME CPU_SECONDS PERCENT_OF_A_CORE. Usage: sd_bench_cpu_used BEFORE AFTER SECONDS
sd_bench_cpu_used() {
    local hz
    hz="$(getconf CLK_TCK)"
    join <(sort <<<"$1") <(sort <<<"$2") | awk -v hz="$hz" -v s="$3" \
        '{ used = ($3 - $2) / hz; total += used; printf "%s %.1f %.0f\n", $1, used, 100 * used / s }
         END { printf "suite %.1f %.0f\n", total, 100 * total / s }'
}

# Prints sd_bench_cpu_used's lines for people.
sd_bench_print_cpu() {
    awk '{ printf "    cpu %-18s %6.1f s (%4.0f%% of a core)\n", $1, $2, $3 }'
}

# The load average over the last 1, 5 and 15 minutes.
sd_bench_load_average() { cut -d' ' -f1-3 /proc/loadavg; }
