package dev.servicedesk.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the local stack of deploy/ declares, read from its own files, for the compose and Kubernetes manifests to be
 * held to: ports (deploy/lib/common.sh), versions (Keycloak, Kafka, the project), the realm, the database roles and
 * the Kafka topics.
 */
public final class LocalStack {

    static final ObjectMapper YAML = new YAMLMapper();
    static final ObjectMapper JSON = new JsonMapper();

    private LocalStack() {
    }

    static Path root() {
        return Environment.repositoryRoot();
    }

    static String read(String relativePath) {
        try {
            return Files.readString(root().resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SD_*_PORT variables of deploy/lib/common.sh and their defaults. */
    static Map<String, Integer> portDefaults() {
        Matcher port = Pattern.compile("export (SD_[A-Z_]+_PORT)=\"\\$\\{\\1:-(\\d+)}\"")
                .matcher(read("deploy/lib/common.sh"));
        Map<String, Integer> ports = new LinkedHashMap<>();
        while (port.find()) {
            ports.put(port.group(1), Integer.parseInt(port.group(2)));
        }
        return ports;
    }

    static String projectVersion() {
        return find("<artifactId>servicedesk-parent</artifactId>\\s*<version>([^<]+)</version>", read("pom.xml"));
    }

    static String keycloakVersion() {
        return find("SD_KEYCLOAK_VERSION=\"([^\"]+)\"", read("deploy/lib/keycloak.sh"));
    }

    static String kafkaVersion() {
        return find("<kafka.version>([^<]+)</kafka.version>", read("deploy/kafka/pom.xml"));
    }

    /** The database the services use by default, the first that deploy/lib/postgres.sh creates. */
    static String databaseName() {
        return find("SD_PG_DATABASES=\\((\\S+)", read("deploy/lib/postgres.sh"));
    }

    /** The services' database roles, as deploy/lib/postgres.sh passes them to deploy/postgres/init.sql. */
    static List<String> serviceRoles() {
        return Arrays.asList(find("SD_PG_SERVICE_ROLES=\"([^\"]+)\"", read("deploy/lib/postgres.sh")).split(","));
    }

    /** The extensions deploy/postgres/init.sql installs. */
    static List<String> extensions() {
        Matcher extension = Pattern.compile("CREATE EXTENSION IF NOT EXISTS (\\w+)").matcher(read("deploy/postgres/init.sql"));
        List<String> extensions = new ArrayList<>();
        while (extension.find()) {
            extensions.add(extension.group(1));
        }
        return extensions;
    }

    static JsonNode realm() {
        try {
            return JSON.readTree(read("deploy/keycloak/servicedesk-realm.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Topic name to cleanup policy, as deploy/kafka/topics.conf declares them. */
    public static Map<String, String> topics() {
        Map<String, String> topics = new TreeMap<>();
        for (String line : read("deploy/kafka/topics.conf").lines().map(String::strip).toList()) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                List<String> fields = Arrays.asList(line.split("\\s+"));
                topics.put(fields.get(0), fields.contains("cleanup.policy=compact") ? "compact" : "delete");
            }
        }
        return topics;
    }

    /** Every document of a (multi-document) YAML text. */
    static List<JsonNode> yamlDocuments(String text) {
        try {
            List<JsonNode> documents = new ArrayList<>();
            for (JsonNode document : YAML.readerFor(JsonNode.class).<JsonNode>readValues(text).readAll()) {
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String find(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("not found: " + regex);
        }
        return matcher.group(1);
    }
}
