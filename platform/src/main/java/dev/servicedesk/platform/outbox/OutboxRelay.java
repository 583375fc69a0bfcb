package dev.servicedesk.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Publishes a service's outbox to Kafka. Every instance of a service runs one; the one that holds the schema's
 * PostgreSQL advisory lock (on its own connection, so that it is released when the instance dies) publishes, the
 * others stand by. Woken by NOTIFY at commit, with a fallback poll; reads batches in insertion order with
 * {@code FOR UPDATE SKIP LOCKED}; sends with the idempotent producer ({@code acks=all}) and deletes a row only after
 * the broker acknowledged it. A row that keeps failing for reasons of its own is parked after a bounded number of
 * attempts, so that it never blocks the rows behind it. While Kafka or the database is away it backs off and resumes
 * by itself.
 */
public final class OutboxRelay {

    /** Opens a dedicated, unpooled connection: the relay's session holds the lock and the LISTEN. */
    @FunctionalInterface
    public interface ConnectionFactory {
        Connection open() throws SQLException;
    }

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final int MAX_ERROR_LENGTH = 2000;

    private static final String SELECT_BATCH = """
            SELECT id, aggregateid, aggregateversion, type, "timestamp", topic, payload, tracingspancontext
            FROM outbox_event
            WHERE parked_at IS NULL
            ORDER BY seq
            LIMIT ?
            FOR UPDATE SKIP LOCKED""";
    private static final String DELETE_PUBLISHED = "DELETE FROM outbox_event WHERE id = ANY (?)";
    private static final String RECORD_FAILURE = """
            UPDATE outbox_event
            SET attempts = attempts + 1,
                last_error = ?,
                parked_at = CASE WHEN attempts + 1 >= ? THEN now() END
            WHERE id = ?""";

    private final String name;
    private final ConnectionFactory connections;
    private final Map<String, Object> producerConfig;
    private final OutboxConfig.Relay config;
    private final String source;
    private final AtomicLong published = new AtomicLong();
    private volatile boolean running;
    private volatile boolean active;
    private Thread thread;

    public OutboxRelay(String name, ConnectionFactory connections, String bootstrapServers, OutboxConfig.Relay config,
            String source) {
        this.name = name;
        this.connections = connections;
        this.config = config;
        this.source = source;
        this.producerConfig = producerConfig(name, bootstrapServers, config);
    }

