#!/usr/bin/env bash
# Prints an access token from the local Keycloak (realm servicedesk), and nothing else.
#
#   deploy/token.sh <user>      demo user (agent, technician, supervisor, analyst, admin): password
#                               grant through the public client servicedesk-web
#   deploy/token.sh <client>    confidential client (partner-acme, intake-service, ...): client
#                               credentials with the secret <client>-secret
#
#   curl -H "Authorization: Bearer $(deploy/token.sh agent)" http://127.0.0.1:18081/api/v1/me
#
# SD_USER_PASSWORD (default servicedesk) and SD_CLIENT_SECRET override the demo credentials.
set -euo pipefail

# shellcheck source=deploy/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

# True when NAME is a confidential client of the realm file (one with a service account).
is_client() {
    local name="$1"
    [[ "$name" != "servicedesk-web" ]] &&
        grep -q "\"clientId\": \"$name\"" "$SD_DEPLOY/keycloak/servicedesk-realm.json"
}

main() {
    local name="${1:-}" response token
    if [[ -z "$name" || "$name" == -* ]]; then
        sed -n '2,11s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
        exit 2
    fi
    local endpoint="$SD_OIDC_URL/protocol/openid-connect/token"
    if is_client "$name"; then
        response="$(curl -sS --max-time 15 "$endpoint" \
            --data-urlencode grant_type=client_credentials \
            --data-urlencode "client_id=$name" \
            --data-urlencode "client_secret=${SD_CLIENT_SECRET:-$name-secret}")" ||
            sd_die "token: Keycloak does not answer at $endpoint (deploy/infra.sh start keycloak)"
    else
        response="$(curl -sS --max-time 15 "$endpoint" \
            --data-urlencode grant_type=password \
            --data-urlencode client_id=servicedesk-web \
            --data-urlencode "username=$name" \
            --data-urlencode "password=${SD_USER_PASSWORD:-servicedesk}")" ||
            sd_die "token: Keycloak does not answer at $endpoint (deploy/infra.sh start keycloak)"
    fi
    token="$(sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$response")"
    [[ -n "$token" ]] || sd_die "token: no token for '$name': $response"
    printf '%s\n' "$token"
}

main "$@"
