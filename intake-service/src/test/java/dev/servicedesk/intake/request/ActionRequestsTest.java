package dev.servicedesk.intake.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.servicedesk.intake.customer.TestCustomers;
import dev.servicedesk.platform.testing.EventContracts;
import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.platform.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Action requests (seed 003): a problem code, the customer, the place of service and a description. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ActionRequestsTest {

    private static final String PROBLEMS = "https://servicedesk.dev/problems/";
    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static final String ACTION = """
            {"type": "ACTION", "customerId": "%s",
             "action": {"problemCode": "COLETA-ELETRO",
                        "place": {"street": "Rua Barão de Jaguara", "number": "1481", "complement": "apto 52",
                                  "district": "Centro", "city": "Campinas", "state": "SP", "cep": "13015-002"},
                        "description": "Geladeira velha para coleta; cliente Maria estará em casa à tarde.",
                        "product": {"brand": "Consul", "model": "Frost Free 480L", "serialNumber": "SN-99887766",
                                    "purchaseDate": "2015-03-10"}}}""";

    private final String agent = Tokens.of("ana", "agent");
    private String action;

    @BeforeEach
    void aRegisteredCustomer() {
        action = ACTION.formatted(TestCustomers.registeredPerson(agent));
    }

    @Test
    void anActionRequestIsLoggedOpenWithoutPersonalDataInItsEvent() {
        try (TopicProbe probe = TopicProbe.open("servicedesk.requests.v1")) {
            Opened request = describe(open(), action).then().statusCode(200)
                    .body("action.place.cep", equalTo("13015-002"))
                    .extract().as(Opened.class);
            log(request).then().statusCode(200).body("status", equalTo("OPEN"));

            ConsumerRecord<String, String> logged = probe.awaitRecord(TopicProbe.withKey(request.id()), ARRIVAL);
            EventContracts.assertMatchesContract(logged);
            String value = logged.value();
            assertTrue(value.contains("\"problemCode\":\"COLETA-ELETRO\""), value);
            assertTrue(value.contains("\"placeCity\":\"Campinas\"") && value.contains("\"placeState\":\"SP\""), value);
            assertTrue(value.contains("\"productModel\":\"Frost Free 480L\""), value);
            for (String personal : List.of("Barão de Jaguara", "1481", "apto", "13015", "Maria", "SN-99887766")) {
                assertFalse(value.contains(personal), personal + " leaked into " + value);
            }
        }
    }

    @Test
    void aClientWithEverythingAtHandOpensDescribesAndLogsInOneCall() {
        try (TopicProbe probe = TopicProbe.open("servicedesk.requests.v1")) {
            String id = openAtOnce("{\"channel\": \"CHAT\", \"log\": true, \"details\": " + action + "}")
                    .then().statusCode(201)
                    .header("ETag", "\"1\"")
                    .body("status", equalTo("OPEN"))
                    .body("channel", equalTo("CHAT"))
                    .body("action.problemCode", equalTo("COLETA-ELETRO"))
                    .extract().path("id");

            ConsumerRecord<String, String> logged = probe.awaitRecord(TopicProbe.withKey(id), ARRIVAL);
            EventContracts.assertMatchesContract(logged);
            assertEquals("RequestLogged", TopicProbe.header(logged, "ce_type"));
            assertEquals("1", TopicProbe.header(logged, "ce_aggregateversion"),
                    "the version the request committed as, as step by step");
            given().auth().oauth2(agent).get("/api/v1/requests/" + id + "/history").then().statusCode(200)
                    .body("change", contains("OPENED", "DESCRIBED", "LOGGED"));
        }
    }

    @Test
    void detailsSentWithTheChannelStayADraftUnlessLogged() {
        openAtOnce("{\"channel\": \"EMAIL\", \"details\": " + action + "}").then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("action.place.city", equalTo("Campinas"));
    }

    @Test
    void loggingInOneCallKeepsEveryRuleOfTheSteps() {
        openAtOnce("{\"channel\": \"PHONE\", \"log\": true}").then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "request-incomplete"));
        openAtOnce("{\"channel\": \"PHONE\", \"log\": true, \"details\": " + ACTION.formatted(UUID.randomUUID())
                + "}").then().statusCode(422).body("type", equalTo(PROBLEMS + "unknown-customer"));
        openAtOnce("{\"channel\": \"PHONE\", \"log\": true, \"details\": {\"customerId\": \"x\"}}")
                .then().statusCode(400);
    }

    @Test
    void anActionRequestForAProblemAlreadyReportedJoinsItsOrder() {
        UUID order = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.open("servicedesk.requests.v1")) {
            Opened request = describe(open(), action).as(Opened.class);
            linkToOrder(request, order).then().statusCode(200)
                    .body("status", equalTo("LINKED")).body("orderId", equalTo(order.toString()));

            List<ConsumerRecord<String, String>> events = probe.awaitRecords(TopicProbe.withKey(request.id()), 2, ARRIVAL);
            assertEquals(List.of("RequestLogged", "RequestLinkedToOrder"),
                    events.stream().map(r -> TopicProbe.header(r, "ce_type")).toList());
            events.forEach(EventContracts::assertMatchesContract);
            assertTrue(events.get(1).value().contains(order.toString()));
        }
    }

    @Test
    void aPartnersRequestJoiningAnOrderNamesThePartnerSoThatItMayFollowTheOrder() {
        String partner = Tokens.partner("partner-acme");
        String partnersCustomer = TestCustomers.registeredPerson(partner);
        String request = RequestApi.draft(partner, "{}");
        RequestApi.describeAction(partner, request, partnersCustomer, "COLETA-ELETRO",
                RequestApi.place("13015-002", "1481", null));
        UUID order = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.open("servicedesk.requests.v1")) {
            RequestApi.post(agent, request, "order-link", Map.of("orderId", order.toString())).then().statusCode(200);

            ConsumerRecord<String, String> linked = probe.awaitRecord(TopicProbe.withKey(request)
                    .and(TopicProbe.withHeader("ce_type", "RequestLinkedToOrder")), ARRIVAL);
            EventContracts.assertMatchesContract(linked);
            assertTrue(linked.value().contains("\"partnerId\":\"partner-acme\""), linked.value());
        }
    }

    @Test
    void theCustomerMustBeKnownToTheCaller() {
        String unknown = ACTION.formatted(UUID.randomUUID());
        describe(open(), unknown).then().statusCode(422).body("type", equalTo(PROBLEMS + "unknown-customer"));

        String partner = Tokens.partner("partner-bravo");
        Opened partnerRequest = given().auth().oauth2(partner).contentType("application/json").body("{}")
                .post("/api/v1/requests").then().statusCode(201).extract().as(Opened.class);
        given().auth().oauth2(partner).contentType("application/json").header("If-Match", partnerRequest.etag())
                .body(action).put("/api/v1/requests/" + partnerRequest.id() + "/details")
                .then().statusCode(422).body("type", equalTo(PROBLEMS + "unknown-customer"));
    }

    @Test
    void aCustomersRequestsAreItsHistoryNewestFirst() {
        String customer = TestCustomers.registeredPerson(agent);
        String customerAction = ACTION.formatted(customer);
        Opened first = describe(open(), customerAction).as(Opened.class);
        log(first).then().statusCode(200);
        Opened second = describe(open(), customerAction).as(Opened.class);

        given().auth().oauth2(agent).get("/api/v1/customers/" + customer + "/requests")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(second.id(), first.id()))
                .body("items.status", contains("DRAFT", "OPEN"));
        given().auth().oauth2(agent).get("/api/v1/customers/" + UUID.randomUUID() + "/requests")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.partner("partner-bravo")).get("/api/v1/customers/" + customer + "/requests")
                .then().statusCode(404);
    }

    @Test
    void anIncompleteActionRequestIsNotLoggedAndSaysWhatIsMissing() {
        Opened request = describe(open(), """
                {"type": "ACTION", "action": {"problemCode": "COLETA-ELETRO"}}""").as(Opened.class);
        log(request).then().statusCode(422).body("type", equalTo(PROBLEMS + "request-incomplete"))
                .body("violations.field", containsInAnyOrder("customerId", "action.place", "action.description"));
    }

    @Test
    void aPlaceMustBeABrazilianAddress() {
        Opened request = open();
        describe(request, action.replace("\"SP\"", "\"XX\"")).then().statusCode(400)
                .body("violations[0].field", equalTo("action.place.state"));
        describe(request, action.replace("13015-002", "1301")).then().statusCode(400)
                .body("violations.field", hasItem("action.place.cep"));
        describe(request, action.replace("COLETA-ELETRO", "coleta eletro")).then().statusCode(400)
                .body("violations.field", hasItem("action.problemCode"));
        describe(request, action.replace("\"ACTION\"", "\"COMMENT\"")).then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "section-does-not-fit-type"));
    }

    @Test
    void onlyAnActionRequestJoinsAnOrder() {
        Opened request = describe(open(), """
                {"type": "COMMENT", "comment": {"text": "Ótimo atendimento", "kind": "PRAISE"}}""").as(Opened.class);
        linkToOrder(request, UUID.randomUUID()).then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "section-does-not-fit-type"));
    }

    @Test
    void anAnalystSeesThePlaceOnlyByCityAndState() {
        Opened request = describe(open(), action).as(Opened.class);
        given().auth().oauth2(Tokens.forRole("analyst")).get("/api/v1/requests/" + request.id())
                .then().statusCode(200)
                .body("action.problemCode", equalTo("COLETA-ELETRO"))
                .body("action.place.city", equalTo("Campinas"))
                .body("action.place.street", nullValue())
                .body("action.place.cep", nullValue())
                .body("action.description", nullValue())
                .body("action.product.serialNumber", nullValue())
                .body("action.product.model", equalTo("Frost Free 480L"));
        given().auth().oauth2(agent).queryParam("problemCode", "COLETA-ELETRO").queryParam("size", 200)
                .get("/api/v1/requests").then().statusCode(200).body("items.id", hasItem(request.id()));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Opened(String id, long version) {
        String etag() {
            return "\"" + version + "\"";
        }
    }

    private Opened open() {
        return given().auth().oauth2(agent).contentType("application/json").body("{\"channel\": \"WHATSAPP\"}")
                .post("/api/v1/requests").then().statusCode(201).extract().as(Opened.class);
    }

    private Response openAtOnce(String body) {
        return given().auth().oauth2(agent).contentType("application/json").body(body).post("/api/v1/requests");
    }

    private Response describe(Opened request, String details) {
        return given().auth().oauth2(agent).contentType("application/json").header("If-Match", request.etag())
                .body(details).put("/api/v1/requests/" + request.id() + "/details");
    }

    private Response log(Opened request) {
        return given().auth().oauth2(agent).header("If-Match", request.etag())
                .post("/api/v1/requests/" + request.id() + "/logging");
    }

    private Response linkToOrder(Opened request, UUID order) {
        return given().auth().oauth2(agent).header("If-Match", request.etag()).contentType("application/json")
                .body("{\"orderId\": \"" + order + "\"}").post("/api/v1/requests/" + request.id() + "/order-link");
    }
}
