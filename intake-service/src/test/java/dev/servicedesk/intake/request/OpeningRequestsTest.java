package dev.servicedesk.intake.request;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicedesk.intake.protocol.ProtocolNumber;
import dev.servicedesk.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Protocol first: a request is saved, and its protocol number given, before anything else is typed. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OpeningRequestsTest {

    private static final String PROBLEMS = "https://servicedesk.dev/problems/";

    @Test
    void anAgentGetsAProtocolNumberWithNothingButTheChannel() {
        JsonPath opened = open(Tokens.of("ana", "agent"), "{\"channel\": \"PHONE\"}")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", notNullValue())
                .body("status", equalTo("DRAFT"))
                .body("channel", equalTo("PHONE"))
                .body("openedBy", equalTo("ana"))
                .extract().jsonPath();

        ProtocolNumber protocol = ProtocolNumber.parse(opened.getString("protocol"));
        assertEquals(LocalDate.now(ZoneId.of("America/Sao_Paulo")), protocol.day());
        Instant openedAt = Instant.parse(opened.getString("openedAt"));
        assertEquals(Duration.ofDays(7), Duration.between(openedAt, Instant.parse(opened.getString("dueAt"))),
                "SAC: answered within 7 days");
    }

    @Test
    void twoHundredAgentsAtOnceGetTwoHundredDistinctValidProtocols() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<String>> posts = IntStream.range(0, 200)
                    .<Callable<String>>mapToObj(i -> () -> open(Tokens.of("agent-" + i, "agent"), "{\"channel\": \"CHAT\"}")
                            .then().statusCode(201).extract().path("protocol"))
                    .toList();
            Set<String> protocols = pool.invokeAll(posts).stream().map(OpeningRequestsTest::get)
                    .collect(Collectors.toSet());

            assertEquals(200, protocols.size());
            protocols.forEach(ProtocolNumber::parse);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRetriedOpenWithTheSameIdempotencyKeyGivesTheSameProtocol() {
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(Tokens.of("ana", "agent")).header("Idempotency-Key", key)
                .contentType("application/json").body("{\"channel\": \"EMAIL\"}")
                .post("/api/v1/requests").then().statusCode(201).extract().path("protocol");
        String retry = given().auth().oauth2(Tokens.of("ana", "agent")).header("Idempotency-Key", key)
                .contentType("application/json").body("{\"channel\": \"EMAIL\"}")
                .post("/api/v1/requests").then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract().path("protocol");
        assertEquals(first, retry);
    }

    @Test
    void aRequestIsFoundByItsProtocolAndAMistypedOneIsToldApart() {
        String agent = Tokens.of("ana", "agent");
        String protocol = open(agent, "{\"channel\": \"WHATSAPP\"}").then().statusCode(201).extract().path("protocol");

        given().auth().oauth2(agent).get("/api/v1/requests/by-protocol/" + protocol)
                .then().statusCode(200).body("protocol", equalTo(protocol)).header("ETag", notNullValue());

        ProtocolNumber parsed = ProtocolNumber.parse(protocol);
        String mistyped = protocol.substring(0, protocol.length() - 1) + ((parsed.checkDigit() + 1) % 10);
        given().auth().oauth2(agent).get("/api/v1/requests/by-protocol/" + mistyped)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "protocol-check-digit"));

        ProtocolNumber unknown = new ProtocolNumber(LocalDate.of(2020, 1, 1), 1);
        given().auth().oauth2(agent).get("/api/v1/requests/by-protocol/" + unknown)
                .then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
        given().auth().oauth2(agent).get("/api/v1/requests/by-protocol/not-a-protocol")
                .then().statusCode(400).body("type", equalTo(PROBLEMS + "malformed-protocol"));
    }

    @Test
    void aPartnerLogsThroughThePartnerApiAndSeesOnlyItsOwn() {
        JsonPath acme = open(Tokens.partner("partner-acme"), "{}").then().statusCode(201)
                .body("channel", equalTo("PARTNER_API")).extract().jsonPath();
        String id = acme.getString("id");
        String protocol = acme.getString("protocol");

        given().auth().oauth2(Tokens.partner("partner-acme")).get("/api/v1/requests/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.partner("partner-bravo")).get("/api/v1/requests/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.partner("partner-bravo")).get("/api/v1/requests/by-protocol/" + protocol)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of("ana", "agent")).get("/api/v1/requests/" + id).then().statusCode(200);

        open(Tokens.partner("partner-acme"), "{\"channel\": \"PHONE\"}").then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "partner-channel"));
    }

    @Test
    void badInputNamesTheFieldAtFault() {
        String agent = Tokens.of("ana", "agent");
        open(agent, "{}").then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation")).body("violations[0].field", equalTo("channel"));
        open(agent, "{\"channel\": \"CARRIER_PIGEON\"}").then().statusCode(400)
                .body("violations[0].field", equalTo("channel"))
                .body("violations[0].message", startsWith("'CARRIER_PIGEON' is not one of [PHONE, EMAIL"));
        open(agent, "{\"channel\": \"PHONE\", \"colour\": \"red\"}").then().statusCode(400)
                .body("violations[0].field", equalTo("colour"));
        open(agent, "{\"channel\": ").then().statusCode(400).body("type", equalTo(PROBLEMS + "malformed-request"));
        given().auth().oauth2(agent).contentType("text/plain").body("PHONE").post("/api/v1/requests")
                .then().statusCode(415);
        given().auth().oauth2(agent).get("/api/v1/requests/" + UUID.randomUUID()).then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = { "technician", "analyst" })
    void rolesThatDoNotLogRequestsCannotOpenOne(String role) {
        open(Tokens.forRole(role), "{\"channel\": \"PHONE\"}").then().statusCode(403);
    }

    @Test
    void whoMayReadRequests() {
        String id = open(Tokens.of("ana", "agent"), "{\"channel\": \"FAX\"}").then().statusCode(201).extract().path("id");
        for (String role : List.of("agent", "supervisor", "admin", "analyst")) {
            given().auth().oauth2(Tokens.forRole(role)).get("/api/v1/requests/" + id).then().statusCode(200);
        }
        given().auth().oauth2(Tokens.forRole("technician")).get("/api/v1/requests/" + id).then().statusCode(404);
        given().get("/api/v1/requests/" + id).then().statusCode(401);
        given().contentType("application/json").body("{\"channel\": \"FAX\"}").post("/api/v1/requests")
                .then().statusCode(401);
    }

    private static Response open(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/requests");
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
