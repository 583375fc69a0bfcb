package dev.servicedesk.systemtest.faults;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.servicedesk.systemtest.Environment;
import dev.servicedesk.systemtest.LocalStack;
import dev.servicedesk.systemtest.SuiteProcesses.Service;
import dev.servicedesk.systemtest.faults.EventHistory.Event;
import dev.servicedesk.systemtest.faults.Figures.Fault;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The whole suite under a mixed workload while things fail (issue 8): every service killed with SIGKILL once and
 * restarted, Kafka stopped for 30 s, PostgreSQL restarted, and a second instance of workorder-service and of
 * reporting-service running beside the first for part of the run. Then, exactly against what the clients saw
 * acknowledged: nothing lost, nothing done twice, every order the technicians closed closed, reporting's totals equal
 * to the source services' counts, no dead letters but the one caused on purpose, outboxes empty and no consumer
 * lag. Its figures go to target/fault-run/report.md. Runs with {@code -Pfaults} (deploy/test.sh does, after the
 * other tests), never in the default build.
 */
class FaultRunIT {

    private static final int RATE_PER_SECOND = Integer.parseInt(Environment.get("SD_FAULT_RUN_RATE", "12"));
    private static final int CLIENT_THREADS = 12;
    /** The count bound: far above what the run needs (about 3,000 calls on a quiet machine), below what runs away. */
    private static final long MAX_OPERATIONS = 20_000;
    private static final Duration CLIENT_PATIENCE = Duration.ofMinutes(3);
    private static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration KAFKA_OUTAGE = Duration.ofSeconds(30);
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(6);
    private static final int OPERATIONS_BETWEEN_FAULTS = 40;
    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    private final Path output = Environment.repositoryRoot().resolve("deploy/system-tests/target/fault-run");
    private final Infrastructure infrastructure = new Infrastructure(output.resolve("infra.log"));
    private final EventHistory history = new EventHistory(Environment.kafkaBootstrap());
    private final Backbone backbone = new Backbone(history);
    private final List<String> topics = new ArrayList<>(LocalStack.topics().keySet());

    @Test
    @Timeout(value = 40, unit = TimeUnit.MINUTES)
    void nothingAcknowledgedIsLostOrDoneTwiceWhateverFails() {
        Figures figures = new Figures();
        try (figures; ServiceFleet fleet = new ServiceFleet(); InstanceMetrics metrics = new InstanceMetrics(fleet);
                MixedWorkload workload = new MixedWorkload(fleet, new ApiClient(CLIENT_PATIENCE), CLIENT_THREADS)) {
            try {
                fleet.startAll();
                workload.prepare();
                awaitQuietBackbone("before the run");
                Map<String, Long> parkedBefore = parked();
                LocalDate today = LocalDate.now(SAO_PAULO);
                Map<String, Long> reportedBefore = reportedVolumes(workload, today);
                Map<TopicPartition, Long> start = history.endOffsets(topics);
                Instant started = Instant.now();

                figures.sampleLoadAverage();
                metrics.start();
                workload.start(RATE_PER_SECOND, MAX_OPERATIONS);
                injectFaults(fleet, metrics, workload, figures);
                workload.stop();
                Instant stopped = Instant.now();

                Ledger.LoggedRequest refused = workload.ledger.requests.stream()
                        .filter(r -> workload.retiredProblemCode().equals(r.problemCode())).findFirst().orElseThrow();
                awaitSettled(workload, refused);
                metrics.readAll();
                List<Event> events = history.readFrom(start);
                workloadFigures(workload, figures, started, stopped);
                eventFigures(figures, metrics, events, started);
                check(workload, figures, events, refused, parkedBefore, reportedBefore, today);
            } catch (RuntimeException | AssertionError e) {
                figures.fail("the run stopped: " + e);
                if (figures.lines.isEmpty()) {
                    workloadFigures(workload, figures, figures.started, Instant.now());
                }
                throw e;
            } finally {
                String report = figures.report();
                System.out.println(report);
                figures.write(output.resolve("report.md"));
            }
        }
        assertTrue(figures.failures.isEmpty(), () -> figures.failures.size() + " check(s) failed; see "
                + output.resolve("report.md") + ":\n" + String.join("\n", figures.failures.stream().limit(30).toList()));
    }

