#!/usr/bin/env bash
# The run command's demo data, loaded through the services' public APIs as the call centre would enter it: a small
# service catalogue, the knowledge base's realistic article set, a few customers (a person, a company with an
# alphanumeric CNPJ, a partner's customer) and requests of every type. Loaded once: when the demo department, any
# article or the demo customer is already there, that part is left as it is.
set -euo pipefail

# shellcheck source=deploy/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

API="http://127.0.0.1:$SD_INTAKE_PORT/api/v1"
CATALOG_API="http://127.0.0.1:$SD_WORKORDER_PORT/api/v1/catalog"
DEMO_CPF="52998224725"
DEMO_DEPARTMENT="ASSISTENCIA-TECNICA"

# Calls the intake API: METHOD PATH TOKEN [BODY] [IF-MATCH]; prints the JSON answer, fails on an HTTP error.
call() {
    local method="$1" path="$2" token="$3" body="${4:-}" if_match="${5:-}" args=()
    args=(-sS --fail-with-body -X "$method" -H "Authorization: Bearer $token" -H 'Content-Type: application/json')
    [[ -n "$if_match" ]] && args+=(-H "If-Match: \"$if_match\"")
    [[ -n "$body" ]] && args+=(-d "$body")
    curl "${args[@]}" "$API$path"
}

KNOWLEDGE_API="http://127.0.0.1:$SD_KNOWLEDGE_PORT/api/v1"
ARTICLE_SET="$SD_ROOT/knowledge-service/src/test/resources/knowledge-set/articles.json"

# Opens a request on CHANNEL, describes it with DETAILS and logs it; prints the logged request.
logged_request() {
    local token="$1" channel="$2" details="$3" opened described
    opened="$(call POST /requests "$token" "{\"channel\": \"$channel\"}")"
    described="$(call PUT "/requests/$(jq -r .id <<<"$opened")/details" "$token" "$details" "$(jq -r .version <<<"$opened")")"
    call POST "/requests/$(jq -r .id <<<"$described")/logging" "$token" "" "$(jq -r .version <<<"$described")"
}

# Adds a catalogue entry as a supervisor: LEVEL TOKEN BODY; prints its id.
catalogue_entry() {
    API="$CATALOG_API" call POST "/$1" "$2" "$3" | jq -r .id
}

# The standard order of a problem code: PRIORITY RESPONSE_HOURS RESOLUTION_HOURS APPROVAL SIGNATURE PRODUCT_DATA GOODS
# CHECKLIST KIT ESTIMATE_LINES (the last three as JSON arrays).
standard_order() {
    jq -n --arg priority "$1" --argjson response "$2" --argjson resolution "$3" --argjson approval "$4" \
        --argjson signature "$5" --argjson product "$6" --arg goods "$7" --argjson checklist "$8" --argjson kit "$9" \
        --argjson lines "${10}" '{defaultPriority: $priority, responseHours: $response, resolutionHours: $resolution,
            checklist: $checklist, kit: $kit, estimateLines: $lines,
            terms: "Garantia legal do serviço: 90 dias para bens duráveis e 30 dias para não duráveis, contados da entrega (CDC, art. 26). O orçamento vale por 10 dias (CDC, art. 40). Cancelamento sem custo até a visita técnica. Pagamento na conclusão, por PIX, cartão, boleto ou em dinheiro.",
            estimateApprovalRequired: $approval, signatureRequired: $signature, productDataRequired: $product,
            goods: $goods}'
}

