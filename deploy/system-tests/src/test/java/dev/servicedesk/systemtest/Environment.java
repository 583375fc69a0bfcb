package dev.servicedesk.systemtest;

import java.nio.file.Path;

/** Where the local stack listens, from the same SD_* variables the deploy scripts use, with the same defaults. */
public final class Environment {

    private Environment() {
    }

    public static String get(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public static String oidcUrl() {
        return get("SD_OIDC_URL", "http://127.0.0.1:" + get("SD_KEYCLOAK_PORT", "18180") + "/realms/servicedesk");
    }

    public static String kafkaBootstrap() {
        return get("SD_KAFKA_BOOTSTRAP", "127.0.0.1:" + get("SD_KAFKA_PORT", "19092"));
    }

    public static String databaseName() {
        return get("SD_TEST_DB_NAME", "servicedesk_test");
    }

    public static Path repositoryRoot() {
        return Path.of(System.getProperty("servicedesk.root", "../..")).toAbsolutePath().normalize();
    }
}
