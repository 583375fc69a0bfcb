# shellcheck shell=bash
# Kafka: a single KRaft node (broker and controller) from the Maven jars of deploy/kafka/pom.xml,
# on 127.0.0.1:$SD_KAFKA_PORT (controller: $SD_KAFKA_CONTROLLER_PORT), data and configuration
# in $SD_STATE_DIR/kafka. Sourced by common.sh.

export SD_KAFKA_PARTITIONS="${SD_KAFKA_PARTITIONS:-3}"

sd_kafka_dir() { echo "$SD_STATE_DIR/kafka"; }
sd_kafka_log() { echo "$SD_STATE_DIR/logs/kafka.log"; }

sd_kafka_is_running() { sd_running_pid kafka >/dev/null; }

# True when the cached classpath exists, is newer than the pom and all its jars are there.
sd_kafka_classpath_fresh() {
    local cp_file="$1" jar
    [[ -s "$cp_file" && "$cp_file" -nt "$SD_DEPLOY/kafka/pom.xml" ]] || return 1
    while IFS= read -r -d ':' jar; do
        [[ -f "$jar" ]] || return 1
    done < <(printf '%s:' "$(cat "$cp_file")")
}

# Prints the broker classpath, resolving it with Maven when the cached one is stale.
sd_kafka_classpath() {
    local cp_file
    cp_file="$(sd_kafka_dir)/classpath.txt"
    if ! sd_kafka_classpath_fresh "$cp_file"; then
        mkdir -p "$(sd_kafka_dir)"
        if ! mvn -B -q -f "$SD_DEPLOY/kafka/pom.xml" dependency:build-classpath \
            -Dmdep.outputFile="$cp_file" >"$SD_STATE_DIR/logs/kafka-classpath.log" 2>&1; then
            sd_log_tail "$SD_STATE_DIR/logs/kafka-classpath.log" >&2
            sd_die "kafka: resolving the broker classpath with Maven failed"
        fi
    fi
    cat "$cp_file"
}

# A Kafka cluster id: 16 random bytes, URL-safe base64 without padding, not starting with '-'.
sd_kafka_new_cluster_id() {
    local id="-"
    while [[ "$id" == -* ]]; do
        id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
    done
    echo "$id"
}

sd_kafka_write_config() {
    local dir
    dir="$(sd_kafka_dir)"
    cat >"$dir/server.properties" <<EOF
# Written by deploy/lib/kafka.sh at each start: edit that script, not this file.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$SD_KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$SD_KAFKA_PORT,CONTROLLER://127.0.0.1:$SD_KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$SD_KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
num.partitions=$SD_KAFKA_PARTITIONS
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=10
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
EOF
    cat >"$dir/log4j2.properties" <<'EOF'
# Written by deploy/lib/kafka.sh: the broker logs to stdout, which goes to $SD_STATE_DIR/logs/kafka.log.
appender.out.type = Console
appender.out.name = OUT
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.out.ref = OUT
logger.state.name = state.change.logger
logger.state.level = WARN
logger.config.name = org.apache.kafka.common.config.AbstractConfig
logger.config.level = WARN
EOF
    cat >"$dir/log4j2-tools.properties" <<'EOF'
# Written by deploy/lib/kafka.sh: command-line tools print only warnings, to stderr.
appender.err.type = Console
appender.err.name = ERR
appender.err.target = SYSTEM_ERR
appender.err.layout.type = PatternLayout
appender.err.layout.pattern = %p %m (%c)%n
rootLogger.level = WARN
rootLogger.appenderRef.err.ref = ERR
EOF
}

# Formats the storage once, with a cluster id generated on first use.
sd_kafka_format() {
    local dir cp="$1"
    dir="$(sd_kafka_dir)"
    [[ -f "$dir/data/meta.properties" ]] && return 0
    [[ -s "$dir/cluster.id" ]] || sd_kafka_new_cluster_id >"$dir/cluster.id"
    if ! java -Dlog4j2.configurationFile="$dir/log4j2-tools.properties" -cp "$cp" kafka.tools.StorageTool format \
        -t "$(cat "$dir/cluster.id")" -c "$dir/server.properties" --ignore-formatted >>"$(sd_kafka_log)" 2>&1; then
        sd_log_tail "$(sd_kafka_log)"
        sd_die "kafka: formatting the storage failed"
    fi
}

# Runs the single-file program deploy/kafka/$1.java (CreateTopics, RewindGroup) with the broker
# classpath against our broker. Usage: sd_kafka_tool NAME ARGS...
sd_kafka_tool() {
    local name="$1" cp
    shift
    cp="$(sd_kafka_classpath)"
    java -Dlog4j2.configurationFile="$(sd_kafka_dir)/log4j2-tools.properties" -cp "$cp" \
        "$SD_DEPLOY/kafka/$name.java" --bootstrap "127.0.0.1:$SD_KAFKA_PORT" "$@"
}

sd_kafka_create_topics() {
    sd_kafka_tool CreateTopics --partitions "$SD_KAFKA_PARTITIONS" "$SD_DEPLOY/kafka/topics.conf" | sed 's/^/    kafka: /' ||
        sd_die "kafka: creating the topics failed"
}

sd_kafka_log_says_started() {
    tail -c "+$1" "$(sd_kafka_log)" | grep -q 'Kafka Server started'
}

sd_kafka_start() {
    local pid cp dir log start offset status=0
    if pid="$(sd_running_pid kafka)"; then
        sd_log "kafka: already running on 127.0.0.1:$SD_KAFKA_PORT (pid $pid)"
        sd_kafka_create_topics
        return 0
    fi
    start="$(sd_now)"
    sd_require_free_port kafka SD_KAFKA_PORT
    sd_require_free_port kafka SD_KAFKA_CONTROLLER_PORT
    dir="$(sd_kafka_dir)"
    log="$(sd_kafka_log)"
    mkdir -p "$dir/data"
    cp="$(sd_kafka_classpath)"
    sd_kafka_write_config
    sd_kafka_format "$cp"
    offset=$(($(stat -c %s "$log" 2>/dev/null || echo 0) + 1))
    sd_spawn kafka "$log" java -Xms256m -Xmx512m "$(sd_marker kafka)" "-Dsd.state.dir=$SD_STATE_DIR" \
        -Dlog4j2.configurationFile="$dir/log4j2.properties" -cp "$cp" kafka.Kafka "$dir/server.properties"
    pid="$(cat "$(sd_pidfile kafka)")"
    sd_wait_until 90 "$pid" sd_kafka_log_says_started "$offset" || status=$?
    if ((status != 0)); then
        sd_log_tail "$log"
        ((status == 2)) && sd_die "kafka: the broker exited during start (log: $log)"
        sd_die "kafka: not started after 90s (log: $log)"
    fi
    sd_log "kafka: started on 127.0.0.1:$SD_KAFKA_PORT in $(sd_elapsed "$start")s (pid $pid, controller 127.0.0.1:$SD_KAFKA_CONTROLLER_PORT, data: $dir/data)"
    sd_kafka_create_topics
}

sd_kafka_stop() { sd_stop_named kafka TERM 30; }

sd_kafka_status() {
    local pid
    if pid="$(sd_running_pid kafka)"; then
        sd_log "kafka: running on 127.0.0.1:$SD_KAFKA_PORT (pid $pid, RSS $(sd_rss_mb "$pid") MB, log: $(sd_kafka_log))"
    else
        sd_log "kafka: stopped"
    fi
}
