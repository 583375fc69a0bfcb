package dev.servicedesk.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicedesk.systemtest.SuiteProcesses.Service;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole life of an order across the packaged services and the real Keycloak: an agent logs an action request in
 * intake and an order opens; a second customer's request for the same problem at the same place is offered as a
 * candidate and joins it; the estimate is issued, signed and approved; the order is assigned, started, worked with a
 * part, completed with the service report and the customer's signature, and closed; both requests are resolved in
 * intake; the estimate and the closing receipt print as PDFs in pt-BR; and the reporting API shows that request, that
 * order, its resolution time and its rating.
 */
@ExtendWith(SuiteProcesses.class)
class OrderFlowIT {

    private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    private final String intake = SuiteProcesses.baseUrl(Service.INTAKE) + "/api/v1";
    private final String workorder = SuiteProcesses.baseUrl(Service.WORKORDER) + "/api/v1";
    private final String reporting = SuiteProcesses.baseUrl(Service.REPORTING) + "/api/v1";
    private final String agent = Keycloak.userToken("agent");
    private final String supervisor = Keycloak.userToken("supervisor");
    private final String technician = Keycloak.userToken("technician");
    private final String analyst = Keycloak.userToken("analyst");

    @Test
    void anActionRequestBecomesAnOrderThatIsWorkedClosedAndResolvesItsRequests() throws IOException {
        String code = SuiteFixtures.aCatalogueBranch(supervisor).problemCode();
        String maria = customer("Maria das Graças Figueiredo");
        String joao = customer("João Batista Nogueira");

        String first = loggedAction(maria, code);
        String orderId = await("the order opened for the first request").atMost(Duration.ofSeconds(60))
                .until(() -> orderOf(first), id -> id != null);
        String number = get(agent, workorder + "/orders/" + orderId).path("number");

        String second = describedAction(joao, code);
        await("the order offered as a candidate").atMost(Duration.ofSeconds(30)).until(() -> given().auth()
                .oauth2(agent).get(intake + "/requests/" + second + "/order-candidates").then().statusCode(200)
                .extract().jsonPath().getList("number", String.class), numbers -> numbers.contains(number));
        with(agent, null).header("If-Match", etag(agent, intake + "/requests/" + second))
                .body(Map.of("orderId", orderId)).post(intake + "/requests/" + second + "/order-link").then()
                .statusCode(200).body("status", equalTo("LINKED"));
        await("the second request attached").atMost(Duration.ofSeconds(30)).until(() -> get(agent,
                workorder + "/orders/" + orderId).jsonPath().getList("requests.requestId").size() == 2);

        String estimates = workorder + "/orders/" + orderId + "/estimates";
        LocalDate start = LocalDate.now().plusDays(1);
        with(agent, null).body(Map.of("payment", Map.of("method", "PIX", "instalments", 1),
                "workStart", start.toString(), "workEnd", start.plusDays(1).toString())).post(estimates).then()
                .statusCode(201);
        with(agent, etag(agent, estimates + "/1")).post(estimates + "/1/issue").then().statusCode(200);
        with(agent, etag(agent, estimates + "/1")).body(signature("Maria das Graças Figueiredo"))
                .post(estimates + "/1/approval").then().statusCode(200);
        String estimate = textOf(given().auth().oauth2(agent).accept("application/pdf")
                .get(estimates + "/1/document").then().statusCode(200).contentType("application/pdf").extract()
                .asByteArray());
        assertTrue(estimate.contains(number) && estimate.contains("R$ 120,00") && estimate.contains("PIX"), estimate);

        String order = workorder + "/orders/" + orderId;
        Instant visit = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        with(supervisor, etag(supervisor, order)).body(Map.of("visitFrom", visit.toString(), "visitTo",
                visit.plus(3, ChronoUnit.HOURS).toString())).post(order + "/scheduling").then().statusCode(200);
        with(supervisor, etag(supervisor, order)).body(Map.of("team", "Equipe Campinas", "technicianId", "technician"))
                .post(order + "/assignment").then().statusCode(200);
        with(technician, etag(technician, order)).post(order + "/start").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        given().auth().oauth2(technician).get(order + "/contact").then().statusCode(200)
                .body("customer.name", equalTo("Maria das Graças Figueiredo"))
                .body("visits.place.street", hasItem("Rua Barão de Jaguara"));
        with(technician, etag(technician, order)).body(Map.of("partNumber", "TERM-220", "description",
                "Termostato 220 V", "quantity", 1, "unitCost", 89.90, "provenance", "NEW_ORIGINAL"))
                .post(order + "/parts/used").then().statusCode(201);
        Map<String, Object> report = Map.of("activities", "Troca do termostato.\nTeste de temperatura por 2 horas.",
                "causeCategory", "WEAR", "preventionNotes", "Limpar a serpentina a cada 6 meses.",
                "costs", Map.of("labour", 120.00), "rating", 9, "signature", signature("Maria das Graças Figueiredo"));
        with(technician, etag(technician, order)).body(report).post(order + "/completion").then().statusCode(201);
        with(technician, etag(technician, order)).post(order + "/closure").then().statusCode(200)
                .body("status", equalTo("CLOSED"));

        for (String request : List.of(first, second)) {
            await("request " + request + " resolved").atMost(Duration.ofSeconds(30)).until(() -> get(agent,
                    intake + "/requests/" + request).path("status"), "RESOLVED"::equals);
        }

        byte[] pdf = given().auth().oauth2(agent).accept("application/pdf").get(order + "/closing-receipt").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text = textOf(pdf);
        assertTrue(text.contains(number), text);
        assertTrue(text.contains("Maria das Graças Figueiredo"), text);
        assertTrue(text.contains("Termostato 220 V") && text.contains("Troca do termostato."), text);
        assertTrue(text.contains("Garantia"), text);
        assertTrue(text.contains("R$ 209,90"), text);

        theReportingApiShowsIt(orderId, number, List.of(first, second));
    }

