package dev.servicedesk.reporting.report;

import dev.servicedesk.platform.http.Page;
import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.reporting.kpi.Breakdown;
import dev.servicedesk.reporting.kpi.Family;
import dev.servicedesk.reporting.kpi.KpiQuery;
import dev.servicedesk.reporting.kpi.Source;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads service reports of closed orders from the projections. */
@ApplicationScoped
public class ServiceReports {

    private static final int FETCH_SIZE = 1_000;
    /**
     * The orders of the closing facts the KPIs count ({@code s}), so that the list filters exactly as they do and its
     * total is theirs. A fact's day is its closing's in São Paulo: by day, then instant, the index gives the order.
     */
    private static final String LIST = """
            SELECT o.order_id, o.number, o.department_code, o.category_code, o.problem_code, o.technician_id,
              o.opened_at, o.closed_at, o.amount_total, o.rating,
              (SELECT string_agg(r.protocol, ' ' ORDER BY r.protocol) FROM order_request l
                JOIN request_fact r ON r.request_id = l.request_id WHERE l.order_id = o.order_id) AS protocols
            FROM %s s JOIN order_fact o ON o.order_id = s.fact_id
            ORDER BY s.day DESC, s.at DESC, s.fact_id""";

    private static final String REPORT = """
            SELECT o.*, p.name AS problem_name,
              round((extract(epoch FROM o.closed_at - o.opened_at) / 3600)::numeric, 2) AS opening_hours,
              round((extract(epoch FROM o.closed_at - (SELECT min(r.opened_at) FROM order_request l
                JOIN request_fact r ON r.request_id = l.request_id WHERE l.order_id = o.order_id)) / 3600)::numeric, 2)
                AS request_hours
            FROM order_fact o LEFT JOIN problem_code p ON p.code = o.problem_code
            WHERE o.order_id = ? AND o.closed_at IS NOT NULL""";
    private static final String REQUESTS = """
            SELECT l.request_id, l.attached, r.protocol, r.type, r.channel, r.opened_at
            FROM order_request l LEFT JOIN request_fact r ON r.request_id = l.request_id
            WHERE l.order_id = ? ORDER BY r.opened_at NULLS LAST, l.request_id""";
    private static final String HOLDS = """
            SELECT reason, round(paused_seconds / 3600.0, 2) AS hours FROM order_hold WHERE order_id = ?
            ORDER BY version""";
    private static final String ESTIMATE = """
            SELECT issued_at, approved_at, grand_total FROM estimate_fact WHERE order_id = ? AND approved_at IS NOT NULL
            ORDER BY estimate_version DESC LIMIT 1""";

    private final AgroalDataSource dataSource;

    ServiceReports(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The report of a closed order; 404 for an order unknown here or not closed. */
    public ServiceReport of(UUID orderId) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(REPORT)) {
                statement.setObject(1, orderId);
                try (ResultSet o = statement.executeQuery()) {
                    if (!o.next()) {
                        throw ProblemException.notFound("No closed order " + orderId + " in the reports");
                    }
                    return report(connection, o);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the service report of " + orderId, e);
        }
    }

