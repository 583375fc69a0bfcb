package dev.servicedesk.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;

/**
 * Records an aggregate's events in the business transaction (transactional outbox). Nothing else in a service sends
 * to Kafka: {@link OutboxRelay} publishes what committed here, and a rollback publishes nothing.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            INSERT INTO outbox_event (id, aggregatetype, aggregateid, aggregateversion, type, "timestamp", topic, payload,
                                      tracingspancontext)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final OutboxConfig config;

    Outbox(AgroalDataSource dataSource, ObjectMapper json, OutboxConfig config) {
        this.dataSource = dataSource;
        this.json = json;
        this.config = config;
    }

    /** Records the event in the caller's transaction and returns its id ({@code ce_id}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(DomainEvent event) {
        String topic = config.topics().get(event.aggregateType());
        if (topic == null) {
            throw new IllegalStateException("No topic configured for aggregate type '" + event.aggregateType()
                    + "': set servicedesk.outbox.topics." + event.aggregateType());
        }
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, id);
            insert.setString(2, event.aggregateType());
            insert.setString(3, event.aggregateId());
            insert.setLong(4, event.aggregateVersion());
            insert.setString(5, event.eventType());
            insert.setTimestamp(6, Timestamp.from(event.occurredAt()));
            insert.setString(7, topic);
            insert.setString(8, json.writeValueAsString(event));
            insert.setString(9, TraceContext.currentTraceparent());
            insert.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record " + event.eventType() + " in the outbox", e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + event.eventType() + " cannot be written as JSON", e);
        }
    }
}
