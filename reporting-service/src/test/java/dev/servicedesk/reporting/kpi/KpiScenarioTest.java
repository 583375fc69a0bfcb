package dev.servicedesk.reporting.kpi;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicedesk.platform.testing.EventSender;
import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.platform.testing.TopicProbe;
import dev.servicedesk.reporting.Scenario;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The KPIs of the {@link Scenario} month, checked against numbers computed by hand, whether its events arrive in
 * order or shuffled across topics with redeliveries.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
public class KpiScenarioTest {

    static final String OCTOBER = "from=2026-10-01&to=2026-10-31";

    @Test
    void eventsInOrderGiveTheHandComputedKpis() {
        Scenario scenario = new Scenario();
        scenario.sendInOrder();
        assertHandComputedKpis(scenario);
    }

    @Test
    void shuffledAndRedeliveredEventsGiveTheSameKpis() {
        Scenario scenario = new Scenario();
        scenario.sendShuffledWithDuplicates(7);
        assertHandComputedKpis(scenario);
    }

    @Test
    void eventsInReverseOrderGiveTheSameKpis() {
        Scenario scenario = new Scenario();
        scenario.sendReversed();
        assertHandComputedKpis(scenario);
    }

    @Test
    void anEventThatCanNeverBeAppliedGoesToTheDeadLettersAndTheRestFollows() {
        try (TopicProbe deadLetters = TopicProbe.open("servicedesk.requests.v1.dlq.reporting-service");
                EventSender sender = EventSender.open()) {
            UUID vanished = sender.send(Scenario.REQUESTS, "/servicedesk/intake-service", "RequestVanished",
                    UUID.randomUUID().toString(), 1, "{}");
            UUID broken = sender.send(Scenario.REQUESTS, "/servicedesk/intake-service", "RequestLogged",
                    UUID.randomUUID().toString(), 1, "{\"requestId\": \"not-a-uuid\"}");
            Set<String> ids = Set.of(vanished.toString(), broken.toString());
            assertEquals(2, deadLetters.awaitEvents(r -> ids.contains(TopicProbe.header(r, "ce_id")), 2,
                    Duration.ofSeconds(60)).size());
        }
        Scenario scenario = new Scenario();
        scenario.sendInOrder();
        awaitConverged(scenario);
    }

    @Test
    void filtersByChannelPartnerTechnicianAndCatalogue() {
        Scenario s = new Scenario();
        s.sendInOrder();
        awaitConverged(s);
        String dep = "&department=" + s.department;
        assertEquals(1, kpis("orders", OCTOBER + dep + "&channel=WHATSAPP").getInt("totals.opened"));
        assertEquals(1, kpis("requests", OCTOBER + "&partner=" + s.partner).getInt("totals.volume"));
        assertEquals(2, kpis("orders", OCTOBER + "&technician=" + s.t1).getInt("totals.opened"));
        assertEquals(3, kpis("orders", OCTOBER + "&problemCode=" + s.fridge).getInt("totals.opened"));
        assertEquals(4, kpis("orders", OCTOBER + "&provider=" + s.provider + "&category=" + s.category)
                .getInt("totals.opened"));
        assertEquals(2, kpis("requests", OCTOBER + dep + "&requestType=INFORMATION").getInt("totals.volume"));
        assertEquals(1, kpis("requests", OCTOBER + "&technician=" + s.t1 + "&channel=PHONE").getInt("totals.volume"));
        assertEquals(0, kpis("orders", "from=2026-11-01&to=2026-11-30" + dep).getInt("totals.opened"));
    }

    @Test
    void seriesComeByDayWeekOrMonthAndAsCsv() {
        Scenario s = new Scenario();
        s.sendInOrder();
        awaitConverged(s);
        String dep = "&department=" + s.department;
        JsonPath daily = kpis("requests", OCTOBER + dep);
        assertEquals(31, daily.getList("series").size());
        assertEquals(Map.ofEntries(Map.entry("period", "2026-10-05"), Map.entry("volume", 2), Map.entry("phone", 1),
                Map.entry("email", 0), Map.entry("fax", 0), Map.entry("webForm", 0), Map.entry("chat", 0),
                Map.entry("whatsapp", 1), Map.entry("partnerApi", 0), Map.entry("resolvedAtFirstContact", 0),
                Map.entry("linkedToExistingOrder", 1), Map.entry("sacAnsweredWithin7Days", 2)),
                daily.getMap("series[4]"));
        JsonPath weekly = kpis("orders", OCTOBER + dep + "&granularity=week");
        assertEquals("2026-09-28", weekly.getString("series[0].period"));
        assertEquals(List.of(0, 2, 1, 1, 0), weekly.getList("series.opened"));
        JsonPath monthly = kpis("money", OCTOBER + dep + "&granularity=month");
        assertEquals(List.of(380), monthly.getList("series.final"));

        String csv = given().auth().oauth2(Tokens.forRole("analyst"))
                .get("/api/v1/kpis/orders.csv?" + OCTOBER + dep + "&granularity=week")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("kpis-orders-2026-10-01-2026-10-31.csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("period,opened,closed,resolutionHoursMedian,resolutionHoursP90,cancelled,responseCompliancePct,"
                + "resolutionCompliancePct", lines.get(0));
        assertEquals("2026-10-05,2,2,60.02,69.69,0,50,50", lines.get(2));
        for (String subject : List.of("requests", "quality", "technicians", "money", "knowledge")) {
            given().auth().oauth2(Tokens.forRole("analyst")).get("/api/v1/kpis/" + subject + ".csv?" + OCTOBER + dep)
                    .then().statusCode(200).body(startsWith("period,"));
        }
    }

