package dev.servicedesk.workorder.catalog;

import static dev.servicedesk.workorder.catalog.CatalogApi.act;
import static dev.servicedesk.workorder.catalog.CatalogApi.created;
import static dev.servicedesk.workorder.catalog.CatalogApi.define;
import static dev.servicedesk.workorder.catalog.CatalogApi.delete;
import static dev.servicedesk.workorder.catalog.CatalogApi.entry;
import static dev.servicedesk.workorder.catalog.CatalogApi.etag;
import static dev.servicedesk.workorder.catalog.CatalogApi.freshCode;
import static dev.servicedesk.workorder.catalog.CatalogApi.problemCode;
import static dev.servicedesk.workorder.catalog.CatalogApi.standardOrder;
import static dev.servicedesk.workorder.catalog.CatalogApi.supervisor;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.servicedesk.platform.testing.EventContracts;
import dev.servicedesk.platform.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The catalogue on its compacted topic: every change publishes the entry's whole state keyed by its id, as the
 * contract promises, with nothing personal and none of the standard order's texts.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CatalogEventsTest {

    private static final String TOPIC = "servicedesk.catalog.v1";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void eachLevelPublishesItsWholeStateKeyedByItsIdAsPromised() {
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            JsonPath department = created("departments", entry(freshCode("DEP"), "Assistência Técnica", null));
            JsonPath provider = created("providers", entry(freshCode("PROV"), "Equipe própria",
                    department.getString("id")));
            JsonPath category = created("categories", entry(freshCode("CAT"), "Linha branca",
                    provider.getString("id")));
            JsonPath problemCode = created("problem-codes", problemCode(freshCode("GELADEIRA"), "Geladeira não gela",
                    category.getString("id")));

            assertPublished(probe, department, "DepartmentPublished");
            assertPublished(probe, provider, "ProviderPublished");
            assertPublished(probe, category, "ServiceCategoryPublished");
            ConsumerRecord<String, String> record = assertPublished(probe, problemCode, "ProblemCodePublished");

            JsonPath value = JsonPath.from(record.value());
            assertEquals(problemCode.getString("id"), value.getString("problemCodeId"));
            assertEquals(problemCode.getString("code"), value.getString("code"));
            assertEquals("Geladeira não gela", value.getString("name"));
            assertEquals(category.getString("id"), value.getString("categoryId"));
            assertEquals(category.getString("code"), value.getString("categoryCode"));
            assertEquals(provider.getString("code"), value.getString("providerCode"));
            assertEquals(department.getString("id"), value.getString("departmentId"));
            assertEquals(department.getString("code"), value.getString("departmentCode"));
            assertEquals("HIGH", value.getString("defaultPriority"));
            assertEquals(24, value.getInt("responseHours"));
            assertEquals(72, value.getInt("resolutionHours"));
            assertEquals(true, value.getBoolean("estimateApprovalRequired"));
            assertEquals("DURABLE", value.getString("goods"));
            assertEquals(90, value.getInt("warrantyDays"));
            assertEquals(false, value.getBoolean("retired"));
            assertNull(value.get("retiredAt"));
            assertEquals(0, value.getInt("version"));
            for (String text : List.of("Garantia", "termostato", "Termostato", "Diagnóstico")) {
                assertFalse(record.value().contains(text), "the standard order's texts stay in the service: " + text);
            }
        }
    }

    @Test
    void retiringReinstatingAndRedefiningPublishTheNewStateAndAChangeOfNothingPublishesNothing() {
        JsonPath problemCode = CatalogApi.aProblemCode();
        String id = problemCode.getString("id");
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            JsonPath retired = act(supervisor(), "problem-codes", id, "retirement", etag(problemCode)).then()
                    .statusCode(200).extract().jsonPath();
            JsonPath published = JsonPath.from(assertPublished(probe, retired, "ProblemCodePublished").value());
            assertEquals(true, published.getBoolean("retired"));
            assertEquals(retired.getString("retiredAt"), published.getString("retiredAt"));
            assertEquals(1, published.getInt("version"));

            act(supervisor(), "problem-codes", id, "retirement", etag(retired)).then().statusCode(200);
            probe.assertNoRecord(TopicProbe.withKey(id).and(TopicProbe.withHeader("ce_aggregateversion", "2")),
                    Duration.ofSeconds(3));

            JsonPath reinstated = act(supervisor(), "problem-codes", id, "reinstatement", etag(retired)).then()
                    .statusCode(200).extract().jsonPath();
            assertEquals(false, JsonPath.from(assertPublished(probe, reinstated, "ProblemCodePublished").value())
                    .getBoolean("retired"));

            Map<String, Object> standard = standardOrder();
            standard.put("goods", "NON_DURABLE");
            JsonPath redefined = define(supervisor(), "problem-codes", id, etag(reinstated),
                    Map.of("name", "Geladeira não gela (linha antiga)", "standardOrder", standard)).then()
                    .statusCode(200).extract().jsonPath();
            JsonPath state = JsonPath.from(assertPublished(probe, redefined, "ProblemCodePublished").value());
            assertEquals("Geladeira não gela (linha antiga)", state.getString("name"));
            assertEquals(30, state.getInt("warrantyDays"));
        }
    }

    @Test
    void aDeletedEntryLeavesItsDeletionAsTheLastRecordOfItsKey() {
        JsonPath department = created("departments", entry(freshCode("DEP"), "Obras", null));
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            delete(supervisor(), "departments", department.getString("id"), etag(department)).then().statusCode(204);

            // The department's own DepartmentPublished may reach the topic after the probe opened: wait for the
            // deletion, then make sure nothing of that key comes after it.
            ConsumerRecord<String, String> record = probe.awaitRecord(TopicProbe.withKey(department.getString("id"))
                    .and(TopicProbe.withHeader("ce_type", "CatalogEntryDeleted")), WAIT);
            probe.assertNoRecord(TopicProbe.withKey(department.getString("id"))
                    .and(later -> later.partition() == record.partition() && later.offset() > record.offset()),
                    Duration.ofSeconds(1));
            EventContracts.assertMatchesContract(record);
            assertNotNull(record.value(), "a JSON value, not a tombstone");
            JsonPath value = JsonPath.from(record.value());
            assertEquals(department.getString("id"), value.getString("entryId"));
            assertEquals("DEPARTMENT", value.getString("level"));
            assertEquals(department.getString("code"), value.getString("code"));
            assertEquals(1, value.getInt("version"));
        }
    }

    @Test
    void theCatalogueTopicIsCompacted() throws Exception {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
            Config config = admin.describeConfigs(Set.of(topic)).all().get().get(topic);
            assertEquals("compact", config.get("cleanup.policy").value());
        }
    }

    @Test
    void theCatalogueContractIsServedWithTheOrders() {
        given().get("/events/schemas/ProblemCodePublished.schema.json").then().statusCode(200)
                .body("title", equalTo("ProblemCodePublished"));
        given().get("/events/examples/CatalogEntryDeleted.json").then().statusCode(200)
                .body("level", equalTo("PROBLEM_CODE"));
    }

    /** The entry's record at the version the API answered with, checked against the contract. */
    private static ConsumerRecord<String, String> assertPublished(TopicProbe probe, JsonPath entry, String type) {
        ConsumerRecord<String, String> record = probe.awaitRecord(TopicProbe.withKey(entry.getString("id"))
                .and(TopicProbe.withHeader("ce_aggregateversion", entry.getString("version"))), WAIT);
        EventContracts.assertMatchesContract(record);
        assertEquals(type, TopicProbe.header(record, "ce_type"));
        return record;
    }
}
