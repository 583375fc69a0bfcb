# shellcheck shell=bash
# Shared by every deploy/ script: paths, ports, JDK discovery, logging and process helpers.
# Sourced, never run; the caller sets `set -euo pipefail`.

SD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SD_DEPLOY="$SD_ROOT/deploy"
export SD_ROOT

SD_STATE_DIR="${SD_STATE_DIR:-$SD_ROOT/.state}"
[[ "$SD_STATE_DIR" == /* ]] || SD_STATE_DIR="$PWD/$SD_STATE_DIR"
export SD_STATE_DIR
export SD_CACHE_DIR="${SD_CACHE_DIR:-$HOME/.cache/servicedesk}"

export SD_PG_PORT="${SD_PG_PORT:-15432}"
export SD_KAFKA_PORT="${SD_KAFKA_PORT:-19092}"
export SD_KAFKA_CONTROLLER_PORT="${SD_KAFKA_CONTROLLER_PORT:-19093}"
export SD_KEYCLOAK_PORT="${SD_KEYCLOAK_PORT:-18180}"
export SD_KEYCLOAK_MANAGEMENT_PORT="${SD_KEYCLOAK_MANAGEMENT_PORT:-18190}"
export SD_INTAKE_PORT="${SD_INTAKE_PORT:-18081}"
export SD_WORKORDER_PORT="${SD_WORKORDER_PORT:-18082}"
export SD_KNOWLEDGE_PORT="${SD_KNOWLEDGE_PORT:-18083}"
export SD_REPORTING_PORT="${SD_REPORTING_PORT:-18084}"

export SD_KAFKA_BOOTSTRAP="${SD_KAFKA_BOOTSTRAP:-127.0.0.1:$SD_KAFKA_PORT}"
export SD_OIDC_URL="${SD_OIDC_URL:-http://127.0.0.1:$SD_KEYCLOAK_PORT/realms/servicedesk}"

SD_INFRA_PARTS=(postgres kafka keycloak)
# shellcheck disable=SC2034 # used by run.sh and stop.sh
SD_SERVICES=(intake-service workorder-service knowledge-service reporting-service)

sd_log() { printf '==> %s\n' "$*"; }
sd_warn() { printf '==> WARNING: %s\n' "$*" >&2; }
sd_die() {
    printf '==> ERROR: %s\n' "$*" >&2
    exit 1
}

sd_now() { date +%s.%N; }
# Seconds since $1 (from sd_now), one decimal.
sd_elapsed() { awk -v s="$1" -v e="$(sd_now)" 'BEGIN { printf "%.1f", e - s }'; }

sd_init_state() {
    mkdir -p "$SD_STATE_DIR/logs" "$SD_STATE_DIR/pids"
}

# ---------------------------------------------------------------- JDK

# Major version of the JDK at $1, 0 when unknown.
sd_jdk_major() {
    local home="$1" version=""
    if [[ -r "$home/release" ]]; then
        version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")"
    fi
    if [[ -z "$version" && -x "$home/bin/java" ]]; then
        version="$("$home/bin/java" -XshowSettings:properties -version 2>&1 |
            sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')"
    fi
    echo "${version:-0}"
}

sd_is_jdk21() {
    local home="$1"
    [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] && (($(sd_jdk_major "$home") >= 21))
}

# Exports JAVA_HOME and PATH for a JDK 21+: $JAVA_HOME if good enough, else the newest one in
# /usr/lib/jvm, else the one of `java` on PATH.
sd_use_jdk21() {
    local candidate best="" best_major=0 major on_path
    if [[ -n "${JAVA_HOME:-}" ]] && sd_is_jdk21 "$JAVA_HOME"; then
        best="$JAVA_HOME"
    else
        for candidate in /usr/lib/jvm/*; do
            if sd_is_jdk21 "$candidate"; then
                major="$(sd_jdk_major "$candidate")"
                if ((major > best_major)); then
                    best="$candidate" best_major="$major"
                fi
            fi
        done
        if [[ -z "$best" ]] && on_path="$(command -v java)"; then
            candidate="$(dirname "$(dirname "$(readlink -f "$on_path")")")"
            if sd_is_jdk21 "$candidate"; then
                best="$candidate"
            fi
        fi
    fi
    [[ -n "$best" ]] || sd_die "a JDK 21 or newer is needed (java and javac): none in \$JAVA_HOME, /usr/lib/jvm/* or on PATH; install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME"
    export JAVA_HOME="$best"
    export PATH="$JAVA_HOME/bin:$PATH"
}

# ---------------------------------------------------------------- processes

sd_pidfile() { echo "$SD_STATE_DIR/pids/$1.pid"; }

# Marker put on the command line of every Java process we start, to recognise it by PID.
sd_marker() { echo "-Dsd.part=$1"; }

# True when $1 is a live process whose command line (arguments joined by spaces, with a trailing
# space) contains every further argument.
sd_pid_matches() {
    local pid="$1" cmdline needle
    shift
    [[ "$pid" =~ ^[0-9]+$ ]] && [[ -r "/proc/$pid/cmdline" ]] || return 1
    cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
    [[ -n "$cmdline" ]] || return 1
    for needle in "$@"; do
        [[ "$cmdline" == *"$needle"* ]] || return 1
    done
}

# PID of our running process NAME (from its pid file, checked against its command line), or fails.
sd_running_pid() {
    local name="$1" pidfile pid
    pidfile="$(sd_pidfile "$name")"
    [[ -r "$pidfile" ]] || return 1
    pid="$(head -n1 "$pidfile")"
    sd_pid_matches "$pid" "$(sd_marker "$name") " "-Dsd.state.dir=$SD_STATE_DIR " || return 1
    echo "$pid"
}

# Starts a command in its own session, output appended to LOG, and writes its pid file.
# Usage: sd_spawn NAME LOG COMMAND...
sd_spawn() {
    local name="$1" log="$2"
    shift 2
    setsid "$@" >>"$log" 2>&1 </dev/null &
    echo "$!" >"$(sd_pidfile "$name")"
}

# True while a process runs; an exited process that its parent has not reaped yet (a zombie,
# as daemons reparented to a slow init stay for a while) counts as stopped.
sd_pid_alive() {
    local state
    state="$(sed -n 's/^.*) \(.\).*/\1/p' "/proc/$1/stat" 2>/dev/null)" || return 1
    [[ -n "$state" && "$state" != "Z" ]]
}

# Stops a process by PID: SIGNAL (default TERM), waits up to TIMEOUT seconds, then SIGKILL
# (to its process group when it leads one, as the processes from sd_spawn do).
# Usage: sd_stop_pid PID [SIGNAL] [TIMEOUT]
sd_stop_pid() {
    local pid="$1" signal="${2:-TERM}" timeout="${3:-30}" waited=0 pgid
    kill "-$signal" "$pid" 2>/dev/null || return 0
    while sd_pid_alive "$pid" && ((waited < timeout * 10)); do
        sleep 0.1
        waited=$((waited + 1))
    done
    if sd_pid_alive "$pid"; then
        sd_warn "pid $pid did not stop in ${timeout}s after SIG$signal: sending SIGKILL"
        pgid="$(ps -o pgid= -p "$pid" | tr -d ' ')"
        if [[ "$pgid" == "$pid" ]]; then
            kill -KILL -- "-$pid" 2>/dev/null || true
        else
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
}

# Stops our process NAME if it runs. Usage: sd_stop_named NAME [SIGNAL] [TIMEOUT]
sd_stop_named() {
    local name="$1" signal="${2:-TERM}" timeout="${3:-30}" pid start
    if ! pid="$(sd_running_pid "$name")"; then
        rm -f "$(sd_pidfile "$name")"
        sd_log "$name: not running"
        return 0
    fi
    start="$(sd_now)"
    sd_stop_pid "$pid" "$signal" "$timeout"
    rm -f "$(sd_pidfile "$name")"
    sd_log "$name: stopped (pid $pid, $(sd_elapsed "$start")s)"
}

# Stops several of our processes at once (e.g. the services). Usage: sd_stop_named_all NAME...
sd_stop_named_all() {
    local name pids=()
    for name in "$@"; do
        sd_stop_named "$name" TERM 30 &
        pids+=("$!")
    done
    wait "${pids[@]}"
}

# RSS of a process in MB (with its children, e.g. kc.sh and its JVM).
sd_rss_mb() {
    local pid="$1" kb child
    kb="$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)"
    for child in $(pgrep -P "$pid" 2>/dev/null || true); do
        kb=$((kb + $(awk '/^VmRSS:/ { print $2 }' "/proc/$child/status" 2>/dev/null || echo 0)))
    done
    echo "$((${kb:-0} / 1024))"
}

# ---------------------------------------------------------------- ports

sd_port_listening() {
    local port="$1"
    if command -v ss >/dev/null 2>&1; then
        [[ -n "$(ss -Hltn "sport = :$port" 2>/dev/null)" ]]
    else
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
    fi
}

# Who listens on a port, as "pid N: command", when ss can tell.
sd_port_owner() {
    local port="$1" pid cmdline state
    command -v ss >/dev/null 2>&1 || return 0
    pid="$(ss -Hltnp "sport = :$port" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n1)"
    [[ -n "$pid" ]] || return 0
    cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)"
    state="$(sed -n 's/.*-Dsd\.state\.dir=\([^ ]*\).*/\1/p' <<<"$cmdline")"
    if [[ -n "$state" ]]; then
        printf 'pid %s, a Servicedesk process of another state dir: stop it with SD_STATE_DIR=%s deploy/stop.sh' "$pid" "$state"
    else
        printf 'pid %s: %s' "$pid" "${cmdline:0:120}"
    fi
}

