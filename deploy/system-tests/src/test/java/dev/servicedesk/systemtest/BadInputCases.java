package dev.servicedesk.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.servicedesk.systemtest.OpenApiDocument.Operation;
import dev.servicedesk.systemtest.OpenApiDocument.Parameter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bad input generated for one operation of an OpenAPI document: path ids that do not exist or are malformed,
 * query parameters of the wrong type or out of bounds, and request bodies with fields missing, unknown, of the wrong
 * JSON type, empty, huge, far in time, outside their enum, or no JSON at all, sent with the wrong content types.
 * Ids of real resources ({@link Fixtures}) stand in the path where the suite has one, so that a body reaches the
 * service's own rules and its database rather than a 404.
 */
final class BadInputCases {

    /** One request to send; {@code expected} is empty when any answer below 500 will do. */
    record Case(Operation operation, String kind, String method, String path, String query,
            Map<String, String> headers, String body, String token, Set<Integer> expected) {
    }

    /** Real values for path parameters, by the concrete path in front of the parameter; who owns them. */
    record Fixtures(Map<String, String> byPrefix, Set<String> partnerOwnedPrefixes) {

        /** The partner's customer, request and order, this run's catalogue department, and the order's report. */
        static Fixtures of(SuiteFixtures.CatalogueBranch branch, SuiteFixtures.PartnerAction action) {
            Map<String, String> partners = Map.of("/api/v1/customers", action.customerId(),
                    "/api/v1/requests", action.requestId(), "/api/v1/requests/by-protocol", action.protocol(),
                    "/api/v1/orders", action.orderId(), "/api/v1/orders/by-number", action.orderNumber());
            Map<String, String> all = new LinkedHashMap<>(partners);
            all.put("/api/v1/service-reports", action.orderId());
            all.put("/api/v1/catalog/departments", branch.departmentId());
            all.put("/api/v1/catalog/departments/by-code", branch.departmentCode());
            return new Fixtures(Map.copyOf(all), partners.keySet());
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 3;
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    private static final String LONG_STRING = "a".repeat(10_000);
    private static final String HUGE_STRING = "b".repeat(1_000_000);
    private static final List<String> MALFORMED_IDS = List.of("99999999999999999999999999", "-1", "0", "not-an-id",
            "\u0000", "' OR '1'='1", "%", "..", "\u202Eevil", "9".repeat(1_000), "1e999", "null");
    private static final List<String> BROKEN_JSON = List.of("", "{", "}", "{\"a\":}", "{\"a\":1,}", "[", "nul",
            "{} trailing", "{'single': 'quotes'}", "\"just a string\"", "42", "[]", "null", "[".repeat(5_000),
            "{\"n\": " + "9".repeat(5_000) + "}", "\u0000", "{\"a\":\"\\uZZZZ\"}");
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=EBCDIC",
            "garbage");

    private final Operation operation;
    private final OpenApiDocument document;
    private final Fixtures fixtures;
    private final String token;
    private final String otherPartnerToken;
    private final Map<String, String> ifMatch;
    private final List<Case> cases = new ArrayList<>();

    private BadInputCases(Operation operation, OpenApiDocument document, Fixtures fixtures, String token,
            String otherPartnerToken, Map<String, String> ifMatch) {
        this.operation = operation;
        this.document = document;
        this.fixtures = fixtures;
        this.token = token;
        this.otherPartnerToken = otherPartnerToken;
        this.ifMatch = ifMatch;
    }

    /**
     * The cases of one operation, sent with {@code token} (a role the operation allows); {@code ifMatch} is the
     * If-Match header of the resource the fixtures point at, when the operation reads one.
     */
    static List<Case> of(Operation operation, OpenApiDocument document, Fixtures fixtures, String token,
            String otherPartnerToken, Map<String, String> ifMatch) {
        BadInputCases generator = new BadInputCases(operation, document, fixtures, token, otherPartnerToken, ifMatch);
        generator.pathCases();
        generator.queryCases();
        generator.bodyCases();
        generator.headerCases();
        return List.copyOf(generator.cases);
    }

    /** The operation's path with every parameter replaced by its fixture or, lacking one, a value of its kind. */
    static String concretePath(Operation operation, Fixtures fixtures, Map<String, String> overrides) {
        StringBuilder path = new StringBuilder();
        for (String segment : operation.path().substring(1).split("/")) {
            String prefix = path.toString();
            Matcher parameter = PARAMETER.matcher(segment);
            StringBuilder concrete = new StringBuilder();
            while (parameter.find()) {
                String name = parameter.group(1);
                String value = overrides.containsKey(name) ? overrides.get(name)
                        : defaultValue(operation, fixtures, prefix, name);
                parameter.appendReplacement(concrete, Matcher.quoteReplacement(encodePath(value)));
            }
            path.append('/').append(parameter.appendTail(concrete));
        }
        return path.toString();
    }

