package dev.servicedesk.reporting.kpi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAPI document shows the period and filters that every KPI and service-report list reads. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class KpiQueryParametersTest {

    private static final List<String> QUERY = List.of("from", "to", "granularity", "channel", "requestType",
            "department", "provider", "category", "problemCode", "technician", "partner");

    @Test
    void everyOperationThatReadsAQueryDeclaresItsParameters() {
        JsonPath document = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        for (String path : List.of("/api/v1/kpis/orders", "/api/v1/kpis/knowledge",
                "/api/v1/kpis/{subject}.csv", "/api/v1/service-reports", "/api/v1/service-reports.csv")) {
            List<String> names = document.getList("paths.'" + path + "'.get.parameters.name");
            assertTrue(names.containsAll(QUERY), path + " declares " + names);
        }
        assertEquals(List.of("ACTION", "COMMENT", "INFORMATION"), document.getList(
                "paths.'/api/v1/kpis/requests'.get.parameters.find { it.name == 'requestType' }.schema.enum"));
        assertEquals(List.of("page", "size"),
                document.getList("paths.'/api/v1/service-reports'.get.parameters.name").subList(0, 2));
        List<String> report = document.getList("paths.'/api/v1/service-reports/{orderId}'.get.parameters.name");
        assertEquals(List.of("orderId"), report);
    }
}
