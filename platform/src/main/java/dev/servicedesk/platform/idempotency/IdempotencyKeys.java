package dev.servicedesk.platform.idempotency;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The {@code idempotency_key} table: claimed and completed inside the request's own transaction. */
@ApplicationScoped
class IdempotencyKeys {

    private static final String CLAIM = """
            INSERT INTO idempotency_key (caller, key, fingerprint, status) VALUES (?, ?, ?, 0)
            ON CONFLICT (caller, key) DO NOTHING""";
    private static final String FIND = """
            SELECT fingerprint, status, location, etag, content_type, body FROM idempotency_key
            WHERE caller = ? AND key = ?""";
    private static final String COMPLETE = """
            UPDATE idempotency_key SET status = ?, location = ?, etag = ?, content_type = ?, body = ?
            WHERE caller = ? AND key = ?""";

    private final AgroalDataSource dataSource;
    private final IdempotencyConfig config;

    IdempotencyKeys(AgroalDataSource dataSource, IdempotencyConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /**
     * Claims the key for this request, or returns the answer stored for it. A concurrent request with the same key
     * waits here until the first one commits (and then gets its answer) or rolls back (and then claims the key).
     */
    Optional<StoredResponse> claimOrFind(String caller, String key, String fingerprint) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                claim.setString(1, caller);
                claim.setString(2, key);
                claim.setString(3, fingerprint);
                if (claim.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement find = connection.prepareStatement(FIND)) {
                find.setString(1, caller);
                find.setString(2, key);
                try (ResultSet row = find.executeQuery()) {
                    row.next();
                    return Optional.of(new StoredResponse(row.getString(1), row.getInt(2), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6)));
                }
            }
        }
    }

    void complete(String caller, String key, StoredResponse response) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement complete = connection.prepareStatement(COMPLETE)) {
            complete.setInt(1, response.status());
            complete.setString(2, response.location());
            complete.setString(3, response.etag());
            complete.setString(4, response.contentType());
            complete.setString(5, response.body());
            complete.setString(6, caller);
            complete.setString(7, key);
            complete.executeUpdate();
        }
    }

    @Scheduled(every = "${servicedesk.idempotency.cleanup-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetExpired() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM idempotency_key WHERE created_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(Instant.now().minus(config.retention())));
            delete.executeUpdate();
        }
    }
}
