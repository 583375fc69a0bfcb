package dev.servicedesk.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** DOWN when the oldest unsent event is older than {@code servicedesk.outbox.relay.max-lag}: events are not flowing. */
@Readiness
@ApplicationScoped
public class OutboxReadinessCheck implements HealthCheck {

    private final OutboxMonitor monitor;
    private final OutboxRelayService relay;
    private final OutboxConfig config;

    OutboxReadinessCheck(OutboxMonitor monitor, OutboxRelayService relay, OutboxConfig config) {
        this.monitor = monitor;
        this.relay = relay;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Outbox");
        try {
            OutboxMonitor.OutboxStatus status = monitor.status();
            response.withData("pending", status.pending())
                    .withData("parked", status.parked())
                    .withData("oldestPendingSeconds", status.oldestPendingAge().toSeconds())
                    .withData("activeRelayHere", relay.isActive());
            if (status.oldestPendingAge().compareTo(config.relay().maxLag()) > 0) {
                return response.down()
                        .withData("reason", "the oldest unsent event waits longer than " + config.relay().maxLag())
                        .build();
            }
            return response.up().build();
        } catch (RuntimeException e) {
            return response.down().withData("reason", "the outbox cannot be read").build();
        }
    }
}
