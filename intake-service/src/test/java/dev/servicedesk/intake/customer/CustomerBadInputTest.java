package dev.servicedesk.intake.customer;

import static dev.servicedesk.intake.customer.CustomerApi.PROBLEMS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.servicedesk.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input is answered with problem+json naming the field at fault, the way the client wrote it. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CustomerBadInputTest {

    private final String agent = Tokens.of("ana", "agent");

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "document            | 529.982.247-24     | not a valid CPF",
            "document            | 111.111.111-11     | repeated digit",
            "document            | 11.222.333/0001-81 | a CPF has 11 digits",
            "phones[0].number    | (11) 1234-5678     | area code",
            "phones[0].number    | (11) 3456-7890     | not a MOBILE one",
            "email               | maria@@example.com | not an e-mail address",
            "addresses[0].cep    | 13015-00           | must be a CEP",
    })
    void aValueThatIsNotWhatItClaimsIsNamed(String field, String value, String message) {
        Map<String, Object> body = TestCustomers.person();
        set(body, field, value);

        refused(body).body("type", equalTo(PROBLEMS + "validation"))
                .body("violations.field", contains(field))
                .body("violations[0].message", containsString(message));
    }

    @Test
    void anUnknownStateIsNamedWithTheTwentySevenThatExist() {
        Map<String, Object> body = TestCustomers.person();
        set(body, "addresses[0].state", "XX");

        refused(body).body("violations.field", contains("addresses[0].state"))
                .body("violations[0].message", startsWith("'XX' is not one of [AC, AL, AP"));
    }

    @Test
    void aCompanysCnpjIsCheckedToo() {
        refused(TestCustomers.company("12.ABC.345/01DE-36", "Ferragens Ltda"))
                .body("violations.field", contains("document"))
                .body("violations[0].message", containsString("not a valid CNPJ"));
    }

    @Test
    void everyFieldAtFaultIsNamedAtOnce() {
        Map<String, Object> body = TestCustomers.person();
        body.put("document", "123");
        body.put("email", "maria");

        body.put("phones", List.of(Map.of("number", "123", "kind", "MOBILE")));

        refused(body).body("violations.field", contains("document", "phones[0].number", "email"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "name, 151", "document, 21", "email, 255", "addresses[0].street, 201", "addresses[0].number, 21",
            "addresses[0].complement, 101", "addresses[0].district, 101", "addresses[0].city, 101",
            "phones[0].number, 26" })
    void oversizedTextIsRefused(String field, int length) {
        Map<String, Object> body = TestCustomers.person();
        set(body, field, "a".repeat(length));

        refused(body).body("type", equalTo(PROBLEMS + "validation"))
                .body("violations.field", contains(field))
                .body("violations[0].message", startsWith("size must be between"));
    }

    @Test
    void aCustomerHasAtMostFivePhones() {
        Map<String, Object> body = TestCustomers.person();
        body.put("phones", Collections.nCopies(6, Map.of("number", "(11) 98765-4321", "kind", "MOBILE")));

        refused(body).body("violations.field", contains("phones"));
    }

    @Test
    void requiredFieldsAreNamed() {
        Map<String, Object> body = TestCustomers.person();
        body.remove("type");
        body.put("name", " ");
        set(body, "addresses[0].city", null);

        refused(body).body("violations.field", contains("addresses[0].city", "name", "type"));
    }

    @Test
    void aCustomerWithNeitherPhoneNorEmailCannotBeReached() {
        Map<String, Object> body = TestCustomers.person();
        body.remove("phones");
        body.remove("email");

        CustomerApi.register(agent, body).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "customer-unreachable"));
    }

    @Test
    void unknownFieldsAndValuesAreRefusedByName() {
        Map<String, Object> body = TestCustomers.person();
        body.put("nickname", "Mari");
        refused(body).body("type", equalTo(PROBLEMS + "malformed-request"))
                .body("violations.field", contains("nickname"));

        Map<String, Object> nested = TestCustomers.person();
        set(nested, "addresses[0].country", "BR");
        refused(nested).body("violations.field", contains("addresses[0].country"));

        Map<String, Object> channel = TestCustomers.person();
        channel.put("preferredChannel", "CARRIER_PIGEON");
        refused(channel).body("violations.field", contains("preferredChannel"))
                .body("violations[0].message", startsWith("'CARRIER_PIGEON' is not one of [PHONE"));

        Map<String, Object> kind = TestCustomers.person();
        kind.put("type", "ROBOT");
        refused(kind).body("violations.field", contains("type"));
    }

    @Test
    void malformedJsonAWrongContentTypeAndNoBodyAreRefused() {
        given().auth().oauth2(agent).contentType("application/json").body("{\"type\": \"PERSON\", ")
                .post(CustomerApi.CUSTOMERS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "malformed-request"));
        given().auth().oauth2(agent).contentType("application/xml").body("<customer/>")
                .post(CustomerApi.CUSTOMERS).then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "unsupported-media-type"));
        given().auth().oauth2(agent).contentType("application/json").post(CustomerApi.CUSTOMERS).then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void badSearchCriteriaAreNamed() {
        CustomerApi.search(agent, Map.of("document", "529.982.247-24")).then().statusCode(400)
                .body("violations.field", contains("document"));
        CustomerApi.search(agent, Map.of("phone", "12345")).then().statusCode(400)
                .body("violations.field", contains("phone"));
        CustomerApi.search(agent, Map.of("email", "maria")).then().statusCode(400)
                .body("violations.field", contains("email"));
        CustomerApi.search(agent, Map.of("name", "a".repeat(151))).then().statusCode(400)
                .body("violations.field", contains("name"));
        CustomerApi.search(agent, Map.of("name", "um dois tres quatro cinco seis sete")).then().statusCode(400)
                .body("violations.field", contains("name"));
    }

    @Test
    void aBadIdIsRefused() {
        CustomerApi.get(agent, "not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    private ValidatableResponse refused(Map<String, Object> body) {
        return CustomerApi.register(agent, body).then().statusCode(400).contentType("application/problem+json");
    }

    /** Sets {@code name}, {@code phones[0].number} or {@code addresses[0].cep} in a body built by TestCustomers. */
    @SuppressWarnings("unchecked")
    private static void set(Map<String, Object> body, String field, Object value) {
        if (!field.contains("[")) {
            body.put(field, value);
            return;
        }
        String list = field.substring(0, field.indexOf('['));
        int index = Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
        String property = field.substring(field.indexOf("].") + 2);
        List<Map<String, Object>> items = (List<Map<String, Object>>) body.get(list);
        Map<String, Object> item = new LinkedHashMap<>(items.get(index));
        item.put(property, value);
        items.set(index, item);
    }
}