    /** True when a path parameter of the operation stands for a resource a partner owns. */
    static boolean touchesPartnerResource(Operation operation, Fixtures fixtures) {
        String template = operation.path();
        Matcher parameter = PARAMETER.matcher(template);
        while (parameter.find()) {
            String prefix = concretePath(new Operation(operation.service(), operation.method(),
                    template.substring(0, parameter.start() - 1), operation.parameters(), null, null, false,
                    operation.access()), fixtures, Map.of());
            if (fixtures.partnerOwnedPrefixes().contains(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String defaultValue(Operation operation, Fixtures fixtures, String prefix, String name) {
        if (fixtures.byPrefix().containsKey(prefix)) {
            return fixtures.byPrefix().get(prefix);
        }
        JsonNode schema = operation.parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                .map(Parameter::schema).orElse(NODES.objectNode());
        String pattern = schema.path("pattern").asText("");
        if (pattern.matches("[a-z-]+(\\|[a-z-]+)+")) {
            return pattern.split("\\|")[0];
        }
        return isType(schema, "integer") ? "1" : UUID.randomUUID().toString();
    }

    private void pathCases() {
        for (Parameter parameter : operation.in("path")) {
            List<String> values = new ArrayList<>(MALFORMED_IDS);
            values.add(UUID.randomUUID().toString());
            values.add(UUID.randomUUID().toString().toUpperCase());
            for (String value : values) {
                add("path " + parameter.name() + " = " + shorten(value), concretePath(operation, fixtures,
                        Map.of(parameter.name(), value)), "", Map.of(), null, token, Set.of());
            }
        }
        if (otherPartnerToken != null && touchesPartnerResource(operation, fixtures)) {
            add("another partner's resource", concretePath(operation, fixtures, Map.of()), "",
                    operation.hasBody() ? json() : Map.of(), validBody(), otherPartnerToken,
                    anotherPartnersAnswers(operation));
        }
    }

    /**
     * What another partner may be answered on a partner's resource: 404 or 403; or, where the operation takes a body,
     * 400 for a body it refuses before it looks the resource up (the answer names fields of the body, nothing of the
     * resource).
     */
    static Set<Integer> anotherPartnersAnswers(Operation operation) {
        return operation.bodyRequired() ? Set.of(400, 403, 404) : Set.of(403, 404);
    }

    private void queryCases() {
        String path = concretePath(operation, fixtures, Map.of());
        for (Parameter parameter : operation.in("query")) {
            for (String value : badValues(parameter.schema())) {
                add("query " + parameter.name() + " = " + shorten(value), path,
                        query(parameter.name(), value), Map.of(), null, token, Set.of());
            }
            add("query " + parameter.name() + " twice", path, query(parameter.name(), "1") + "&"
                    + query(parameter.name(), "2"), Map.of(), null, token, Set.of());
        }
        if (operation.in("query").stream().anyMatch(Parameter::required)) {
            add("required query parameters missing", path, "", Map.of(), null, token, Set.of());
        }
        add("unknown query parameter", path, query("unexpectedParameter", "1"), Map.of(), null, token, Set.of());
    }

    private void headerCases() {
        String path = concretePath(operation, fixtures, Map.of());
        add("Accept: application/xml", path, "", Map.of("Accept", "application/xml"), null, token, Set.of());
        if (!operation.in("header").stream().filter(p -> p.name().equals("If-Match")).toList().isEmpty()) {
            add("If-Match missing", path, "", Map.of(), validBody(), token, Set.of());
            add("If-Match of another version", path, "", Map.of("If-Match", "\"999999\""), validBody(), token,
                    Set.of());
            add("If-Match malformed", path, "", Map.of("If-Match", "W/\"" + "9".repeat(2_000)), validBody(), token,
                    Set.of());
        }
    }

    private void bodyCases() {
        String path = concretePath(operation, fixtures, Map.of());
        if (!operation.hasBody()) {
            if (!operation.method().equals("GET") && !operation.method().equals("DELETE")) {
                add("unexpected JSON body", path, "", json(), "{\"unexpectedField\": 1}", token, Set.of());
                add("unexpected text body", path, "", Map.of("Content-Type", "text/plain"), "hello", token, Set.of());
            }
            return;
        }
        add("no body", path, "", json(), null, token, Set.of());
        for (String broken : BROKEN_JSON) {
            add("broken JSON " + shorten(broken), path, "", json(), broken, token, Set.of());
        }
        for (String type : WRONG_CONTENT_TYPES) {
            add("Content-Type " + type, path, "", headers("Content-Type", type), validBody(), token, Set.of());
        }
        add("no Content-Type", path, "", headers(null, null), validBody(), token, Set.of());
        add("valid shape", path, "", json(), validBody(), token, Set.of());
        add("huge body", path, "", json(), "{\"unexpectedField\": \"" + HUGE_STRING + "\"}", token, Set.of());
        if (isType(operation.bodySchema(), "object")) {
            mutateObject(operation.bodySchema(), "", 0);
        }
    }

    private void mutateObject(JsonNode schema, String pointer, int depth) {
        mutation("unknown field in " + label(pointer), body -> at(body, pointer).put("unexpectedField", true));
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String field = pointer + "/" + property.getKey();
            JsonNode propertySchema = document.resolve(property.getValue());
            if (required.contains(property.getKey())) {
                mutation("required " + label(field) + " missing",
                        body -> at(body, pointer).remove(property.getKey()));
            }
            for (Map.Entry<String, JsonNode> bad : badJsonValues(propertySchema).entrySet()) {
                mutation(label(field) + " = " + bad.getKey(),
                        body -> at(body, pointer).set(property.getKey(), bad.getValue()));
            }
            if (depth < MAX_DEPTH && isType(propertySchema, "object")) {
                mutateObject(propertySchema, field, depth + 1);
            }
            if (depth < MAX_DEPTH && isType(propertySchema, "array")) {
                JsonNode items = document.resolve(propertySchema.path("items"));
                if (isType(items, "object")) {
                    mutateObject(items, field + "/0", depth + 1);
                }
            }
        }
    }

    private void mutation(String kind, Consumer<ObjectNode> change) {
        ObjectNode body = (ObjectNode) sample(operation.bodySchema(), 0);
        change.accept(body);
        add(kind, concretePath(operation, fixtures, Map.of()), "", json(), body.toString(), token, Set.of());
    }

    /** Wrong JSON types, nulls, boundaries and oversized values for a field of this schema. */
    private Map<String, JsonNode> badJsonValues(JsonNode schema) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        values.put("null", NODES.nullNode());
        if (schema.has("enum")) {
            values.put("\"NOT_A_VALUE\"", NODES.textNode("NOT_A_VALUE"));
            values.put("lower-case value", NODES.textNode(schema.get("enum").get(0).asText().toLowerCase()));
            values.put("number", NODES.numberNode(1));
        } else if (isType(schema, "string")) {
            String format = schema.path("format").asText("");
            values.put("number", NODES.numberNode(12345));
            values.put("object", NODES.objectNode().put("a", 1));
            values.put("\"\"", NODES.textNode(""));
            values.put("10,000 characters", NODES.textNode(LONG_STRING));
            values.put("NUL character", NODES.textNode("a\u0000b"));
            switch (format) {
                case "uuid" -> {
                    values.put("malformed UUID", NODES.textNode("not-a-uuid"));
                    values.put("nil UUID", NODES.textNode("00000000-0000-0000-0000-000000000000"));
                    values.put("unknown UUID", NODES.textNode(UUID.randomUUID().toString()));
                }
                case "date" -> {
                    values.put("year +999999999", NODES.textNode("+999999999-12-31"));
                    values.put("year -4800", NODES.textNode("-4800-01-01"));
                    values.put("30 February", NODES.textNode("2026-02-30"));
                }
                case "date-time" -> {
                    values.put("year +999999999", NODES.textNode("+999999999-12-31T23:59:59Z"));
                    values.put("year -4800", NODES.textNode("-4800-01-01T00:00:00Z"));
                    values.put("hour 25", NODES.textNode("2026-11-23T25:00:00Z"));
                    values.put("no offset", NODES.textNode("2026-11-23T10:00:00"));
                }
                default -> {
                    values.put("SQL quote", NODES.textNode("' OR '1'='1"));
                }
            }
        } else if (isType(schema, "integer")) {
            values.put("text", NODES.textNode("abc"));
            values.put("-1", NODES.numberNode(-1));
            values.put("0", NODES.numberNode(0));
            values.put("2^31", NODES.numberNode(2_147_483_648L));
            values.put("10^30", NODES.numberNode(new BigInteger("1" + "0".repeat(30))));
            values.put("1.5", NODES.numberNode(1.5));
        } else if (isType(schema, "number")) {
            values.put("text", NODES.textNode("abc"));
            values.put("-1", NODES.numberNode(-1));
            values.put("0", NODES.numberNode(0));
            values.put("1e308", NODES.numberNode(new BigDecimal("1e308")));
            values.put("30 digits and 10 decimals", NODES.numberNode(new BigDecimal("1" + "0".repeat(29) + ".0123456789")));
        } else if (isType(schema, "boolean")) {
            values.put("text", NODES.textNode("yes"));
            values.put("number", NODES.numberNode(1));
        } else if (isType(schema, "array")) {
            values.put("object", NODES.objectNode().put("a", 1));
            values.put("[]", NODES.arrayNode());
            ArrayNode many = NODES.arrayNode();
            JsonNode item = sample(document.resolve(schema.path("items")), 1);
            for (int i = 0; i < 500; i++) {
                many.add(item.deepCopy());
            }
            values.put("500 items", many);
        } else if (isType(schema, "object")) {
            values.put("text", NODES.textNode("text"));
            values.put("array", NODES.arrayNode());
            values.put("{}", NODES.objectNode());
        }
        return values;
    }

    /** Query-string values of the wrong type or out of bounds, raw (they are encoded when sent). */
    private static List<String> badValues(JsonNode schema) {
        if (schema.has("enum")) {
            return List.of("NOT_A_VALUE", schema.get("enum").get(0).asText().toLowerCase(), "", "\u0000");
        }
        if (isType(schema, "integer") || isType(schema, "number")) {
            return List.of("abc", "1.5", "-1", "0", "2147483648", "99999999999999999999999", "1e999", "");
        }
        if (isType(schema, "boolean")) {
            return List.of("maybe", "1", "");
        }
        String format = schema.path("format").asText("");
        return switch (format) {
            case "uuid" -> List.of("not-a-uuid", UUID.randomUUID().toString(), "\u0000", "");
            case "date" -> List.of("+99999-01-01", "-4800-01-01", "2026-13-01", "tomorrow", "");
            case "date-time" -> List.of("+999999999-12-31T23:59:59Z", "-4800-01-01T00:00:00Z",
                    "2026-11-23T25:00:00Z", "yesterday", "");
            default -> List.of("", "\u0000", "a".repeat(2_000), "' OR '1'='1", "%", "_", "\\", "\u202E", "[]");
        };
    }

    /** A body of the right shape: every property present with a value of its type. */
    private String validBody() {
        return operation.hasBody() ? sample(operation.bodySchema(), 0).toString() : null;
    }

    private JsonNode sample(JsonNode schema, int depth) {
        schema = document.resolve(schema);
        if (schema == null) {
            return NODES.nullNode();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).deepCopy();
        }
        if (isType(schema, "object") || schema.has("properties")) {
            ObjectNode object = NODES.objectNode();
            if (depth < MAX_DEPTH) {
                schema.path("properties").properties()
                        .forEach(p -> object.set(p.getKey(), sample(p.getValue(), depth + 1)));
            }
            return object;
        }
        if (isType(schema, "array")) {
            ArrayNode array = NODES.arrayNode();
            if (depth < MAX_DEPTH) {
                array.add(sample(schema.path("items"), depth + 1));
            }
            return array;
        }
        if (isType(schema, "integer") || isType(schema, "number")) {
            long minimum = schema.path("minimum").asLong(1);
            return NODES.numberNode(Math.max(minimum, Math.min(1, schema.path("maximum").asLong(1))));
        }
        if (isType(schema, "boolean")) {
            return NODES.booleanNode(false);
        }
        return NODES.textNode(switch (schema.path("format").asText("")) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> LocalDate.now().plusDays(1).toString();
            case "date-time" -> Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
            case "email" -> "bad.input@example.com";
            default -> schema.path("maxLength").asInt(100) < 5 ? "T" : "Teste";
        });
    }

