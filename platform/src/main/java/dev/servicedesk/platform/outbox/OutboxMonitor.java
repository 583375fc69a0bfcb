package dev.servicedesk.platform.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** How far behind the outbox is: what readiness and the metrics report. */
@ApplicationScoped
public class OutboxMonitor {

    /** @param oldestPendingAge zero when nothing is waiting */
    public record OutboxStatus(long pending, long parked, Duration oldestPendingAge) {
    }

    private static final String STATUS = """
            SELECT count(*) FILTER (WHERE parked_at IS NULL),
                   count(*) FILTER (WHERE parked_at IS NOT NULL),
                   coalesce(extract(EPOCH FROM now() - min("timestamp") FILTER (WHERE parked_at IS NULL)), 0)
            FROM outbox_event""";

    private final AgroalDataSource dataSource;

    OutboxMonitor(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public OutboxStatus status() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(STATUS)) {
            row.next();
            long ageMillis = Math.max(0, Math.round(row.getDouble(3) * 1000));
            return new OutboxStatus(row.getLong(1), row.getLong(2), Duration.ofMillis(ageMillis));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the outbox status", e);
        }
    }
}
