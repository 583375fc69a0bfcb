package dev.servicedesk.platform.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicedesk.platform.backbone.ProbeNotes;
import dev.servicedesk.platform.outbox.OutboxRelayService;
import dev.servicedesk.platform.testing.TopicProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How fast the backbone moves events, measured on the real broker and database (run on demand:
 * {@code deploy/bench/backbone.sh}, which insists on a durable PostgreSQL). Reports, asserts no timing:
 * <ul>
 * <li>commit to consumer: one event per business transaction at a fixed rate, the time from the start of that
 * transaction (so the database commit is included) to a read-committed consumer receiving the event;</li>
 * <li>drain: the relay stopped while a backlog is written, then the time to publish all of it.</li>
 * </ul>
 * The report goes to the log and to {@code target/benchmark/backbone.md}.
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class BackboneBenchmark {

    private static final Logger LOG = Logger.getLogger(BackboneBenchmark.class);

    @Inject
    ProbeNotes notes;

    @Inject
    OutboxRelayService relay;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "servicedesk.kafka.topics.notes.name")
    String topic;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "benchmark.rate", defaultValue = "500")
    int rate;

    @ConfigProperty(name = "benchmark.duration", defaultValue = "PT60S")
    Duration duration;

    @ConfigProperty(name = "benchmark.backlog", defaultValue = "50000")
    int backlog;

    @Test
    void measure() throws Exception {
        String durability = setting("fsync") + "/" + setting("synchronous_commit");
        Latency latency = commitToConsumerLatency();
        double drainRate = drainRate();
        String report = """
                # Event backbone benchmark

                Machine: %d cores. PostgreSQL fsync/synchronous_commit: %s. Kafka: one broker, the stack's.

                ## Commit to consumer, %d events/s for %s (from the start of each one-event business transaction)

                | events | p50 | p90 | p99 | max |
                |---|---|---|---|---|
                | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |

                ## Relay drain of a backlog

                | events | events/s |
                |---|---|
                | %d | %.0f |
                """.formatted(Runtime.getRuntime().availableProcessors(), durability, rate, duration, latency.count(),
                latency.p(50), latency.p(90), latency.p(99), latency.max(), backlog, drainRate);
        Path file = Path.of("target/benchmark/backbone.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        LOG.info("\n" + report);
    }

    private Latency commitToConsumerLatency() throws InterruptedException {
        Map<String, Long> startedAt = new ConcurrentHashMap<>();
        List<Long> latenciesNanos = new ArrayList<>();
        UUID note = UUID.randomUUID();
        int total = (int) (rate * duration.toSeconds());
        try (KafkaConsumer<String, String> consumer = consumerAtEnd()) {
            Thread writer = Thread.ofPlatform().name("benchmark-writer").start(() -> {
                long interval = 1_000_000_000L / rate;
                long next = System.nanoTime();
                for (int version = 1; version <= total; version++) {
                    LockSupport.parkNanos(next - System.nanoTime());
                    startedAt.put(Integer.toString(version), System.nanoTime());
                    notes.add(note, version, version);
                    next += interval;
                }
            });
            Instant deadline = Instant.now().plus(duration).plusSeconds(60);
            while (latenciesNanos.size() < total && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                    long received = System.nanoTime();
                    if (note.toString().equals(record.key())) {
                        String version = TopicProbe.header(record, "ce_aggregateversion");
                        latenciesNanos.add(received - startedAt.get(version));
                    }
                }
            }
            writer.join();
        }
        assertEquals(total, latenciesNanos.size(), "every event arrived");
        return new Latency(latenciesNanos.stream().mapToLong(Long::longValue).sorted().toArray());
    }

    private double drainRate() throws InterruptedException, SQLException {
        relay.stop();
        int perTransaction = 500;
        for (int written = 0; written < backlog; written += perTransaction) {
            notes.add(UUID.randomUUID(), 1, Math.min(perTransaction, backlog - written));
        }
        long start = System.nanoTime();
        relay.start();
        while (pendingRows() > 0) {
            Thread.sleep(20);
        }
        return backlog / ((System.nanoTime() - start) / 1e9);
    }

    private long pendingRows() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM outbox_event WHERE parked_at IS NULL")) {
            row.next();
            return row.getLong(1);
        }
    }

    private String setting(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SHOW " + name)) {
            row.next();
            return row.getString(1);
        }
    }

    private KafkaConsumer<String, String> consumerAtEnd() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private record Latency(long[] sortedNanos) {

        int count() {
            return sortedNanos.length;
        }

        double p(int percentile) {
            int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, index)] / 1e6;
        }

        double max() {
            return Arrays.stream(sortedNanos).max().orElse(0) / 1e6;
        }
    }
}
