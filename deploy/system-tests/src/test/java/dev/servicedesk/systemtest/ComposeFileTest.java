package dev.servicedesk.systemtest;

import static dev.servicedesk.systemtest.Violations.assertNone;
import static dev.servicedesk.systemtest.Violations.assertReported;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * deploy/compose/compose.yaml cannot run here (no Docker): this keeps it honest. It must name the images the project
 * builds and the infrastructure versions the local stack runs, publish the local stack's ports, give each service
 * only environment variables it reads (and those it needs), import the servicedesk realm file, provision the database
 * with deploy/postgres/init.sql, and start everything in order behind health checks.
 */
class ComposeFileTest {

    private static final Path COMPOSE_DIR = LocalStack.root().resolve("deploy/compose");
    private static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{(\\w+):-([^}]*)}");
    private static final List<String> INFRASTRUCTURE = List.of("postgres", "kafka", "keycloak");

    @Test
    void theComposeFileMatchesTheLocalStack() {
        assertNone(violations(compose(), COMPOSE_DIR));
    }

    @Test
    void aComposeFileThatDriftsFromTheLocalStackIsCaught() {
        ObjectNode compose = (ObjectNode) compose();
        ObjectNode intake = (ObjectNode) compose.path("services").path("intake-service");
        intake.remove("healthcheck");
        intake.putArray("ports").add("18081:8080");
        ((ObjectNode) intake.path("environment")).put("SD_NOT_READ_BY_ANYONE", "x");
        ((ObjectNode) intake.path("environment")).remove("SD_OIDC_URL");
        ((ObjectNode) compose.path("services").path("workorder-service")).put("image", "servicedesk/workorder:latest");
        ((ObjectNode) compose.path("services").path("keycloak")).put("image", "quay.io/keycloak/keycloak:20.0.0");
        ((ObjectNode) compose.path("services").path("reporting-service").path("depends_on").path("kafka"))
                .put("condition", "service_started");

        assertReported(violations(compose, COMPOSE_DIR),
                "intake-service: no health check",
                "intake-service: publishes [18081:8080]",
                "intake-service: sets SD_NOT_READ_BY_ANYONE",
                "intake-service: does not set SD_OIDC_URL",
                "workorder-service: image is 'servicedesk/workorder:latest'",
                "keycloak: image is 'quay.io/keycloak/keycloak:20.0.0'",
                "reporting-service: starts before kafka is healthy");
    }

    static JsonNode compose() {
        return LocalStack.yamlDocuments(LocalStack.read("deploy/compose/compose.yaml")).get(0);
    }

    static List<String> violations(JsonNode compose, Path composeDir) {
        List<String> violations = new ArrayList<>();
        JsonNode services = compose.path("services");
        Map<String, Integer> ports = LocalStack.portDefaults();

        Set<String> expectedNames = new TreeSet<>(INFRASTRUCTURE);
        for (SuiteProcesses.Service service : SuiteProcesses.Service.values()) {
            expectedNames.add(service.module);
        }
        Set<String> names = new TreeSet<>();
        services.fieldNames().forEachRemaining(names::add);
        if (!names.equals(expectedNames)) {
            violations.add("services are " + names + ", expected " + expectedNames);
        }
        services.fields().forEachRemaining(entry -> {
            if (entry.getValue().path("healthcheck").path("test").isMissingNode()) {
                violations.add(entry.getKey() + ": no health check");
            }
            for (JsonNode volume : entry.getValue().path("volumes")) {
                String source = volume.asText().split(":")[0];
                if (source.startsWith(".") && !Files.exists(composeDir.resolve(source).normalize())) {
                    violations.add(entry.getKey() + ": mounts " + source + ", which does not exist");
                }
            }
        });

        for (SuiteProcesses.Service service : SuiteProcesses.Service.values()) {
            violations.addAll(serviceViolations(services.path(service.module), ServiceConfig.of(service), ports,
                    composeDir));
        }

        JsonNode postgres = services.path("postgres");
        expectPorts(violations, "postgres", postgres, "${SD_PG_PORT:-" + ports.get("SD_PG_PORT") + "}:5432");
        expectMount(violations, "postgres", postgres, "../postgres/init.sql");
        expectEquals(violations, "postgres: roles", String.join(",", LocalStack.serviceRoles()),
                postgres.path("environment").path("SD_PG_SERVICE_ROLES").asText());
        expectEquals(violations, "postgres: database", LocalStack.databaseName(),
                postgres.path("environment").path("SD_DB_NAME").asText());

        JsonNode kafka = services.path("kafka");
        expectEquals(violations, "kafka: image", "apache/kafka:" + LocalStack.kafkaVersion(), kafka.path("image").asText());
        if (!kafka.path("environment").path("KAFKA_PROCESS_ROLES").asText().contains("controller")) {
            violations.add("kafka: not in KRaft mode (KAFKA_PROCESS_ROLES has no controller)");
        }
        expectPorts(violations, "kafka", kafka, "${SD_KAFKA_PORT:-" + ports.get("SD_KAFKA_PORT") + "}:19092");

        JsonNode keycloak = services.path("keycloak");
        expectEquals(violations, "keycloak: image", "quay.io/keycloak/keycloak:" + LocalStack.keycloakVersion(),
                keycloak.path("image").asText());
        expectPorts(violations, "keycloak", keycloak, "${SD_KEYCLOAK_PORT:-" + ports.get("SD_KEYCLOAK_PORT") + "}:8080",
                "${SD_KEYCLOAK_MANAGEMENT_PORT:-" + ports.get("SD_KEYCLOAK_MANAGEMENT_PORT") + "}:9000");
        expectMount(violations, "keycloak", keycloak, "../keycloak/servicedesk-realm.json");
        if (!keycloak.path("command").toString().contains("--import-realm")) {
            violations.add("keycloak: does not import the realm (--import-realm)");
        }
        return violations;
    }

    private static List<String> serviceViolations(JsonNode compose, ServiceConfig config, Map<String, Integer> ports,
            Path composeDir) {
        String name = config.service().module;
        List<String> violations = new ArrayList<>();
        expectEquals(violations, name + ": image",
                "servicedesk/" + name + ":${SD_VERSION:-" + LocalStack.projectVersion() + "}", compose.path("image").asText());
        expectEquals(violations, name + ": build context", "../../" + name, compose.path("build").path("context").asText());
        Path dockerfile = composeDir.resolve(compose.path("build").path("context").asText())
                .resolve(compose.path("build").path("dockerfile").asText()).normalize();
        if (!Files.isRegularFile(dockerfile)) {
            violations.add(name + ": builds with " + dockerfile + ", which does not exist");
        } else {
            String text = LocalStack.read(LocalStack.root().relativize(dockerfile).toString());
            if (!text.contains("EXPOSE " + config.port()) || !text.contains("target/quarkus-app/")) {
                violations.add(name + ": " + dockerfile.getFileName() + " must copy target/quarkus-app and expose "
                        + config.port());
            }
        }

        Integer localPort = ports.get(config.service().portVariable);
        if (localPort == null || localPort != config.port()) {
            violations.add(name + ": deploy/lib/common.sh has " + config.service().portVariable + "=" + localPort
                    + " but the service listens on " + config.port());
        }
        expectPorts(violations, name, compose, "${" + config.service().portVariable + ":-" + localPort + "}:" + config.port());
        if (!compose.path("healthcheck").path("test").toString().contains(":" + config.port() + "/q/health/ready")) {
            violations.add(name + ": the health check does not ask /q/health/ready on port " + config.port());
        }

        JsonNode environment = compose.path("environment");
        environment.fieldNames().forEachRemaining(variable -> {
            if (variable.startsWith("SD_") && !config.environmentVariablesRead().contains(variable)) {
                violations.add(name + ": sets " + variable + ", which the service does not read");
            }
        });
        for (String needed : List.of("SD_DB_URL", "SD_DB_USER", "SD_DB_PASSWORD", "SD_KAFKA_BOOTSTRAP", "SD_OIDC_URL")) {
            if (environment.path(needed).isMissingNode()) {
                violations.add(name + ": does not set " + needed);
            }
        }
        expectEquals(violations, name + ": database", "jdbc:postgresql://postgres:5432/" + LocalStack.databaseName(),
                environment.path("SD_DB_URL").asText());
        expectEquals(violations, name + ": database role", config.role(), environment.path("SD_DB_USER").asText());
        // deploy/postgres/init.sql gives each role the password '<role>-local'.
        expectEquals(violations, name + ": database password", config.role() + "-local",
                environment.path("SD_DB_PASSWORD").asText());
        expectEquals(violations, name + ": OIDC URL", "http://keycloak:8080/realms/" + LocalStack.realm().path("realm").asText(),
                environment.path("SD_OIDC_URL").asText());

        for (String infrastructure : INFRASTRUCTURE) {
            if (!"service_healthy".equals(compose.path("depends_on").path(infrastructure).path("condition").asText())) {
                violations.add(name + ": starts before " + infrastructure + " is healthy");
            }
        }
        return violations;
    }

    private static void expectPorts(List<String> violations, String name, JsonNode service, String... expected) {
        List<String> published = new ArrayList<>();
        service.path("ports").forEach(port -> published.add(port.asText()));
        if (!published.equals(List.of(expected))) {
            violations.add(name + ": publishes " + published + ", expected " + List.of(expected));
        }
        for (String port : published) {
            Matcher variable = COMPOSE_VARIABLE.matcher(port);
            if (!variable.find()) {
                violations.add(name + ": host port of " + port + " is not an SD_* variable with its default");
            }
        }
    }

    private static void expectMount(List<String> violations, String name, JsonNode service, String source) {
        boolean mounted = false;
        for (JsonNode volume : service.path("volumes")) {
            mounted |= volume.asText().startsWith(source + ":");
        }
        if (!mounted) {
            violations.add(name + ": does not mount " + source);
        }
    }

    private static void expectEquals(List<String> violations, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            violations.add(what + " is '" + actual + "', expected '" + expected + "'");
        }
    }
}
