package dev.servicedesk.knowledge;

import static dev.servicedesk.knowledge.article.ArticleApi.answer;
import static dev.servicedesk.knowledge.article.ArticleApi.with;

import dev.servicedesk.knowledge.article.ArticleApi;
import dev.servicedesk.platform.testing.RoleMatrix;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every knowledge endpoint × every role × no token: who gets in, who is refused (403), who must log in (401). */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class KnowledgeSecurityMatrixTest {

    private static final Set<String> EVERYONE = Set.of("agent", "technician", "supervisor", "analyst", "admin",
            "partner", "service");
    private static final Set<String> EDITORS = Set.of("supervisor", "admin");
    private static final Set<String> FEEDBACK_GIVERS = Set.of("agent", "technician", "supervisor", "admin");
    private static final Set<String> INSIGHT_READERS = Set.of("supervisor", "admin", "analyst");
    private static final List<String> CALLERS = List.of("agent", "technician", "supervisor", "analyst", "admin",
            "partner", "service", RoleMatrix.NOBODY);
    private static final String ANSWER = "{\"kind\": \"ANSWER\", \"title\": \"Matriz\", \"body\": \"Texto.\"}";

    record Endpoint(String method, String path, Set<String> allowed, String body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/v1/articles", EDITORS, ANSWER),
            new Endpoint("GET", "/api/v1/articles", EDITORS, null),
            new Endpoint("GET", "/api/v1/articles/{id}", EVERYONE, null),
            new Endpoint("PUT", "/api/v1/articles/{id}", EDITORS, ANSWER),
            new Endpoint("POST", "/api/v1/articles/{id}/submission", EDITORS, null),
            new Endpoint("POST", "/api/v1/articles/{id}/return-to-draft", EDITORS, null),
            new Endpoint("POST", "/api/v1/articles/{id}/publication", EDITORS, null),
            new Endpoint("POST", "/api/v1/articles/{id}/archival", EDITORS, null),
            new Endpoint("POST", "/api/v1/articles/{id}/restoration", EDITORS, "{\"revision\": 1}"),
            new Endpoint("GET", "/api/v1/articles/{id}/revisions", EDITORS, null),
            new Endpoint("GET", "/api/v1/articles/{id}/revisions/1", EDITORS, null),
            new Endpoint("GET", "/api/v1/articles/{id}/comparison?from=1&to=3", EDITORS, null),
            new Endpoint("POST", "/api/v1/articles/{id}/feedback", FEEDBACK_GIVERS,
                    "{\"requestId\": \"0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9\", \"helpful\": true}"),
            new Endpoint("GET", "/api/v1/articles/{id}/feedback", INSIGHT_READERS, null),
            new Endpoint("GET", "/api/v1/search?q=garantia", EVERYONE, null),
            new Endpoint("GET", "/api/v1/search/suggestions?problemCode=GELADEIRA-NAO-GELA", EVERYONE, null),
            new Endpoint("GET", "/api/v1/article-insights/most-useful", INSIGHT_READERS, null),
            new Endpoint("GET", "/api/v1/article-insights/never-used", INSIGHT_READERS, null),
            new Endpoint("GET", "/api/v1/article-insights/often-not-helpful", INSIGHT_READERS, null));

    private static String id;

    static Stream<Arguments> everyEndpointForEveryCaller() {
        return RoleMatrix.everyCaller(ENDPOINTS, CALLERS);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyEndpointForEveryCaller")
    void onlyTheDeclaredRolesGetIn(Endpoint endpoint, String caller) {
        if (id == null) {
            id = ArticleApi.published(with(answer("Garantia para a matriz", "Texto."), "audience", "PUBLIC"))
                    .getString("id");
        }
        RequestSpecification request = RoleMatrix.as(caller);
        if (endpoint.body() != null) {
            request.contentType("application/json").body(endpoint.body());
        }
        Response answer = request.header("If-Match", "\"999\"")
                .request(endpoint.method(), endpoint.path().replace("{id}", id));

        RoleMatrix.assertAdmission(caller, endpoint.allowed(), answer.statusCode());
        if (answer.statusCode() >= 400) {
            Assertions.assertEquals("application/problem+json", answer.contentType(), answer.asString());
        }
    }
}
