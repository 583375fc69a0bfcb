package dev.servicedesk.systemtest.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every running instance's consumer counters ({@code servicedesk_consumer_events_total}, /q/metrics) every
 * few seconds and keeps each process's last reading: how many redelivered events the inboxes recognised and
 * absorbed. A process killed between two readings takes its last few seconds of counts with it, so the sum is a
 * lower bound. (Prometheus text or OpenMetrics, whose samples may carry an exemplar after the value.)
 */
final class ConsumerCounters implements AutoCloseable {

    private static final Pattern COUNTER = Pattern.compile(
            "^servicedesk_consumer_events_total\\{([^}]*)}\\s+([0-9.eE+]+)", Pattern.MULTILINE);

    private final ServiceFleet fleet;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Map<String, Double>> lastReadings = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("fault-run-counters").daemon().factory());

    ConsumerCounters(ServiceFleet fleet) {
        this.fleet = fleet;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::readAll, 0, 3, TimeUnit.SECONDS);
    }

    /** Reads every instance that is up now (also before a planned kill, so that little is lost with it). */
    void readAll() {
        for (ServiceFleet.Instance instance : fleet.all()) {
            if (instance.isUp()) {
                read(instance);
            }
        }
    }

    /** Sum over every process that ran, by outcome (applied, duplicate, ignored). */
    Map<String, Long> byOutcome() {
        Map<String, Long> sums = new TreeMap<>();
        lastReadings.values().forEach(reading -> reading.forEach((outcome, value) ->
                sums.merge(outcome, Math.round(value), Long::sum)));
        return sums;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private void read(ServiceFleet.Instance instance) {
        try {
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(instance.baseUrl()
                    + "/q/metrics")).timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            if (metrics.statusCode() != 200) {
                return;
            }
            Map<String, Double> reading = new HashMap<>();
            Matcher counter = COUNTER.matcher(metrics.body());
            while (counter.find()) {
                Matcher outcome = Pattern.compile("outcome=\"([a-z]+)\"").matcher(counter.group(1));
                if (outcome.find()) {
                    reading.merge(outcome.group(1), Double.parseDouble(counter.group(2)), Double::sum);
                }
            }
            lastReadings.put(instance.processName(), reading);
        } catch (IOException e) {
            // down or starting: its last reading stands
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