# The catalogue the demo requests name: Assistência Técnica > Equipe própria > Linha branca, Climatização.
load_catalogue() {
    local supervisor department provider white_goods climate
    supervisor="$(bash "$SD_DEPLOY/token.sh" supervisor)"
    if API="$CATALOG_API" call GET "/departments?q=$DEMO_DEPARTMENT" "$supervisor" \
            | jq -e --arg code "$DEMO_DEPARTMENT" 'any(.items[]; .code == $code)' >/dev/null; then
        sd_log "demo data: catalogue already loaded"
        return 0
    fi
    department="$(catalogue_entry departments "$supervisor" "{\"code\": \"$DEMO_DEPARTMENT\", \"name\": \"Assistência Técnica\"}")"
    provider="$(catalogue_entry providers "$supervisor" "{\"code\": \"EQUIPE-PROPRIA\", \"name\": \"Equipe própria\",
        \"parentId\": \"$department\"}")"
    white_goods="$(catalogue_entry categories "$supervisor" "{\"code\": \"LINHA-BRANCA\", \"name\": \"Linha branca\",
        \"parentId\": \"$provider\"}")"
    climate="$(catalogue_entry categories "$supervisor" "{\"code\": \"CLIMATIZACAO\", \"name\": \"Climatização\",
        \"parentId\": \"$provider\"}")"

    catalogue_entry problem-codes "$supervisor" "$(jq -n --arg category "$white_goods" --argjson standard "$(standard_order \
        HIGH 24 72 true true true DURABLE \
        '["Conferir a tensão da tomada", "Verificar o termostato e o sensor de degelo", "Medir a carga de gás", "Testar a refrigeração por 30 minutos"]' \
        '[{"partNumber": "TERM-TSV0101", "description": "Termostato para refrigerador frost free", "quantity": 1}]' \
        '[{"kind": "LABOUR", "description": "Visita técnica e diagnóstico", "quantity": 1, "unitPrice": 120.00},
          {"kind": "LABOUR", "description": "Troca do termostato", "quantity": 1, "unitPrice": 180.00},
          {"kind": "PARTS", "description": "Termostato para refrigerador frost free", "quantity": 1, "unitPrice": 95.90}]')" \
        '{code: "GELADEIRA-NAO-GELA", name: "Geladeira não gela", parentId: $category, standardOrder: $standard}')" >/dev/null
    catalogue_entry problem-codes "$supervisor" "$(jq -n --arg category "$white_goods" --argjson standard "$(standard_order \
        NORMAL 48 120 false true false DURABLE \
        '["Confirmar endereço e janela de coleta com o cliente", "Retirar o aparelho", "Emitir o comprovante de coleta", "Encaminhar para descarte ou reciclagem"]' \
        '[]' '[]')" \
        '{code: "COLETA-ELETRO", name: "Coleta de eletrodomésticos", parentId: $category, standardOrder: $standard}')" >/dev/null
    catalogue_entry problem-codes "$supervisor" "$(jq -n --arg category "$climate" --argjson standard "$(standard_order \
        NORMAL 72 168 true true true DURABLE \
        '["Verificar o circuito elétrico exclusivo", "Fixar as unidades interna e externa", "Fazer vácuo e teste de vazamento", "Orientar o cliente sobre o uso e a limpeza dos filtros"]' \
        '[{"partNumber": "SUP-AR-400", "description": "Suporte para condensadora 400 mm", "quantity": 1},
          {"partNumber": "TUBO-COBRE-1/4-3/8", "description": "Tubulação de cobre 1/4 e 3/8 (metro)", "quantity": 3}]' \
        '[{"kind": "LABOUR", "description": "Instalação de split até 12.000 BTU/h", "quantity": 1, "unitPrice": 450.00},
          {"kind": "PARTS", "description": "Tubulação de cobre 1/4 e 3/8 (metro)", "quantity": 3, "unitPrice": 85.00},
          {"kind": "PARTS", "description": "Suporte para condensadora 400 mm", "quantity": 1, "unitPrice": 79.90}]')" \
        '{code: "AR-INSTALACAO", name: "Instalação de ar-condicionado", parentId: $category, standardOrder: $standard}')" >/dev/null

    sd_log "demo data: catalogue Assistência Técnica > Equipe própria > Linha branca (GELADEIRA-NAO-GELA, COLETA-ELETRO), Climatização (AR-INSTALACAO)"
}

# Writes, submits and publishes one article as a supervisor: TOKEN BODY; prints its id. The knowledge service learns
# the catalogue from its topic: an article naming a code it has not read yet is retried for a while.
published_article() {
    local token="$1" body="$2" written attempt
    for attempt in $(seq 1 30); do
        if written="$(API="$KNOWLEDGE_API" call POST /articles "$token" "$body" 2>/dev/null)"; then
            break
        fi
        [[ "$attempt" == 30 ]] && API="$KNOWLEDGE_API" call POST /articles "$token" "$body" >/dev/null
        sleep 1
    done
    written="$(API="$KNOWLEDGE_API" call POST "/articles/$(jq -r .id <<<"$written")/submission" "$token" "" \
        "$(jq -r .version <<<"$written")")"
    API="$KNOWLEDGE_API" call POST "/articles/$(jq -r .id <<<"$written")/publication" "$token" "" \
        "$(jq -r .version <<<"$written")" | jq -r .id
}

# The realistic article set of the knowledge base (the one its search quality is measured on), links last.
load_articles() {
    local supervisor ids article key target count=0
    supervisor="$(bash "$SD_DEPLOY/token.sh" supervisor)"
    if [[ "$(API="$KNOWLEDGE_API" call GET "/articles?size=1" "$supervisor" | jq .total)" != "0" ]]; then
        sd_log "demo data: articles already loaded"
        return 0
    fi
    ids="{}"
    while IFS= read -r article; do
        key="$(jq -r .key <<<"$article")"
        target="$(jq -r '.targetKey // empty' <<<"$article")"
        [[ -n "$target" ]] && article="$(jq --arg id "$(jq -r --arg k "$target" '.[$k]' <<<"$ids")" \
            '.targetArticleId = $id' <<<"$article")"
        ids="$(jq --arg k "$key" --arg id "$(published_article "$supervisor" "$(jq -c 'del(.key, .targetKey)' \
            <<<"$article")")" '.[$k] = $id' <<<"$ids")"
        count=$((count + 1))
    done < <(jq -c 'sort_by(has("targetKey")) | .[]' "$ARTICLE_SET")
    sd_log "demo data: knowledge base, $count published articles (call scripts, phone directories, links, answers)"
}

main() {
    local agent partner maria padaria answered action comment
    load_catalogue
    load_articles
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
