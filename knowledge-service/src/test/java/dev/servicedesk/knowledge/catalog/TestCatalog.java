package dev.servicedesk.knowledge.catalog;

import dev.servicedesk.platform.testing.EventSender;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;

/**
 * Catalogue entries as workorder-service publishes them on servicedesk.catalog.v1, each with a fresh code, and a wait
 * until the service's view holds them: tests never depend on another test's entries.
 */
public final class TestCatalog {

    public static final String TOPIC = "servicedesk.catalog.v1";
    public static final String SOURCE = "/servicedesk/workorder-service";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    private TestCatalog() {
    }

    public static String freshCode(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    /** A new problem code in a new category, both in the view; returns {problemCodeId, code, categoryCode}. */
    public static Entry problemCode() {
        Entry category = category();
        UUID id = UUID.randomUUID();
        String code = freshCode("GELADEIRA-NAO-GELA");
        publishProblemCode(id, code, category.code(), false, 0);
        awaitVersion("catalog_problem_code", id, 0);
        return new Entry(id, code, category.code());
    }

    public static Entry category() {
        UUID id = UUID.randomUUID();
        String code = freshCode("LINHA-BRANCA");
        try (EventSender sender = EventSender.open()) {
            sender.send(TOPIC, SOURCE, "ServiceCategoryPublished", id.toString(), 0, """
                    {"categoryId": "%s", "code": "%s", "name": "Linha branca", "providerId": "%s",
                     "providerCode": "EQUIPE-PROPRIA", "departmentId": "%s", "departmentCode": "ASSISTENCIA-TECNICA",
                     "retired": false, "version": 0, "occurredAt": "%s"}"""
                    .formatted(id, code, UUID.randomUUID(), UUID.randomUUID(), Instant.now()));
        }
        awaitVersion("catalog_category", id, 0);
        return new Entry(id, code, code);
    }

    /** Sends the problem code's state; returns the event's id. */
    public static UUID publishProblemCode(UUID id, String code, String categoryCode, boolean retired, long version) {
        try (EventSender sender = EventSender.open()) {
            return sender.send(TOPIC, SOURCE, "ProblemCodePublished", id.toString(), version, """
                    {"problemCodeId": "%s", "code": "%s", "name": "Geladeira não gela", "categoryId": "%s",
                     "categoryCode": "%s", "providerId": "%s", "providerCode": "EQUIPE-PROPRIA",
                     "departmentId": "%s", "departmentCode": "ASSISTENCIA-TECNICA", "retired": %s,
                     "defaultPriority": "HIGH", "responseHours": 24, "resolutionHours": 72,
                     "estimateApprovalRequired": true, "signatureRequired": true, "productDataRequired": true,
                     "goods": "DURABLE", "warrantyDays": 90, "version": %d, "occurredAt": "%s"}"""
                    .formatted(id, code, UUID.randomUUID(), categoryCode, UUID.randomUUID(), UUID.randomUUID(),
                            retired, version, Instant.now()));
        }
    }

    /** Sends the entry's deletion; returns the event's id. */
    public static UUID delete(UUID id, String level, String code, long version) {
        try (EventSender sender = EventSender.open()) {
            return sender.send(TOPIC, SOURCE, "CatalogEntryDeleted", id.toString(), version, """
                    {"entryId": "%s", "level": "%s", "code": "%s", "version": %d, "occurredAt": "%s"}"""
                    .formatted(id, level, code, version, Instant.now()));
        }
    }

    /** Waits until the consumer has taken the event, whatever it made of it. */
    public static void awaitApplied(UUID eventId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
                    try (Connection connection = dataSource.getConnection();
                            PreparedStatement query = connection.prepareStatement(
                                    "SELECT 1 FROM inbox_event WHERE consumer = ? AND event_id = ?")) {
                        query.setString(1, CatalogEventsConsumer.CONSUMER);
                        query.setObject(2, eventId);
                        try (ResultSet rows = query.executeQuery()) {
                            return rows.next();
                        }
                    }
                });
    }

    /** Waits until the view holds the entry at the version (-1: until it is gone). */
    public static void awaitVersion(String table, UUID id, long version) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> versionIn(table, id) == version);
    }

    public static long versionIn(String table, UUID id) throws SQLException {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT version FROM " + table + " WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }

    public record Entry(UUID id, String code, String categoryCode) {
    }
}
