package dev.servicedesk.intake.messaging;

import dev.servicedesk.platform.testing.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses intake's events as the work-order service's consumer does when a business rule refuses them for good: the
 * dead letter keeps the original key, value and headers (ce_id, ce_type, ...) and adds why and where it was read.
 */
final class WorkOrderRefusals implements AutoCloseable {

    static final String TOPIC = "servicedesk.requests.v1.dlq.workorder-service";

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                    ProducerConfig.ACKS_CONFIG, "all"),
            new StringSerializer(), new StringSerializer());

    void refuse(ConsumerRecord<String, String> original, String reason) {
        ProducerRecord<String, String> deadLetter = new ProducerRecord<>(TOPIC, original.key(), original.value());
        original.headers().forEach(deadLetter.headers()::add);
        header(deadLetter, "dead-letter-exception-class-name", "dev.servicedesk.platform.inbox.PermanentEventFailure");
        header(deadLetter, "dead-letter-reason", reason);
        header(deadLetter, "dead-letter-topic", original.topic());
        header(deadLetter, "dead-letter-partition", Integer.toString(original.partition()));
        header(deadLetter, "dead-letter-offset", Long.toString(original.offset()));
        send(deadLetter);
    }

    private void send(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused the record", e.getCause());
        }
    }

    /**
     * Waits until intake has consumed every refusal of the request sent so far: sends one more dead letter with the
     * request's key, of a type intake does not know, and waits for it on intake's own dead-letter topic.
     */
    void awaitConsumed(String requestId) {
        try (TopicProbe intakeDeadLetters = TopicProbe.open(TOPIC + ".dlq.intake-service")) {
            String marker = UUID.randomUUID().toString();
            ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, requestId, "{}");
            header(record, "ce_id", marker);
            header(record, "ce_type", "RequestMarkedByTheTest");
            send(record);
            intakeDeadLetters.awaitRecord(TopicProbe.withHeader("ce_id", marker), Duration.ofSeconds(30));
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
