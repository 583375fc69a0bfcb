package dev.servicedesk.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * What every service of the suite promises from its first day: health that tells the database and Kafka apart, open
 * API documents, a closed API behind OIDC with problem+json refusals, and a database role that reaches its own schema
 * and nothing else. A service's test class extends this with {@code @QuarkusTest} and
 * {@code @QuarkusTestResource(OidcWiremockTestResource.class)}.
 */
public abstract class ServiceFoundationContract {

    private static final List<String> SERVICE_SCHEMAS = List.of("intake", "workorder", "knowledge", "reporting");

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "servicedesk.service")
    String service;

    @Test
    void readinessReportsTheDatabaseAndKafkaUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void livenessIsOpenAndUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void anAgentSeesItsNameAndRoles() {
        given().auth().oauth2(Tokens.of("ana", "agent", "supervisor"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("name", equalTo("ana"))
                .body("roles", equalTo(List.of("agent", "supervisor")));
    }

    @Test
    void aPartnerIsKnownByItsClient() {
        given().auth().oauth2(Tokens.partner("partner-acme"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", equalTo(List.of("partner")))
                .body("clientId", equalTo("partner-acme"));
    }

    @Test
    void noTokenIsAnsweredWithAnUnauthorizedProblem() {
        given().when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://servicedesk.dev/problems/unauthorized"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/v1/me"));
    }

    @Test
    void aTokenSignedBySomeoneElseIsRefused() {
        given().auth().oauth2(Tokens.signedBySomeoneElse("mallory", "admin"))
                .when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://servicedesk.dev/problems/unauthorized"));
    }

    @Test
    void anUnknownAddressIsANotFoundProblem() {
        given().auth().oauth2(Tokens.forRole("agent"))
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://servicedesk.dev/problems/not-found"));
    }

    @Test
    void theApiDocumentsAreOpen() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/me"))
                .body("components.securitySchemes", hasKey("SecurityScheme"));
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger"));
    }

    @Test
    void theDatabaseRoleOwnsItsSchemaAndReachesNoOther() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet who = statement.executeQuery("SELECT current_user, current_schema()")) {
                who.next();
                assertEquals(service, who.getString(1));
                assertEquals(service, who.getString(2));
            }
            try (ResultSet history = statement.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
                history.next();
                assertTrue(history.getInt(1) > 0, "Flyway migrated the service's own schema");
            }
            for (String other : SERVICE_SCHEMAS.stream().filter(s -> !s.equals(service)).toList()) {
                assertPermissionDenied(statement, "SELECT * FROM " + other + ".flyway_schema_history");
                assertPermissionDenied(statement, "CREATE TABLE " + other + ".intruder (id int)");
            }
            assertPermissionDenied(statement, "CREATE TABLE public.intruder (id int)");
        }
    }

    @Test
    void errorsNeverShowInternals() {
        given().auth().oauth2(Tokens.forRole("agent"))
                .contentType("application/json")
                .body("{not json")
                .when().post("/api/v1/me")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body(not(containsString("Exception")))
                .body(not(containsString("at dev.")));
    }

    private static void assertPermissionDenied(Statement statement, String sql) {
        SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
        assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage());
    }
}
