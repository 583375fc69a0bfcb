#!/usr/bin/env bash
# The local infrastructure: PostgreSQL, Kafka and Keycloak, each a process of our own on 127.0.0.1.
#
#   deploy/infra.sh start [--fast] [postgres|kafka|keycloak ...]   (default: all three)
#   deploy/infra.sh stop [postgres|kafka|keycloak ...]
#   deploy/infra.sh status
#   deploy/infra.sh topics                                          (Kafka topics and partitions)
#   deploy/infra.sh rewind GROUP TOPIC...                           (replay: group back to offset 0)
#
# --fast starts PostgreSQL without durability (fsync=off ...), for tests. State, data and logs
# go to ${SD_STATE_DIR:-<repo>/.state}; ports come from SD_*_PORT (see deploy/lib/common.sh).
set -euo pipefail

# shellcheck source=deploy/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

usage() {
    sed -n '2,11s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
    exit 2
}

# Sets PARTS from the arguments (default: all), in start order; sets FAST for --fast.
parse_parts() {
    local arg part wanted=" "
    FAST=""
    for arg in "$@"; do
        if [[ "$arg" == "--fast" ]]; then
            FAST="--fast"
        elif sd_is_part "$arg"; then
            wanted+="$arg "
        else
            sd_die "unknown part '$arg' (parts: ${SD_INFRA_PARTS[*]})"
        fi
    done
    PARTS=()
    for part in "${SD_INFRA_PARTS[@]}"; do
        if [[ "$wanted" == " " || "$wanted" == *" $part "* ]]; then
            PARTS+=("$part")
        fi
    done
}

main() {
    local command="${1:-}" part start
    [[ -n "$command" ]] || usage
    shift
    sd_init_state
    case "$command" in
        start)
            parse_parts "$@"
            sd_use_jdk21
            start="$(sd_now)"
            sd_infra_start ${FAST:+"$FAST"} "${PARTS[@]}"
            sd_log "infrastructure: ready in $(sd_elapsed "$start")s"
            ;;
        stop)
            parse_parts "$@"
            sd_infra_stop "${PARTS[@]}"
            ;;
        status)
            for part in "${SD_INFRA_PARTS[@]}"; do
                sd_part_status "$part"
            done
            ;;
        topics)
            sd_kafka_is_running || sd_die "kafka: not running (deploy/infra.sh start kafka)"
            sd_use_jdk21
            sd_kafka_tool CreateTopics --list
            ;;
        rewind)
            (($# >= 2)) || usage
            sd_kafka_is_running || sd_die "kafka: not running (deploy/infra.sh start kafka)"
            sd_use_jdk21
            sd_kafka_tool RewindGroup "$@"
            ;;
        *) usage ;;
    esac
}

main "$@"
