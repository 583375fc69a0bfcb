package dev.servicedesk.platform.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The JSON Schemas of a producer's events, read from the classpath and cached, checking payloads against them.
 *
 * <p>Convention: a producing module keeps its event contracts under
 * {@code src/main/resources/META-INF/resources/events/}, which Quarkus serves statically (and without a token) at
 * {@code /events/...} next to the OpenAPI document:
 * <ul>
 * <li>{@code asyncapi.yaml}: AsyncAPI 3.0.0; its servers, one channel per topic the module writes, the Kafka key
 * (aggregate id) and the CloudEvents headers ({@code ce_id}, {@code ce_type}, {@code ce_source}, {@code ce_time},
 * {@code ce_subject}, {@code ce_specversion}, {@code ce_aggregateversion}, {@code content-type}, {@code traceparent})
 * of each message, {@code send} operations, and each message's payload as a {@code $ref} to its schema file;</li>
 * <li>{@code schemas/<EventType>.schema.json}: JSON Schema draft 2020-12 per event type ({@code ce_type}), with a
 * {@code $id}, {@code required} for what is always present, formats {@code uuid} and {@code date-time}, and additional
 * properties allowed, because consumers must tolerate the fields a later change adds;</li>
 * <li>{@code examples/<EventType>.json} (and optionally {@code examples/<EventType>.<variant>.json}): at least one
 * valid payload per type.</li>
 * </ul>
 * Changes within a topic's version are additive only: new fields, new event types; a field is never removed, renamed
 * or retyped, and a required field never becomes optional.
 *
 * <p>A consumer keeps a copy of the producer's directory under {@code src/test/resources/contracts/<producer>/} (it
 * never depends on the producer's module) and reads it with {@link #in(String)}.
 */
public final class EventSchemas {

    /** Where a producing module's contracts are, on its classpath and (without the prefix) on its HTTP server. */
    public static final String PUBLISHED = "META-INF/resources/events";

    private static final Pattern EVENT_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    /**
     * Draft 2020-12 treats {@code format} as an annotation only, but the contracts promise uuids and timestamps; paths
     * as {@code $.parts[0].code}, which read well in a failed test.
     */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_PATH)
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String directory;
    private final ClassLoader classLoader;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private EventSchemas(String directory, ClassLoader classLoader) {
        this.directory = directory.endsWith("/") ? directory.substring(0, directory.length() - 1) : directory;
        this.classLoader = classLoader;
    }

    /** The module's own published schemas: {@value #PUBLISHED}/schemas on the classpath. */
    public static EventSchemas published() {
        return in(PUBLISHED);
    }

    /** The schemas under {@code <eventsDirectory>/schemas} on the classpath, e.g. a consumer's copy of a producer's. */
    public static EventSchemas in(String eventsDirectory) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return new EventSchemas(eventsDirectory, context != null ? context : EventSchemas.class.getClassLoader());
    }

    /** The classpath location of the schema of {@code eventType}. */
    public String schemaPath(String eventType) {
        if (eventType == null || !EVENT_TYPE.matcher(eventType).matches()) {
            throw new IllegalArgumentException("Not an event type: '" + eventType + "'");
        }
        return directory + "/schemas/" + eventType + ".schema.json";
    }

    public boolean hasSchema(String eventType) {
        return classLoader.getResource(schemaPath(eventType)) != null;
    }

    /**
     * Checks a payload against its type's schema and returns the violations, each naming the offending location
     * ({@code $.title: ...}); empty when the payload is valid.
     *
     * @throws IllegalArgumentException when the type has no schema
     */
    public List<String> validate(String eventType, String payload) {
        JsonSchema schema = schemas.computeIfAbsent(eventType, this::load);
        JsonNode json;
        try {
            json = JSON.readTree(payload == null ? "" : payload);
        } catch (JsonProcessingException e) {
            return List.of("$: not JSON: " + e.getOriginalMessage());
        }
        if (json == null || json.isMissingNode()) {
            return List.of("$: empty payload");
        }
        return schema.validate(json).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private JsonSchema load(String eventType) {
        String path = schemaPath(eventType);
        try (InputStream schema = classLoader.getResourceAsStream(path)) {
            if (schema == null) {
                throw new IllegalArgumentException("No schema for event type '" + eventType + "': " + path
                        + " is not on the classpath");
            }
            return FACTORY.getSchema(schema, CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }
}
