package dev.servicedesk.workorder.report;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.workorder.catalog.TestCatalog;
import dev.servicedesk.workorder.order.OrderApi;
import dev.servicedesk.workorder.part.OrdersAtWork;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The customer's satisfaction, 0 to 10: given at acceptance with the completion, or later (by phone to an agent);
 * once given, corrected by a supervisor only; each rating in the order's history.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RatingTest {

    private final String agent = Tokens.of("ana", "agent");
    private final String technician = Tokens.of("tiago", "technician");
    private final String supervisor = Tokens.of("sofia", "supervisor");

    private UUID completed() {
        UUID id = OrdersAtWork.inProgress(TestCatalog.problemCode(TestCatalog.Rules.simple()), "tiago");
        OrdersAtWork.post(technician, id, "completion", ServiceReports.report()).then().statusCode(201);
        return id;
    }

    private static Map<String, Object> rating(int rating) {
        return Map.of("rating", rating);
    }

    @Test
    void theCustomerRatesAtAcceptanceWithTheCompletion() {
        UUID id = OrdersAtWork.inProgress(TestCatalog.problemCode(TestCatalog.Rules.simple()), "tiago");

        OrdersAtWork.post(technician, id, "completion", ServiceReports.with(ServiceReports.report(), "rating", 10))
                .then().statusCode(201).body("rating", equalTo(10)).body("ratedBy", equalTo("tiago"));
        OrdersAtWork.history(agent, id).then().body("note", hasItem("rated 10 of 10"));
    }

    @Test
    void aRatingGoesFromZeroToTen() {
        UUID id = OrdersAtWork.inProgress(TestCatalog.problemCode(TestCatalog.Rules.simple()), "tiago");
        OrdersAtWork.post(technician, id, "completion", ServiceReports.with(ServiceReports.report(), "rating", 11))
                .then().statusCode(400).body("violations.field", hasItem("rating"));
        OrdersAtWork.post(technician, id, "completion", ServiceReports.with(ServiceReports.report(), "rating", -1))
                .then().statusCode(400);
        OrdersAtWork.post(technician, id, "completion", ServiceReports.report()).then().statusCode(201);

        OrdersAtWork.put(agent, id, "rating", rating(11)).then().statusCode(400)
                .body("violations.field", hasItem("rating"));
        OrdersAtWork.put(agent, id, "rating", rating(-1)).then().statusCode(400);
        OrdersAtWork.put(agent, id, "rating", Map.of()).then().statusCode(400);
        OrdersAtWork.put(agent, id, "rating", rating(0)).then().statusCode(200).body("rating", equalTo(0));
    }

    @Test
    void theCustomerRatesByPhoneAfterCompletion() {
        UUID id = completed();

        OrdersAtWork.put(agent, id, "rating", rating(7)).then().statusCode(200)
                .body("rating", equalTo(7)).body("ratedBy", equalTo("ana"));
        OrdersAtWork.history(agent, id).then().body("note", hasItem("rated 7 of 10"));
    }

    @Test
    void onceRatedOnlyASupervisorCorrectsTheRating() {
        UUID id = completed();
        OrdersAtWork.put(agent, id, "rating", rating(7)).then().statusCode(200);
        String etag = OrdersAtWork.etag(agent, id);

        OrdersAtWork.put(agent, id, "rating", rating(8)).then().statusCode(409)
                .body("type", equalTo(OrderApi.PROBLEMS + "already-rated"));
        OrdersAtWork.put(technician, id, "rating", rating(8)).then().statusCode(409);
        OrdersAtWork.put(agent, id, "rating", rating(7)).then().statusCode(200).header("ETag", etag);

        OrdersAtWork.put(supervisor, id, "rating", rating(8)).then().statusCode(200)
                .body("rating", equalTo(8)).body("ratedBy", equalTo("sofia"));
        OrdersAtWork.history(agent, id).then()
                .body("find { it.field == 'rating' }.change", equalTo("EDITED"))
                .body("find { it.field == 'rating' }.before", equalTo("7"))
                .body("find { it.field == 'rating' }.after", equalTo("8"))
                .body("find { it.field == 'rating' }.by", equalTo("sofia"));
    }

    @Test
    void anOrderIsRatedOnlyOnceCompletedAndNotOnceClosed() {
        UUID inProgress = OrdersAtWork.inProgress(TestCatalog.problemCode(TestCatalog.Rules.simple()), "tiago");
        OrdersAtWork.put(agent, inProgress, "rating", rating(5)).then().statusCode(409)
                .body("type", equalTo(OrderApi.PROBLEMS + "order-not-completed"));

        UUID closed = completed();
        OrdersAtWork.close(closed);
        OrdersAtWork.put(agent, closed, "rating", rating(5)).then().statusCode(409)
                .body("type", equalTo(OrderApi.PROBLEMS + "order-read-only"));
    }

    @Test
    void aRatingOnAStaleVersionIsRefused() {
        UUID id = completed();
        String read = OrdersAtWork.etag(agent, id);
        OrdersAtWork.put(agent, id, "rating", rating(9)).then().statusCode(200);

        OrdersAtWork.put(supervisor, id, "rating", rating(3), read).then().statusCode(412);
        OrdersAtWork.get(agent, id, "report").then().body("rating", equalTo(9));
    }
}
