package dev.servicedesk.intake.protocol;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Hands out protocol numbers from one PostgreSQL sequence: unique across every channel and every instance of the
 * service, never reused (a number taken by a transaction that rolls back is simply skipped), and cheap under
 * concurrency because taking a number locks nothing.
 */
@ApplicationScoped
public class ProtocolNumbers {

    static final ZoneId BRAZIL = ZoneId.of("America/Sao_Paulo");

    private final AgroalDataSource dataSource;
    private final Clock clock;

    ProtocolNumbers(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public ProtocolNumber next() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet next = statement.executeQuery("SELECT nextval('protocol_sequence')")) {
            next.next();
            return new ProtocolNumber(LocalDate.now(clock.withZone(BRAZIL)), next.getLong(1));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take a protocol number", e);
        }
    }
}
