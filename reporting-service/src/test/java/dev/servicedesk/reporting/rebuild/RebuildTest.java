package dev.servicedesk.reporting.rebuild;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.reporting.Scenario;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rebuild drops the projections, replays every topic from offset 0 and gives exactly the numbers it found. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RebuildTest {

    private static final List<String> SUBJECTS = List.of("requests", "orders", "quality", "technicians", "money",
            "knowledge");

    @Test
    void aRebuildGivesTheSameKpisAsTheLiveProjections() {
        Scenario shuffled = new Scenario();
        shuffled.sendShuffledWithDuplicates(11);
        Scenario inOrder = new Scenario();
        inOrder.sendInOrder();
        awaitOrders(shuffled);
        awaitOrders(inOrder);
        Map<String, Object> before = kpis(shuffled);
        Map<String, Object> beforeInOrder = kpis(inOrder);

        given().auth().oauth2(Tokens.forRole("admin")).post("/api/v1/admin/rebuilds")
                .then().statusCode(202).header("Location", endsWith("/api/v1/admin/rebuilds/current"))
                .body("state", oneOf("RUNNING", "DONE"));
        JsonPath done = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(Tokens.forRole("admin")).get("/api/v1/admin/rebuilds/current")
                        .then().statusCode(200).extract().jsonPath(), progress -> !progress.getString("state")
                        .equals("RUNNING"));

        assertEquals("DONE", done.getString("state"));
        assertEquals(done.getLong("eventsTotal"), done.getLong("eventsRead"));
        assertTrue(done.getLong("eventsApplied") > 0 && done.getLong("eventsApplied") <= done.getLong("eventsRead"));
        assertEquals(0, done.getLong("secondsLeft"));
        assertNotNull(done.getString("finishedAt"));
        assertEquals(before, kpis(shuffled));
        assertEquals(beforeInOrder, kpis(inOrder));
    }

    @Test
    void onlyAnAdminRebuilds() {
        given().auth().oauth2(Tokens.forRole("supervisor")).post("/api/v1/admin/rebuilds").then().statusCode(403);
        given().post("/api/v1/admin/rebuilds").then().statusCode(401);
    }

    private static void awaitOrders(Scenario s) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> kpis("orders", s)
                .getMap("totals").equals(Map.of("opened", 4, "closed", 2, "cancelled", 1))
                && kpis("quality", s).getInt("satisfaction.ratings") == 2
                && kpis("requests", s).getInt("totals.linkedToExistingOrder") == 1
                && kpis("knowledge", s).getInt("totals.feedback") == 3);
    }

    private static Map<String, Object> kpis(Scenario s) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (String subject : SUBJECTS) {
            all.put(subject, kpis(subject, s).getMap(""));
        }
        return all;
    }

    private static JsonPath kpis(String subject, Scenario s) {
        return given().auth().oauth2(Tokens.forRole("analyst"))
                .get("/api/v1/kpis/" + subject + "?from=2026-10-01&to=2026-10-31&department=" + s.department)
                .then().statusCode(200).extract().jsonPath();
    }
}
