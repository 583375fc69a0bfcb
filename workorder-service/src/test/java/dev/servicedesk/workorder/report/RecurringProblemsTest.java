package dev.servicedesk.workorder.report;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.workorder.catalog.Goods;
import dev.servicedesk.workorder.catalog.TestCatalog;
import dev.servicedesk.workorder.part.OrdersAtWork;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Whether a problem recurs is computed at completion, never given: another order of the same product (serial
 * number), or of the same customer and problem code, completed within the warranty window before it.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RecurringProblemsTest {

    /** Like {@link TestCatalog.Rules#simple()}, for durable goods: a warranty of 90 days instead of 30. */
    private static final TestCatalog.Rules DURABLE_SIMPLE = new TestCatalog.Rules(false, false, false, Goods.DURABLE,
            4, 48);

    @Inject
    AgroalDataSource dataSource;

    private final String technician = Tokens.of("tiago", "technician");

    private UUID completed(String problemCode, OrdersAtWork.Opening opening) {
        UUID id = OrdersAtWork.inProgress(problemCode, "tiago", opening);
        OrdersAtWork.post(technician, id, "completion", ServiceReports.report()).then().statusCode(201)
                .body("recurring", equalTo(false));
        return id;
    }

    private ValidatableResponse completing(String problemCode, OrdersAtWork.Opening opening) {
        UUID id = OrdersAtWork.inProgress(problemCode, "tiago", opening);
        return OrdersAtWork.post(technician, id, "completion", ServiceReports.report()).then().statusCode(201);
    }

    private void completedDaysAgo(UUID orderId, int days) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement backdate = connection.prepareStatement(
                        "UPDATE work_order SET completed_at = now() - make_interval(days => ?) WHERE id = ?")) {
            backdate.setInt(1, days);
            backdate.setObject(2, orderId);
            assertEquals(1, backdate.executeUpdate());
        }
    }

    @Test
    void theSameProductCompletedWithinTheWarrantyWindowBeforeMakesTheProblemRecurring() {
        String serialNumber = "SN-" + UUID.randomUUID();
        UUID first = completed(TestCatalog.problemCode(TestCatalog.Rules.simple()),
                new OrdersAtWork.Opening(UUID.randomUUID(), serialNumber, null));

        completing(TestCatalog.problemCode(TestCatalog.Rules.simple()),
                new OrdersAtWork.Opening(UUID.randomUUID(), serialNumber, null))
                .body("recurring", equalTo(true))
                .body("recurringOf", equalTo(first.toString()));
    }

    @Test
    void theSameProductCompletedBeforeTheWarrantyWindowDoesNotMakeItRecurring() throws SQLException {
        String serialNumber = "SN-" + UUID.randomUUID();
        String nonDurable = TestCatalog.problemCode(TestCatalog.Rules.simple());
        UUID first = completed(nonDurable, new OrdersAtWork.Opening(UUID.randomUUID(), serialNumber, null));
        completedDaysAgo(first, 31);

        completing(nonDurable, new OrdersAtWork.Opening(UUID.randomUUID(), serialNumber, null))
                .body("recurring", equalTo(false))
                .body("recurringOf", nullValue());
    }

    @Test
    void theWindowIsTheWarrantyOfTheOrderBeingCompleted() throws SQLException {
        String serialNumber = "SN-" + UUID.randomUUID();
        UUID first = completed(TestCatalog.problemCode(TestCatalog.Rules.simple()),
                new OrdersAtWork.Opening(UUID.randomUUID(), serialNumber, null));
        completedDaysAgo(first, 60);

        completing(TestCatalog.problemCode(DURABLE_SIMPLE), new OrdersAtWork.Opening(UUID.randomUUID(), serialNumber,
                null))
                .body("recurring", equalTo(true))
                .body("recurringOf", equalTo(first.toString()));
    }

    @Test
    void theSameCustomersSameProblemMakesItRecurringWithoutASerialNumber() {
        UUID customer = UUID.randomUUID();
        String problemCode = TestCatalog.problemCode(TestCatalog.Rules.simple());
        UUID first = completed(problemCode, new OrdersAtWork.Opening(customer, null, null));

        completing(problemCode, new OrdersAtWork.Opening(customer, null, null))
                .body("recurring", equalTo(true))
                .body("recurringOf", equalTo(first.toString()));
    }

    @Test
    void theSameCustomerWithAnotherProblemIsNotARecurrence() {
        UUID customer = UUID.randomUUID();
        completed(TestCatalog.problemCode(TestCatalog.Rules.simple()), new OrdersAtWork.Opening(customer, null, null));

        completing(TestCatalog.problemCode(TestCatalog.Rules.simple()), new OrdersAtWork.Opening(customer, null, null))
                .body("recurring", equalTo(false));
    }

    @Test
    void anotherCustomersSameProblemIsNotARecurrence() {
        String problemCode = TestCatalog.problemCode(TestCatalog.Rules.simple());
        completed(problemCode, new OrdersAtWork.Opening(UUID.randomUUID(), null, null));

        completing(problemCode, new OrdersAtWork.Opening(UUID.randomUUID(), null, null))
                .body("recurring", equalTo(false));
    }
}
