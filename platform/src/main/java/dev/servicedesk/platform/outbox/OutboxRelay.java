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
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Publishes a service's outbox to Kafka. Every instance of a service runs one; the one that holds the schema's
 * PostgreSQL advisory lock (on its own connection, so that it is released when the instance dies) publishes, the
 * others stand by. Woken by NOTIFY at commit, with a fallback poll; reads batches in insertion order with
 * {@code FOR UPDATE SKIP LOCKED}; sends each batch in one Kafka transaction (idempotent, {@code acks=all}) and deletes
 * the rows only after the transaction committed. A batch is visible to read-committed consumers whole or not at all,
 * so a retry after Kafka came back can never put an aggregate's events out of order; and a relay that lost its lock
 * without noticing is fenced by the broker. A row that Kafka refuses for reasons of its own is parked after a bounded
 * number of attempts, so that it never blocks the rows behind it. While Kafka or the database is away the relay
 * backs off and resumes by itself.
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
    private static final String RECORD_REFUSAL = """
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

    /**
     * @param kafkaConnection the bootstrap servers and security settings ({@link
     *        dev.servicedesk.platform.kafka.KafkaConnection})
     * @param transactionalId the same for every instance of a service: the broker fences all but the latest producer
     */
    public OutboxRelay(String name, ConnectionFactory connections, Map<String, Object> kafkaConnection,
            String transactionalId, OutboxConfig.Relay config, String source) {
        this.name = name;
        this.connections = connections;
        this.config = config;
        this.source = source;
        this.producerConfig = producerConfig(name, kafkaConnection, transactionalId, config);
    }

    static Map<String, Object> producerConfig(String name, Map<String, Object> kafkaConnection, String transactionalId,
            OutboxConfig.Relay config) {
        int requestTimeout = (int) Math.max(1000, config.sendTimeout().toMillis() / 2);
        Map<String, Object> producer = new LinkedHashMap<>(kafkaConnection);
        producer.put(ProducerConfig.CLIENT_ID_CONFIG, name);
        producer.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        producer.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producer.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeout);
        producer.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis());
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) config.sendTimeout().toMillis());
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
                thread.join(config.pollInterval().plus(config.sendTimeout().multipliedBy(2)).plusSeconds(5).toMillis());
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

    /** Events this relay has seen committed to Kafka since it started. */
    public long publishedCount() {
        return published.get();
    }

    private void run() {
        Connection connection = null;
        Producer<String, byte[]> producer = null;
        Duration backoff = FIRST_BACKOFF;
        try {
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
                    if (producer == null) {
                        producer = transactionalProducer();
                    }
                    int sent = publishBatch(connection, producer);
                    backoff = FIRST_BACKOFF;
                    if (sent < config.batchSize()) {
                        awaitNotification(connection, config.pollInterval());
                    }
                } catch (BrokerUnavailable e) {
                    LOG.warnf("Outbox relay %s: Kafka did not take the batch (%s); retrying in %d ms", name,
                            e.getCause().toString(), backoff.toMillis());
                    closeQuietly(producer);
                    producer = null;
                    backoff = pause(backoff);
                } catch (SQLException | RuntimeException e) {
                    LOG.warnf("Outbox relay %s: stepping down (%s); retrying in %d ms", name, e.toString(),
                            backoff.toMillis());
                    active = false;
                    closeQuietly(producer);
                    producer = null;
                    closeQuietly(connection);
                    connection = null;
                    backoff = pause(backoff);
                }
            }
        } finally {
            active = false;
            closeQuietly(producer);
            closeQuietly(connection);
        }
    }

    /** Created only once this relay leads: initialising the transactional id fences the previous leader's producer. */
    private Producer<String, byte[]> transactionalProducer() {
        Producer<String, byte[]> producer = new KafkaProducer<>(producerConfig, new StringSerializer(),
                new ByteArraySerializer());
        try {
            producer.initTransactions();
            return producer;
        } catch (KafkaException e) {
            closeQuietly(producer);
            throw new BrokerUnavailable(e);
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
            Map<UUID, Throwable> refused = sendInOneTransaction(producer, batch);
            if (refused.isEmpty()) {
                deletePublished(connection, batch);
                connection.commit();
                published.addAndGet(batch.size());
            } else {
                recordRefusals(connection, refused);
                connection.commit();
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

    /**
     * Sends the batch in one Kafka transaction. Returns the rows that Kafka refused for reasons of their own (the
     * transaction is then aborted and the other rows go again next time); an empty map means the batch is committed.
     * Throws {@link BrokerUnavailable} when Kafka did not take the batch for reasons of its own.
     */
    private Map<UUID, Throwable> sendInOneTransaction(Producer<String, byte[]> producer, List<PendingEvent> batch) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        try {
            producer.beginTransaction();
            for (PendingEvent event : batch) {
                acks.add(send(producer, event));
            }
            producer.commitTransaction();
            return Map.of();
        } catch (ProducerFencedException e) {
            throw new IllegalStateException("another relay took over this outbox", e);
        } catch (KafkaException e) {
            Map<UUID, Throwable> refused = refusedRows(batch, acks);
            abortQuietly(producer);
            if (refused.isEmpty()) {
                throw new BrokerUnavailable(e);
            }
            return refused;
        }
    }

    private static Map<UUID, Throwable> refusedRows(List<PendingEvent> batch, List<Future<RecordMetadata>> acks) {
        Map<UUID, Throwable> refused = new LinkedHashMap<>();
        for (int i = 0; i < acks.size(); i++) {
            Future<RecordMetadata> ack = acks.get(i);
            if (ack.isDone()) {
                try {
                    ack.get();
                } catch (ExecutionException e) {
                    if (isRefusalOfTheRecord(e.getCause())) {
                        refused.put(batch.get(i).id(), e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return refused;
    }

    private static boolean isRefusalOfTheRecord(Throwable cause) {
        return cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                || cause instanceof SerializationException || cause instanceof InvalidTopicException
                || cause instanceof AuthorizationException;
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
        } catch (KafkaException e) {
            if (isRefusalOfTheRecord(e)) {
                return CompletableFuture.failedFuture(e);
            }
            throw e;
        }
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void deletePublished(Connection connection, List<PendingEvent> batch) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_PUBLISHED)) {
            Array ids = connection.createArrayOf("uuid", batch.stream().map(PendingEvent::id).toArray());
            delete.setArray(1, ids);
            delete.executeUpdate();
        }
    }

    private void recordRefusals(Connection connection, Map<UUID, Throwable> refused) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(RECORD_REFUSAL)) {
            for (Map.Entry<UUID, Throwable> refusal : refused.entrySet()) {
                String error = refusal.getValue().toString();
                LOG.errorf("Outbox relay %s: Kafka refused event %s: %s", name, refusal.getKey(), error);
                update.setString(1, error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error);
                update.setInt(2, config.maxAttempts());
                update.setObject(3, refusal.getKey());
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

    private static void abortQuietly(Producer<String, byte[]> producer) {
        try {
            producer.abortTransaction();
        } catch (KafkaException e) {
            LOG.debug("Abort failed; the producer will be replaced", e);
        }
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

    private static void closeQuietly(Producer<String, byte[]> producer) {
        if (producer != null) {
            producer.close(Duration.ZERO);
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

    private record PendingEvent(UUID id, String aggregateId, long aggregateVersion, String type, Instant occurredAt,
            String topic, String payload, String traceparent) {
    }

    /** Kafka is away or slow: nothing is wrong with the rows, so nothing is counted against them. */
    private static final class BrokerUnavailable extends RuntimeException {
        BrokerUnavailable(Throwable cause) {
            super(cause);
        }
    }
}
