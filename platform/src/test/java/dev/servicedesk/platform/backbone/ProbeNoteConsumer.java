package dev.servicedesk.platform.backbone;

import dev.servicedesk.platform.inbox.EventProcessor;
import dev.servicedesk.platform.inbox.EventRoutes;
import dev.servicedesk.platform.inbox.IncomingEvent;
import dev.servicedesk.platform.inbox.PermanentEventFailure;
import io.agroal.api.AgroalDataSource;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A consumer of the test aggregate's topic, shaped as a service's consumer is: a thin adapter and a handler. */
@ApplicationScoped
public class ProbeNoteConsumer {

    public static final String CONSUMER = "platform-probe";
    /** A title the handler's business rule refuses for good. */
    public static final String REFUSED_TITLE = "recusada";
    /** A title whose first two applications fail, as a passing fault would (a lock timeout, a flaky dependency). */
    public static final String FLAKY_TITLE = "instável";
    /** A title whose application fails while the instance stops, as when its database session factory is closed. */
    public static final String STOPPING_TITLE = "ao-parar";

    private final Map<UUID, Integer> flakyAttempts = new ConcurrentHashMap<>();
    private final Map<UUID, Integer> stoppingAttempts = new ConcurrentHashMap<>();

    private final EventProcessor processor;
    private final AgroalDataSource dataSource;
    private final EventRoutes routes = EventRoutes.create()
            .on("ProbeNoteAdded", ProbeNoteAdded.class, this::apply)
            .ignore("ProbeNoteArchived");

    ProbeNoteConsumer(EventProcessor processor, AgroalDataSource dataSource) {
        this.processor = processor;
        this.dataSource = dataSource;
    }

    @Incoming("probe-notes")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        processor.process(CONSUMER, record, routes);
    }

    /** How often the handler failed for a note because the instance was stopping. */
    public int attemptsWhileStopping(UUID noteId) {
        return stoppingAttempts.getOrDefault(noteId, 0);
    }

    private void apply(IncomingEvent event, ProbeNoteAdded added) {
        if (REFUSED_TITLE.equals(added.title())) {
            throw new PermanentEventFailure("business rule: a note titled '" + REFUSED_TITLE + "' is never accepted");
        }
        if (STOPPING_TITLE.equals(added.title()) && processor.applicationStopping()) {
            stoppingAttempts.merge(added.noteId(), 1, Integer::sum);
            throw new IllegalStateException("EntityManagerFactory is closed");
        }
        if (FLAKY_TITLE.equals(added.title()) && flakyAttempts.merge(event.id(), 1, Integer::sum) <= 2) {
            throw new IllegalStateException("a passing fault");
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO probe_effect (note_id, version, event_id) VALUES (?, ?, ?)")) {
            insert.setObject(1, added.noteId());
            insert.setLong(2, added.version());
            insert.setObject(3, event.id());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