# Fails when PORT (named by env var VAR) is taken. Call only when our own process is not running.
# The dashboard's browser tests drive Debian's Chromium with its ChromeDriver (no browser download at test time):
# installs both from the Debian packages when they are missing and this is root with apt-get, or says what is needed.
sd_require_chromium() {
    if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
        return 0
    fi
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
        sd_log "chromium: installing Debian's chromium and chromium-driver for the browser tests"
        if ! apt-get install -y -q --no-install-recommends chromium chromium-driver >"$SD_STATE_DIR/logs/chromium-install.log" 2>&1; then
            apt-get update -q >>"$SD_STATE_DIR/logs/chromium-install.log" 2>&1 || true
            apt-get install -y -q --no-install-recommends chromium chromium-driver \
                >>"$SD_STATE_DIR/logs/chromium-install.log" 2>&1 ||
                { sd_log_tail "$SD_STATE_DIR/logs/chromium-install.log"; sd_die "chromium: installing it failed"; }
        fi
        return 0
    fi
    sd_die "the browser tests need Chromium and ChromeDriver at /usr/bin/chromium and /usr/bin/chromedriver (Debian: apt-get install chromium chromium-driver)"
}

sd_require_free_port() {
    local part="$1" var="$2" port="${!2}" owner
    if sd_port_listening "$port"; then
        owner="$(sd_port_owner "$port")"
        sd_die "$part: port $port on 127.0.0.1 is already in use by another process${owner:+ ($owner)}; set $var to a free port"
    fi
}

