package dev.servicedesk.systemtest;

import static org.awaitility.Awaitility.await;

import dev.servicedesk.systemtest.SuiteProcesses.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Starts one packaged service as a process of its own on a given port against the local PostgreSQL, Kafka and
 * Keycloak, and waits until it is ready. Its output goes to deploy/system-tests/target/service-logs.
 */
public final class ServiceLauncher {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceLauncher() {
    }

    /**
     * @param logName the log file's name without extension (one per instance, appended to across restarts)
     * @param intakeUrl where the services that call intake-service find it
     */
    public static Process launch(Service service, int port, String logName, String intakeUrl) {
        Path jar = Environment.repositoryRoot().resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (mvn verify does)");
        }
        Path logs = logs();
        try {
            Files.createDirectories(logs);
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(logName + ".log").toFile()));
            builder.environment().put(service.portVariable, Integer.toString(port));
            builder.environment().put("SD_DB_NAME", Environment.databaseName());
            builder.environment().put("SD_OIDC_URL", Environment.oidcUrl());
            builder.environment().put("SD_KAFKA_BOOTSTRAP", Environment.kafkaBootstrap());
            builder.environment().put("SD_INTAKE_URL", intakeUrl);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + service.module, e);
        }
    }

    public static Path logs() {
        return Environment.repositoryRoot().resolve("deploy/system-tests/target/service-logs");
    }

    public static void awaitReady(String name, String baseUrl, Process process, Duration timeout) {
        URI ready = URI.create(baseUrl + "/q/health/ready");
        await(name + " ready at " + ready)
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(500))
                .failFast(name + " exited; see " + logs(), () -> !process.isAlive())
                .until(() -> answers200(ready));
    }

    public static boolean answers200(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