    static Map<String, Object> producerConfig(String name, String bootstrapServers, OutboxConfig.Relay config) {
        int requestTimeout = (int) Math.max(1000, config.sendTimeout().toMillis() / 2);
        Map<String, Object> producer = new LinkedHashMap<>();
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producer.put(ProducerConfig.CLIENT_ID_CONFIG, name);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        producer.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producer.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeout);
        producer.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis());
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, requestTimeout);
        producer.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        return producer;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("outbox-relay-" + name).daemon().start(this::run);
    }

    /** Stops publishing and releases the lock (by closing the relay's connection), so that a standby takes over. */
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(config.pollInterval().plus(config.sendTimeout()).plusSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    /** Whether this relay holds the lock and publishes. */
    public boolean isActive() {
        return active;
    }

    public boolean isRunning() {
        return running;
    }

    /** Events this relay has seen acknowledged by the broker since it started. */
    public long publishedCount() {
        return published.get();
    }

    private void run() {
        Connection connection = null;
        Duration backoff = FIRST_BACKOFF;
        try (Producer<String, byte[]> producer = new KafkaProducer<>(producerConfig, new StringSerializer(),
                new ByteArraySerializer())) {
            while (running) {
                try {
                    if (connection == null) {
                        connection = listeningConnection();
                    }
                    if (!active) {
                        active = tryToLead(connection);
                        if (!active) {
                            awaitNotification(connection, config.standbyRetry());
                            continue;
                        }
                        LOG.infof("Outbox relay %s is now the active relay", name);
                    }
                    int sent = publishBatch(connection, producer);
                    backoff = FIRST_BACKOFF;
                    if (sent < config.batchSize()) {
                        awaitNotification(connection, config.pollInterval());
                    }
                } catch (BrokerUnavailable e) {
                    LOG.warnf("Outbox relay %s: Kafka did not acknowledge (%s); retrying in %d ms", name,
                            e.getCause().toString(), backoff.toMillis());
                    backoff = pause(backoff);
                } catch (SQLException | RuntimeException e) {
                    LOG.warnf("Outbox relay %s: database trouble (%s); reconnecting in %d ms", name, e.toString(),
                            backoff.toMillis());
                    active = false;
                    closeQuietly(connection);
                    connection = null;
                    backoff = pause(backoff);
                }
            }
        } finally {
            active = false;
            closeQuietly(connection);
        }
    }

    private Connection listeningConnection() throws SQLException {
        Connection connection = connections.open();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN outbox_" + currentSchema(statement));
        }
        return connection;
    }

    private static String currentSchema(Statement statement) throws SQLException {
        try (ResultSet schema = statement.executeQuery("SELECT current_schema()")) {
            schema.next();
            return schema.getString(1);
        }
    }

    private static boolean tryToLead(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet lock = statement.executeQuery(
                        "SELECT pg_try_advisory_lock(hashtext('servicedesk.outbox'), hashtext(current_schema()))")) {
            lock.next();
            return lock.getBoolean(1);
        }
    }

    private static void awaitNotification(Connection connection, Duration timeout) throws SQLException {
        connection.unwrap(PGConnection.class).getNotifications((int) timeout.toMillis());
    }

    private int publishBatch(Connection connection, Producer<String, byte[]> producer) throws SQLException {
        connection.setAutoCommit(false);
        try {
            List<PendingEvent> batch = readBatch(connection);
            if (batch.isEmpty()) {
                connection.commit();
                return 0;
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            for (PendingEvent event : batch) {
                acks.add(send(producer, event));
            }
            Outcome outcome = awaitAcks(batch, acks);
            deletePublished(connection, outcome.published());
            recordFailures(connection, outcome.failed());
            connection.commit();
            published.addAndGet(outcome.published().size());
            if (outcome.brokerTrouble() != null) {
                throw new BrokerUnavailable(outcome.brokerTrouble());
            }
            return batch.size();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection);
            throw e;
        } finally {
            if (!connection.isClosed()) {
                connection.setAutoCommit(true);
            }
        }
    }

    private List<PendingEvent> readBatch(Connection connection) throws SQLException {
        List<PendingEvent> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_BATCH)) {
            select.setInt(1, config.batchSize());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new PendingEvent(rows.getObject(1, UUID.class), rows.getString(2), rows.getLong(3),
                            rows.getString(4), rows.getTimestamp(5).toInstant(), rows.getString(6), rows.getString(7),
                            rows.getString(8)));
                }
            }
        }
        return batch;
    }

    private Future<RecordMetadata> send(Producer<String, byte[]> producer, PendingEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), null,
                event.occurredAt().toEpochMilli(), event.aggregateId(), event.payload().getBytes(StandardCharsets.UTF_8));
        Headers headers = record.headers();
        header(headers, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(headers, CloudEventHeaders.ID, event.id().toString());
        header(headers, CloudEventHeaders.TYPE, event.type());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TIME, event.occurredAt().toString());
        header(headers, CloudEventHeaders.SUBJECT, event.aggregateId());
        header(headers, CloudEventHeaders.AGGREGATE_VERSION, Long.toString(event.aggregateVersion()));
        header(headers, CloudEventHeaders.CONTENT_TYPE, "application/json");
        if (event.traceparent() != null) {
            header(headers, CloudEventHeaders.TRACEPARENT, event.traceparent());
        }
        try {
            return producer.send(record);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private Outcome awaitAcks(List<PendingEvent> batch, List<Future<RecordMetadata>> acks) {
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        List<UUID> publishedIds = new ArrayList<>();
        Map<UUID, Throwable> failed = new LinkedHashMap<>();
        Throwable brokerTrouble = null;
        for (int i = 0; i < batch.size(); i++) {
            UUID id = batch.get(i).id();
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                publishedIds.add(id);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (isBrokerTrouble(cause)) {
                    brokerTrouble = cause;
                } else {
                    failed.put(id, cause);
                }
            } catch (TimeoutException e) {
                brokerTrouble = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                brokerTrouble = e;
            }
        }
        return new Outcome(publishedIds, failed, brokerTrouble);
    }

    private static boolean isBrokerTrouble(Throwable cause) {
        return cause instanceof RetriableException
                || cause instanceof org.apache.kafka.common.errors.TimeoutException
                || cause instanceof org.apache.kafka.common.errors.InterruptException;
    }

    private static void deletePublished(Connection connection, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(DELETE_PUBLISHED)) {
            Array array = connection.createArrayOf("uuid", ids.toArray());
            delete.setArray(1, array);
            delete.executeUpdate();
        }
    }

    private void recordFailures(Connection connection, Map<UUID, Throwable> failed) throws SQLException {
        if (failed.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(RECORD_FAILURE)) {
            for (Map.Entry<UUID, Throwable> failure : failed.entrySet()) {
                String error = failure.getValue().toString();
                LOG.errorf("Outbox relay %s: event %s was refused: %s", name, failure.getKey(), error);
                update.setString(1, error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error);
                update.setInt(2, config.maxAttempts());
                update.setObject(3, failure.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private Duration pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            if (!connection.isClosed()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            LOG.debug("Rollback failed", e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Close failed", e);
        }
    }

    private record PendingEvent(UUID id, String aggregateId, long aggregateVersion, String type,
            Instant occurredAt, String topic, String payload, String traceparent) {
    }

    private record Outcome(List<UUID> published, Map<UUID, Throwable> failed, Throwable brokerTrouble) {
    }

    /** Kafka is away or slow: nothing is wrong with the rows, so nothing is counted against them. */
    private static final class BrokerUnavailable extends RuntimeException {
        BrokerUnavailable(Throwable cause) {
            super(cause);
        }
    }
}
