package dev.servicedesk.platform.contract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicedesk.platform.backbone.ProbeNoteAdded;
import dev.servicedesk.platform.testing.EventContracts;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The contract helpers of the test-jar, on hand-made records and on sample contract directories. */
class EventContractsTest {

    private static final String NOTES_TOPIC = "servicedesk.platform-test.notes.v1";
    private static final String PRODUCER_COPY = "contracts/platform-test";
    private static final String SAMPLE = "contract-samples/nested-and-optional";
    private static final UUID NOTE = UUID.fromString("6f1c2a9e-3b7d-4c1e-9a53-0d2e8b7f4a11");
    private static final String PAYLOAD = """
            {"noteId":"6f1c2a9e-3b7d-4c1e-9a53-0d2e8b7f4a11","version":1,"occurredAt":"2026-11-23T12:30:00.123456Z",\
            "title":"nota 1"}""";

    /** What a consumer that only follows versions keeps of a note. */
    record NoteVersionSeen(@NotNull UUID noteId, long version) {
    }

    record NoteWithAuthor(UUID noteId, String author) {
    }

    record SampleOrderClosed(@NotNull UUID orderId, @NotNull Instant closedAt, String resolutionCode, List<Part> parts) {
    }

    record Part(String code, int quantity) {
    }

    record OrderNeedingAResolution(UUID orderId, @NotNull String resolutionCode) {
    }

    record OrderWithShortCodes(UUID orderId, @Size(max = 3) String resolutionCode) {
    }

    record OrderWithCodeAsId(UUID orderId, UUID resolutionCode) {
    }

    record OrderWithColouredParts(UUID orderId, List<ColouredPart> parts) {
    }

    record ColouredPart(String code, String colour) {
    }

    @Test
    void aRecordAsTheRelayPublishesItMatchesItsContract() {
        assertDoesNotThrow(() -> EventContracts.assertMatchesContract(record(headers(), PAYLOAD)));
    }

    @Test
    void missingAndWrongHeadersAreEachReported() {
        Map<String, String> headers = headers();
        headers.remove("ce_source");
        headers.remove("ce_time");
        headers.put("ce_specversion", "0.3");
        headers.put("ce_id", "event-1");

        String failure = failureOf(() -> EventContracts.assertMatchesContract(record(headers, PAYLOAD)));

        assertContainsAll(failure, "header ce_source is missing", "header ce_time is missing",
                "header ce_specversion is 0.3, expected 1.0", "header ce_id is not a UUID: event-1");
    }

