package dev.servicedesk.reporting.rebuild;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.servicedesk.platform.inbox.IncomingEvent;
import dev.servicedesk.platform.inbox.PermanentEventFailure;
import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.reporting.kpi.Rollups;
import dev.servicedesk.reporting.projection.ProjectionStore;
import dev.servicedesk.reporting.projection.Projector;
import dev.servicedesk.reporting.projection.Write;
import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Drops the projections and replays every topic they are made of from offset 0, with a consumer of its own (no
 * group: the live consumer keeps its offsets and goes on). It reads up to the end the topics had when it started,
 * committed events only, and applies each poll's events as one transaction of batched upserts. The live consumer may
 * apply some of the same events meanwhile: every projection write is idempotent and order-independent, so both
 * arrive at the same rows.
 */
@ApplicationScoped
public class Rebuild {

    private static final Logger LOG = Logger.getLogger(Rebuild.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final AgroalDataSource dataSource;
    private final Projector projector;
    private final Rollups rollups;
    private final ObjectMapper json;
    private final Clock clock;
    private final String bootstrapServers;
    private final List<String> topics;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "rebuild"));
    /** Writes one batch while the worker reads and parses the next. */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "rebuild-writer"));
    private final AtomicReference<Run> current = new AtomicReference<>();

    Rebuild(AgroalDataSource dataSource, Projector projector, Rollups rollups, ObjectMapper json, Clock clock,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "servicedesk.kafka.topics.requests.name") String requests,
            @ConfigProperty(name = "servicedesk.kafka.topics.orders.name") String orders,
            @ConfigProperty(name = "servicedesk.kafka.topics.catalog.name") String catalog,
            @ConfigProperty(name = "servicedesk.kafka.topics.articles.name") String articles) {
        this.dataSource = dataSource;
        this.projector = projector;
        this.rollups = rollups;
        this.json = json;
        this.clock = clock;
        this.bootstrapServers = bootstrapServers;
        this.topics = List.of(catalog, requests, orders, articles);
    }

    /** Starts a rebuild; refused while one runs. */
    public synchronized RebuildProgress start() {
        Run running = current.get();
        if (running != null && running.state.equals(RebuildProgress.RUNNING)) {
            throw ProblemException.conflict("rebuild-running", "A rebuild is running",
                    "Wait for the running rebuild to finish (GET /api/v1/admin/rebuilds/current)");
        }
        Run run = new Run(clock.instant());
        current.set(run);
        worker.submit(() -> run(run));
        return run.progress(clock.instant());
    }

    public Optional<RebuildProgress> progress() {
        return Optional.ofNullable(current.get()).map(run -> run.progress(clock.instant()));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        writer.shutdownNow();
    }

    private void run(Run run) {
        rollups.pause();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            dropProjections();
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                for (PartitionInfo info : consumer.partitionsFor(topic)) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions));
            Map<TopicPartition, Long> finalEnds = Map.copyOf(ends);
            Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions);
            run.total = ends.entrySet().stream().mapToLong(e -> e.getValue() - begins.get(e.getKey())).sum();
            ends.entrySet().removeIf(e -> e.getValue() <= begins.get(e.getKey()));
            consumer.pause(partitions.stream().filter(p -> !ends.containsKey(p)).toList());
            Future<?> writing = CompletableFuture.completedFuture(null);
            while (!ends.isEmpty()) {
                Parsed parsed = parse(consumer.poll(POLL), ends, run);
                long passed = 0;
                for (TopicPartition partition : partitions) {
                    passed += Math.min(consumer.position(partition), finalEnds.get(partition)) - begins.get(partition);
                    if (ends.containsKey(partition) && consumer.position(partition) >= ends.get(partition)) {
                        ends.remove(partition);
                        consumer.pause(List.of(partition));
                    }
                }
                Batch batch = new Batch(parsed.writes(), parsed.events(), passed);
                writing.get();
                writing = writer.submit(() -> write(batch, run));
            }
            writing.get();
            rollups.refreshAll();
            run.finish(RebuildProgress.DONE, clock.instant(), null);
            LOG.infof("rebuild: %d events in %s (%d skipped)", run.applied.get(),
                    Duration.between(run.startedAt, run.finishedAt), run.skipped.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.finish(RebuildProgress.FAILED, clock.instant(), "interrupted");
        } catch (RuntimeException | SQLException | ExecutionException e) {
            LOG.error("rebuild failed", e);
            run.finish(RebuildProgress.FAILED, clock.instant(), e.toString());
        } finally {
            rollups.resume();
        }
    }

    /** A poll's writes, and how far the topics are read once they are written (offsets, transaction markers too). */
    private record Batch(List<Write> writes, long events, long passed) {
    }

    /** A poll's events (those before the end offsets) and their writes. */
    private record Parsed(List<Write> writes, long events) {
    }

    private Parsed parse(ConsumerRecords<String, String> records, Map<TopicPartition, Long> ends, Run run) {
        List<Write> writes = new ArrayList<>(records.count() * 2);
        long events = 0;
        for (ConsumerRecord<String, String> record : records) {
            Long end = ends.get(new TopicPartition(record.topic(), record.partition()));
            if (end == null || record.offset() >= end) {
                continue;
            }
            events++;
            try {
                IncomingEvent event = IncomingEvent.of(record);
                writes.addAll(projector.writes(event.type(), json.readTree(event.payload())));
            } catch (PermanentEventFailure | java.io.IOException e) {
                run.skipped.incrementAndGet();
            }
        }
        return new Parsed(writes, events);
    }

    private void write(Batch batch, Run run) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // The KPI rollups are recomputed once at the end, not after each batch.
                statement.execute("SET LOCAL reporting.rebuilding = on");
            }
            ProjectionStore.apply(connection, batch.writes());
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write a rebuild batch", e);
        }
        run.applied.addAndGet(batch.events());
        run.read.set(batch.passed());
    }

    private void dropProjections() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE " + String.join(", ", ProjectionStore.TABLES) + ", " + String.join(", ",
                    Rollups.TABLES));
        }
    }

    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-service-rebuild");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private static final class Run {
        final Instant startedAt;
        final AtomicLong read = new AtomicLong();
        final AtomicLong applied = new AtomicLong();
        final AtomicLong skipped = new AtomicLong();
        volatile long total;
        volatile String state = RebuildProgress.RUNNING;
        volatile Instant finishedAt;
        volatile String error;

        Run(Instant startedAt) {
            this.startedAt = startedAt;
        }

        void finish(String state, Instant at, String error) {
            this.finishedAt = at;
            this.error = error;
            this.state = state;
        }

        RebuildProgress progress(Instant now) {
            return RebuildProgress.of(state, startedAt, finishedAt, total, read.get(), applied.get(), skipped.get(), now,
                    error);
        }
    }
}
