package dev.servicedesk.platform.backbone;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** What the backbone tests read and set in the platform test schema. */
@ApplicationScoped
public class ProbeDatabase {

    private final AgroalDataSource dataSource;

    ProbeDatabase(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** How many times the consumer applied an event of this note. */
    public long effects(UUID noteId) {
        return count("SELECT count(*) FROM probe_effect WHERE note_id = ?", noteId);
    }

    public long notesTitled(String title) {
        return count("SELECT count(*) FROM probe_note WHERE title = ?", title);
    }

    public long inboxEntries(String consumer) {
        return count("SELECT count(*) FROM inbox_event WHERE consumer = ?", consumer);
    }

    public long pendingOutboxRows(UUID noteId) {
        return count("SELECT count(*) FROM outbox_event WHERE aggregateid = ? AND parked_at IS NULL", noteId.toString());
    }

    public long parkedOutboxRows(UUID noteId) {
        return count("SELECT count(*) FROM outbox_event WHERE aggregateid = ? AND parked_at IS NOT NULL", noteId.toString());
    }

    public String lastError(UUID noteId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT last_error FROM outbox_event WHERE aggregateid = ?")) {
            select.setString(1, noteId.toString());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes the relay's next {@code times} deletes of published rows fail, as a crash after the acks would. */
    public void failNextDeletes(int times) {
        execute("ALTER SEQUENCE probe_fault_calls RESTART WITH 1", "DELETE FROM probe_fault",
                "INSERT INTO probe_fault VALUES (" + times + ")");
    }

    public void execute(String... statements) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql, Object parameter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
