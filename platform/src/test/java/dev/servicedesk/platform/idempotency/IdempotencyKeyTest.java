package dev.servicedesk.platform.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.servicedesk.platform.backbone.ProbeDatabase;
import dev.servicedesk.platform.backbone.ProbeNoteResource;
import dev.servicedesk.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class IdempotencyKeyTest {

    @Inject
    ProbeDatabase database;

    @Test
    void aRetriedPostWithTheSameKeyCreatesOneThingAndGetsTheSameAnswer() {
        String title = "geladeira " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        ExtractableResponse<Response> first = create("ana", key, title).then().statusCode(201).extract();
        ExtractableResponse<Response> retry = create("ana", key, title).then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract();

        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.body().asString(), retry.body().asString());
        assertNull(first.header("Idempotent-Replayed"));
        assertEquals(1, database.notesTitled(title));
    }

    @Test
    void theSameKeyForAnotherRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        create("ana", key, "fogão " + UUID.randomUUID()).then().statusCode(201);

        create("ana", key, "outra coisa").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://servicedesk.dev/problems/idempotency-key-reused"));
    }

    @Test
    void concurrentRetriesCreateOneThing() throws Exception {
        String title = "lavadora " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<String>> posts = IntStream.range(0, 20)
                    .<Callable<String>>mapToObj(i -> () -> create("ana", key, title).then().statusCode(201)
                            .extract().header("Location"))
                    .toList();
            List<String> locations = pool.invokeAll(posts).stream().map(IdempotencyKeyTest::get).distinct().toList();

            assertEquals(1, locations.size(), locations.toString());
            assertEquals(1, database.notesTitled(title));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedAttemptLeavesNothingBehindAndTheRetryCreatesIt() {
        String key = UUID.randomUUID().toString();
        create("ana", key, ProbeNoteResource.FAILS_ONCE).then().statusCode(409);
        assertEquals(0, database.notesTitled(ProbeNoteResource.FAILS_ONCE));

        create("ana", key, ProbeNoteResource.FAILS_ONCE).then().statusCode(201);
        assertEquals(1, database.notesTitled(ProbeNoteResource.FAILS_ONCE));
        database.execute("DELETE FROM probe_note WHERE title = '" + ProbeNoteResource.FAILS_ONCE + "'");
    }

    @Test
    void keysBelongToTheirCaller() {
        String title = "micro-ondas " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        create("ana", key, title).then().statusCode(201);
        create("bruno", key, title).then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertEquals(2, database.notesTitled(title));
    }

    @Test
    void withoutAKeyEveryPostCreates() {
        String title = "ar-condicionado " + UUID.randomUUID();
        create("ana", null, title).then().statusCode(201);
        create("ana", null, title).then().statusCode(201);
        assertEquals(2, database.notesTitled(title));
    }

    @Test
    void aMalformedKeyIsABadRequest() {
        create("ana", "x".repeat(256), "tv").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://servicedesk.dev/problems/validation"));
    }

    private static Response create(String user, String key, String title) {
        var request = given().auth().oauth2(Tokens.of(user, "agent")).contentType("application/json")
                .body("{\"title\": \"" + title + "\"}");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/probe/backbone-notes");
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
