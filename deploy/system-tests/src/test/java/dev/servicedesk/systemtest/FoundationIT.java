package dev.servicedesk.systemtest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import dev.servicedesk.systemtest.SuiteProcesses.Service;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The four packaged services, started as processes, behind the real Keycloak. */
@ExtendWith(SuiteProcesses.class)
class FoundationIT {

    @ParameterizedTest
    @EnumSource(Service.class)
    void everyServiceIsReadyWithItsDatabaseAndKafka(Service service) {
        given().get(SuiteProcesses.baseUrl(service) + "/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void thePackagedServiceServesItsApiDocumentsWithoutAToken(Service service) {
        given().get(SuiteProcesses.baseUrl(service) + "/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/me"));
        given().get(SuiteProcesses.baseUrl(service) + "/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger"));
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void noTokenIsAnUnauthorizedProblem(Service service) {
        given().get(SuiteProcesses.baseUrl(service) + "/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://servicedesk.dev/problems/unauthorized"));
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void anAgentLoggedInThroughKeycloakIsKnownByNameAndRole(Service service) {
        given().auth().oauth2(Keycloak.userToken("agent"))
                .get(SuiteProcesses.baseUrl(service) + "/api/v1/me")
                .then().statusCode(200)
                .body("name", equalTo("agent"))
                .body("roles", hasItem("agent"))
                .body("clientId", equalTo("servicedesk-web"));
    }

    @Test
    void everyStaffRoleReachesItsRole() {
        for (String role : List.of("technician", "supervisor", "analyst", "admin")) {
            given().auth().oauth2(Keycloak.userToken(role))
                    .get(SuiteProcesses.baseUrl(Service.INTAKE) + "/api/v1/me")
                    .then().statusCode(200)
                    .body("roles", hasItem(role));
        }
    }

    @Test
    void aPartnerSystemAuthenticatesWithClientCredentials() {
        given().auth().oauth2(Keycloak.clientToken("partner-acme"))
                .get(SuiteProcesses.baseUrl(Service.INTAKE) + "/api/v1/me")
                .then().statusCode(200)
                .body("roles", hasItem("partner"))
                .body("clientId", equalTo("partner-acme"));
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void aTokenSignedBySomeoneElseIsRefused(Service service) throws Exception {
        String forged = Keycloak.resignedWithAForeignKey(Keycloak.userToken("agent"));
        given().auth().oauth2(forged)
                .get(SuiteProcesses.baseUrl(service) + "/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }
}
