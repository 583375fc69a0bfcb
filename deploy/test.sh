#!/usr/bin/env bash
# The test command: starts whatever infrastructure is not running yet (PostgreSQL with --fast),
# runs `mvn -B verify` at the repository root against it, then stops only what it started.
#
#   deploy/test.sh                  all modules
#   deploy/test.sh -pl platform     extra arguments go to Maven
#
# The tests get SD_DB_NAME=servicedesk_test and the SD_* ports and URLs in their environment.
# Exits with Maven's status.
set -euo pipefail

# shellcheck source=deploy/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

main() {
    local status=0
    sd_stop_started_parts_on_exit
    sd_init_state
    sd_use_jdk21
    sd_require_chromium
    sd_infra_start --fast "${SD_INFRA_PARTS[@]}"
    export SD_DB_NAME=servicedesk_test
    sd_log "tests: mvn -B verify $* (JDK $JAVA_HOME, database $SD_DB_NAME)"
    (cd "$SD_ROOT" && mvn -B verify "$@") || status=$?
    sd_log "tests: Maven exited with status $status"
    return "$status"
}

main "$@"
