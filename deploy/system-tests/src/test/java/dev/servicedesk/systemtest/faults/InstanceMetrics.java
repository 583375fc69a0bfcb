package dev.servicedesk.systemtest.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import dev.servicedesk.systemtest.SuiteProcesses.Service;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every running instance's /q/metrics every few seconds. Keeps each process's last reading of its consumer
 * counters ({@code servicedesk_consumer_events_total}): how many redelivered events the inboxes recognised and
 * absorbed; a process killed between two readings takes its last few seconds of counts with it, so the sum is a lower
 * bound. And counts the readings at which more than one instance of a service said its outbox relay was the active
 * one ({@code servicedesk_outbox_relay_active}), which must never happen. (Prometheus text or OpenMetrics, whose
 * samples may carry an exemplar after the value.)
 */
final class InstanceMetrics implements AutoCloseable {

    private static final Pattern COUNTER = Pattern.compile(
            "^servicedesk_consumer_events_total\\{([^}]*)}\\s+([0-9.eE+]+)", Pattern.MULTILINE);

    private final ServiceFleet fleet;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern RELAY_ACTIVE = Pattern.compile("^servicedesk_outbox_relay_active\\s+([0-9.eE+]+)",
            Pattern.MULTILINE);

    private final Map<String, Map<String, Double>> lastReadings = new ConcurrentHashMap<>();
    private final AtomicLong relayReadings = new AtomicLong();
    private final List<String> twoActiveRelays = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("fault-run-counters").daemon().factory());

    InstanceMetrics(ServiceFleet fleet) {
        this.fleet = fleet;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::readAll, 0, 3, TimeUnit.SECONDS);
    }

    /** Reads every instance that is up now (also before a planned kill, so that little is lost with it). */
    synchronized void readAll() {
        Map<Service, List<String>> active = new EnumMap<>(Service.class);
        for (ServiceFleet.Instance instance : fleet.all()) {
            if (instance.isUp() && read(instance)) {
                active.computeIfAbsent(instance.service, s -> new ArrayList<>()).add(instance.name);
            }
        }
        relayReadings.incrementAndGet();
        active.forEach((service, names) -> {
            if (names.size() > 1) {
                twoActiveRelays.add(Instant.now() + ": " + names);
            }
        });
    }

    /** How many times every instance was read. */
    long readings() {
        return relayReadings.get();
    }

    /** The readings at which two instances of a service had an active relay. */
    List<String> twoActiveRelays() {
        return List.copyOf(twoActiveRelays);
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

    /** Reads one instance; true when its outbox relay is the active one. */
    private boolean read(ServiceFleet.Instance instance) {
        try {
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(instance.baseUrl()
                    + "/q/metrics")).timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            if (metrics.statusCode() != 200) {
                return false;
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
            Matcher relay = RELAY_ACTIVE.matcher(metrics.body());
            return relay.find() && Double.parseDouble(relay.group(1)) > 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
