#!/usr/bin/env bash
# The run command's demo data, loaded through the services' public APIs as the call centre would enter it: a few
# customers (a person, a company with an alphanumeric CNPJ, a partner's customer) and requests of every type. Loaded
# once: when the demo customer is already there, nothing is done.
set -euo pipefail

# shellcheck source=deploy/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

API="http://127.0.0.1:$SD_INTAKE_PORT/api/v1"
DEMO_CPF="52998224725"

# Calls the intake API: METHOD PATH TOKEN [BODY] [IF-MATCH]; prints the JSON answer, fails on an HTTP error.
call() {
    local method="$1" path="$2" token="$3" body="${4:-}" if_match="${5:-}" args=()
    args=(-sS --fail-with-body -X "$method" -H "Authorization: Bearer $token" -H 'Content-Type: application/json')
    [[ -n "$if_match" ]] && args+=(-H "If-Match: \"$if_match\"")
    [[ -n "$body" ]] && args+=(-d "$body")
    curl "${args[@]}" "$API$path"
}

# Opens a request on CHANNEL, describes it with DETAILS and logs it; prints the logged request.
logged_request() {
    local token="$1" channel="$2" details="$3" opened described
    opened="$(call POST /requests "$token" "{\"channel\": \"$channel\"}")"
    described="$(call PUT "/requests/$(jq -r .id <<<"$opened")/details" "$token" "$details" "$(jq -r .version <<<"$opened")")"
    call POST "/requests/$(jq -r .id <<<"$described")/logging" "$token" "" "$(jq -r .version <<<"$described")"
}

main() {
    local agent partner maria padaria answered action comment
    agent="$(bash "$SD_DEPLOY/token.sh" agent)"
    partner="$(bash "$SD_DEPLOY/token.sh" partner-acme)"
    if [[ "$(call GET "/customers?document=$DEMO_CPF" "$agent" | jq .total)" != "0" ]]; then
        sd_log "demo data: already loaded"
        return 0
    fi

    maria="$(call POST /customers "$agent" '{"type": "PERSON", "document": "529.982.247-25",
        "name": "Maria da Conceição Souza", "phones": [{"number": "(19) 98765-4321", "kind": "WHATSAPP"}],
        "email": "maria.souza@example.com.br",
        "addresses": [{"street": "Rua Barão de Jaguara", "number": "1481", "complement": "apto 52",
                       "district": "Centro", "city": "Campinas", "state": "SP", "cep": "13015-002"}],
        "preferredChannel": "WHATSAPP"}' | jq -r .id)"
    padaria="$(call POST /customers "$agent" '{"type": "COMPANY", "document": "12.ABC.345/01DE-35",
        "name": "Padaria Pão Dourado Ltda", "phones": [{"number": "(11) 3456-7890", "kind": "LANDLINE"}],
        "addresses": [{"street": "Avenida Paulista", "number": "1000", "district": "Bela Vista",
                       "city": "São Paulo", "state": "SP", "cep": "01310-100"}],
        "preferredChannel": "PHONE"}' | jq -r .id)"
    call POST /customers "$partner" '{"type": "PERSON", "document": "111.444.777-35",
        "name": "João Pereira", "phones": [{"number": "(21) 99876-1234", "kind": "MOBILE"}],
        "preferredChannel": "PARTNER_API"}' >/dev/null

    answered="$(logged_request "$agent" PHONE "{\"type\": \"INFORMATION\", \"customerId\": \"$maria\",
        \"information\": {\"question\": \"Qual o horário da coleta de entulho no Centro?\", \"articleIds\": [],
                          \"answer\": \"Terças e sextas, das 7h às 12h.\"}}")"
    call POST "/requests/$(jq -r .id <<<"$answered")/closure" "$agent" "" "$(jq -r .version <<<"$answered")" >/dev/null
    action="$(logged_request "$agent" WHATSAPP "{\"type\": \"ACTION\", \"customerId\": \"$maria\",
        \"action\": {\"problemCode\": \"COLETA-ELETRO\",
                     \"place\": {\"street\": \"Rua Barão de Jaguara\", \"number\": \"1481\", \"district\": \"Centro\",
                                 \"city\": \"Campinas\", \"state\": \"SP\", \"cep\": \"13015-002\"},
                     \"description\": \"Geladeira antiga para coleta; moradora em casa à tarde.\",
                     \"product\": {\"brand\": \"Consul\", \"model\": \"Frost Free 480L\"}}}")"
    comment="$(logged_request "$agent" EMAIL "{\"type\": \"COMMENT\", \"customerId\": \"$padaria\",
        \"comment\": {\"text\": \"Atendimento rápido e educado na troca do forno.\", \"kind\": \"PRAISE\"}}")"
    call POST /requests "$partner" '{}' >/dev/null

    sd_log "demo data: customers Maria da Conceição Souza, Padaria Pão Dourado Ltda (CNPJ 12.ABC.345/01DE-35), João Pereira (partner-acme's)"
    sd_log "demo data: requests $(jq -r .protocol <<<"$answered") (information, closed), $(jq -r .protocol <<<"$action") (action, open), $(jq -r .protocol <<<"$comment") (comment, recorded), and a partner's draft"
}

main "$@"
