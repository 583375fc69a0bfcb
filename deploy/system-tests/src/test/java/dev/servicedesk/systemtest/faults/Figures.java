package dev.servicedesk.systemtest.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The figures of a fault run and its report (Markdown, printed and written to target/fault-run/report.md). */
final class Figures implements AutoCloseable {

    /**
     * One fault: when it was injected, when what failed was back (the process ready, the broker or the database
     * started), and when an action request logged after that had opened its order again.
     */
    record Fault(String what, Instant injected, Instant restored, Instant recovered) {

        double backAfterSeconds() {
            return seconds(injected, restored);
        }

        double recoveredAfterSeconds() {
            return seconds(restored, recovered);
        }
    }

    final Instant started = Instant.now();
    final List<Fault> faults = new CopyOnWriteArrayList<>();
    final List<String> failures = new CopyOnWriteArrayList<>();
    final List<String> lines = new ArrayList<>();
    private final List<double[]> load = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService loadSampler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("fault-run-load").daemon().factory());

    void sampleLoadAverage() {
        loadSampler.scheduleAtFixedRate(() -> {
            try {
                String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
                load.add(new double[] {Double.parseDouble(fields[0])});
            } catch (IOException | RuntimeException e) {
                // no /proc on this system: no load figures
            }
        }, 0, 5, TimeUnit.SECONDS);
    }

    String loadAverage() {
        if (load.isEmpty()) {
            return "not measured";
        }
        double min = load.stream().mapToDouble(l -> l[0]).min().orElse(0);
        double max = load.stream().mapToDouble(l -> l[0]).max().orElse(0);
        double mean = load.stream().mapToDouble(l -> l[0]).average().orElse(0);
        return String.format(Locale.ROOT, "1-minute load average %.1f to %.1f (mean %.1f, %d samples, %d cores)",
                min, max, mean, load.size(), Runtime.getRuntime().availableProcessors());
    }

    void line(String format, Object... arguments) {
        lines.add(String.format(Locale.ROOT, format, arguments));
    }

    void table(String title, Map<String, ?> rows) {
        line("");
        line("| %s | count |", title);
        line("|---|---:|");
        rows.forEach((name, value) -> line("| %s | %s |", name, value));
    }

    void fail(String failure) {
        failures.add(failure);
    }

    String report() {
        StringBuilder text = new StringBuilder("# Fault run\n\n");
        text.append(String.format(Locale.ROOT, "Started %s, lasted %.0f s; %s.%n%n", started,
                seconds(started, Instant.now()), loadAverage()));
        text.append("## Faults injected\n\n| fault | injected at (s) | back after (s) | an action request's order "
                + "visible again after (s) |\n|---|---:|---:|---:|\n");
        for (Fault fault : faults) {
            text.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", fault.what(),
                    seconds(started, fault.injected()), fault.backAfterSeconds(), fault.recoveredAfterSeconds()));
        }
        text.append("\n## Figures\n");
        lines.forEach(line -> text.append(line).append('\n'));
        text.append("\n## Checks\n\n");
        if (failures.isEmpty()) {
            text.append("Every check passed.\n");
        } else {
            text.append(failures.size()).append(" failed:\n\n");
            failures.stream().limit(100).forEach(f -> text.append("- ").append(f).append('\n'));
        }
        return text.toString();
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, report());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        loadSampler.shutdownNow();
    }

    static double seconds(Instant from, Instant to) {
        return from == null || to == null ? Double.NaN : Duration.between(from, to).toMillis() / 1000.0;
    }
}
