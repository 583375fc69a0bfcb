package dev.servicedesk.platform.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Empties a service's tables between tests, keeping the schema and Flyway's history, so that the suite passes again
 * and again against the same database.
 */
public final class DatabaseCleaner {

    private DatabaseCleaner() {
    }

    /** Truncates every table of the connection's own schema except {@code flyway_schema_history}; returns their names. */
    public static List<String> truncateOwnTables(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    SELECT quote_ident(schemaname) || '.' || quote_ident(tablename)
                    FROM pg_tables
                    WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history'
                    ORDER BY tablename""")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (!tables.isEmpty()) {
                statement.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not clean the database: " + e.getMessage(), e);
        }
    }
}
