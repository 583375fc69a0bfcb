# shellcheck shell=bash
# Keycloak: the Maven distribution, unpacked once into $SD_CACHE_DIR, run in dev mode with an
# in-memory database on 127.0.0.1:$SD_KEYCLOAK_PORT, importing deploy/keycloak/servicedesk-realm.json
# at each start. Sourced by common.sh.

SD_KEYCLOAK_VERSION="26.7.3"
export SD_KEYCLOAK_ADMIN_PASSWORD="${SD_KEYCLOAK_ADMIN_PASSWORD:-admin-local}"

sd_keycloak_home() { echo "$SD_CACHE_DIR/keycloak-$SD_KEYCLOAK_VERSION"; }
sd_keycloak_log() { echo "$SD_STATE_DIR/logs/keycloak.log"; }
sd_keycloak_url() { echo "http://127.0.0.1:$SD_KEYCLOAK_PORT"; }

sd_keycloak_is_running() { sd_running_pid keycloak >/dev/null; }

# Downloads (through Maven) and unpacks the distribution once.
sd_keycloak_install() {
    local home zip tmp log
    home="$(sd_keycloak_home)"
    [[ -x "$home/bin/kc.sh" ]] && return 0
    mkdir -p "$SD_CACHE_DIR"
    zip="$SD_CACHE_DIR/keycloak-quarkus-dist-$SD_KEYCLOAK_VERSION.zip"
    log="$SD_STATE_DIR/logs/keycloak-download.log"
    sd_log "keycloak: fetching keycloak-quarkus-dist $SD_KEYCLOAK_VERSION into $SD_CACHE_DIR"
    if ! (cd "$SD_CACHE_DIR" && mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$SD_KEYCLOAK_VERSION:zip" \
        -DoutputDirectory="$SD_CACHE_DIR") >"$log" 2>&1; then
        sd_log_tail "$log"
        sd_die "keycloak: downloading the distribution failed"
    fi
    tmp="$(mktemp -d "$SD_CACHE_DIR/unpack.XXXXXX")"
    unzip -q "$zip" -d "$tmp" || sd_die "keycloak: unpacking $zip failed"
    rm -rf "$home"
    mv "$tmp/keycloak-$SD_KEYCLOAK_VERSION" "$home"
    rm -rf "$tmp" "$zip"
}

sd_keycloak_realm_ready() {
    sd_http_ok "$(sd_keycloak_url)/realms/servicedesk/.well-known/openid-configuration"
}

sd_keycloak_start() {
    local pid home log start status=0
    if pid="$(sd_running_pid keycloak)"; then
        sd_log "keycloak: already running on $(sd_keycloak_url) (pid $pid)"
        return 0
    fi
    start="$(sd_now)"
    sd_require_free_port keycloak SD_KEYCLOAK_PORT
    sd_require_free_port keycloak SD_KEYCLOAK_MANAGEMENT_PORT
    command -v unzip >/dev/null || sd_die "keycloak: unzip is needed (apt-get install unzip)"
    sd_keycloak_install
    home="$(sd_keycloak_home)"
    log="$(sd_keycloak_log)"
    mkdir -p "$home/data/import"
    cp "$SD_DEPLOY/keycloak/servicedesk-realm.json" "$home/data/import/servicedesk-realm.json"
    sd_spawn keycloak "$log" env \
        KC_BOOTSTRAP_ADMIN_USERNAME=admin \
        KC_BOOTSTRAP_ADMIN_PASSWORD="$SD_KEYCLOAK_ADMIN_PASSWORD" \
        "$home/bin/kc.sh" start-dev \
        --http-host=127.0.0.1 \
        --http-port="$SD_KEYCLOAK_PORT" \
        --http-management-port="$SD_KEYCLOAK_MANAGEMENT_PORT" \
        --db=dev-mem \
        --import-realm \
        "$(sd_marker keycloak)" "-Dsd.state.dir=$SD_STATE_DIR"
    pid="$(cat "$(sd_pidfile keycloak)")"
    sd_wait_until 300 "$pid" sd_keycloak_realm_ready || status=$?
    if ((status != 0)); then
        sd_log_tail "$log"
        ((status == 2)) && sd_die "keycloak: exited during start (log: $log)"
        sd_die "keycloak: realm servicedesk not served after 300s (log: $log)"
    fi
    sd_log "keycloak: started on $(sd_keycloak_url) in $(sd_elapsed "$start")s (pid $pid, realm servicedesk, admin console $(sd_keycloak_url)/admin admin/$SD_KEYCLOAK_ADMIN_PASSWORD)"
}

sd_keycloak_stop() { sd_stop_named keycloak TERM 30; }

sd_keycloak_status() {
    local pid
    if pid="$(sd_running_pid keycloak)"; then
        sd_log "keycloak: running on $(sd_keycloak_url) (pid $pid, RSS $(sd_rss_mb "$pid") MB with kc.sh, log: $(sd_keycloak_log))"
    else
        sd_log "keycloak: stopped"
    fi
}
