package dev.servicedesk.intake.customer;

import static dev.servicedesk.intake.customer.CustomerApi.PROBLEMS;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicedesk.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finding a customer while they are on the line: by document, name, phone or e-mail, paged in a stable order. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SearchingCustomersTest {

    private final String agent = Tokens.of("ana", "agent");

    @Test
    void aDocumentIsFoundFormattedOrBare() {
        String cpf = TestCustomers.randomCpf();
        String id = CustomerApi.registered(agent, TestCustomers.person(cpf, "Rita " + TestCustomers.uniqueWord(),
                TestCustomers.randomMobile()));

        for (String typed : List.of(cpf, TestCustomers.formattedCpf(cpf))) {
            CustomerApi.search(agent, Map.of("document", typed)).then().statusCode(200)
                    .body("total", equalTo(1))
                    .body("items.id", contains(id));
        }
    }

    @Test
    void aNameIsFoundWhateverTheAccentsCaseAndWordOrder() {
        String surname = TestCustomers.uniqueWord();
        String id = CustomerApi.registered(agent, TestCustomers.person(TestCustomers.randomCpf(),
                "José da Conceição Brandão " + surname, TestCustomers.randomMobile()));

        for (String typed : List.of("jose conceicao " + surname, "JOSÉ BRANDÃO " + surname.toLowerCase(),
                surname + " jos", surname.substring(0, 6) + " Conceiçao")) {
            CustomerApi.search(agent, Map.of("name", typed)).then().statusCode(200)
                    .body("items.id", contains(id));
        }
        CustomerApi.search(agent, Map.of("name", "maria " + surname)).then().body("total", equalTo(0));
        CustomerApi.search(agent, Map.of("name", "onceicao " + surname)).then().body("total", equalTo(0));
    }

    @Test
    void aPhoneOrAnEmailFindsItsCustomer() {
        String mobile = TestCustomers.randomMobile();
        Map<String, Object> body = TestCustomers.person(TestCustomers.randomCpf(), "Lúcia " + TestCustomers.uniqueWord(),
                mobile);
        String id = CustomerApi.registered(agent, body);

        CustomerApi.search(agent, Map.of("phone", TestCustomers.formattedMobile(mobile))).then()
                .body("items.id", contains(id));
        CustomerApi.search(agent, Map.of("phone", mobile)).then().body("items.id", contains(id));
        CustomerApi.search(agent, Map.of("email", ((String) body.get("email")).toUpperCase())).then()
                .body("items.id", contains(id));
        CustomerApi.search(agent, Map.of("phone", mobile, "email", "someone.else@example.com")).then()
                .body("total", equalTo(0));
    }

    @Test
    void pagesFollowTheNameThenTheIdAndNeverRepeatOrSkip() {
        String family = TestCustomers.uniqueWord();
        List<String> ids = new ArrayList<>();
        for (String given : List.of("Bruna", "Álvaro", "carla", "Dora", "Bruna")) {
            ids.add(CustomerApi.registered(agent, TestCustomers.person(TestCustomers.randomCpf(), given + " " + family,
                    TestCustomers.randomMobile())));
        }

        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            var found = CustomerApi.search(agent, Map.of("name", family, "page", page, "size", 2)).then()
                    .statusCode(200).body("total", equalTo(5)).body("page", equalTo(page)).body("size", equalTo(2))
                    .extract().jsonPath();
            seen.addAll(found.getList("items.id"));
            if (page == 0) {
                assertEquals(List.of("Álvaro " + family, "Bruna " + family), found.getList("items.name"));
            }
        }
        assertEquals(5, seen.size());
        CustomerApi.search(agent, Map.of("name", family, "size", 5)).then().body("items.id", contains(seen.toArray()))
                .body("items.id", containsInAnyOrder(ids.toArray()));
    }

    @Test
    void aPageHoldsAtMostTwoHundred() {
        CustomerApi.search(agent, Map.of("name", "maria", "size", 201)).then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation"))
                .body("violations.field", contains("size"));
        CustomerApi.search(agent, Map.of("name", "maria", "size", 0)).then().statusCode(400);
        CustomerApi.search(agent, Map.of("name", "maria", "page", -1)).then().statusCode(400)
                .body("violations.field", contains("page"));
        CustomerApi.search(agent, Map.of("name", "maria", "size", 200)).then().statusCode(200)
                .body("items", hasSize(lessThanOrEqualTo(200)));
    }

    @Test
    void aSearchNeedsACriterionSoThatNobodyBrowsesTheRegistry() {
        CustomerApi.search(agent, Map.of()).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "validation"));
        CustomerApi.search(agent, Map.of("name", "a")).then().statusCode(400)
                .body("violations.field", contains("name"));
    }
}
