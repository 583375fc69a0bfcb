package dev.servicedesk.platform.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The platform's own Kafka clients connect as the channels do, and take nothing else from the channels' settings. */
class KafkaConnectionTest {

    @Test
    void theBootstrapServersAndTheSecuritySettingsAreShared() {
        Map<String, Object> broker = Map.of(
                "bootstrap.servers", "kafka:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.location", "/etc/kafka/ca.p12",
                "isolation.level", "read_committed",
                "auto.offset.reset", "earliest");

        assertEquals(Map.of(
                "bootstrap.servers", "kafka:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.location", "/etc/kafka/ca.p12"), KafkaConnection.connectionSettings(broker));
    }

    @Test
    void eachClientGetsACopyToAddItsOwnSettingsTo() {
        KafkaConnection connection = new KafkaConnection(Map.of("bootstrap.servers", "kafka:9092"));

        connection.settings().put("client.id", "relay");

        assertEquals(Map.of("bootstrap.servers", "kafka:9092"), connection.settings());
    }
}
