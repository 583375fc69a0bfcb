package dev.servicedesk.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** {@code servicedesk.inbox.*}: how long applied event ids are remembered, and how consumers retry. */
@ConfigMapping(prefix = "servicedesk.inbox")
public interface InboxConfig {

    /** Applied event ids older than this are forgotten; a redelivery later than that would apply again. */
    @WithDefault("P30D")
    Duration retention();

    /** Attempts for an event whose handler fails for a reason that is not the database being away. */
    @WithName("max-attempts")
    @WithDefault("5")
    int maxAttempts();

    @WithName("max-backoff")
    @WithDefault("PT5S")
    Duration maxBackoff();
}
