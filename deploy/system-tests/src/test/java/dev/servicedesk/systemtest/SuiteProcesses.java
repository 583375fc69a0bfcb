package dev.servicedesk.systemtest;

import static org.awaitility.Awaitility.await;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the four packaged services once for the whole system-test run, as separate processes on free ports against
 * the local PostgreSQL, Kafka and Keycloak, and stops them when the run ends.
 */
public final class SuiteProcesses implements BeforeAllCallback {

    public enum Service {
        INTAKE("intake-service", "SD_INTAKE_PORT"),
        WORKORDER("workorder-service", "SD_WORKORDER_PORT"),
        KNOWLEDGE("knowledge-service", "SD_KNOWLEDGE_PORT"),
        REPORTING("reporting-service", "SD_REPORTING_PORT");

        final String module;
        final String portVariable;

        Service(String module, String portVariable) {
            this.module = module;
            this.portVariable = portVariable;
        }
    }

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
    }

    public static String baseUrl(Service service) {
        return "http://127.0.0.1:" + Running.ports.get(service);
    }

    /** The running processes; closed by JUnit at the end of the run. */
    static final class Running implements ExtensionContext.Store.CloseableResource {

        static final Map<Service, Integer> ports = new LinkedHashMap<>();
        private final Map<Service, Process> processes = new LinkedHashMap<>();

        static Running start() {
            Running running = new Running();
            try {
                for (Service service : Service.values()) {
                    ports.put(service, freePort());
                }
                for (Service service : Service.values()) {
                    running.processes.put(service, launch(service, ports.get(service)));
                }
                for (Service service : Service.values()) {
                    awaitReady(service, running.processes.get(service));
                }
                return running;
            } catch (RuntimeException e) {
                running.close();
                throw e;
            }
        }

        @Override
        public void close() {
            processes.values().forEach(Process::destroy);
            for (Process process : processes.values()) {
                try {
                    if (!process.waitFor(20, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    process.destroyForcibly();
                }
            }
        }

        private static Process launch(Service service, int port) {
            Path root = Environment.repositoryRoot();
            Path jar = root.resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: package the services first (mvn verify does)");
            }
            Path logs = root.resolve("deploy/system-tests/target/service-logs");
            try {
                Files.createDirectories(logs);
                String java = ProcessHandle.current().info().command().orElse("java");
                ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar.toString()))
                        .redirectErrorStream(true)
                        .redirectOutput(logs.resolve(service.module + ".log").toFile());
                builder.environment().put(service.portVariable, Integer.toString(port));
                builder.environment().put("SD_DB_NAME", Environment.databaseName());
                builder.environment().put("SD_OIDC_URL", Environment.oidcUrl());
                builder.environment().put("SD_KAFKA_BOOTSTRAP", Environment.kafkaBootstrap());
                builder.environment().put("SD_INTAKE_URL", baseUrl(Service.INTAKE));
                return builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start " + service.module, e);
            }
        }

        private static void awaitReady(Service service, Process process) {
            URI ready = URI.create(baseUrl(service) + "/q/health/ready");
            await(service.module + " ready at " + ready)
                    .atMost(READY_TIMEOUT)
                    .pollInterval(Duration.ofMillis(500))
                    .failFast(service.module + " exited; see deploy/system-tests/target/service-logs",
                            () -> !process.isAlive())
                    .until(() -> answers200(ready));
        }

        private static boolean answers200(URI uri) {
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

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