    /** One page of the closed orders of the period that match the filters, latest closing first. */
    public Page<ServiceReport.Summary> page(KpiQuery query, int page, int size) {
        Source closed = Source.period(query, Family.CLOSED, Breakdown.TOTAL);
        Source facts = Source.facts(query, Family.CLOSED);
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT COALESCE(sum(n), 0) FROM " + closed.sql() + " s")) {
                bind(statement, closed.parameters());
                try (ResultSet sum = statement.executeQuery()) {
                    sum.next();
                    total = sum.getLong(1);
                }
            }
            List<ServiceReport.Summary> items = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(LIST.formatted(facts.sql())
                    + " LIMIT ? OFFSET ?")) {
                bind(statement, Source.parameters(facts, size, (long) page * size));
                try (ResultSet o = statement.executeQuery()) {
                    while (o.next()) {
                        items.add(summary(o));
                    }
                }
            }
            return new Page<>(items, page, size, total);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list service reports", e);
        }
    }

    /**
     * Hands every closed order of the period that matches the filters to {@code sink}, latest closing first, read
     * through a cursor: a year holds about a million.
     */
    public void each(KpiQuery query, SummarySink sink) throws IOException {
        Source facts = Source.facts(query, Family.CLOSED);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(LIST.formatted(facts.sql()))) {
                statement.setFetchSize(FETCH_SIZE);
                bind(statement, facts.parameters());
                try (ResultSet o = statement.executeQuery()) {
                    while (o.next()) {
                        sink.accept(summary(o));
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list service reports", e);
        }
    }

    /** Takes the summaries of {@link #each}; may fail writing them out. */
    @FunctionalInterface
    public interface SummarySink {
        void accept(ServiceReport.Summary summary) throws IOException;
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static ServiceReport.Summary summary(ResultSet o) throws SQLException {
        return new ServiceReport.Summary(o.getObject("order_id", UUID.class), o.getString("number"),
                o.getString("department_code"), o.getString("category_code"), o.getString("problem_code"),
                o.getString("technician_id"), instant(o, "opened_at"), instant(o, "closed_at"),
                o.getBigDecimal("amount_total"), integer(o, "rating"), o.getString("protocols"));
    }

    private static ServiceReport report(Connection connection, ResultSet o) throws SQLException {
        UUID orderId = o.getObject("order_id", UUID.class);
        List<ServiceReport.Request> requests = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(REQUESTS)) {
            statement.setObject(1, orderId);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    requests.add(new ServiceReport.Request(r.getObject("request_id", UUID.class),
                            r.getString("protocol"), r.getString("type"), r.getString("channel"),
                            instant(r, "opened_at"), r.getBoolean("attached")));
                }
            }
        }
        List<ServiceReport.Hold> holds = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(HOLDS)) {
            statement.setObject(1, orderId);
            try (ResultSet h = statement.executeQuery()) {
                while (h.next()) {
                    holds.add(new ServiceReport.Hold(h.getString("reason"), h.getBigDecimal("hours")));
                }
            }
        }
        ServiceReport.Estimate estimate = null;
        try (PreparedStatement statement = connection.prepareStatement(ESTIMATE)) {
            statement.setObject(1, orderId);
            try (ResultSet e = statement.executeQuery()) {
                if (e.next()) {
                    estimate = new ServiceReport.Estimate(instant(e, "issued_at"), instant(e, "approved_at"),
                            e.getBigDecimal("grand_total"));
                }
            }
        }
        return new ServiceReport(orderId, o.getString("number"), o.getString("status"),
                o.getObject("customer_id", UUID.class),
                new ServiceReport.Catalogue(o.getString("department_code"), o.getString("provider_code"),
                        o.getString("category_code"), o.getString("problem_code"), o.getString("problem_name")),
                o.getString("priority"), o.getString("coverage"), o.getString("origin"), o.getBoolean("rework"),
                o.getObject("warranty_of", UUID.class), requests,
                new ServiceReport.Dates(instant(o, "opened_at"), instant(o, "responded_at"),
                        instant(o, "completed_at"), instant(o, "closed_at"), instant(o, "rated_at"),
                        instant(o, "warranty_until")),
                new ServiceReport.Sla(bool(o, "response_on_time"), bool(o, "resolution_on_time")),
                o.getString("technician_id"), o.getString("cause_category"), o.getBoolean("recurring"),
                o.getObject("recurring_of", UUID.class),
                new ServiceReport.Parts(o.getInt("parts_new_original"), o.getInt("parts_new_compatible"),
                        o.getInt("parts_reconditioned"), o.getInt("parts_used"), o.getInt("defective_parts")),
                holds, estimate,
                new ServiceReport.Amounts(o.getBigDecimal("amount_labour"), o.getBigDecimal("amount_parts"),
                        o.getBigDecimal("amount_equipment"), o.getBigDecimal("amount_discount"),
                        o.getBigDecimal("amount_total"), o.getBigDecimal("amount_estimated"),
                        o.getString("currency") == null ? "BRL" : o.getString("currency")),
                integer(o, "rating"),
                new ServiceReport.Resolution(o.getBigDecimal("opening_hours"), o.getBigDecimal("request_hours")));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static Boolean bool(ResultSet row, String column) throws SQLException {
        boolean value = row.getBoolean(column);
        return row.wasNull() ? null : value;
    }
}
