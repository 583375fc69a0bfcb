package dev.servicedesk.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Map;

/** {@code servicedesk.outbox.*}: where each aggregate's events go and how the relay behaves. */
@ConfigMapping(prefix = "servicedesk.outbox")
public interface OutboxConfig {

    /** Aggregate type to topic, e.g. {@code servicedesk.outbox.topics.request=servicedesk.requests.v1}. */
    Map<String, String> topics();

    /** {@code ce_source} of every event this service publishes. */
    @WithDefault("/servicedesk/${quarkus.application.name}")
    String source();

    Relay relay();

    interface Relay {

        /** Whether this instance runs a relay; every instance does in production, only one publishes at a time. */
        @WithDefault("true")
        boolean enabled();

        @WithName("batch-size")
        @WithDefault("500")
        int batchSize();

        /** Fallback poll when no NOTIFY arrives (a lost notification, a row committed while the relay was busy). */
        @WithName("poll-interval")
        @WithDefault("PT1S")
        Duration pollInterval();

        /** How often a standby instance tries to become the active relay. */
        @WithName("standby-retry")
        @WithDefault("PT1S")
        Duration standbyRetry();

        /** Failed sends of one row that are not the broker being away; after these the row is parked. */
        @WithName("max-attempts")
        @WithDefault("5")
        int maxAttempts();

        /** Longest pause between tries while Kafka or the database is away. */
        @WithName("max-backoff")
        @WithDefault("PT5S")
        Duration maxBackoff();

        /** Readiness turns DOWN when the oldest unsent event is older than this. */
        @WithName("max-lag")
        @WithDefault("PT60S")
        Duration maxLag();

        /** Time the broker has to acknowledge a batch before the relay backs off and tries again. */
        @WithName("send-timeout")
        @WithDefault("PT10S")
        Duration sendTimeout();
    }
}