    @Test
    void aKeyThatIsNotTheAggregateIsReported() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(NOTES_TOPIC, 0, 7L, UUID.randomUUID().toString(),
                PAYLOAD);
        headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));

        assertContainsAll(failureOf(() -> EventContracts.assertMatchesContract(record)),
                "is not the aggregate id in ce_subject");
    }

    @Test
    void aPayloadThatBreaksTheSchemaIsReportedWithTheField() {
        String withoutTitle = PAYLOAD.replace(",\"title\":\"nota 1\"", "").replace("\"version\":1", "\"version\":0");

        String failure = failureOf(() -> EventContracts.assertMatchesContract(record(headers(), withoutTitle)));

        assertContainsAll(failure, "ProbeNoteAdded at " + NOTES_TOPIC + "-0@7 breaks its contract", "title",
                "$.version");
    }

    @Test
    void aFieldTheSchemaDoesNotDeclareIsReported() {
        String withAuthor = PAYLOAD.replace("\"title\"", "\"author\":\"Ana\",\"title\"");

        assertContainsAll(failureOf(() -> EventContracts.assertMatchesContract(record(headers(), withAuthor))),
                "payload $.author: sent but not declared in the schema");
    }

    @Test
    void aNestedFieldTheSchemaDoesNotDeclareIsReported() {
        Map<String, String> headers = headers();
        headers.put("ce_type", "SampleOrderClosed");
        String payload = read(SAMPLE + "/examples/SampleOrderClosed.json").replace("\"quantity\"",
                "\"colour\": \"red\", \"quantity\"");

        assertContainsAll(failureOf(() -> EventContracts.assertMatchesContract(record(headers, payload), SAMPLE)),
                "payload $.parts[0].colour: sent but not declared in the schema");
    }

    @Test
    void anEventTypeWithoutSchemaIsReported() {
        Map<String, String> headers = headers();
        headers.put("ce_type", "NoteVanished");

        assertContainsAll(failureOf(() -> EventContracts.assertMatchesContract(record(headers, PAYLOAD))),
                "no schema for ce_type NoteVanished: META-INF/resources/events/schemas/NoteVanished.schema.json");
    }

    @Test
    void theConsumersOwnRecordsReadTheProducersExamples() {
        assertDoesNotThrow(() -> EventContracts.assertReadableBy(ProbeNoteAdded.class, PRODUCER_COPY));
        assertDoesNotThrow(() -> EventContracts.assertReadableBy(NoteVersionSeen.class, "ProbeNoteAdded", PRODUCER_COPY));
        assertDoesNotThrow(() -> EventContracts.assertReadableBy(SampleOrderClosed.class, SAMPLE));
    }

    @Test
    void aConsumerFieldThatTheProducerDoesNotHaveIsRefused() {
        String failure = failureOf(
                () -> EventContracts.assertReadableBy(NoteWithAuthor.class, "ProbeNoteAdded", PRODUCER_COPY));

        assertContainsAll(failure, "NoteWithAuthor.author is not a property of the producer's schema");
    }

    @Test
    void aNestedConsumerFieldThatTheProducerDoesNotHaveIsRefused() {
        String failure = failureOf(
                () -> EventContracts.assertReadableBy(OrderWithColouredParts.class, "SampleOrderClosed", SAMPLE));

        assertContainsAll(failure, "OrderWithColouredParts.parts.colour is not a property of the producer's schema");
    }

    @Test
    void aConsumerThatCannotDoWithoutAnOptionalFieldIsRefused() {
        String failure = failureOf(
                () -> EventContracts.assertReadableBy(OrderNeedingAResolution.class, "SampleOrderClosed", SAMPLE));

        assertContainsAll(failure,
                "OrderNeedingAResolution.resolutionCode must always have a value, but the producer's schema does not"
                        + " require resolutionCode",
                "SampleOrderClosed.without-parts.json read as OrderNeedingAResolution: resolutionCode must not be null");
    }

    @Test
    void aConsumerConstraintThatAnExampleBreaksIsRefused() {
        String failure = failureOf(
                () -> EventContracts.assertReadableBy(OrderWithShortCodes.class, "SampleOrderClosed", SAMPLE));

        assertContainsAll(failure, "SampleOrderClosed.json read as OrderWithShortCodes: resolutionCode size must be");
    }

    @Test
    void aConsumerFieldOfAnotherTypeIsRefused() {
        String failure = failureOf(
                () -> EventContracts.assertReadableBy(OrderWithCodeAsId.class, "SampleOrderClosed", SAMPLE));

        assertContainsAll(failure, "SampleOrderClosed.json cannot be read as OrderWithCodeAsId");
    }

    @Test
    void aConsumerWithoutACopyOfTheSchemaIsToldWhereToPutIt() {
        String failure = failureOf(() -> EventContracts.assertReadableBy(NoteVersionSeen.class, "ProbeNoteAdded",
                "contracts/intake-service"));

        assertContainsAll(failure, "contracts/intake-service/schemas/ProbeNoteAdded.schema.json is not on the test"
                + " classpath");
    }

    @Test
    void thePublishedDocumentsAndTheConsumersCopyAreConsistent() {
        assertDoesNotThrow(() -> EventContracts.assertDocumentsConsistent());
        assertDoesNotThrow(() -> EventContracts.assertDocumentsConsistent(PRODUCER_COPY));
    }

    @Test
    void theConsumersCopyIsTheProducersContractAsPublished() {
        for (String file : List.of("asyncapi.yaml", "schemas/ProbeNoteAdded.schema.json", "examples/ProbeNoteAdded.json")) {
            assertEquals(read("META-INF/resources/events/" + file), read(PRODUCER_COPY + "/" + file), file);
        }
    }

    @Test
    void documentsThatDisagreeAreReportedInFull() {
        String failure = failureOf(() -> EventContracts.assertDocumentsConsistent("contract-samples/inconsistent"));

        assertContainsAll(failure,
                "message NoteFiled: payload $ref ./schemas/NoteFiled.schema.json leads to no file",
                "message NoteKept: headers [ce_source, ce_time, ce_subject, ce_specversion, ce_aggregateversion,"
                        + " content-type, traceparent] not declared",
                "message NoteKept: no Kafka key",
                "message NoteKept: payload $ref ./schemas/SomethingElse.schema.json should be"
                        + " schemas/NoteKept.schema.json",
                "message NoteLost: its $ref leads nowhere",
                "operation readNotes: action is not send",
                "no send operation for channel notes",
                "no send operation for channel unused",
                "schemas/NoteKept.schema.json: no message of asyncapi.yaml carries it",
                "schemas/Orphaned.schema.json: $schema is not https://json-schema.org/draft/2020-12/schema",
                "schemas/Orphaned.schema.json: $id should end with /Orphaned.schema.json",
                "schemas/Orphaned.schema.json: additionalProperties is false",
                "schemas/Orphaned.schema.json: no example",
                "examples/NoteKept.json: $.noteId",
                "examples/Stray.json: no schema for Stray");
    }

    @Test
    void aDirectoryWithoutAnAsyncApiDocumentIsReported() {
        assertContainsAll(failureOf(() -> EventContracts.assertDocumentsConsistent(SAMPLE)),
                "No AsyncAPI document: " + SAMPLE + "/asyncapi.yaml");
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", UUID.randomUUID().toString());
        headers.put("ce_type", "ProbeNoteAdded");
        headers.put("ce_source", "/servicedesk/platform-test");
        headers.put("ce_time", "2026-11-23T12:30:00.123456Z");
        headers.put("ce_subject", NOTE.toString());
        headers.put("ce_aggregateversion", "1");
        headers.put("content-type", "application/json");
        return headers;
    }

    private static ConsumerRecord<String, String> record(Map<String, String> headers, String payload) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(NOTES_TOPIC, 0, 7L, NOTE.toString(), payload);
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static String failureOf(Executable check) {
        return assertThrows(AssertionError.class, check).getMessage();
    }

    private static void assertContainsAll(String failure, String... expected) {
        for (String part : expected) {
            assertTrue(failure.contains(part), () -> "expected «" + part + "» in:\n" + failure);
        }
    }

    private static String read(String resource) {
        try (InputStream file = EventContractsTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (file == null) {
                throw new IllegalStateException(resource + " is not on the test classpath");
            }
            return new String(file.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
