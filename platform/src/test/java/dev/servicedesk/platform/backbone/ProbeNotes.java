package dev.servicedesk.platform.backbone;

import dev.servicedesk.platform.outbox.Outbox;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/** The test aggregate's use cases: create a note, record events in a transaction that commits or rolls back. */
@ApplicationScoped
public class ProbeNotes {

    private final Outbox outbox;
    private final AgroalDataSource dataSource;

    ProbeNotes(Outbox outbox, AgroalDataSource dataSource) {
        this.outbox = outbox;
        this.dataSource = dataSource;
    }

    /** Creates a note (a row in probe_note) with its first event. */
    @Transactional
    public UUID create(String title) {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO probe_note VALUES (?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, title);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        outbox.record(new ProbeNoteAdded(id, 1, Instant.now(), title));
        return id;
    }

    /** Versions {@code from}..{@code to} of a note, in one transaction. */
    @Transactional
    public void add(UUID noteId, int from, int to) {
        for (int version = from; version <= to; version++) {
            outbox.record(new ProbeNoteAdded(noteId, version, Instant.now(), "nota " + version));
        }
    }

    @Transactional
    public void add(ProbeNoteAdded event) {
        outbox.record(event);
    }

    @Transactional
    public void addThenFail(UUID noteId) {
        outbox.record(new ProbeNoteAdded(noteId, 1, Instant.now(), "nota"));
        throw new IllegalStateException("the business transaction fails after recording its event");
    }
}
