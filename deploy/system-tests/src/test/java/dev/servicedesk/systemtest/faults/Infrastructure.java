package dev.servicedesk.systemtest.faults;

import dev.servicedesk.systemtest.Environment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts Kafka and PostgreSQL through deploy/infra.sh, with the SD_* ports of this run, so that they come
 * back exactly as the test command started them (same data, same mode, same pid files for deploy/stop.sh).
 */
final class Infrastructure {

    private final Path log;

    Infrastructure(Path log) {
        this.log = log;
    }

    void stopKafka() {
        infra("stop", "kafka");
    }

    void startKafka() {
        infra("start", "kafka");
    }

    /** Stops PostgreSQL (fast shutdown: running transactions are rolled back) and starts it in the mode it had. */
    void restartPostgres() {
        boolean fast = infra("status").lines().anyMatch(line -> line.contains("postgres: running")
                && line.contains("fsync off"));
        infra("stop", "postgres");
        if (fast) {
            infra("start", "--fast", "postgres");
        } else {
            infra("start", "postgres");
        }
    }

    private String infra(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Environment.repositoryRoot().resolve("deploy/infra.sh").toString());
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(log.getParent());
            Path output = Files.createTempFile(log.getParent(), "infra", ".out");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(180, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    throw new IllegalStateException(String.join(" ", command) + " did not finish in 180 s");
                }
                String text = Files.readString(output, StandardCharsets.UTF_8);
                Files.writeString(log, "$ " + String.join(" ", command) + "\n" + text, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue()
                            + "):\n" + text);
                }
                return text;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
    }
}
