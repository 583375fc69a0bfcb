#!/usr/bin/env bash
# Stops everything the suite started from this clone (its state dir): the four services, then
# Keycloak, Kafka and PostgreSQL. By PID from $SD_STATE_DIR/pids, never by name.
set -euo pipefail

# shellcheck source=deploy/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

main() {
    sd_init_state
    sd_stop_named_all "${SD_SERVICES[@]}"
    sd_infra_stop "${SD_INFRA_PARTS[@]}"
}

main "$@"
