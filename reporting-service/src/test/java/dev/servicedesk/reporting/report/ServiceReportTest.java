package dev.servicedesk.reporting.report;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.reporting.Scenario;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service report of the scenario's closed order O1, as JSON and as PDF, and the list of closed orders. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ServiceReportTest {

    private static final String OCTOBER = "?from=2026-10-01&to=2026-10-31";

    private static Scenario scenario;

    @BeforeEach
    void closeTheScenarioOrdersOnce() {
        if (scenario != null) {
            return;
        }
        scenario = new Scenario();
        scenario.sendShuffledWithDuplicates(3);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            JsonPath report = analyst().get("/api/v1/service-reports/" + scenario.o1).then().extract().jsonPath();
            return report.get("rating") != null && report.getList("requests").size() == 2
                    && report.getList("holds").size() == 1 && report.get("estimate") != null
                    && report.get("catalogue.problemName") != null && report.get("requests[1].protocol") != null;
        });
        // The list reads the closing facts of the KPIs, which follow the projections within about a second.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> analyst()
                .get("/api/v1/service-reports" + OCTOBER + "&department=" + scenario.department).then()
                .extract().jsonPath().getInt("total") == 2);
    }

    @Test
    void theReportTellsWhatWasAskedFoundDoneAndPaidWithoutPersonalData() {
        JsonPath report = analyst().get("/api/v1/service-reports/" + scenario.o1).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("CLOSED", report.getString("status"));
        assertEquals(scenario.customer.toString(), report.getString("customerId"));
        assertEquals(Map.of("department", scenario.department, "provider", scenario.provider, "category",
                scenario.category, "problemCode", scenario.fridge, "problemName", "Geladeira não gela"),
                report.getMap("catalogue"));
        assertEquals(List.of(scenario.r1.toString(), scenario.r2.toString()), report.getList("requests.requestId"));
        assertEquals(List.of("PHONE", "WHATSAPP"), report.getList("requests.channel"));
        assertEquals(List.of(false, true), report.getList("requests.attached"));
        assertEquals(scenario.t1, report.getString("technicianId"));
        assertEquals("WEAR", report.getString("cause"));
        assertFalse(report.getBoolean("recurring"));
        assertEquals(Map.of("newOriginal", 2, "newCompatible", 0, "reconditioned", 0, "used", 0, "defective", 1),
                report.getMap("parts"));
        assertEquals(List.of(Map.of("reason", "PARTS", "hours", 2.0f)), report.getList("holds"));
        assertEquals(300f, report.getFloat("estimate.total"));
        assertEquals(330f, report.getFloat("amounts.total"));
        assertEquals(9, report.getInt("rating"));
        assertEquals(48f, report.getFloat("resolutionHours.openingToClosing"));
        assertEquals(48.08f, report.getFloat("resolutionHours.requestToClosing"));
        assertEquals("2026-10-07T13:05:00Z", report.getString("dates.closedAt"));
    }

    @Test
    void thePdfIsInBrazilianPortuguese() throws IOException {
        byte[] pdf = analyst().get("/api/v1/service-reports/" + scenario.o1 + "/document").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        }
        for (String expected : List.of("Relatório de serviço", "Geladeira não gela", "Desgaste natural",
                "R$ 330,00", "07/10/2026 10:05", "Aguardando peças: 2 h", "WhatsApp", scenario.t1,
                scenario.customer.toString(), "Nota do cliente (0 a 10) 9")) {
            assertTrue(text.contains(expected), () -> "the PDF lacks '" + expected + "':\n" + text);
        }
    }

    @Test
    void theListAndItsCsvHoldTheClosedOrdersOfThePeriod() {
        String query = OCTOBER + "&department=" + scenario.department;
        JsonPath list = analyst().get("/api/v1/service-reports" + query).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(scenario.o3.toString(), scenario.o1.toString()), list.getList("items.orderId"));
        assertEquals(2, list.getInt("total"));
        String csv = analyst().get("/api/v1/service-reports.csv" + query).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("orderId,number,department,category,problemCode,technicianId,openedAt,closedAt,total,rating,"
                + "protocols", lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).startsWith(scenario.o1 + ","));
        assertTrue(lines.get(2).contains(",2026-10-07T13:05:00Z,330.00,9,"));
    }

    @Test
    void theListComesAPageAtATime() {
        String query = OCTOBER + "&department=" + scenario.department;
        JsonPath second = analyst().get("/api/v1/service-reports" + query + "&size=1&page=1").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(scenario.o1.toString()), second.getList("items.orderId"));
        assertEquals(2, second.getInt("total"));
        assertEquals(1, second.getInt("page"));
        assertEquals(1, second.getInt("size"));
        assertEquals(List.of(), analyst().get("/api/v1/service-reports" + query + "&size=1&page=2").then()
                .statusCode(200).extract().jsonPath().getList("items"));
        for (String paging : List.of("&size=0", "&size=201", "&page=-1")) {
            analyst().get("/api/v1/service-reports" + query + paging).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        analyst().get("/api/v1/service-reports.csv" + query + "&size=1").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anOrderNotClosedOrUnknownHasNoReport() {
        analyst().get("/api/v1/service-reports/" + scenario.o4).then().statusCode(404)
                .contentType("application/problem+json");
        analyst().get("/api/v1/service-reports/not-an-id").then().statusCode(404);
        analyst().get("/api/v1/service-reports/" + scenario.o2 + "/document").then().statusCode(404)
                .body("detail", containsString(scenario.o2.toString()));
    }

    private static io.restassured.specification.RequestSpecification analyst() {
        return given().auth().oauth2(Tokens.forRole("analyst"));
    }
}
