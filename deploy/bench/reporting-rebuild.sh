#!/usr/bin/env bash
# Benchmark of the reporting rebuild (reporting-service/src/test/.../benchmark/RebuildBenchmark.java): fills topics of
# its own (bench.*, once; later runs reuse them) with copies of the test scenario, then times a rebuild of the
# projections from them. Prints the report and leaves it in reporting-service/target/benchmark/rebuild.md.
#
#   deploy/bench/reporting-rebuild.sh [-Dbenchmark.scenarios=10000]     (45 events a scenario)
set -euo pipefail

# shellcheck source=deploy/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

main() {
    sd_stop_started_parts_on_exit
    sd_init_state
    sd_use_jdk21
    sd_infra_start postgres kafka
    export SD_DB_NAME=servicedesk_test
    (cd "$SD_ROOT" && mvn -B verify -pl reporting-service -am -Dtest=RebuildBenchmark -Dtest.excluded.groups=none \
        -Dsurefire.failIfNoSpecifiedTests=false "$@")
    cat "$SD_ROOT/reporting-service/target/benchmark/rebuild.md"
}

main "$@"
