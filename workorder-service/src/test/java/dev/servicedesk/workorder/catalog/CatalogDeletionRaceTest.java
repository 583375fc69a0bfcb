package dev.servicedesk.workorder.catalog;

import static dev.servicedesk.workorder.catalog.CatalogApi.PROBLEMS;
import static dev.servicedesk.workorder.catalog.CatalogApi.aProblemCode;
import static dev.servicedesk.workorder.catalog.CatalogApi.delete;
import static dev.servicedesk.workorder.catalog.CatalogApi.etag;
import static dev.servicedesk.workorder.catalog.CatalogApi.supervisor;
import static org.hamcrest.Matchers.equalTo;

import dev.servicedesk.platform.security.Caller;
import dev.servicedesk.platform.security.Roles;
import dev.servicedesk.workorder.order.OrderDesk;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A problem code cannot be deleted from under an order that is being opened for it. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CatalogDeletionRaceTest {

    @Inject
    OrderDesk orders;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aDeletionWaitsForTheOrderBeingOpenedAndThenFindsTheCodeInUse() throws Exception {
        JsonPath problemCode = aProblemCode();
        CountDownLatch openedButNotCommitted = new CountDownLatch(1);
        Caller agent = new Caller(Roles.AGENT, List.of(Roles.AGENT), null);

        CompletableFuture<Void> opening = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            orders.open(new OrderDesk.StaffOpening(problemCode.getString("code"), null, null, null, null, null), agent);
            openedButNotCommitted.countDown();
            awaitAnotherTransactionWaitingForALock();
        }));
        openedButNotCommitted.await(30, TimeUnit.SECONDS);

        delete(supervisor(), "problem-codes", problemCode.getString("id"), etag(problemCode)).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "catalog-entry-in-use"));
        opening.get(30, TimeUnit.SECONDS);
    }

    /** Keeps the order's transaction open until the deletion is seen waiting for the problem code's row lock. */
    private void awaitAnotherTransactionWaitingForALock() {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).until(() -> {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet waiting = statement.executeQuery("""
                            SELECT count(*) FROM pg_stat_activity
                            WHERE datname = current_database() AND wait_event_type = 'Lock'""")) {
                return waiting.next() && waiting.getInt(1) > 0;
            }
        });
    }
}
