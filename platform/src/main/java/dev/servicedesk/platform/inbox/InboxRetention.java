package dev.servicedesk.platform.inbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Forgets applied event ids older than {@code servicedesk.inbox.retention}, so that the inbox does not grow forever. */
@ApplicationScoped
public class InboxRetention {

    private static final Logger LOG = Logger.getLogger(InboxRetention.class);

    private final AgroalDataSource dataSource;
    private final InboxConfig config;

    InboxRetention(AgroalDataSource dataSource, InboxConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @Scheduled(every = "${servicedesk.inbox.cleanup-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeExpired() {
        int removed = removeOlderThan(config.retention());
        if (removed > 0) {
            LOG.infof("Inbox: forgot %d event id(s) older than %s", removed, config.retention());
        }
    }

    /** Removes the entries received longer ago than {@code age}; returns how many. */
    public int removeOlderThan(Duration age) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM inbox_event WHERE received_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(Instant.now().minus(age)));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not clean the inbox", e);
        }
    }
}
