#!/usr/bin/env bash
# The knowledge search benchmark: 100,000 generated Portuguese articles (deploy/bench/knowledge-articles.sql) in the
# run command's database, then agents searching them at each rate given (per second) through
# deploy/bench/gatling.sh, which starts the suite with durable settings when it is not running. The generated
# articles stay (tagged carga-sintetica) until `deploy/bench/knowledge-search.sh --remove`. Stops only what it started.
#
#   [SECONDS_PER_RATE=60] deploy/bench/knowledge-search.sh [RATE...]     (default: 50)
#   deploy/bench/knowledge-search.sh --remove
set -euo pipefail

# shellcheck source=deploy/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
# shellcheck source=deploy/lib/bench.sh
source "$SD_DEPLOY/lib/bench.sh"

# psql as the knowledge service's own role, on the run command's database.
knowledge_psql() {
    PGPASSWORD="${SD_DB_PASSWORD:-knowledge-local}" "$(sd_pg_bin)/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 \
        -p "$SD_PG_PORT" -U knowledge -d "${SD_DB_NAME:-servicedesk}" "$@"
}

main() {
    sd_init_state
    if [[ "${1:-}" == "--remove" ]]; then
        knowledge_psql -c "DELETE FROM article WHERE tags @> '[\"carga-sintetica\"]'"
        sd_log "bench: generated articles removed"
        return 0
    fi
    trap sd_bench_stop_started_suite EXIT
    sd_bench_suite_up
    local start
    start="$(sd_now)"
    knowledge_psql -f "$SD_DEPLOY/bench/knowledge-articles.sql"
    # A bulk load leaves the full-text indexes' pending entries and the visibility map to autovacuum, which may not
    # have run when the first searches arrive (p95 605 ms instead of 16 ms measured straight after a load).
    knowledge_psql -c "VACUUM ANALYZE article" -c "VACUUM ANALYZE search_word"
    sd_log "bench: 100,000 generated articles loaded in $(sd_elapsed "$start")s ($(knowledge_psql -At -c \
        "SELECT count(*) FROM article WHERE status = 'PUBLISHED'") published articles in all)"
    bash "$SD_DEPLOY/bench/gatling.sh" KnowledgeSearchSimulation "${@:-50}"
}

main "$@"
