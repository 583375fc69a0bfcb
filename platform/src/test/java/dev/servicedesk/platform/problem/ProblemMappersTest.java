package dev.servicedesk.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.servicedesk.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ProblemMappersTest {

    private static final String TYPES = "https://servicedesk.dev/problems/";

    @Test
    void invalidFieldsAreNamedAsTheClientWroteThem() {
        asAgent().body("""
                {"title": "", "priority": "HIGH", "tags": ["ok", " "], "contact": {"name": "Ana", "email": "not-an-email"}}
                """)
                .post("/probe/notes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "validation"))
                .body("violations.field", equalTo(List.of("contact.email", "tags[1]", "title")));
    }

    @Test
    void aMissingBodyIsAValidationProblem() {
        asAgent().post("/probe/notes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + "validation"));
    }

    @Test
    void brokenJsonIsAMalformedRequest() {
        problem(asAgent().body("{\"title\": \"x\",").post("/probe/notes"), 400, "malformed-request")
                .body("violations[0].message", containsString("not valid JSON"));
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        problem(asAgent().body("{\"title\": \"x\", \"priority\": \"LOW\", \"colour\": \"red\"}").post("/probe/notes"),
                400, "malformed-request")
                .body("violations[0].field", equalTo("colour"))
                .body("violations[0].message", equalTo("unknown field 'colour'"));
    }

    @Test
    void anInvalidEnumListsTheAllowedValues() {
        problem(asAgent().body("{\"title\": \"x\", \"priority\": \"URGENTE\"}").post("/probe/notes"), 400, "malformed-request")
                .body("violations[0].field", equalTo("priority"))
                .body("violations[0].message", equalTo("'URGENTE' is not one of [LOW, NORMAL, HIGH]"));
    }

    @Test
    void aWrongTypeSaysWhatWasExpectedWithoutJavaNames() {
        problem(asAgent().body("{\"title\": \"x\", \"priority\": \"LOW\", \"due\": \"23/11/2026\"}").post("/probe/notes"),
                400, "malformed-request")
                .body("violations[0].field", equalTo("due"))
                .body("violations[0].message", containsString("a date (YYYY-MM-DD)"))
                .body(not(containsString("java.")));
        problem(asAgent().body("{\"title\": \"x\", \"priority\": \"LOW\", \"tags\": \"one\"}").post("/probe/notes"),
                400, "malformed-request")
                .body("violations[0].field", equalTo("tags"))
                .body("violations[0].message", equalTo("expected an array"));
    }

    @Test
    void aWrongContentTypeIsUnsupported() {
        problem(given().auth().oauth2(Tokens.forRole("agent")).contentType("text/plain").body("hello")
                .post("/probe/notes"), 415, "unsupported-media-type")
                .body("detail", containsString("text/plain"));
    }

    @Test
    void anAcceptTheServiceCannotMeetIsNotAcceptable() {
        problem(given().auth().oauth2(Tokens.forRole("agent")).accept("application/xml")
                .get("/probe/notes/" + UUID.randomUUID()), 406, "not-acceptable");
    }

    @Test
    void aDomainNotFoundKeepsItsDetail() {
        UUID id = UUID.randomUUID();
        problem(asAgent().get("/probe/notes/" + id), 404, "not-found")
                .body("detail", equalTo("No note " + id + "."))
                .body("instance", equalTo("/probe/notes/" + id));
    }

    @Test
    void aPathIdThatIsNotAnIdIsNotFound() {
        problem(asAgent().get("/probe/notes/not-a-uuid"), 404, "not-found");
    }

    @Test
    void aBusinessRuleNamesItself() {
        problem(asAgent().post("/probe/notes/" + UUID.randomUUID() + "/approval"), 409, "estimate-not-approved")
                .body("title", equalTo("Estimate not approved"));
    }

    @Test
    void aQueryParameterOutOfRangeIsNamed() {
        problem(asAgent().queryParam("size", 1000).get("/probe/notes"), 400, "validation")
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void anUnexpectedErrorHidesItsCauseAndGivesAnId() {
        problem(asAgent().get("/probe/boom"), 500, "internal")
                .body("errorId", matchesPattern("[0-9a-f-]{36}"))
                .body(allOf(not(containsString("select")), not(containsString("IllegalState")),
                        not(containsString("Exception")), not(containsString("dev.servicedesk"))));
    }

    @Test
    void aStatementTimeoutIsABusyServiceNotAServerError() {
        problem(asAgent().get("/probe/slow-query"), 503, "service-unavailable")
                .header("Retry-After", "5")
                .body(allOf(not(containsString("pg_sleep")), not(containsString("SQL"))));
    }

    @Test
    void anExhaustedConnectionPoolIsABusyServiceNotAServerError() {
        problem(asAgent().get("/probe/crowded-pool"), 503, "service-unavailable")
                .header("Retry-After", "5")
                .body(not(containsString("acquisition")));
    }

    @Test
    void aRequestThatStopsArrivingIsATimeoutNotAServerError() {
        problem(asAgent().get("/probe/stalled-upload"), 408, "request-timeout")
                .body(not(containsString("IOException")));
    }

    @Test
    void aMissingRoleIsForbidden() {
        problem(asAgent().get("/probe/supervision"), 403, "forbidden");
    }

    @Test
    void aWrongMethodIsNotAllowed() {
        problem(asAgent().delete("/probe/notes"), 405, "method-not-allowed");
    }

    @Test
    void aContentTypeThatIsNoMediaTypeIsAnUnsupportedMediaType() {
        problem(given().auth().oauth2(Tokens.forRole("agent")).contentType("garbage")
                .body("{\"title\": \"x\", \"priority\": \"LOW\"}".getBytes(StandardCharsets.UTF_8)).post("/probe/notes"),
                415, "unsupported-media-type")
                .body("detail", containsString("'garbage"));
    }

    @Test
    void aNulCharacterInAJsonStringIsRefusedByItsField() {
        problem(asAgent().body("{\"title\": \"Gela\\u0000deira\", \"priority\": \"LOW\"}").post("/probe/notes"),
                400, "malformed-request")
                .body("violations[0].field", equalTo("title"))
                .body("violations[0].message", equalTo("must not contain the NUL character"));
        problem(asAgent().body("{\"title\": \"x\", \"priority\": \"LOW\", \"tags\": [\"a\\u0000\"]}")
                .post("/probe/notes"), 400, "malformed-request")
                .body("violations[0].field", equalTo("tags[0]"));
    }

    @Test
    void aNulCharacterInThePathOrTheQueryIsRefused() {
        problem(asAgent().urlEncodingEnabled(false).get("/probe/notes?size=1&dueAfter=%00"), 400, "malformed-request")
                .body("violations[0].field", equalTo("dueAfter"));
        problem(asAgent().urlEncodingEnabled(false).get("/probe/notes/%00"), 400, "malformed-request")
                .body("violations[0].field", equalTo("path"));
    }

    @Test
    void anInstantInTheQueryOutsideTheYears1To9999OrUnreadableIsInvalidByName() {
        for (String instant : List.of("+999999999-12-31T23:59:59Z", "-4800-01-01T00:00:00Z", "yesterday")) {
            problem(asAgent().queryParam("size", 1).queryParam("dueAfter", instant).get("/probe/notes"), 400,
                    "validation")
                    .body("violations[0].field", equalTo("dueAfter"));
        }
        asAgent().queryParam("size", 1).queryParam("dueAfter", "2026-11-23T14:30:00-03:00").get("/probe/notes")
                .then().statusCode(200);
    }

    @Test
    void aValidRequestPassesThrough() {
        asAgent().body("{\"title\": \"Geladeira\", \"priority\": \"HIGH\", \"due\": \"2026-11-30\"}")
                .post("/probe/notes")
                .then().statusCode(200)
                .body("title", equalTo("Geladeira"))
                .body("errorId", nullValue());
    }

    private static RequestSpecification asAgent() {
        return given().auth().oauth2(Tokens.forRole("agent")).contentType("application/json").when();
    }

    private static ValidatableResponse problem(Response response, int status, String type) {
        return response.then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo(TYPES + type))
                .body("status", equalTo(status))
                .body(not(containsString("\tat ")));
    }
}
