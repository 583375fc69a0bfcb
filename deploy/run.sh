#!/usr/bin/env bash
# The run command: starts the infrastructure (durable), builds the services when their sources
# changed, starts the four services, waits until they are ready and prints where everything is.
#
#   deploy/run.sh              stays in the foreground; Ctrl-C stops everything it started
#   deploy/run.sh --detach     returns once everything is ready; deploy/stop.sh stops it all
#
# SD_SKIP_BUILD=1 skips the build; SD_DB_NAME (default servicedesk) picks the database.
set -euo pipefail

# shellcheck source=deploy/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

export SD_DB_NAME="${SD_DB_NAME:-servicedesk}"

SD_STARTED_PARTS=()
STARTED_SERVICES=()
KEEP_RUNNING=false

# intake-service -> SD_INTAKE_PORT
service_port_var() {
    local name="${1%-service}"
    echo "SD_${name^^}_PORT"
}

service_port() {
    local var
    var="$(service_port_var "$1")"
    echo "${!var}"
}

service_jar() { echo "$SD_ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

# True when a service's jar is missing or older than its main sources, the platform's or a pom.
build_needed() {
    local service jar newer
    for service in "${SD_SERVICES[@]}"; do
        jar="$(service_jar "$service")"
        [[ -f "$jar" ]] || return 0
        newer="$(find "$SD_ROOT/pom.xml" "$SD_ROOT/platform/pom.xml" "$SD_ROOT/platform/src/main" \
            "$SD_ROOT/$service/pom.xml" "$SD_ROOT/$service/src/main" -type f -newer "$jar" -print -quit 2>/dev/null || true)"
        [[ -z "$newer" ]] || return 0
    done
    return 1
}

build() {
    local start log="$SD_STATE_DIR/logs/build.log"
    if [[ "${SD_SKIP_BUILD:-}" == "1" ]]; then
        sd_log "build: skipped (SD_SKIP_BUILD=1)"
        return 0
    fi
    if ! build_needed; then
        sd_log "build: services up to date"
        return 0
    fi
    start="$(sd_now)"
    sd_log "build: mvn -B -q -DskipTests package (log: $log)"
    if ! (cd "$SD_ROOT" && mvn -B -q -DskipTests package) >"$log" 2>&1; then
        sd_log_tail "$log" 40
        sd_die "build: failed (log: $log)"
    fi
    sd_log "build: done in $(sd_elapsed "$start")s"
}

start_service() {
    local service="$1" jar pid
    if pid="$(sd_running_pid "$service")"; then
        sd_log "$service: already running on 127.0.0.1:$(service_port "$service") (pid $pid)"
        return 0
    fi
    jar="$(service_jar "$service")"
    [[ -f "$jar" ]] || sd_die "$service: $jar is missing (build it, or run without SD_SKIP_BUILD)"
    sd_require_free_port "$service" "$(service_port_var "$service")"
    (cd "$SD_ROOT/$service" &&
        sd_spawn "$service" "$SD_STATE_DIR/logs/$service.log" \
            java -Xmx384m "$(sd_marker "$service")" "-Dsd.state.dir=$SD_STATE_DIR" -jar "$jar")
    STARTED_SERVICES+=("$service")
}

service_ready() { sd_http_ok "http://127.0.0.1:$(service_port "$1")/q/health/ready"; }

wait_for_service() {
    local service="$1" start="$2" pid status=0 log
    log="$SD_STATE_DIR/logs/$service.log"
    pid="$(sd_running_pid "$service")" || {
        sd_log_tail "$log"
        sd_die "$service: exited during start (log: $log)"
    }
    sd_wait_until 180 "$pid" service_ready "$service" || status=$?
    if ((status != 0)); then
        sd_log_tail "$log"
        ((status == 2)) && sd_die "$service: exited during start (log: $log)"
        sd_die "$service: not ready after 180s at http://127.0.0.1:$(service_port "$service")/q/health/ready (log: $log)"
    fi
    sd_log "$service: ready on http://127.0.0.1:$(service_port "$service") after $(sd_elapsed "$start")s (pid $pid, RSS $(sd_rss_mb "$pid") MB)"
}

start_services() {
    local service start
    start="$(sd_now)"
    for service in "${SD_SERVICES[@]}"; do
        start_service "$service"
    done
    for service in "${SD_SERVICES[@]}"; do
        wait_for_service "$service" "$start"
    done
}

# Demo data: deploy/demo-data.sh loads it through the services' APIs (once; it skips what is there).
load_demo_data() {
    local script="$SD_DEPLOY/demo-data.sh"
    [[ -x "$script" ]] || return 0
    sd_log "demo data: loading ($script)"
    "$script"
}

print_summary() {
    local service port
    printf '\nServicedesk is running (database %s):\n\n' "$SD_DB_NAME"
    for service in "${SD_SERVICES[@]}"; do
        port="$(service_port "$service")"
        printf '  %-18s Swagger UI http://127.0.0.1:%s/q/swagger-ui   OpenAPI http://127.0.0.1:%s/q/openapi\n' \
            "$service" "$port" "$port"
    done
    cat <<EOF

  Keycloak           $(sd_keycloak_url)/admin   login admin / $SD_KEYCLOAK_ADMIN_PASSWORD
                     realm servicedesk, issuer $SD_OIDC_URL
  Demo users         agent, technician, supervisor, analyst, admin   (password: servicedesk)
  Partner clients    partner-acme / partner-acme-secret, partner-bravo / partner-bravo-secret
  PostgreSQL         127.0.0.1:$SD_PG_PORT/$SD_DB_NAME   roles intake, workorder, knowledge, reporting (password <role>-local)
  Kafka              $SD_KAFKA_BOOTSTRAP
  Logs               $SD_STATE_DIR/logs/

  Try it:
    curl -H "Authorization: Bearer \$(deploy/token.sh agent)" http://127.0.0.1:$SD_INTAKE_PORT/api/v1/me

EOF
}

stop_started() {
    if ((${#STARTED_SERVICES[@]} > 0)); then
        sd_stop_named_all "${STARTED_SERVICES[@]}"
    fi
    sd_infra_stop "${SD_STARTED_PARTS[@]}"
}

on_exit() {
    local status=$?
    trap - EXIT INT TERM
    if [[ "$KEEP_RUNNING" != true ]] && ((${#STARTED_SERVICES[@]} + ${#SD_STARTED_PARTS[@]} > 0)); then
        printf '\n'
        sd_log "stopping what this run started"
        stop_started
    fi
    exit "$status"
}

# Stays until Ctrl-C / SIGTERM, or until one of the services stops by itself.
stay_in_foreground() {
    local service
    sd_log "running in the foreground: Ctrl-C stops everything this run started"
    while true; do
        for service in "${SD_SERVICES[@]}"; do
            if ! sd_running_pid "$service" >/dev/null; then
                sd_log_tail "$SD_STATE_DIR/logs/$service.log"
                sd_die "$service: stopped (log: $SD_STATE_DIR/logs/$service.log)"
            fi
        done
        sleep 2 &
        wait $! || true
    done
}

main() {
    local detach=false
    case "${1:-}" in
        --detach) detach=true ;;
        "") ;;
        *)
            sed -n '2,9s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
            exit 2
            ;;
    esac
    trap on_exit EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    sd_init_state
    sd_use_jdk21
    sd_infra_start "${SD_INFRA_PARTS[@]}"
    build
    start_services
    load_demo_data
    print_summary
    if [[ "$detach" == true ]]; then
        KEEP_RUNNING=true
        sd_log "detached: deploy/stop.sh stops everything"
        return 0
    fi
    stay_in_foreground
}

main "$@"
