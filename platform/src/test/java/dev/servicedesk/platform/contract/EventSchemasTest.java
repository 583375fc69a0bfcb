package dev.servicedesk.platform.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The schemas of the platform's test aggregate, read from the test classpath as a service reads its own. */
class EventSchemasTest {

    private static final String VALID = """
            {"noteId": "6f1c2a9e-3b7d-4c1e-9a53-0d2e8b7f4a11", "version": 2,
             "occurredAt": "2026-11-23T12:30:00Z", "title": "nota 2"}""";

    private final EventSchemas schemas = EventSchemas.published();

    @Test
    void aPayloadThatKeepsThePromiseHasNoViolations() {
        assertEquals(List.of(), schemas.validate("ProbeNoteAdded", VALID));
    }

    @Test
    void aFieldAddedLaterIsAccepted() {
        String withMore = VALID.replace("\"title\"", "\"pinned\": true, \"title\"");

        assertEquals(List.of(), schemas.validate("ProbeNoteAdded", withMore));
    }

    @Test
    void eachBrokenFieldIsReportedByItsLocation() {
        String broken = """
                {"noteId": "note-1", "version": "two", "occurredAt": "yesterday"}""";

        List<String> violations = schemas.validate("ProbeNoteAdded", broken);

        assertEquals(4, violations.size(), violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("$.noteId") && v.contains("uuid")), violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("$.version") && v.contains("integer")),
                violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("$.occurredAt") && v.contains("date-time")),
                violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.contains("required") && v.contains("title")),
                violations::toString);
    }

    @Test
    void aPayloadThatIsNotJsonIsAViolation() {
        List<String> violations = schemas.validate("ProbeNoteAdded", "{\"noteId\": ");

        assertEquals(1, violations.size(), violations::toString);
        assertTrue(violations.get(0).startsWith("$: not JSON"), violations::toString);
    }

    @Test
    void aTypeWithoutSchemaIsAClearError() {
        assertFalse(schemas.hasSchema("NoteVanished"));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> schemas.validate("NoteVanished", VALID));

        assertEquals("No schema for event type 'NoteVanished': "
                + "META-INF/resources/events/schemas/NoteVanished.schema.json is not on the classpath", error.getMessage());
    }

    @Test
    void aTypeThatIsNotANameNeverReachesTheClasspath() {
        assertThrows(IllegalArgumentException.class, () -> schemas.validate("../../application", VALID));
    }

    @Test
    void aConsumerReadsItsCopyOfTheProducersSchemas() {
        EventSchemas copy = EventSchemas.in("contracts/platform-test");

        assertEquals("contracts/platform-test/schemas/ProbeNoteAdded.schema.json", copy.schemaPath("ProbeNoteAdded"));
        assertEquals(List.of(), copy.validate("ProbeNoteAdded", VALID));
        assertFalse(copy.validate("ProbeNoteAdded", "{}").isEmpty());
    }
}
