package dev.servicedesk.systemtest;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.servicedesk.systemtest.SuiteProcesses.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A running service's OpenAPI document, as it serves it at {@code /q/openapi}, read with Jackson: its operations with
 * their parameters, request bodies and the roles their security requirements declare, {@code $ref}s resolved.
 * SmallRye OpenAPI writes flat schemas (no allOf/oneOf), so following {@code #/components/schemas/...} is enough.
 */
record OpenApiDocument(Service service, JsonNode root) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    static OpenApiDocument of(Service service) {
        String text = given().get(SuiteProcesses.baseUrl(service) + "/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        try {
            return new OpenApiDocument(service, JSON.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One operation of the document. */
    record Operation(Service service, String method, String path, List<Parameter> parameters, JsonNode bodySchema,
            String bodyMediaType, boolean bodyRequired, Access access) {

        String name() {
            return method + " " + path;
        }

        List<Parameter> in(String location) {
            return parameters.stream().filter(p -> p.in().equals(location)).toList();
        }

        boolean hasBody() {
            return bodySchema != null;
        }
    }

    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /**
     * Who may call an operation, as its security requirement says: nobody needs a token when there is none, any
     * authenticated caller when its scopes are empty, else the roles it lists.
     */
    record Access(boolean open, Set<String> roles) {

        boolean allows(String role) {
            return open || roles.isEmpty() || roles.contains(role);
        }
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (METHODS.contains(entry.getKey())) {
                    operations.add(operation(entry.getKey().toUpperCase(), path.getKey(), entry.getValue()));
                }
            }
        }
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return operations;
    }

    /** The schema itself, or the one its {@code $ref} points to. */
    JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved != null && resolved.has("$ref")) {
            String ref = resolved.get("$ref").asText();
            resolved = root.at(ref.substring(1));
        }
        return resolved;
    }

    private Operation operation(String method, String path, JsonNode node) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : node.path("parameters")) {
            parameters.add(new Parameter(parameter.get("name").asText(), parameter.get("in").asText(),
                    parameter.path("required").asBoolean(false), resolve(parameter.path("schema"))));
        }
        JsonNode bodySchema = null;
        String mediaType = null;
        JsonNode content = node.path("requestBody").path("content");
        if (content.isObject() && !content.isEmpty()) {
            Map.Entry<String, JsonNode> first = content.properties().iterator().next();
            mediaType = first.getKey();
            bodySchema = resolve(first.getValue().path("schema"));
        }
        return new Operation(service, method, path, List.copyOf(parameters), bodySchema, mediaType,
                node.path("requestBody").path("required").asBoolean(false), access(node));
    }

    private static Access access(JsonNode operation) {
        JsonNode security = operation.get("security");
        if (security == null || security.isEmpty()) {
            return new Access(true, Set.of());
        }
        Set<String> roles = new LinkedHashSet<>();
        for (JsonNode requirement : security) {
            for (JsonNode scopes : requirement) {
                scopes.forEach(scope -> roles.add(scope.asText()));
            }
        }
        return new Access(false, Set.copyOf(roles));
    }
}
