package dev.servicedesk.intake.request;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** {@code servicedesk.sac.*}: the SAC decree's clock. */
@ConfigMapping(prefix = "servicedesk.sac")
public interface SacConfig {

    /** Time to answer a request, from the moment it was opened: 7 calendar days (Decreto 11.034/2022, art. 17). */
    @WithName("answer-within")
    @WithDefault("P7D")
    Duration answerWithin();
}
