package dev.servicedesk.systemtest.faults;

import dev.servicedesk.systemtest.Environment;
import dev.servicedesk.systemtest.ServiceConfig;
import dev.servicedesk.systemtest.SuiteProcesses.Service;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The event backbone's state, read where it lives: each service's outbox and inbox tables (as the service's own
 * database role) and the services' consumer groups (Kafka Admin API).
 */
final class Backbone {

    /** Rows waiting in a service's outbox, and those parked (Kafka refused them for good). */
    record Outbox(long pending, long parked) {
    }

    /** One consumer group on one topic: committed offsets against the end, and the records it has not consumed. */
    record Lag(String group, String topic, long offsetLag, long unconsumedRecords) {
    }

    private final EventHistory history;

    Backbone(EventHistory history) {
        this.history = history;
    }

    Map<Service, Outbox> outboxes() {
        Map<Service, Outbox> outboxes = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            try (Connection connection = connect(service);
                    PreparedStatement query = connection.prepareStatement(
                            "SELECT count(*) FILTER (WHERE parked_at IS NULL), count(parked_at) FROM outbox_event");
                    ResultSet row = query.executeQuery()) {
                row.next();
                outboxes.put(service, new Outbox(row.getLong(1), row.getLong(2)));
            } catch (SQLException e) {
                throw new IllegalStateException("reading the outbox of " + service.module + ": " + e, e);
            }
        }
        return outboxes;
    }

    /** Events each consumer applied (its inbox rows) since the given instant. */
    Map<String, Long> appliedSince(Instant since) {
        Map<String, Long> applied = new TreeMap<>();
        for (Service service : Service.values()) {
            try (Connection connection = connect(service);
                    PreparedStatement query = connection.prepareStatement(
                            "SELECT consumer, count(*) FROM inbox_event WHERE received_at >= ? GROUP BY consumer")) {
                query.setTimestamp(1, Timestamp.from(since));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        applied.merge(rows.getString(1), rows.getLong(2), Long::sum);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("reading the inbox of " + service.module + ": " + e, e);
            }
        }
        return applied;
    }

    /** Every consumer group of every service on every topic it reads. */
    List<Lag> lags() {
        List<Lag> lags = new ArrayList<>();
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Environment.kafkaBootstrap());
        try (Admin admin = Admin.create(config)) {
            for (Service service : Service.values()) {
                for (Map.Entry<String, Set<String>> group : ServiceConfig.of(service).consumedTopicsByGroup()
                        .entrySet()) {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin
                            .listConsumerGroupOffsets(group.getKey()).partitionsToOffsetAndMetadata()
                            .get(30, TimeUnit.SECONDS);
                    for (String topic : group.getValue()) {
                        lags.add(lag(group.getKey(), topic, committed));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("reading the consumer groups: " + e, e);
        }
        return lags;
    }

    private Lag lag(String group, String topic, Map<TopicPartition, OffsetAndMetadata> committed) {
        Map<TopicPartition, Long> end = history.endOffsets(Set.of(topic));
        Map<TopicPartition, Long> consumed = new LinkedHashMap<>();
        long offsetLag = 0;
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            OffsetAndMetadata offset = committed.get(partition.getKey());
            long position = offset == null ? 0 : offset.offset();
            consumed.put(partition.getKey(), position);
            offsetLag += Math.max(0, partition.getValue() - position);
        }
        return new Lag(group, topic, offsetLag, offsetLag == 0 ? 0 : history.recordsAfter(consumed));
    }

    private static Connection connect(Service service) throws SQLException {
        String role = ServiceConfig.of(service).role();
        String url = "jdbc:postgresql://" + Environment.get("SD_PG_HOST", "127.0.0.1") + ":"
                + Environment.get("SD_PG_PORT", "15432") + "/" + Environment.databaseName();
        return DriverManager.getConnection(url, role, role + "-local");
    }
}
