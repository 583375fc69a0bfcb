package dev.servicedesk.intake.request;

import dev.servicedesk.intake.channel.Channel;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Map;

/** {@code servicedesk.sac.*}: the SAC decree's clock. */
@ConfigMapping(prefix = "servicedesk.sac")
public interface SacConfig {

    /** Time to answer a request, from the moment it was opened: 7 calendar days (Decreto 11.034/2022, art. 17). */
    @WithName("answer-within")
    @WithDefault("P7D")
    Duration answerWithin();

    /** A shorter (or longer) time for some channels, e.g. {@code servicedesk.sac.answer-within-by-channel.CHAT=P1D}. */
    @WithName("answer-within-by-channel")
    Map<String, Duration> answerWithinByChannel();

    default Duration answerWithin(Channel channel) {
        return answerWithinByChannel().getOrDefault(channel.name(), answerWithin());
    }
}
