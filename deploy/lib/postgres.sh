# shellcheck shell=bash
# PostgreSQL: a cluster of our own under $SD_STATE_DIR/postgres, on 127.0.0.1:$SD_PG_PORT, with
# its socket in the same folder. Sourced by common.sh.

SD_PG_DATABASES=(servicedesk servicedesk_test)
SD_PG_SERVICE_ROLES="intake,workorder,knowledge,reporting"
SD_PG_TEST_ROLES="$SD_PG_SERVICE_ROLES,platform"

sd_pg_bin() {
    local initdb
    initdb="$(find /usr/lib/postgresql -path '*/bin/initdb' 2>/dev/null | sort -V | tail -n1)"
    [[ -n "$initdb" ]] || return 1
    dirname "$initdb"
}

sd_pg_install() {
    sd_pg_bin >/dev/null && return 0
    ((EUID == 0)) || sd_die "postgres: PostgreSQL is not installed and installing it needs root (apt-get install postgresql)"
    sd_log "postgres: installing the Debian package postgresql"
    if ! { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql; } \
        >"$SD_STATE_DIR/logs/apt.log" 2>&1; then
        sd_die "postgres: apt-get install postgresql failed (see $SD_STATE_DIR/logs/apt.log)"
    fi
}

# Runs a command as the cluster's owner: postgres when we are root, else ourselves.
sd_pg_as_owner() {
    if ((EUID == 0)); then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# The cluster's folder (the real path behind $SD_STATE_DIR/postgres).
sd_pg_dir() {
    local link="$SD_STATE_DIR/postgres"
    if [[ -e "$link" ]]; then
        readlink -f "$link"
    else
        echo "$link"
    fi
}

sd_pg_data() { echo "$(sd_pg_dir)/data"; }

# Creates the cluster's folder. When the postgres user cannot reach the state dir (a clone under a
# mode-700 home) or the socket path would be too long, it goes under /var/tmp behind a symlink.
sd_pg_make_dir() {
    local link="$SD_STATE_DIR/postgres" dir hash
    [[ -e "$link" ]] && return 0
    dir="$link"
    if ! sd_pg_as_owner test -x "$SD_STATE_DIR" || ((${#link} > 90)); then
        hash="$(printf '%s' "$SD_STATE_DIR" | sha256sum | cut -c1-10)"
        dir="/var/tmp/servicedesk-$hash/postgres"
        sd_log "postgres: the postgres user cannot reach $SD_STATE_DIR (or its socket path would be too long): the cluster goes to $dir, symlinked from $link"
    fi
    mkdir -p "$dir"
    chmod 700 "$dir"
    if ((EUID == 0)); then
        chown postgres:postgres "$dir"
    fi
    if [[ "$dir" != "$link" ]]; then
        ln -sfn "$dir" "$link"
    fi
}

sd_pg_initdb() {
    local dir data bin
    dir="$(sd_pg_dir)"
    data="$dir/data"
    [[ -f "$data/PG_VERSION" ]] && return 0
    bin="$(sd_pg_bin)"
    sd_log "postgres: creating a cluster in $data"
    sd_pg_as_owner "$bin/initdb" -D "$data" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 --no-instructions >"$dir/initdb.log" 2>&1 ||
        {
            sd_log_tail "$dir/initdb.log"
            sd_die "postgres: initdb failed"
        }
    sd_pg_as_owner tee "$data/pg_hba.conf" >/dev/null <<'EOF'
# Servicedesk local cluster: the superuser over the socket only, the service roles over TCP with
# a password.
local   all   postgres                  trust
host    all   all        127.0.0.1/32   scram-sha-256
EOF
}

sd_pg_running_pid() {
    local data pid
    data="$(sd_pg_data)"
    [[ -r "$data/postmaster.pid" ]] || return 1
    pid="$(head -n1 "$data/postmaster.pid")"
    sd_pid_matches "$pid" "postgres" "-D $data " || return 1
    echo "$pid"
}

sd_postgres_is_running() { sd_pg_running_pid >/dev/null; }

# psql as the superuser over the socket. Usage: sd_pg_psql DATABASE ARGS...
sd_pg_psql() {
    local db="$1"
    shift
    "$(sd_pg_bin)/psql" -X -q -v ON_ERROR_STOP=1 -h "$(sd_pg_dir)" -p "$SD_PG_PORT" -U postgres -d "$db" "$@"
}

sd_pg_provision() {
    local db roles
    for db in "${SD_PG_DATABASES[@]}"; do
        if [[ -z "$(sd_pg_psql postgres -At -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]]; then
            sd_pg_psql postgres -c "CREATE DATABASE $db"
        fi
        roles="$SD_PG_SERVICE_ROLES"
        [[ "$db" == *_test ]] && roles="$SD_PG_TEST_ROLES"
        sd_pg_psql "$db" -v roles="$roles" -f "$SD_DEPLOY/postgres/init.sql"
    done
}

# Usage: sd_postgres_start [--fast]
sd_postgres_start() {
    local fast="${1:-}" pid dir data start options mode="durable"
    if pid="$(sd_pg_running_pid)"; then
        echo "$pid" >"$(sd_pidfile postgres)"
        sd_pg_provision
        sd_log "postgres: already running on 127.0.0.1:$SD_PG_PORT (pid $pid, $(sd_pg_mode))"
        return 0
    fi
    start="$(sd_now)"
    sd_require_free_port postgres SD_PG_PORT
    sd_pg_install
    sd_pg_make_dir
    sd_pg_initdb
    dir="$(sd_pg_dir)"
    data="$dir/data"
    options="-p $SD_PG_PORT -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200"
    if [[ "$fast" == "--fast" ]]; then
        options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        mode="fast: fsync off"
    fi
    ln -sfn "$dir/server.log" "$SD_STATE_DIR/logs/postgres.log"
    if ! sd_pg_as_owner "$(sd_pg_bin)/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 -s -o "$options" start; then
        sd_log_tail "$dir/server.log"
        sd_die "postgres: failed to start (log: $dir/server.log)"
    fi
    pid="$(sd_pg_running_pid)" || sd_die "postgres: started but its postmaster.pid is not ours"
    echo "$pid" >"$(sd_pidfile postgres)"
    sd_pg_provision
    sd_log "postgres: started on 127.0.0.1:$SD_PG_PORT in $(sd_elapsed "$start")s (pid $pid, $mode, data: $data)"
}

sd_pg_mode() {
    if [[ "$(sd_pg_psql postgres -At -c 'SHOW fsync')" == "off" ]]; then
        echo "fast: fsync off"
    else
        echo "durable"
    fi
}

sd_postgres_stop() {
    local pid start
    if ! pid="$(sd_pg_running_pid)"; then
        rm -f "$(sd_pidfile postgres)"
        sd_log "postgres: not running"
        return 0
    fi
    start="$(sd_now)"
    sd_stop_pid "$pid" INT 60
    rm -f "$(sd_pidfile postgres)"
    sd_log "postgres: stopped (pid $pid, $(sd_elapsed "$start")s)"
}

sd_postgres_status() {
    local pid
    if pid="$(sd_pg_running_pid)"; then
        sd_log "postgres: running on 127.0.0.1:$SD_PG_PORT (pid $pid, $(sd_pg_mode), RSS $(sd_rss_mb "$pid") MB with its backends, data: $(sd_pg_data), databases: ${SD_PG_DATABASES[*]})"
    else
        sd_log "postgres: stopped"
    fi
}
