package dev.servicedesk.platform.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the platform's own Kafka clients (the outbox relay's producer, the topic creator's admin client) reach the
 * broker: the same bootstrap servers and security settings ({@code security.protocol}, {@code sasl.*},
 * {@code ssl.*}) as the messaging channels, given as {@code kafka.*} properties or {@code KAFKA_*} variables, so that
 * a secured cluster (SCRAM over TLS in deploy/k8s) needs them once.
 */
@ApplicationScoped
public class KafkaConnection {

    private final Map<String, Object> settings;

    KafkaConnection(@Identifier("default-kafka-broker") Map<String, Object> broker) {
        this.settings = connectionSettings(broker);
    }

    /** The settings a client needs to connect; each client adds its own on top of a copy. */
    public Map<String, Object> settings() {
        return new LinkedHashMap<>(settings);
    }

    static Map<String, Object> connectionSettings(Map<String, Object> broker) {
        Map<String, Object> settings = new LinkedHashMap<>();
        broker.forEach((name, value) -> {
            if (name.equals("bootstrap.servers") || name.equals("security.protocol") || name.startsWith("sasl.")
                    || name.startsWith("ssl.")) {
                settings.put(name, value);
            }
        });
        return Map.copyOf(settings);
    }
}
