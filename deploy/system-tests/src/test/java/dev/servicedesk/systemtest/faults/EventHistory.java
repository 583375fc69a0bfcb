package dev.servicedesk.systemtest.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What the topics received: their end offsets when the run started, and every committed record from there to their
 * end when it is over (read_committed, as every consumer of the suite reads).
 */
final class EventHistory {

    /** One record as the checks need it. */
    record Event(String topic, int partition, long offset, String key, String id, String type, String value) {
    }

    private final String bootstrap;

    EventHistory(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    Map<TopicPartition, Long> endOffsets(Collection<String> topics) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            return consumer.endOffsets(partitions(consumer, topics), Duration.ofSeconds(30));
        }
    }

    /** Every committed record from the given offsets to the topics' present end. */
    List<Event> readFrom(Map<TopicPartition, Long> start) {
        List<Event> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>(start.keySet());
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            consumer.assign(partitions);
            start.forEach(consumer::seek);
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            while (!reached(consumer, end)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("reading the topics did not reach their end in 3 minutes");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        events.add(new Event(record.topic(), record.partition(), record.offset(), record.key(),
                                header(record, "ce_id"), header(record, "ce_type"), record.value()));
                    }
                }
            }
        }
        return events;
    }

    /**
     * Committed records a group has not consumed: for each partition, those between the group's committed offset and
     * the end (a transaction's commit marker takes an offset but is no record, so the offsets alone can differ by
     * one where nothing is left to read).
     */
    long recordsAfter(Map<TopicPartition, Long> committed) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>(committed.keySet());
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            List<TopicPartition> behind = partitions.stream().filter(p -> committed.get(p) < end.get(p)).toList();
            if (behind.isEmpty()) {
                return 0;
            }
            consumer.assign(behind);
            behind.forEach(p -> consumer.seek(p, committed.get(p)));
            long records = 0;
            Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
            while (!reached(consumer, end)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("reading the lag did not reach the topics' end in a minute");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        records++;
                    }
                }
            }
            return records;
        }
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (TopicPartition partition : consumer.assignment()) {
            if (consumer.position(partition, Duration.ofSeconds(30)) < end.get(partition)) {
                return false;
            }
        }
        return true;
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, Collection<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " does not exist on " + bootstrap);
            }
            infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        return partitions;
    }

    private KafkaConsumer<String, String> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-run-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** How many times each event id appears, for the ids that appear more than once. */
    static Map<String, Integer> repeatedIds(List<Event> events) {
        Map<String, Integer> counts = new HashMap<>();
        events.stream().filter(e -> e.id() != null).forEach(e -> counts.merge(e.id(), 1, Integer::sum));
        counts.values().removeIf(count -> count == 1);
        return counts;
    }
}