    @Test
    void aBadQueryIsTheCallersProblemNeverA500() {
        for (String bad : List.of("from=2026-13-01", "to=yesterday", "from=2026-10-31&to=2026-10-01",
                "chanel=PHONE", "channel=PIGEON", "requestType=QUESTION", "granularity=hour",
                "department=%27%3B%20drop", "from=2000-01-01&to=2026-01-01", "channel=PHONE&channel=EMAIL")) {
            given().auth().oauth2(Tokens.forRole("supervisor")).get("/api/v1/kpis/orders?" + bad)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", containsString("kpi-query-invalid"));
        }
        given().auth().oauth2(Tokens.forRole("supervisor")).get("/api/v1/kpis/requests?channel=PIGEON")
                .then().statusCode(400).body("violations.field", hasItem("channel"));
    }

    @Test
    void aPeriodOutsideTheYears1To9999IsRefusedBeforeAnyQueryRuns() {
        for (String far : List.of("from=-4800-01-01&to=-4800-01-02", "from=0000-01-01&to=0000-01-02",
                "from=%2B99999-01-01&to=%2B99999-01-02")) {
            given().auth().oauth2(Tokens.forRole("supervisor")).get("/api/v1/kpis/orders?" + far)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("from"));
        }
    }

    public static void awaitConverged(Scenario s) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonPath orders = kpis("orders", OCTOBER + "&department=" + s.department);
            assertEquals(Map.of("opened", 4, "closed", 2, "cancelled", 1), orders.getMap("totals"));
            assertEquals(2, orders.getInt("estimates.issued"));
            assertEquals(1, orders.getInt("estimates.approved"));
            JsonPath quality = kpis("quality", OCTOBER + "&department=" + s.department);
            assertEquals(2, quality.getInt("satisfaction.ratings"));
            JsonPath requests = kpis("requests", OCTOBER + "&department=" + s.department);
            assertEquals(5, requests.getInt("totals.volume"));
            assertEquals(2, requests.getInt("overdueNow"));
            assertEquals(1, requests.getInt("totals.linkedToExistingOrder"));
            assertEquals(3, kpis("knowledge", OCTOBER + "&department=" + s.department).getInt("totals.feedback"));
        });
    }

    static void assertHandComputedKpis(Scenario s) {
        awaitConverged(s);
        String query = OCTOBER + "&department=" + s.department;

        JsonPath requests = kpis("requests", query);
        assertEquals(Map.ofEntries(Map.entry("volume", 5), Map.entry("informationRequests", 2),
                Map.entry("resolvedAtFirstContact", 1), Map.entry("firstContactResolutionPct", 50),
                Map.entry("actionRequests", 3), Map.entry("linkedToExistingOrder", 1),
                Map.entry("linkedToExistingOrderPct", 33.3f), Map.entry("sacDue", 5),
                Map.entry("sacAnsweredWithin7Days", 3), Map.entry("sacCompliancePct", 60)),
                requests.getMap("totals"));
        assertEquals(2, requests.getInt("overdueNow"));
        assertEquals(List.of(Map.of("channel", "CHAT", "requests", 1), Map.of("channel", "EMAIL", "requests", 1),
                Map.of("channel", "PHONE", "requests", 2), Map.of("channel", "WHATSAPP", "requests", 1)),
                requests.getList("byChannel"));
        assertEquals(List.of(Map.of("type", "ACTION", "requests", 3), Map.of("type", "INFORMATION", "requests", 2)),
                requests.getList("byType"));
        assertEquals(List.of(Map.of("hour", 9, "requests", 1), Map.of("hour", 10, "requests", 2),
                Map.of("hour", 11, "requests", 1), Map.of("hour", 12, "requests", 1)),
                requests.getList("byHourOfDay"));
        assertEquals(List.of(Map.of("isoDayOfWeek", 1, "requests", 3), Map.of("isoDayOfWeek", 2, "requests", 2)),
                requests.getList("byDayOfWeek"));

        JsonPath orders = kpis("orders", query);
        assertEquals(Map.of("total", 1, "byStatus", List.of(Map.of("status", "ON_HOLD", "orders", 1)),
                "byAge", List.of(Map.of("age", "30d+", "orders", 1))), orders.getMap("backlog"));
        // Means are exact; medians and percentiles come from the duration histograms (each duration stands for the
        // middle of its bucket, within 0.4 %): 48 h and 72 h count as 47.93 h and 72.11 h, 48.08 h as 48.21 h.
        assertEquals(Map.of("closed", 2, "openingToClosingMean", 60, "openingToClosingMedian", 60.02f,
                "openingToClosingP90", 69.69f, "requestToClosingMean", 48.08f, "requestToClosingMedian", 48.21f,
                "requestToClosingP90", 48.21f), orders.getMap("resolutionHours"));
        assertEquals(Map.of("responseMeasured", 2, "responseOnTime", 1, "responseCompliancePct", 50,
                "resolutionMeasured", 2, "resolutionOnTime", 1, "resolutionCompliancePct", 50),
                orders.getMap("sla"));
        assertEquals(List.of(Map.of("reason", "PARTS", "holds", 1, "hours", 2, "meanHours", 2)),
                orders.getList("holds.finished"));
        assertEquals(List.of(Map.of("reason", "CUSTOMER", "orders", 1)), orders.getList("holds.onHoldNow"));
        assertEquals(Map.of("issued", 2, "approved", 1, "rejected", 1, "approvalRatePct", 50,
                "hoursToApproveMean", 4, "hoursToApproveMedian", 4.01f), orders.getMap("estimates"));

        JsonPath quality = kpis("quality", query);
        assertEquals(2, quality.getInt("satisfaction.ratings"));
        assertEquals(6.5f, quality.getFloat("satisfaction.mean"));
        assertEquals(1, quality.getInt("satisfaction.promoters"));
        assertEquals(1, quality.getInt("satisfaction.detractors"));
        assertEquals(0, quality.getInt("satisfaction.nps"));
        assertEquals(List.of(0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0), quality.getList("satisfaction.distribution.orders"));
        assertEquals(Map.of("completed", 2, "recurring", 1, "recurringPct", 50), quality.getMap("recurring"));
        assertEquals(Map.of("opened", 4, "rework", 1, "reworkRatePct", 25), quality.getMap("warrantyRework"));
        assertEquals(List.of(Map.of("problemCode", s.fridge, "name", "Geladeira não gela", "orders", 3,
                "recurring", 1), Map.of("problemCode", s.info, "name", "Dúvida sobre garantia", "orders", 1,
                "recurring", 0)), quality.getList("topProblemCodes"));
        assertEquals(List.of(Map.of("cause", "INSTALLATION", "orders", 1), Map.of("cause", "WEAR", "orders", 1)),
                quality.getList("topCauses"));

        JsonPath technicians = kpis("technicians", query);
        assertEquals(List.of(Map.of("technicianId", s.t1, "workload", 1, "completed", 1,
                "resolutionHoursMedian", 46.79f, "ratings", 1, "ratingMean", 9),
                Map.of("technicianId", s.t2, "workload", 0, "completed", 1, "resolutionHoursMedian", 47.93f,
                        "ratings", 1, "ratingMean", 4)), technicians.getList("technicians"));
        assertEquals(List.of(Map.of("period", "2026-10-01", "completed", 2, "technicians", 2,
                "resolutionHoursMedian", 47.36f)), kpis("technicians", query + "&granularity=month").getList("series"));

        JsonPath money = kpis("money", query);
        assertEquals(Map.of("completed", 2, "estimated", 300, "final", 380, "finalMinusEstimated", 80, "labour", 150,
                "parts", 250, "equipment", 0, "discount", 20, "currency", "BRL"), money.getMap("totals"));
        assertEquals(List.of(Map.of("category", s.category, "orders", 2, "revenue", 380)),
                money.getList("revenueByCategory"));

        JsonPath knowledge = kpis("knowledge", query);
        assertEquals(Map.of("feedback", 3, "helpful", 2, "notHelpful", 1, "helpfulSharePct", 66.7f,
                "requestsWithArticles", 2, "resolvedAtFirstContactWithArticle", 1), knowledge.getMap("totals"));
        assertEquals(List.of(Map.of("articleId", s.a1.toString(), "kind", "ANSWER", "status", "PUBLISHED",
                "helpful", 1, "notHelpful", 0, "helpfulSharePct", 100, "consultedRequests", 1,
                "resolvedAtFirstContact", 1), Map.of("articleId", s.a2.toString(), "kind", "ANSWER",
                "status", "PUBLISHED", "helpful", 1, "notHelpful", 1, "helpfulSharePct", 50,
                "consultedRequests", 2, "resolvedAtFirstContact", 1)), knowledge.getList("mostUseful"));
        assertEquals(Map.of("period", "2026-10-06", "helpful", 2, "notHelpful", 1, "requestsWithArticles", 2,
                "resolvedAtFirstContactWithArticle", 1), knowledge.getMap("series[5]"));
    }

    static JsonPath kpis(String subject, String query) {
        return given().auth().oauth2(Tokens.forRole("analyst")).get("/api/v1/kpis/" + subject + "?" + query)
                .then().statusCode(200).extract().jsonPath();
    }
}
