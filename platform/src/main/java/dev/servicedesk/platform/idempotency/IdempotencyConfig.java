package dev.servicedesk.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code servicedesk.idempotency.*}. */
@ConfigMapping(prefix = "servicedesk.idempotency")
public interface IdempotencyConfig {

    /** How long a key is remembered; a retry later than that is a new request. */
    @WithDefault("PT24H")
    Duration retention();
}
