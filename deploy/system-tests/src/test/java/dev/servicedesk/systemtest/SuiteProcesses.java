package dev.servicedesk.systemtest;

import java.time.Duration;
import java.util.LinkedHashMap;
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

        public final String module;
        public final String portVariable;

        Service(String module, String portVariable) {
            this.module = module;
            this.portVariable = portVariable;
        }
    }

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

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
                    ports.put(service, ServiceLauncher.freePort());
                }
                for (Service service : Service.values()) {
                    running.processes.put(service, ServiceLauncher.launch(service, ports.get(service), service.module,
                            baseUrl(Service.INTAKE)));
                }
                for (Service service : Service.values()) {
                    ServiceLauncher.awaitReady(service.module, baseUrl(service), running.processes.get(service),
                            READY_TIMEOUT);
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
    }
}
