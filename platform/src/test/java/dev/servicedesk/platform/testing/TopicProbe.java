package dev.servicedesk.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Watches a topic of the real broker from the moment it is opened: open it before the action under test, then wait
 * for the records the action should have published. Nothing published before the probe opened is seen, so tests do
 * not depend on what earlier runs left on the topic.
 */
public final class TopicProbe implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final String topic;
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    private TopicProbe(String topic, String bootstrapServers) {
        this.topic = topic;
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-probe-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
        if (partitions.isEmpty()) {
            consumer.close();
            throw new IllegalStateException("Topic " + topic + " does not exist on " + bootstrapServers);
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** Opens a probe on the broker the application under test is configured with ({@code kafka.bootstrap.servers}). */
    public static TopicProbe open(String topic) {
        return open(topic, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    public static TopicProbe open(String topic, String bootstrapServers) {
        return new TopicProbe(topic, bootstrapServers);
    }

    /** Waits for the first record (since the probe opened) that matches, or fails after {@code timeout}. */
    public ConsumerRecord<String, String> awaitRecord(Predicate<ConsumerRecord<String, String>> matching, Duration timeout) {
        return awaitRecords(matching, 1, timeout).get(0);
    }

    /** Waits until {@code count} matching records have arrived, in arrival order, or fails after {@code timeout}. */
    public List<ConsumerRecord<String, String>> awaitRecords(Predicate<ConsumerRecord<String, String>> matching, int count,
            Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<ConsumerRecord<String, String>> found = seen.stream().filter(matching).toList();
            if (found.size() >= count) {
                return found.subList(0, count);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Expected " + count + " matching record(s) on " + topic + " within " + timeout
                        + ", saw " + found.size() + " of " + seen.size() + " record(s)");
            }
            consumer.poll(POLL).forEach(seen::add);
        }
    }

    /**
     * Waits until {@code count} distinct events (by {@code ce_id}) that match have arrived, and returns the first
     * delivery of each in arrival order. Delivery is at least once: a later copy of an event already seen is a
     * redelivery, which consumers absorb through their inbox.
     */
    public List<ConsumerRecord<String, String>> awaitEvents(Predicate<ConsumerRecord<String, String>> matching, int count,
            Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Map<String, ConsumerRecord<String, String>> firstDeliveries = new LinkedHashMap<>();
            seen.stream().filter(matching).forEach(r -> firstDeliveries.putIfAbsent(header(r, "ce_id"), r));
            if (firstDeliveries.size() >= count) {
                return List.copyOf(firstDeliveries.values()).subList(0, count);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Expected " + count + " distinct matching event(s) on " + topic + " within "
                        + timeout + ", saw " + firstDeliveries.size());
            }
            consumer.poll(POLL).forEach(seen::add);
        }
    }

    /** Reads for {@code quietPeriod} and fails if any record that matches arrives. */
    public void assertNoRecord(Predicate<ConsumerRecord<String, String>> matching, Duration quietPeriod) {
        Instant deadline = Instant.now().plus(quietPeriod);
        while (Instant.now().isBefore(deadline)) {
            consumer.poll(POLL).forEach(seen::add);
        }
        List<ConsumerRecord<String, String>> found = seen.stream().filter(matching).toList();
        if (!found.isEmpty()) {
            throw new AssertionError("Expected no matching record on " + topic + ", saw " + found.size());
        }
    }

    /** Every record seen so far. */
    public List<ConsumerRecord<String, String>> seen() {
        return List.copyOf(seen);
    }

    public static Predicate<ConsumerRecord<String, String>> withKey(String key) {
        return record -> key.equals(record.key());
    }

    public static Predicate<ConsumerRecord<String, String>> withHeader(String name, String value) {
        return record -> value.equals(header(record, name));
    }

    /** The value of a header as text, or null when absent. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** All headers of a record as text, for assertions and failure messages. */
    public static Map<String, String> headers(ConsumerRecord<String, String> record) {
        LinkedHashMap<String, String> all = new LinkedHashMap<>();
        record.headers().forEach(h -> all.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return all;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