    private void theReportingApiShowsIt(String orderId, String number, List<String> requests) {
        List<String> protocols = requests.stream().map(id -> get(agent, intake + "/requests/" + id)
                .<String>path("protocol")).toList();
        JsonPath report = await("the service report in the reporting API").atMost(Duration.ofSeconds(60))
                .until(() -> given().auth().oauth2(analyst).get(reporting + "/service-reports/" + orderId).then()
                        .extract().jsonPath(), found -> found.get("rating") != null
                        && found.getList("requests.protocol").containsAll(protocols));
        assertTrue(number.equals(report.getString("number")), report.prettify());
        assertTrue(report.getInt("rating") == 9, report.prettify());
        assertTrue(report.getFloat("resolutionHours.openingToClosing") >= 0, report.prettify());
        assertTrue(report.getFloat("resolutionHours.requestToClosing")
                >= report.getFloat("resolutionHours.openingToClosing"), report.prettify());

        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        String query = "?from=" + today.minusDays(1) + "&to=" + today.plusDays(1) + "&department="
                + report.getString("catalogue.department");
        // The KPIs are read from rollups that follow the projections within about a second.
        JsonPath orders = await("the closed order in the order KPIs").atMost(Duration.ofSeconds(30))
                .until(() -> given().auth().oauth2(analyst).get(reporting + "/kpis/orders" + query).then()
                        .statusCode(200).extract().jsonPath(), found -> found.getInt("totals.closed") == 1);
        assertTrue(orders.getInt("resolutionHours.closed") == 1, orders.prettify());
        JsonPath quality = await("the rating in the quality KPIs").atMost(Duration.ofSeconds(30))
                .until(() -> given().auth().oauth2(analyst).get(reporting + "/kpis/quality" + query).then()
                        .statusCode(200).extract().jsonPath(), found -> found.getInt("satisfaction.ratings") >= 1);
        assertTrue(quality.getFloat("satisfaction.mean") == 9f, quality.prettify());
        JsonPath requestKpis = await("both requests in the request KPIs").atMost(Duration.ofSeconds(30))
                .until(() -> given().auth().oauth2(analyst).get(reporting + "/kpis/requests" + query).then()
                        .statusCode(200).extract().jsonPath(), found -> found.getInt("totals.volume") == 2);
        assertTrue(requestKpis.getInt("totals.linkedToExistingOrder") == 1, requestKpis.prettify());
    }

    private String customer(String name) {
        return with(agent, null).body(Map.of("type", "PERSON", "document", Cpfs.unused(), "name", name,
                "phones", List.of(Map.of("number", "(19) 99876-5432", "kind", "MOBILE")), "addresses",
                List.of(SuiteFixtures.PLACE), "preferredChannel", "PHONE")).post(intake + "/customers").then().statusCode(201)
                .extract().path("id");
    }

    private String describedAction(String customer, String code) {
        String id = with(agent, null).body(Map.of("channel", "PHONE")).post(intake + "/requests").then()
                .statusCode(201).extract().path("id");
        with(agent, etag(agent, intake + "/requests/" + id)).body(Map.of("type", "ACTION", "customerId", customer,
                "action", Map.of("problemCode", code, "place", SuiteFixtures.PLACE, "description", "Geladeira não gela.")))
                .put(intake + "/requests/" + id + "/details").then().statusCode(200);
        return id;
    }

    private String loggedAction(String customer, String code) {
        String id = describedAction(customer, code);
        with(agent, etag(agent, intake + "/requests/" + id)).post(intake + "/requests/" + id + "/logging").then()
                .statusCode(200).body("status", equalTo("OPEN"));
        return id;
    }

    private String orderOf(String requestId) {
        JsonPath found = given().auth().oauth2(agent).queryParam("requestId", requestId).get(workorder + "/orders")
                .then().statusCode(200).extract().jsonPath();
        return found.getInt("total") == 0 ? null : found.getString("items[0].id");
    }

    private static Map<String, Object> signature(String name) {
        return Map.of("signerName", name, "signerDocument", "123.456.789-09", "method", "DRAWN", "imagePng", PNG);
    }

    private static RequestSpecification with(String token, String ifMatch) {
        RequestSpecification request = given().auth().oauth2(token).contentType("application/json");
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    private static Response get(String token, String url) {
        return given().auth().oauth2(token).get(url);
    }

    private static String etag(String token, String url) {
        return get(token, url).then().statusCode(200).extract().header("ETag");
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertFalse(text.isBlank(), "the receipt has text");
            return text;
        }
    }
}