    private void injectFaults(ServiceFleet fleet, InstanceMetrics metrics, MixedWorkload workload, Figures figures) {
        awaitMoreAcknowledged(workload, OPERATIONS_BETWEEN_FAULTS);
        Instant secondsStarting = Instant.now();
        List<ServiceFleet.Instance> seconds = fleet.startAnother(List.of(Service.WORKORDER, Service.REPORTING));
        workload.logActionAndAwaitItsOrder(RECOVERY_TIMEOUT);
        figures.faults.add(new Fault("second instances of workorder-service and reporting-service started",
                secondsStarting, Instant.now(), Instant.now()));
        workload.logRefusedOnPurpose();

        for (Service service : List.of(Service.WORKORDER, Service.INTAKE, Service.KNOWLEDGE, Service.REPORTING)) {
            awaitMoreAcknowledged(workload, OPERATIONS_BETWEEN_FAULTS);
            ServiceFleet.Instance victim = fleet.first(service);
            fault(figures, workload, "SIGKILL " + victim.name + " (pid " + victim.pid() + "), restarted", () -> {
                metrics.readAll();
                fleet.kill(victim);
            }, () -> fleet.restart(victim));
        }

        awaitMoreAcknowledged(workload, OPERATIONS_BETWEEN_FAULTS);
        fault(figures, workload, "Kafka stopped for " + KAFKA_OUTAGE.toSeconds() + " s, started", () -> {
            infrastructure.stopKafka();
            pause(KAFKA_OUTAGE);
        }, infrastructure::startKafka);

        awaitMoreAcknowledged(workload, OPERATIONS_BETWEEN_FAULTS);
        fault(figures, workload, "PostgreSQL restarted", infrastructure::restartPostgres, () -> {
        });

        awaitMoreAcknowledged(workload, OPERATIONS_BETWEEN_FAULTS);
        Instant stopping = Instant.now();
        metrics.readAll();
        seconds.forEach(fleet::stop);
        workload.logActionAndAwaitItsOrder(RECOVERY_TIMEOUT);
        figures.faults.add(new Fault("second instances stopped (SIGTERM)", stopping, Instant.now(), Instant.now()));
        awaitMoreAcknowledged(workload, OPERATIONS_BETWEEN_FAULTS);
    }

    /** Injects a fault, undoes it, and waits until an action request logged afterwards has opened its order. */
    private static void fault(Figures figures, MixedWorkload workload, String what, Runnable inject,
            Runnable restore) {
        Instant injected = Instant.now();
        inject.run();
        restore.run();
        Instant restored = Instant.now();
        workload.logActionAndAwaitItsOrder(RECOVERY_TIMEOUT);
        figures.faults.add(new Fault(what, injected, restored, Instant.now()));
    }

