package dev.servicedesk.intake.customer;

import static dev.servicedesk.intake.customer.CustomerApi.PROBLEMS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicedesk.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Registering, reading and updating customers: documents checked and unique, optimistic locking over HTTP. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RegisteringCustomersTest {

    private final String agent = Tokens.of("ana", "agent");

    @Test
    void anAgentRegistersAPersonAndGetsItBackFormattedWithItsAddressAndVersion() {
        String cpf = TestCustomers.randomCpf();
        String mobile = TestCustomers.randomMobile();
        Map<String, Object> body = TestCustomers.person(cpf, "José Araújo " + TestCustomers.uniqueWord(), mobile);
        body.put("document", cpf);
        body.put("phones", List.of(Map.of("number", "+55 " + mobile, "kind", "WHATSAPP")));
        Instant before = Instant.now();

        Response registered = CustomerApi.register(agent, body);

        registered.then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("type", equalTo("PERSON"))
                .body("document", equalTo(TestCustomers.formattedCpf(cpf)))
                .body("phones[0].number", equalTo(TestCustomers.formattedMobile(mobile)))
                .body("phones[0].kind", equalTo("WHATSAPP"))
                .body("addresses[0].cep", equalTo("13015-002"))
                .body("addresses[0].state", equalTo("SP"))
                .body("preferredChannel", equalTo("WHATSAPP"))
                .body("registeredBy", equalTo("ana"))
                .body("masked", equalTo(false))
                .body("version", equalTo(0));
        String id = registered.path("id");
        Instant createdAt = Instant.parse(registered.path("createdAt"));
        assertTrue(!createdAt.isBefore(before.minusSeconds(1)) && createdAt.isBefore(Instant.now().plusSeconds(1)),
                "the server sets the time: " + createdAt);

        CustomerApi.get(agent, id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("document", equalTo(TestCustomers.formattedCpf(cpf)));
    }

    @Test
    void theLocationNamesTheNewCustomer() {
        Response registered = CustomerApi.register(agent, TestCustomers.person());
        String id = registered.then().statusCode(201).extract().path("id");
        registered.then().header("Location", endsWith("/api/v1/customers/" + id));
    }

    @Test
    void aCompanyWithAnAlphanumericCnpjIsRegisteredInUpperCase() {
        String cnpj = TestCustomers.randomCnpj(true);
        String typed = (cnpj.substring(0, 2) + "." + cnpj.substring(2, 5) + "." + cnpj.substring(5, 8) + "/"
                + cnpj.substring(8, 12) + "-" + cnpj.substring(12)).toLowerCase();

        CustomerApi.register(agent, TestCustomers.company(typed, "Ferragens " + TestCustomers.uniqueWord() + " Ltda"))
                .then().statusCode(201)
                .body("type", equalTo("COMPANY"))
                .body("document", equalTo(typed.toUpperCase()));
    }

    @Test
    void aDocumentIsRegisteredOnceHoweverItIsWritten() {
        String cpf = TestCustomers.randomCpf();
        CustomerApi.registered(agent, TestCustomers.person(cpf, "Ana " + TestCustomers.uniqueWord(),
                TestCustomers.randomMobile()));

        Map<String, Object> again = TestCustomers.person(cpf, "Outra " + TestCustomers.uniqueWord(),
                TestCustomers.randomMobile());
        again.put("document", cpf);
        CustomerApi.register(Tokens.of("bia", "supervisor"), again).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "document-already-registered"))
                .body("violations[0].field", equalTo("document"));
    }

    @Test
    void tenAgentsRegisteringOneCnpjAtOnceCreateOneCustomer() throws Exception {
        String cnpj = TestCustomers.randomCnpj(false);
        String name = "Padaria " + TestCustomers.uniqueWord();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Integer>> attempts = IntStream.range(0, 10)
                    .<Callable<Integer>>mapToObj(i -> () -> CustomerApi.register(Tokens.of("agent-" + i, "agent"),
                            TestCustomers.company(cnpj, name)).statusCode())
                    .toList();
            List<Integer> statuses = pool.invokeAll(attempts).stream().map(RegisteringCustomersTest::get).toList();

            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(9, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        CustomerApi.search(agent, Map.of("document", cnpj)).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyCreatesOneCustomer() {
        Map<String, Object> body = TestCustomers.person();
        String key = UUID.randomUUID().toString();

        Response first = given().auth().oauth2(agent).header("Idempotency-Key", key).contentType("application/json")
                .body(body).post(CustomerApi.CUSTOMERS);
        Response retry = given().auth().oauth2(agent).header("Idempotency-Key", key).contentType("application/json")
                .body(body).post(CustomerApi.CUSTOMERS);

        first.then().statusCode(201);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.path("id"), (String) retry.path("id"));
        assertEquals(first.header("Location"), retry.header("Location"));
        CustomerApi.search(agent, Map.of("document", body.get("document"))).then().body("total", equalTo(1));
    }

    @Test
    void anUpdateNeedsTheCurrentETagAndAnswersWithTheNextOne() {
        Map<String, Object> body = TestCustomers.person();
        Response registered = CustomerApi.register(agent, body);
        String id = registered.path("id");
        String etag = registered.header("ETag");
        Instant createdAt = Instant.parse(registered.path("createdAt"));

        body.put("name", "Maria da Conceição Lima " + TestCustomers.uniqueWord());
        body.put("preferredChannel", "EMAIL");
        Response updated = CustomerApi.update(Tokens.of("bia", "supervisor"), id, etag, body);

        updated.then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo(body.get("name")))
                .body("preferredChannel", equalTo("EMAIL"))
                .body("registeredBy", equalTo("ana"))
                .body("createdAt", equalTo(registered.path("createdAt")))
                .body("updatedAt", not(equalTo(registered.path("updatedAt"))));
        assertEquals(createdAt, Instant.parse(updated.path("createdAt")), "registration time is never rewritten");
        CustomerApi.get(agent, id).then().header("ETag", equalTo("\"1\"")).body("name", equalTo(body.get("name")));

        CustomerApi.update(agent, id, etag, body).then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "precondition-failed"));
        CustomerApi.update(agent, id, null, body).then().statusCode(428)
                .body("type", equalTo(PROBLEMS + "precondition-required"));
    }

    @Test
    void serverSetFieldsCannotBeSent() {
        Map<String, Object> body = TestCustomers.person();
        body.put("createdAt", "2000-01-01T00:00:00Z");
        CustomerApi.register(agent, body).then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "malformed-request"))
                .body("violations[0].field", equalTo("createdAt"));

        Map<String, Object> another = TestCustomers.person();
        another.put("registeredBy", "someone-else");
        CustomerApi.register(agent, another).then().statusCode(400).body("violations[0].field", equalTo("registeredBy"));
    }

    @Test
    void aCustomerCannotTakeAnotherCustomersDocumentNorChangeItsType() {
        Map<String, Object> first = TestCustomers.person();
        CustomerApi.registered(agent, first);
        Map<String, Object> second = TestCustomers.person();
        Response registered = CustomerApi.register(agent, second);
        String id = registered.path("id");

        second.put("document", first.get("document"));
        CustomerApi.update(agent, id, registered.header("ETag"), second).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "document-already-registered"));

        Map<String, Object> asCompany = TestCustomers.company(TestCustomers.randomCnpj(false), "Lima ME");
        CustomerApi.update(agent, id, registered.header("ETag"), asCompany).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "customer-type-fixed"));
        CustomerApi.get(agent, id).then().header("ETag", equalTo("\"0\""));
    }

    @Test
    void aMistypedDocumentCanBeCorrected() {
        Map<String, Object> body = TestCustomers.person();
        Response registered = CustomerApi.register(agent, body);
        String mistyped = (String) body.get("document");
        String corrected = TestCustomers.randomCpf();
        body.put("document", corrected);

        CustomerApi.update(agent, registered.path("id"), registered.header("ETag"), body).then().statusCode(200)
                .body("document", equalTo(TestCustomers.formattedCpf(corrected)));
        CustomerApi.search(agent, Map.of("document", corrected)).then().body("total", equalTo(1));
        CustomerApi.search(agent, Map.of("document", mistyped)).then().body("total", equalTo(0));
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        CustomerApi.get(agent, UUID.randomUUID().toString()).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "not-found"));
        CustomerApi.update(agent, UUID.randomUUID().toString(), "\"0\"", TestCustomers.person()).then().statusCode(404);
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
