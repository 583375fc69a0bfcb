package dev.servicedesk.platform.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Map;

/**
 * {@code servicedesk.kafka.*}: the topics a service writes, declared once, in its own configuration. The service
 * creates those that are missing when it starts; existing topics are left as they are.
 */
@ConfigMapping(prefix = "servicedesk.kafka")
public interface TopicsConfig {

    /** Declared topics by a short name, e.g. {@code servicedesk.kafka.topics.requests.name=servicedesk.requests.v1}. */
    Map<String, Topic> topics();

    interface Topic {

        String name();

        @WithDefault("${SD_KAFKA_PARTITIONS:3}")
        int partitions();

        @WithName("replication-factor")
        @WithDefault("${SD_KAFKA_REPLICATION_FACTOR:1}")
        short replicationFactor();

        /** Compacted topics keep the latest event per key (the catalogue); the others keep every event. */
        @WithDefault("false")
        boolean compacted();

        /** How long events are kept; -1, the default, keeps them forever so that consumers can replay from the start. */
        @WithName("retention-ms")
        @WithDefault("-1")
        long retentionMs();
    }
}