    /** The prescribed Kafka outage: the one fixed wait of the run. */
    private static void pause(Duration outage) {
        try {
            Thread.sleep(outage.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitMoreAcknowledged(MixedWorkload workload, int operations) {
        long target = workload.ledger.acknowledgedTotal() + operations;
        await(operations + " more operations acknowledged").atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(200))
                .failFast("the workload reached its bound of " + MAX_OPERATIONS + " calls", workload::ended)
                .until(() -> workload.ledger.acknowledgedTotal() >= target);
    }

    private void awaitQuietBackbone(String when) {
        await("outboxes empty and no consumer lag " + when).atMost(SETTLE_TIMEOUT).pollInterval(Duration.ofSeconds(2))
                .until(() -> backbone.outboxes().values().stream().allMatch(o -> o.pending() == 0)
                        && backbone.lags().stream().allMatch(l -> l.unconsumedRecords() == 0));
    }

    /** After the workload: the backbone drains, and the refusal caused on purpose has come back to intake. */
    private void awaitSettled(MixedWorkload workload, Ledger.LoggedRequest refused) {
        awaitQuietBackbone("after the run");
        await("the refusal caused on purpose back in intake").atMost(SETTLE_TIMEOUT)
                .pollInterval(Duration.ofSeconds(1)).until(() -> {
                    JsonNode request = workload.read(workload.intake(), "/api/v1/requests/" + refused.id(), "agent");
                    return !request.path("orderRefusal").isNull() && !request.path("orderRefusal").isMissingNode();
                });
    }

    private Map<String, Long> parked() {
        Map<String, Long> parked = new TreeMap<>();
        backbone.outboxes().forEach((service, outbox) -> parked.put(service.module, outbox.parked()));
        return parked;
    }

    /** Reporting's request volume by type over the run's days, all departments. */
    private static Map<String, Long> reportedVolumes(MixedWorkload workload, LocalDate today) {
        Map<String, Long> volumes = new TreeMap<>();
        for (String type : List.of("INFORMATION", "COMMENT")) {
            volumes.put(type, workload.read(workload.reporting(), "/api/v1/kpis/requests?" + period(today)
                    + "&requestType=" + type, "analyst").path("totals").path("volume").asLong());
        }
        return volumes;
    }

    private static String period(LocalDate today) {
        return "from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
    }

    private static void workloadFigures(MixedWorkload workload, Figures figures, Instant started, Instant stopped) {
        Ledger ledger = workload.ledger;
        figures.line("");
        figures.line("Workload: %.0f s at %d calls/s, %d client threads; %d ticks (%d not offered while every client "
                + "thread was waiting out a fault).", Figures.seconds(started, stopped), RATE_PER_SECOND,
                CLIENT_THREADS, workload.ticks(), workload.skippedTicks());
        figures.line("Clients: %d calls, %d retries (connection errors, 5xx), %d answered from a stored "
                + "Idempotency-Key (the first try had done it), %d given up.", workload.client.calls.sum(),
                workload.client.retries.sum(), workload.client.replays.sum(), workload.client.gaveUp.sum());
        figures.line("Operations acknowledged (2xx): %d; requests acknowledged: %d; orders closed by the "
                + "technicians: %d; articles: %d.", ledger.acknowledgedTotal(), ledger.requests.size(),
                ledger.closedOrders.size(), ledger.articles.size());
        figures.table("operation acknowledged", ledger.acknowledgedByOperation());
        Map<String, Long> requests = ledger.requests.stream().collect(Collectors.groupingBy(
                r -> r.client() + " " + r.type(), TreeMap::new, Collectors.counting()));
        figures.table("requests acknowledged", requests);
        if (!ledger.surprises.isEmpty()) {
            figures.line("");
            figures.line("Client surprises (%d): %s", ledger.surprises.size(),
                    ledger.surprises.stream().limit(20).toList());
        }
    }

    private void eventFigures(Figures figures, InstanceMetrics metrics, List<Event> events, Instant started) {
        Map<String, String> published = new TreeMap<>();
        Map<String, List<Event>> byTopic = events.stream().collect(Collectors.groupingBy(Event::topic));
        byTopic.forEach((topic, onTopic) -> published.put(topic, onTopic.size() + " records, "
                + Verification.distinctIds(onTopic).size() + " distinct events"));
        figures.table("topic (records during the run)", published);
        long records = events.stream().filter(e -> !e.topic().contains(".dlq.")).count();
        long distinct = Verification.distinctIds(events.stream().filter(e -> !e.topic().contains(".dlq.")).toList())
                .size();
        figures.line("");
        figures.line("Events published during the run: %d (%d records on the topics: %d delivered twice or more).",
                distinct, records, records - distinct);
        Map<String, Long> outcomes = metrics.byOutcome();
        figures.line("Consumers (sum of every process's last reading of servicedesk_consumer_events_total, a lower "
                + "bound): %s; duplicates delivered and absorbed by the inboxes: %d.", outcomes,
                outcomes.getOrDefault("duplicate", 0L));
        figures.table("consumer: events applied during the run (inbox rows)", backbone.appliedSince(started));
        figures.line("");
        figures.line("Outbox relays: %d readings of every instance's servicedesk_outbox_relay_active, %d with two "
                + "active relays for one service.", metrics.readings(), metrics.twoActiveRelays().size());
        metrics.twoActiveRelays().forEach(reading -> figures.fail("two active outbox relays for one service: "
                + reading));
    }

    private void check(MixedWorkload workload, Figures figures, List<Event> events, Ledger.LoggedRequest refused,
            Map<String, Long> parkedBefore, Map<String, Long> reportedBefore, LocalDate today) {
        Verification verification = new Verification(workload, figures, events);
        verification.customers();
        verification.requests();
        verification.actionRequests();
        verification.refusedOnPurpose(refused, events.stream().filter(e -> e.topic().contains(".dlq.")).toList());
        verification.closedOrders();
        verification.articles();
        workload.ledger.surprises.forEach(s -> figures.fail("a client got an answer it should not have: " + s));

        backbone.outboxes().forEach((service, outbox) -> {
            if (outbox.pending() != 0 || outbox.parked() != parkedBefore.get(service.module)) {
                figures.fail(service.module + "'s outbox holds " + outbox.pending() + " pending and "
                        + outbox.parked() + " parked rows (" + parkedBefore.get(service.module) + " parked before)");
            }
        });
        backbone.lags().stream().filter(l -> l.unconsumedRecords() != 0).forEach(l -> figures.fail("consumer group "
                + l.group() + " has " + l.unconsumedRecords() + " unconsumed records on " + l.topic()));
        reportingTotals(workload, figures, reportedBefore, today);
    }

    /** Reporting's totals equal the counts of the source services (through their APIs). */
    private void reportingTotals(MixedWorkload workload, Figures figures, Map<String, Long> reportedBefore,
            LocalDate today) {
        String department = workload.departmentCode();
        Map<String, Long> source = new LinkedHashMap<>();
        source.put("orders opened", total(workload, workload.workorder(), "/api/v1/orders?department=" + department));
        source.put("orders closed", total(workload, workload.workorder(), "/api/v1/orders?status=CLOSED&department="
                + department));
        source.put("action requests", total(workload, workload.intake(), "/api/v1/requests?problemCode="
                + workload.problemCode()) + total(workload, workload.intake(), "/api/v1/requests?problemCode="
                + workload.retiredProblemCode()));
        for (String type : List.of("INFORMATION", "COMMENT")) {
            long count = 0;
            for (Ledger.Customer customer : workload.ledger.customers) {
                count += total(workload, workload.intake(), "/api/v1/requests?type=" + type + "&customerId="
                        + customer.id());
            }
            source.put(type.toLowerCase() + " requests", count);
        }
        Map<String, Long> reported = new LinkedHashMap<>();
        try {
            await("reporting's totals equal to the source services' counts").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofSeconds(2)).until(() -> {
                        reported.putAll(reportedTotals(workload, reportedBefore, today));
                        return reported.equals(source);
                    });
        } catch (ConditionTimeoutException e) {
            figures.fail("reporting's totals " + reported + " differ from the source services' " + source);
        }
        Map<String, String> compared = new LinkedHashMap<>();
        source.forEach((what, count) -> compared.put(what, "source " + count + ", reporting " + reported.get(what)));
        figures.table("total (source service API vs reporting API)", compared);
    }

    private static Map<String, Long> reportedTotals(MixedWorkload workload, Map<String, Long> before,
            LocalDate today) {
        String query = "/api/v1/kpis/%s?" + period(today) + "&department=" + workload.departmentCode();
        JsonNode orders = workload.read(workload.reporting(), query.formatted("orders"), "analyst").path("totals");
        JsonNode requests = workload.read(workload.reporting(), query.formatted("requests"), "analyst");
        Map<String, Long> now = reportedVolumes(workload, today);
        Map<String, Long> reported = new LinkedHashMap<>();
        reported.put("orders opened", orders.path("opened").asLong());
        reported.put("orders closed", orders.path("closed").asLong());
        reported.put("action requests", requests.path("totals").path("volume").asLong());
        reported.put("information requests", now.get("INFORMATION") - before.get("INFORMATION"));
        reported.put("comment requests", now.get("COMMENT") - before.get("COMMENT"));
        return reported;
    }

    private static long total(MixedWorkload workload, Supplier<String> service, String path) {
        return workload.read(service, path + (path.contains("?") ? "&" : "?") + "size=1", "agent").path("total")
                .asLong();
    }
}
