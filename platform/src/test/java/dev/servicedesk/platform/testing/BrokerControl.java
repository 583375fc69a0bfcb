package dev.servicedesk.platform.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts the real Kafka broker of the local stack through the deploy scripts, for tests that prove what
 * happens while it is away. The broker is the shared one: such a test must start it again before it ends.
 */
public final class BrokerControl {

    private BrokerControl() {
    }

    public static void stop() {
        infra("stop");
    }

    public static void start() {
        infra("start");
    }

    private static void infra(String action) {
        Path root = Path.of(System.getProperty("servicedesk.root", "..")).toAbsolutePath().normalize();
        Path script = root.resolve("deploy/infra.sh");
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException(script + " not found: set -Dservicedesk.root to the repository root");
        }
        try {
            Path log = Files.createTempFile("broker-" + action, ".log");
            Process process = new ProcessBuilder("bash", script.toString(), action, "kafka")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("deploy/infra.sh " + action + " kafka failed: " + Files.readString(log));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run deploy/infra.sh " + action + " kafka", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