# Waits until COMMAND succeeds, checking every 0.5 s, for up to TIMEOUT seconds, while PID lives.
# Usage: sd_wait_until TIMEOUT PID COMMAND...
sd_wait_until() {
    local timeout="$1" pid="$2" deadline
    shift 2
    deadline=$((SECONDS + timeout))
    until "$@"; do
        if [[ -n "$pid" ]] && ! sd_pid_alive "$pid"; then
            return 2
        fi
        ((SECONDS < deadline)) || return 1
        sleep 0.5
    done
}

# Last lines of a log, indented, to stderr.
sd_log_tail() {
    local log="$1" lines="${2:-25}"
    [[ -r "$log" ]] || return 0
    printf '    --- last %s lines of %s ---\n' "$lines" "$log" >&2
    tail -n "$lines" "$log" | sed 's/^/    /' >&2
}

sd_http_ok() {
    [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null)" == "200" ]]
}

# ---------------------------------------------------------------- parts

# shellcheck source=deploy/lib/postgres.sh
source "$SD_DEPLOY/lib/postgres.sh"
# shellcheck source=deploy/lib/kafka.sh
source "$SD_DEPLOY/lib/kafka.sh"
# shellcheck source=deploy/lib/keycloak.sh
source "$SD_DEPLOY/lib/keycloak.sh"

sd_part_is_running() { "sd_${1}_is_running"; }
sd_part_stop() { "sd_${1}_stop"; }
sd_part_status() { "sd_${1}_status"; }

sd_is_part() {
    local part
    for part in "${SD_INFRA_PARTS[@]}"; do
        [[ "$part" == "$1" ]] && return 0
    done
    return 1
}

# Starts infrastructure parts in the order given (--fast: PostgreSQL without durability); parts
# already running are left as they are. Sets SD_STARTED_PARTS to the parts this call started,
# for the caller to stop later. Usage: sd_infra_start [--fast] PART...
sd_infra_start() {
    local fast="" part parts=()
    for part in "$@"; do
        if [[ "$part" == "--fast" ]]; then
            fast="--fast"
        else
            parts+=("$part")
        fi
    done
    SD_STARTED_PARTS=()
    for part in "${parts[@]}"; do
        sd_part_is_running "$part" || SD_STARTED_PARTS+=("$part")
        "sd_${part}_start" ${fast:+"$fast"}
    done
}

# Stops infrastructure parts, in the reverse of their start order. Usage: sd_infra_stop PART...
sd_infra_stop() {
    local parts=("$@") i
    for ((i = ${#parts[@]} - 1; i >= 0; i--)); do
        sd_part_stop "${parts[i]}"
    done
}

# On exit (normal, error, Ctrl-C or TERM), stops the infrastructure parts that this run started (SD_STARTED_PARTS,
# set by sd_infra_start) and keeps the run's exit status.
sd_stop_started_parts_on_exit() {
    SD_STARTED_PARTS=()
    trap sd_stop_started_parts EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

sd_stop_started_parts() {
    local status=$?
    trap - EXIT INT TERM
    sd_infra_stop "${SD_STARTED_PARTS[@]}"
    exit "$status"
}
