package dev.servicedesk.platform.outbox;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;

/** The outbox as Prometheus sees it: depth, age of the oldest unsent event, parked rows, relay role, events published. */
@ApplicationScoped
public class OutboxMetrics {

    private static final Duration STATUS_CACHE = Duration.ofSeconds(1);

    private final OutboxMonitor monitor;
    private final OutboxRelayService relay;
    private OutboxMonitor.OutboxStatus lastStatus = new OutboxMonitor.OutboxStatus(0, 0, Duration.ZERO);
    private Instant lastRead = Instant.EPOCH;

    OutboxMetrics(OutboxMonitor monitor, OutboxRelayService relay) {
        this.monitor = monitor;
        this.relay = relay;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("servicedesk.outbox.pending", this, m -> m.status().pending())
                .description("Events recorded and not yet acknowledged by Kafka").register(registry);
        Gauge.builder("servicedesk.outbox.parked", this, m -> m.status().parked())
                .description("Events set aside after repeated refusals; they need a person").register(registry);
        Gauge.builder("servicedesk.outbox.oldest.pending.seconds", this, m -> m.status().oldestPendingAge().toMillis() / 1000.0)
                .description("Age of the oldest unsent event").register(registry);
        Gauge.builder("servicedesk.outbox.relay.active", relay, r -> r.isActive() ? 1 : 0)
                .description("1 where this instance's relay holds the lock and publishes").register(registry);
        FunctionCounter.builder("servicedesk.outbox.published", relay, OutboxRelayService::publishedCount)
                .description("Events this instance's relay saw acknowledged by Kafka").register(registry);
    }

    private synchronized OutboxMonitor.OutboxStatus status() {
        Instant now = Instant.now();
        if (Duration.between(lastRead, now).compareTo(STATUS_CACHE) > 0) {
            lastStatus = monitor.status();
            lastRead = now;
        }
        return lastStatus;
    }
}
