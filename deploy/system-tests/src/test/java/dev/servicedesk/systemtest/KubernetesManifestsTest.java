package dev.servicedesk.systemtest;

import static dev.servicedesk.systemtest.Violations.assertNone;
import static dev.servicedesk.systemtest.Violations.assertReported;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * deploy/k8s: the Kustomize base and overlays, checked for structure without a cluster. The base is read file by file;
 * each overlay is rendered with `kubectl kustomize` where kubectl is installed. Every check returns its violations, and
 * the tests at the end feed broken manifests to show that each one can fail.
 */
class KubernetesManifestsTest {

    private static final Path K8S = LocalStack.root().resolve("deploy/k8s");
    private static final Pattern SECRET_LIKE = Pattern.compile(".*(PASSWORD|SECRET|JAAS|TOKEN|CREDENTIAL).*");
    private static final int RESERVED_CONNECTIONS = 20;
    private static final Set<String> WRITE_OPERATIONS = Set.of("Write", "Create", "Delete", "Alter", "AlterConfigs", "All");

    @Test
    void everyKustomizationRefersOnlyToFilesThatExist() {
        List<String> violations = new ArrayList<>(kustomizationViolations(K8S.resolve("base")));
        try (Stream<Path> overlays = Files.list(K8S.resolve("overlays"))) {
            overlays.forEach(overlay -> violations.addAll(kustomizationViolations(overlay)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertNone(violations);
    }

    @Test
    void theBaseIsComplete() {
        assertNone(manifestViolations(resources(K8S.resolve("base"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void eachOverlayRendersToCompleteManifests(String overlay) {
        assumeTrue(kubectlAvailable(), "kubectl is not installed: the overlays are not rendered");
        assertNone(manifestViolations(render(K8S.resolve("overlays").resolve(overlay))));
    }

    // ------------------------------------------------------------------ the checks

    static List<String> manifestViolations(List<JsonNode> documents) {
        List<String> violations = new ArrayList<>();
        violations.addAll(workloadViolations(documents));
        violations.addAll(secretViolations(documents));
        violations.addAll(serviceViolations(documents));
        violations.addAll(topicViolations(documents));
        violations.addAll(userViolations(documents));
        violations.addAll(kafkaClusterViolations(documents));
        violations.addAll(databaseViolations(documents));
        violations.addAll(keycloakViolations(documents));
        violations.addAll(connectionBudgetViolations(documents));
        return violations;
    }

    /** Every container of every workload has liveness and readiness probes, resource requests and limits. */
    static List<String> workloadViolations(List<JsonNode> documents) {
        List<String> violations = new ArrayList<>();
        for (JsonNode workload : ofKinds(documents, "Deployment", "StatefulSet", "DaemonSet")) {
            for (JsonNode container : workload.path("spec").path("template").path("spec").path("containers")) {
                String where = name(workload) + "/" + container.path("name").asText();
                for (String probe : List.of("livenessProbe", "readinessProbe")) {
                    if (container.path(probe).isMissingNode()) {
                        violations.add(where + ": no " + probe);
                    }
                }
                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (container.path("resources").path(bound).path(resource).isMissingNode()) {
                            violations.add(where + ": no " + resource + " in resources." + bound);
                        }
                    }
                }
            }
        }
        return violations;
    }

    /** Secrets only by reference: no Secret with values, no secret-like variable or ConfigMap key with a value. */
    static List<String> secretViolations(List<JsonNode> documents) {
        List<String> violations = new ArrayList<>();
        for (JsonNode secret : ofKinds(documents, "Secret")) {
            if (!secret.path("data").isMissingNode() || !secret.path("stringData").isMissingNode()) {
                violations.add("Secret " + name(secret) + " carries values: refer to Secrets, never commit them");
            }
        }
        for (JsonNode configMap : ofKinds(documents, "ConfigMap")) {
            configMap.path("data").fieldNames().forEachRemaining(key -> {
                if (SECRET_LIKE.matcher(key).matches()) {
                    violations.add("ConfigMap " + name(configMap) + ": " + key + " looks secret; take it from a Secret");
                }
            });
        }
        for (JsonNode workload : ofKinds(documents, "Deployment", "StatefulSet", "DaemonSet")) {
            for (JsonNode container : workload.path("spec").path("template").path("spec").path("containers")) {
                for (JsonNode variable : container.path("env")) {
                    if (SECRET_LIKE.matcher(variable.path("name").asText()).matches()
                            && variable.path("valueFrom").path("secretKeyRef").isMissingNode()) {
                        violations.add(name(workload) + ": " + variable.path("name").asText()
                                + " is not taken from a Secret (secretKeyRef)");
                    }
                }
            }
        }
        return violations;
    }

    /**
     * Each of the four services has a Deployment of the project's image on its port, reading only SD_* variables the
     * service reads and getting those it needs (its database credentials from the Secret of its CloudNativePG role,
     * its Kafka credentials from the Secret of its KafkaUser), and a Service, a PodDisruptionBudget and a
     * HorizontalPodAutoscaler that select it.
     */
    static List<String> serviceViolations(List<JsonNode> documents) {
        List<String> violations = new ArrayList<>();
        for (SuiteProcesses.Service service : SuiteProcesses.Service.values()) {
            ServiceConfig config = ServiceConfig.of(service);
            String name = service.module;
            Optional<JsonNode> found = named(documents, "Deployment", name);
            if (found.isEmpty()) {
                violations.add(name + ": no Deployment");
                continue;
            }
            JsonNode deployment = found.get();
            JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
            JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").path(0);

            String image = "servicedesk/" + name + ":" + LocalStack.projectVersion();
            if (!container.path("image").asText().equals(image)) {
                violations.add(name + ": image " + container.path("image").asText() + ", expected " + image);
            }
            boolean listens = false;
            for (JsonNode port : container.path("ports")) {
                listens |= port.path("containerPort").asInt() == config.port() && port.path("name").asText().equals("http");
            }
            if (!listens) {
                violations.add(name + ": no container port 'http' on " + config.port());
            }
            if (!container.path("livenessProbe").path("httpGet").path("path").asText().equals("/q/health/live")
                    || !container.path("readinessProbe").path("httpGet").path("path").asText().equals("/q/health/ready")) {
                violations.add(name + ": probes must ask /q/health/live and /q/health/ready");
            }

            Map<String, JsonNode> environment = environment(documents, container);
            environment.keySet().stream()
                    .filter(variable -> variable.startsWith("SD_") && !config.environmentVariablesRead().contains(variable))
                    .forEach(variable -> violations.add(name + ": sets " + variable + ", which the service does not read"));
            for (String needed : List.of("SD_PG_HOST", "SD_DB_NAME", "SD_DB_USER", "SD_DB_PASSWORD", "SD_KAFKA_BOOTSTRAP",
                    "SD_OIDC_URL", "KAFKA_SASL_JAAS_CONFIG")) {
                if (!environment.containsKey(needed)) {
                    violations.add(name + ": does not set " + needed);
                }
            }
            String kafkaSecret = secretName(environment.get("KAFKA_SASL_JAAS_CONFIG"));
            if (!config.applicationName().equals(kafkaSecret)) {
                violations.add(name + ": Kafka credentials from Secret " + kafkaSecret + ", not those of its KafkaUser "
                        + config.applicationName());
            }
            String databaseSecret = secretName(environment.get("SD_DB_PASSWORD"));
            String roleSecret = ofKinds(documents, "Cluster").stream()
                    .flatMap(cluster -> stream(cluster.path("spec").path("managed").path("roles")))
                    .filter(role -> role.path("name").asText().equals(config.role()))
                    .map(role -> role.path("passwordSecret").path("name").asText())
                    .findFirst().orElse(null);
            if (databaseSecret == null || !databaseSecret.equals(roleSecret)) {
                violations.add(name + ": database password from Secret " + databaseSecret
                        + ", not the one of its database role " + config.role() + " (" + roleSecret + ")");
            }

            if (ofKinds(documents, "Service").stream().noneMatch(s -> s.path("metadata").path("name").asText().equals(name)
                    && selects(s.path("spec").path("selector"), podLabels))) {
                violations.add(name + ": no Service selecting its pods");
            }
            Optional<JsonNode> budget = ofKinds(documents, "PodDisruptionBudget").stream()
                    .filter(pdb -> selects(pdb.path("spec").path("selector").path("matchLabels"), podLabels)).findFirst();
            if (budget.isEmpty()) {
                violations.add(name + ": no PodDisruptionBudget selecting its pods");
            } else if (budget.get().path("spec").path("minAvailable").asInt() >= deployment.path("spec").path("replicas").asInt(1)) {
                violations.add(name + ": its PodDisruptionBudget allows no disruption at "
                        + deployment.path("spec").path("replicas").asInt(1) + " replicas");
            }
            Optional<JsonNode> autoscaler = ofKinds(documents, "HorizontalPodAutoscaler").stream()
                    .filter(hpa -> hpa.path("spec").path("scaleTargetRef").path("kind").asText().equals("Deployment")
                            && hpa.path("spec").path("scaleTargetRef").path("name").asText().equals(name))
                    .findFirst();
            if (autoscaler.isEmpty()) {
                violations.add(name + ": no HorizontalPodAutoscaler");
            } else if (autoscaler.get().path("spec").path("minReplicas").asInt(1)
                    > autoscaler.get().path("spec").path("maxReplicas").asInt()) {
                violations.add(name + ": its HorizontalPodAutoscaler has minReplicas above maxReplicas");
            }
        }
        return violations;
    }

    /** A KafkaTopic for every topic of deploy/kafka/topics.conf, none extra, compacted where that file says. */
    static List<String> topicViolations(List<JsonNode> documents) {
        Map<String, String> declared = new TreeMap<>();
        for (JsonNode topic : ofKinds(documents, "KafkaTopic")) {
            String name = topic.path("spec").path("topicName").asText(name(topic));
            declared.put(name, topic.path("spec").path("config").path("cleanup.policy").asText("delete"));
        }
        Map<String, String> expected = LocalStack.topics();
        List<String> violations = new ArrayList<>();
        expected.forEach((topic, policy) -> {
            if (!declared.containsKey(topic)) {
                violations.add("no KafkaTopic for " + topic);
            } else if (!declared.get(topic).equals(policy)) {
                violations.add("KafkaTopic " + topic + ": cleanup.policy " + declared.get(topic) + ", expected " + policy);
            }
        });
        declared.keySet().stream().filter(topic -> !expected.containsKey(topic))
                .forEach(topic -> violations.add("KafkaTopic " + topic + " is not in deploy/kafka/topics.conf"));
        return violations;
    }

    /**
     * One KafkaUser per service, authenticated, that may write only its own topics (its outbox's and its dead letters),
     * read only what it consumes with its own groups, and use only its relay's transactional id; and has all of these.
     */
    static List<String> userViolations(List<JsonNode> documents) {
        List<String> violations = new ArrayList<>();
        Map<String, ServiceConfig> services = new TreeMap<>();
        for (SuiteProcesses.Service service : SuiteProcesses.Service.values()) {
            ServiceConfig config = ServiceConfig.of(service);
            services.put(config.applicationName(), config);
        }
        for (JsonNode user : ofKinds(documents, "KafkaUser")) {
            if (!services.containsKey(name(user))) {
                violations.add("KafkaUser " + name(user) + " is no service's");
            }
        }
        for (ServiceConfig config : services.values()) {
            String name = config.applicationName();
            Optional<JsonNode> found = named(documents, "KafkaUser", name);
            if (found.isEmpty()) {
                violations.add("no KafkaUser " + name);
                continue;
            }
            JsonNode spec = found.get().path("spec");
            if (spec.path("authentication").path("type").isMissingNode()) {
                violations.add("KafkaUser " + name + ": no authentication");
            }
            Set<String> writes = new HashSet<>();
            Set<String> reads = new HashSet<>();
            Set<String> groups = new HashSet<>();
            Set<String> transactionalIds = new HashSet<>();
            for (JsonNode acl : spec.path("authorization").path("acls")) {
                JsonNode resource = acl.path("resource");
                String type = resource.path("type").asText();
                String resourceName = resource.path("name").asText();
                boolean literal = resource.path("patternType").asText("literal").equals("literal");
                Set<String> operations = new HashSet<>();
                acl.path("operations").forEach(operation -> operations.add(operation.asText()));
                boolean writing = operations.stream().anyMatch(WRITE_OPERATIONS::contains);
                boolean reading = operations.contains("Read") || operations.contains("All");
                String rule = type + " " + resourceName + (literal ? "" : " (" + resource.path("patternType").asText() + ")");
                switch (type) {
                    case "topic" -> {
                        if (writing && !(literal && config.ownTopics().contains(resourceName))) {
                            violations.add("KafkaUser " + name + " may write " + rule + ", which is not its own");
                        } else if (writing) {
                            writes.add(resourceName);
                        }
                        if (reading && !(literal && config.consumedTopics().contains(resourceName))) {
                            violations.add("KafkaUser " + name + " may read " + rule + ", which it does not consume");
                        } else if (reading) {
                            reads.add(resourceName);
                        }
                    }
                    case "group" -> {
                        if (!(literal && config.consumerGroups().contains(resourceName))) {
                            violations.add("KafkaUser " + name + " may use group " + rule + ", which is not its own");
                        } else if (reading) {
                            groups.add(resourceName);
                        }
                    }
                    case "transactionalId" -> {
                        if (!(literal && config.transactionalId().equals(resourceName))) {
                            violations.add("KafkaUser " + name + " may use " + rule + ", not its relay's");
                        } else if (writing) {
                            transactionalIds.add(resourceName);
                        }
                    }
                    default -> violations.add("KafkaUser " + name + " has an ACL on " + rule);
                }
            }
            expectAll(violations, name, "write", config.ownTopics(), writes);
            expectAll(violations, name, "read", config.consumedTopics(), reads);
            expectAll(violations, name, "read as group", config.consumerGroups(), groups);
            expectAll(violations, name, "write as transactional id", Set.of(config.transactionalId()), transactionalIds);
        }
        return violations;
    }

    /** Kafka in KRaft mode: node pools with controllers and brokers, authenticated listeners, ACLs enforced. */
    static List<String> kafkaClusterViolations(List<JsonNode> documents) {
        List<String> violations = new ArrayList<>();
        List<JsonNode> clusters = ofKinds(documents, "Kafka");
        if (clusters.size() != 1) {
            violations.add(clusters.size() + " Kafka clusters, expected one");
            return violations;
        }
        JsonNode kafka = clusters.get(0);
        String cluster = name(kafka);
        Set<String> roles = new TreeSet<>();
        for (JsonNode pool : ofKinds(documents, "KafkaNodePool")) {
            if (pool.path("metadata").path("labels").path("strimzi.io/cluster").asText().equals(cluster)) {
                pool.path("spec").path("roles").forEach(role -> roles.add(role.asText()));
            }
        }
        if (!roles.equals(Set.of("broker", "controller"))) {
            violations.add("Kafka " + cluster + ": node pools with roles " + roles + ", expected broker and controller (KRaft)");
        }
        if (!kafka.path("spec").path("kafka").path("version").asText().equals(LocalStack.kafkaVersion())) {
            violations.add("Kafka " + cluster + ": version " + kafka.path("spec").path("kafka").path("version").asText()
                    + ", the local stack runs " + LocalStack.kafkaVersion());
        }
        if (!kafka.path("spec").path("kafka").path("authorization").path("type").asText().equals("simple")) {
            violations.add("Kafka " + cluster + ": ACLs are not enforced (authorization type simple)");
        }
        for (JsonNode listener : kafka.path("spec").path("kafka").path("listeners")) {
            if (listener.path("authentication").path("type").isMissingNode()) {
                violations.add("Kafka " + cluster + ": listener " + listener.path("name").asText() + " has no authentication");
            }
        }
        for (JsonNode resource : ofKinds(documents, "KafkaTopic", "KafkaUser", "KafkaNodePool")) {
            if (!resource.path("metadata").path("labels").path("strimzi.io/cluster").asText().equals(cluster)) {
                violations.add(resource.path("kind").asText() + " " + name(resource) + " is not labelled for Kafka " + cluster);
            }
        }
        return violations;
    }

    /** The CloudNativePG cluster creates what deploy/postgres/init.sql creates: roles, schemas, extensions. */
    static List<String> databaseViolations(List<JsonNode> documents) {
        List<String> violations = new ArrayList<>();
        List<JsonNode> clusters = ofKinds(documents, "Cluster");
        if (clusters.size() != 1) {
            violations.add(clusters.size() + " CloudNativePG clusters, expected one");
            return violations;
        }
        JsonNode spec = clusters.get(0).path("spec");
        JsonNode initdb = spec.path("bootstrap").path("initdb");
        if (!initdb.path("database").asText().equals(LocalStack.databaseName())) {
            violations.add("database " + initdb.path("database").asText() + ", expected " + LocalStack.databaseName());
        }
        List<String> statements = new ArrayList<>();
        initdb.path("postInitApplicationSQL").forEach(statement -> statements.add(statement.asText()));
        for (String role : LocalStack.serviceRoles()) {
            boolean managed = stream(spec.path("managed").path("roles")).anyMatch(r -> r.path("name").asText().equals(role)
                    && r.path("login").asBoolean() && !r.path("passwordSecret").path("name").asText().isEmpty());
            if (!managed) {
                violations.add("role " + role + " is not a managed login role with a password Secret");
            }
            for (String statement : List.of("CREATE SCHEMA " + role + " AUTHORIZATION " + role,
                    "ALTER ROLE " + role + " SET search_path = " + role)) {
                if (!statements.contains(statement)) {
                    violations.add("the bootstrap SQL does not run: " + statement);
                }
            }
        }
        for (String extension : LocalStack.extensions()) {
            if (statements.stream().noneMatch(statement -> statement.contains("EXTENSION IF NOT EXISTS " + extension + " "))) {
                violations.add("the bootstrap SQL does not install the extension " + extension);
            }
        }
        return violations;
    }

    /**
     * Keycloak and the servicedesk realm: the realm of deploy/keycloak/servicedesk-realm.json with its roles, the web
     * client and the services' clients with the service role, and no secret or password in it.
     */
    static List<String> keycloakViolations(List<JsonNode> documents) {
        List<String> violations = new ArrayList<>();
        Set<String> keycloaks = new TreeSet<>();
        ofKinds(documents, "Keycloak").forEach(keycloak -> keycloaks.add(name(keycloak)));
        List<JsonNode> imports = ofKinds(documents, "KeycloakRealmImport");
        JsonNode local = LocalStack.realm();
        if (keycloaks.isEmpty() || imports.size() != 1) {
            violations.add(keycloaks.size() + " Keycloak and " + imports.size() + " realm imports, expected one of each");
            return violations;
        }
        JsonNode spec = imports.get(0).path("spec");
        if (!keycloaks.contains(spec.path("keycloakCRName").asText())) {
            violations.add("the realm import names Keycloak " + spec.path("keycloakCRName").asText() + ", not one of " + keycloaks);
        }
        JsonNode realm = spec.path("realm");
        if (!realm.path("realm").asText().equals(local.path("realm").asText())) {
            violations.add("the imported realm is " + realm.path("realm").asText() + ", expected " + local.path("realm").asText());
        }
        if (!names(realm.path("roles").path("realm"), "name").equals(names(local.path("roles").path("realm"), "name"))) {
            violations.add("the imported realm roles " + names(realm.path("roles").path("realm"), "name")
                    + " differ from the realm file's " + names(local.path("roles").path("realm"), "name"));
        }
        Set<String> clients = names(realm.path("clients"), "clientId");
        Set<String> needed = new TreeSet<>(Set.of("servicedesk-web"));
        for (SuiteProcesses.Service service : SuiteProcesses.Service.values()) {
            needed.add(service.module);
            boolean serviceAccount = stream(realm.path("users")).anyMatch(user ->
                    user.path("serviceAccountClientId").asText().equals(service.module)
                            && user.path("realmRoles").toString().contains("\"service\""));
            if (!serviceAccount) {
                violations.add("the client " + service.module + " has no service account with the role service");
            }
        }
        if (!clients.containsAll(needed) || !names(local.path("clients"), "clientId").containsAll(clients)) {
            violations.add("the imported clients " + clients + " must include " + needed + " and come from the realm file");
        }
        if (realm.toString().contains("\"secret\"") || realm.toString().contains("\"credentials\"")) {
            violations.add("the realm import carries client secrets or user passwords");
        }
        for (JsonNode configMap : ofKinds(documents, "ConfigMap")) {
            String url = configMap.path("data").path("SD_OIDC_URL").asText(null);
            if (url != null && !url.endsWith("/realms/" + local.path("realm").asText())) {
                violations.add("ConfigMap " + name(configMap) + ": SD_OIDC_URL " + url + " is not the realm's");
            }
        }
        return violations;
    }

    /**
     * Every connection the HPAs' maxima allow fits in the database: per service instance its pool (Agroal's default of
     * 20 unless its environment sets QUARKUS_DATASOURCE_JDBC_MAX_SIZE) and its relay's own connection, per Keycloak
     * instance its pool (100 by default), and {@value #RESERVED_CONNECTIONS} for the operator, replication and people.
     */
    static List<String> connectionBudgetViolations(List<JsonNode> documents) {
        List<String> violations = new ArrayList<>();
        List<JsonNode> clusters = ofKinds(documents, "Cluster");
        if (clusters.size() != 1) {
            return violations;
        }
        int maxConnections = clusters.get(0).path("spec").path("postgresql").path("parameters").path("max_connections")
                .asInt(100);
        int needed = RESERVED_CONNECTIONS;
        List<String> parts = new ArrayList<>();
        for (JsonNode autoscaler : ofKinds(documents, "HorizontalPodAutoscaler")) {
            String target = autoscaler.path("spec").path("scaleTargetRef").path("name").asText();
            Optional<JsonNode> deployment = named(documents, "Deployment", target);
            if (deployment.isEmpty()) {
                continue;
            }
            JsonNode container = deployment.get().path("spec").path("template").path("spec").path("containers").path(0);
            JsonNode pool = environment(documents, container).get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
            int perInstance = (pool == null ? 20 : pool.asInt()) + 1;
            int instances = autoscaler.path("spec").path("maxReplicas").asInt();
            needed += instances * perInstance;
            parts.add(target + " " + instances + " × " + perInstance);
        }
        for (JsonNode keycloak : ofKinds(documents, "Keycloak")) {
            int instances = keycloak.path("spec").path("instances").asInt(1);
            int pool = keycloak.path("spec").path("db").path("poolMaxSize").asInt(100);
            needed += instances * pool;
            parts.add("Keycloak " + instances + " × " + pool);
        }
        if (needed > maxConnections) {
            violations.add("the database allows " + maxConnections + " connections but " + needed + " may be opened ("
                    + String.join(", ", parts) + ", " + RESERVED_CONNECTIONS + " reserved)");
        }
        return violations;
    }

    /** Every resource and patch a kustomization names exists; resource folders are kustomizations themselves. */
    static List<String> kustomizationViolations(Path directory) {
        List<String> violations = new ArrayList<>();
        Path file = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            violations.add(directory + ": no kustomization.yaml");
            return violations;
        }
        JsonNode kustomization = LocalStack.yamlDocuments(read(file)).get(0);
        for (JsonNode resource : kustomization.path("resources")) {
            Path target = directory.resolve(resource.asText()).normalize();
            if (Files.isDirectory(target)) {
                violations.addAll(kustomizationViolations(target));
            } else if (!Files.isRegularFile(target)) {
                violations.add(file + ": resource " + resource.asText() + " does not exist");
            }
        }
        for (JsonNode patch : kustomization.path("patches")) {
            if (patch.has("path") && !Files.isRegularFile(directory.resolve(patch.path("path").asText()))) {
                violations.add(file + ": patch " + patch.path("path").asText() + " does not exist");
            }
        }
        return violations;
    }

    // ------------------------------------------------------------------ reading and rendering

    /** The documents of a kustomization's resources, recursively, without its patches. */
    static List<JsonNode> resources(Path directory) {
        List<JsonNode> documents = new ArrayList<>();
        for (JsonNode resource : LocalStack.yamlDocuments(read(directory.resolve("kustomization.yaml"))).get(0).path("resources")) {
            Path target = directory.resolve(resource.asText()).normalize();
            documents.addAll(Files.isDirectory(target) ? resources(target) : LocalStack.yamlDocuments(read(target)));
        }
        return documents;
    }

    private static List<JsonNode> render(Path overlay) {
        try {
            Process kubectl = new ProcessBuilder("kubectl", "kustomize", overlay.toString()).redirectErrorStream(true).start();
            String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + overlay + " failed:\n" + output);
            }
            return LocalStack.yamlDocuments(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static boolean kubectlAvailable() {
        try {
            Process kubectl = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            kubectl.getInputStream().readAllBytes();
            return kubectl.waitFor(30, TimeUnit.SECONDS) && kubectl.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> ofKinds(List<JsonNode> documents, String... kinds) {
        Set<String> wanted = Set.of(kinds);
        return documents.stream().filter(document -> wanted.contains(document.path("kind").asText())).toList();
    }

    private static Optional<JsonNode> named(List<JsonNode> documents, String kind, String name) {
        return ofKinds(documents, kind).stream().filter(document -> name(document).equals(name)).findFirst();
    }

    private static String name(JsonNode document) {
        return document.path("metadata").path("name").asText();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }

    private static Set<String> names(JsonNode array, String field) {
        Set<String> names = new TreeSet<>();
        array.forEach(item -> names.add(item.path(field).asText()));
        return names;
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode() || selector.isEmpty()) {
            return false;
        }
        List<String> mismatches = new ArrayList<>();
        selector.fields().forEachRemaining(label -> {
            if (!labels.path(label.getKey()).asText().equals(label.getValue().asText())) {
                mismatches.add(label.getKey());
            }
        });
        return mismatches.isEmpty();
    }

    /** A container's environment: its env entries and the keys of the ConfigMaps it takes whole (envFrom). */
    private static Map<String, JsonNode> environment(List<JsonNode> documents, JsonNode container) {
        Map<String, JsonNode> environment = new TreeMap<>();
        for (JsonNode source : container.path("envFrom")) {
            String configMap = source.path("configMapRef").path("name").asText(null);
            if (configMap != null) {
                named(documents, "ConfigMap", configMap).ifPresent(found ->
                        found.path("data").fields().forEachRemaining(entry -> environment.put(entry.getKey(), entry.getValue())));
            }
        }
        for (JsonNode variable : container.path("env")) {
            environment.put(variable.path("name").asText(), variable);
        }
        return environment;
    }

    private static String secretName(JsonNode variable) {
        return variable == null ? null : variable.path("valueFrom").path("secretKeyRef").path("name").asText(null);
    }

    private static void expectAll(List<String> violations, String user, String what, Set<String> expected, Set<String> granted) {
        for (String resource : expected) {
            if (!granted.contains(resource)) {
                violations.add("KafkaUser " + user + " may not " + what + " " + resource);
            }
        }
    }

    // ------------------------------------------------------------------ each check can fail

    @Test
    void aContainerWithoutProbesOrLimitsIsCaught() {
        List<JsonNode> documents = LocalStack.yamlDocuments("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: intake-service
                spec:
                  template:
                    spec:
                      containers:
                        - name: intake-service
                          image: servicedesk/intake-service:latest
                          livenessProbe:
                            httpGet:
                              path: /q/health/live
                              port: http
                          resources:
                            requests:
                              cpu: 250m
                              memory: 512Mi
                          env:
                            - name: SD_DB_PASSWORD
                              value: intake-local
                """);

        assertReported(workloadViolations(documents), "intake-service/intake-service: no readinessProbe",
                "intake-service/intake-service: no cpu in resources.limits",
                "intake-service/intake-service: no memory in resources.limits");
        assertReported(secretViolations(documents), "intake-service: SD_DB_PASSWORD is not taken from a Secret");
        assertReported(serviceViolations(documents), "intake-service: image servicedesk/intake-service:latest",
                "intake-service: no container port 'http' on 18081", "intake-service: does not set SD_KAFKA_BOOTSTRAP",
                "intake-service: no Service selecting its pods", "intake-service: no PodDisruptionBudget",
                "intake-service: no HorizontalPodAutoscaler", "workorder-service: no Deployment");
    }

    @Test
    void aKafkaUserThatMayWriteAnotherServicesTopicIsCaught() {
        List<JsonNode> documents = new ArrayList<>(resources(K8S.resolve("base")).stream()
                .filter(document -> !name(document).equals("intake-service") || !document.path("kind").asText().equals("KafkaUser"))
                .toList());
        documents.addAll(LocalStack.yamlDocuments("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaUser
                metadata:
                  name: intake-service
                  labels:
                    strimzi.io/cluster: servicedesk
                spec:
                  authentication:
                    type: scram-sha-512
                  authorization:
                    type: simple
                    acls:
                      - resource: {type: topic, name: servicedesk.requests.v1, patternType: literal}
                        operations: [Describe, Write]
                      - resource: {type: topic, name: servicedesk.orders.v1, patternType: literal}
                        operations: [Describe, Read, Write]
                      - resource: {type: topic, name: servicedesk., patternType: prefix}
                        operations: [All]
                      - resource: {type: group, name: intake-service, patternType: literal}
                        operations: [Read]
                """));

        List<String> violations = userViolations(documents);

        assertReported(violations, "KafkaUser intake-service may write topic servicedesk.orders.v1, which is not its own",
                "KafkaUser intake-service may write topic servicedesk. (prefix), which is not its own",
                "KafkaUser intake-service may not write servicedesk.customers.v1",
                "KafkaUser intake-service may not read as group intake-service.order-refusals",
                "KafkaUser intake-service may not write as transactional id servicedesk-outbox-intake-service");
    }

    @Test
    void aMissingOrExtraTopicIsCaught() {
        List<JsonNode> documents = new ArrayList<>(resources(K8S.resolve("base")).stream()
                .filter(document -> !name(document).equals("servicedesk.articles.v1"))
                .map(document -> name(document).equals("servicedesk.catalog.v1")
                        ? LocalStack.yamlDocuments(document.toString().replace("compact", "delete")).get(0)
                        : document)
                .toList());
        documents.addAll(LocalStack.yamlDocuments("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata:
                  name: servicedesk.tickets.v1
                  labels:
                    strimzi.io/cluster: servicedesk
                spec:
                  partitions: 3
                """));

        assertReported(topicViolations(documents), "no KafkaTopic for servicedesk.articles.v1",
                "KafkaTopic servicedesk.catalog.v1: cleanup.policy delete, expected compact",
                "KafkaTopic servicedesk.tickets.v1 is not in deploy/kafka/topics.conf");
    }

    @Test
    void committedSecretValuesAndAMissingDatabaseRoleAreCaught() {
        List<JsonNode> documents = LocalStack.yamlDocuments("""
                apiVersion: v1
                kind: Secret
                metadata:
                  name: servicedesk-db-intake
                stringData:
                  password: intake-local
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: servicedesk-config
                data:
                  SD_DB_PASSWORD: intake-local
                  SD_OIDC_URL: http://keycloak:8080/realms/master
                ---
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata:
                  name: servicedesk-db
                spec:
                  bootstrap:
                    initdb:
                      database: servicedesk
                      postInitApplicationSQL:
                        - CREATE SCHEMA intake AUTHORIZATION intake
                  managed:
                    roles:
                      - name: intake
                        login: true
                        passwordSecret:
                          name: servicedesk-db-intake
                """);

        assertReported(secretViolations(documents), "Secret servicedesk-db-intake carries values",
                "ConfigMap servicedesk-config: SD_DB_PASSWORD looks secret");
        assertReported(databaseViolations(documents), "role workorder is not a managed login role",
                "the bootstrap SQL does not run: ALTER ROLE intake SET search_path = intake",
                "the bootstrap SQL does not install the extension unaccent");
        assertReported(keycloakViolations(documents), "0 Keycloak and 0 realm imports");
    }

    @Test
    void aKafkaClusterWithoutControllersAuthenticationOrAclsIsCaught() {
        List<JsonNode> documents = LocalStack.yamlDocuments("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaNodePool
                metadata:
                  name: brokers
                  labels:
                    strimzi.io/cluster: servicedesk
                spec:
                  roles: [broker]
                ---
                apiVersion: kafka.strimzi.io/v1beta2
                kind: Kafka
                metadata:
                  name: servicedesk
                spec:
                  kafka:
                    version: 3.0.0
                    listeners:
                      - name: plain
                        port: 9092
                        type: internal
                        tls: false
                ---
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata:
                  name: servicedesk.requests.v1
                  labels:
                    strimzi.io/cluster: another
                """);

        assertReported(kafkaClusterViolations(documents), "node pools with roles [broker], expected broker and controller",
                "version 3.0.0, the local stack runs", "ACLs are not enforced", "listener plain has no authentication",
                "KafkaTopic servicedesk.requests.v1 is not labelled for Kafka servicedesk");
    }

    @Test
    void moreConnectionsThanTheDatabaseAllowsAreCaught() {
        List<JsonNode> documents = resources(K8S.resolve("base")).stream()
                .map(document -> document.path("kind").asText().equals("HorizontalPodAutoscaler")
                        ? LocalStack.yamlDocuments(document.toString().replace("\"maxReplicas\":6", "\"maxReplicas\":30")).get(0)
                        : document)
                .toList();

        assertReported(connectionBudgetViolations(documents), "the database allows 500 connections but 1380 may be opened");
    }

    @Test
    void aKustomizationNamingAMissingFileIsCaught(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("kustomization.yaml"), """
                resources:
                  - deployment.yaml
                  - ../nowhere
                patches:
                  - path: replicas.yaml
                """);
        Files.writeString(directory.resolve("deployment.yaml"), "kind: Deployment\n");

        assertReported(kustomizationViolations(directory), "resource ../nowhere does not exist",
                "patch replicas.yaml does not exist");
    }
}
