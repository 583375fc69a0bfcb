#!/usr/bin/env bash
# The test command: starts whatever infrastructure is not running yet (PostgreSQL with --fast),
# runs `mvn -B verify` at the repository root against it, then the fault run (the whole suite under a
# mixed workload while services, Kafka and PostgreSQL fail: deploy/system-tests, profile faults)
# against the same infrastructure, then stops only what it started.
#
#   deploy/test.sh                  all modules, then the fault run
#   deploy/test.sh -pl platform     extra arguments go to Maven (no fault run)
#   deploy/test.sh --faults         the fault run alone
#
# SD_FAULT_RUN=0 skips the fault run. The tests get SD_DB_NAME=servicedesk_test and the SD_* ports and
# URLs in their environment. Exits with Maven's status (the first that failed).
set -euo pipefail

# shellcheck source=deploy/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

# The fault run builds what the system tests need (-am) but runs no other test: -Dtest matches no unit
# test, and the profile's failsafe includes FaultRunIT only. Its report: deploy/system-tests/target/fault-run/.
fault_run() {
    local status=0
    sd_log "fault run: mvn -B verify -Pfaults -pl deploy/system-tests -am (report: deploy/system-tests/target/fault-run/report.md)"
    (cd "$SD_ROOT" && mvn -B verify -Pfaults -pl deploy/system-tests -am -Dtest=none \
        -Dsurefire.failIfNoSpecifiedTests=false) || status=$?
    sd_log "fault run: Maven exited with status $status"
    stop_fault_run_leftovers
    return "$status"
}

# The fault run stops the service processes it started; should its JVM have been killed first, their PIDs are left
# in deploy/system-tests/target/fault-run/pids/, and each one that is still our service's process is stopped here.
stop_fault_run_leftovers() {
    local file pid
    for file in "$SD_ROOT"/deploy/system-tests/target/fault-run/pids/*.pid; do
        [[ -e "$file" ]] || continue
        pid="$(head -n1 "$file")"
        if sd_pid_matches "$pid" "$SD_ROOT/" "/target/quarkus-app/quarkus-run.jar"; then
            sd_warn "fault run: $(basename "$file" .pid) (pid $pid) was left running: stopping it"
            sd_stop_pid "$pid" TERM 30
        fi
        rm -f "$file"
    done
}

main() {
    local status=0 faults_only=false
    if [[ "${1:-}" == "--faults" ]]; then
        faults_only=true
        shift
    fi
    sd_stop_started_parts_on_exit
    sd_init_state
    sd_use_jdk21
    [[ "$faults_only" == true ]] || sd_require_chromium
    sd_infra_start --fast "${SD_INFRA_PARTS[@]}"
    export SD_DB_NAME=servicedesk_test
    if [[ "$faults_only" == true ]]; then
        fault_run
        return
    fi
    sd_log "tests: mvn -B verify $* (JDK $JAVA_HOME, database $SD_DB_NAME)"
    (cd "$SD_ROOT" && mvn -B verify "$@") || status=$?
    sd_log "tests: Maven exited with status $status"
    if ((status == 0 && $# == 0)) && [[ "${SD_FAULT_RUN:-1}" != "0" ]]; then
        fault_run || status=$?
    fi
    return "$status"
}

main "$@"
