package dev.servicedesk.systemtest;

import java.nio.file.Path;

/** Where the local stack listens, from the same SD_* variables the deploy scripts use, with the same defaults. */
final class Environment {

    private Environment() {
    }

    static String get(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static String oidcUrl() {
        return get("SD_OIDC_URL", "http://127.0.0.1:" + get("SD_KEYCLOAK_PORT", "18180") + "/realms/servicedesk");
    }

    static String kafkaBootstrap() {
        return get("SD_KAFKA_BOOTSTRAP", "127.0.0.1:" + get("SD_KAFKA_PORT", "19092"));
    }

    static String databaseName() {
        return get("SD_TEST_DB_NAME", "servicedesk_test");
    }

    static Path repositoryRoot() {
        return Path.of(System.getProperty("servicedesk.root", "../..")).toAbsolutePath().normalize();
    }
}
