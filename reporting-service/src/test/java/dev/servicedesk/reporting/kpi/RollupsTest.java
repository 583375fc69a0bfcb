package dev.servicedesk.reporting.kpi;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicedesk.reporting.Scenario;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The full recompute of the KPI rows, as a rebuild or a migration asks for it, while managers read them. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RollupsTest {

    @Inject
    Rollups rollups;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aFullRecomputeDoesNotWaitForReadersInTheMiddleOfAQuery() throws Exception {
        Scenario scenario = new Scenario();
        scenario.sendInOrder();
        KpiScenarioTest.awaitConverged(scenario);
        try (Connection reader = dataSource.getConnection()) {
            reader.setAutoCommit(false);
            assertTrue(rollupRows(reader) > 0);
            CompletableFuture.runAsync(rollups::refreshAll).get(60, SECONDS);
            assertTrue(rollupRows(reader) > 0, "the reader still reads, in the same transaction");
            reader.rollback();
        }
        KpiScenarioTest.assertHandComputedKpis(scenario);
    }

    /** Reading a table holds a lock on it until the transaction ends, as a KPI query in progress does. */
    private static long rollupRows(Connection reader) throws SQLException {
        try (Statement statement = reader.createStatement();
                ResultSet count = statement.executeQuery("SELECT count(*) FROM kpi_rollup")) {
            count.next();
            return count.getLong(1);
        }
    }
}