    private static ObjectNode at(ObjectNode body, String pointer) {
        return (ObjectNode) (pointer.isEmpty() ? body : body.at(pointer));
    }

    private static boolean isType(JsonNode schema, String type) {
        JsonNode declared = schema == null ? null : schema.get("type");
        if (declared == null) {
            return false;
        }
        if (declared.isArray()) {
            for (JsonNode each : declared) {
                if (each.asText().equals(type)) {
                    return true;
                }
            }
            return false;
        }
        return declared.asText().equals(type);
    }

    private void add(String kind, String path, String query, Map<String, String> headers, String body, String caseToken,
            Set<Integer> expected) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (!all.containsKey("If-Match") && !kind.equals("If-Match missing")) {
            ifMatch.forEach(all::putIfAbsent);
        }
        cases.add(new Case(operation, kind, operation.method(), path, query, all, body, caseToken, expected));
    }

    private static Map<String, String> json() {
        return Map.of("Content-Type", "application/json");
    }

    /** A Content-Type header of its own, or none at all ({@code null}). */
    private static Map<String, String> headers(String name, String value) {
        return name == null ? Map.of() : Map.of(name, value);
    }

    private static String query(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String encodePath(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String label(String pointer) {
        return pointer.isEmpty() ? "the body" : pointer.substring(1).replace("/0/", "[0].").replace('/', '.');
    }

    private static String shorten(String value) {
        String printable = value.replace("\u0000", "\\u0000").replace("\u202E", "\\u202E");
        return printable.length() > 24 ? printable.substring(0, 12) + "…(" + printable.length() + " chars)"
                : "'" + printable + "'";
    }
}
