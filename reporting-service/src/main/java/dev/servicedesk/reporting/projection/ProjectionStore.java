package dev.servicedesk.reporting.projection;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs projection writes on the current transaction's connection, statements of one shape batched together. */
@ApplicationScoped
public class ProjectionStore {

    /** The projection tables, emptied by a rebuild. */
    public static final List<String> TABLES = List.of("request_fact", "order_fact", "order_request", "order_hold",
            "estimate_fact", "problem_code", "article_fact", "article_feedback", "request_article");

    private final AgroalDataSource dataSource;

    ProjectionStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void apply(List<Write> writes) {
        try (Connection connection = dataSource.getConnection()) {
            apply(connection, writes);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not apply projection writes", e);
        }
    }

    /**
     * Groups the writes by statement and sends each group as one JDBC batch. The order of the groups does not matter:
     * every write is an order-independent upsert.
     */
    public static void apply(Connection connection, List<Write> writes) throws SQLException {
        Map<String, List<List<Object>>> bySql = new LinkedHashMap<>();
        for (Write write : writes) {
            bySql.computeIfAbsent(write.sql(), sql -> new ArrayList<>()).add(write.parameters());
        }
        for (Map.Entry<String, List<List<Object>>> group : bySql.entrySet()) {
            try (PreparedStatement statement = connection.prepareStatement(group.getKey())) {
                for (List<Object> parameters : group.getValue()) {
                    for (int i = 0; i < parameters.size(); i++) {
                        statement.setObject(i + 1, parameters.get(i));
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
    }
}
