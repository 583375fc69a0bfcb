package dev.servicedesk.platform.testing;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.servicedesk.platform.contract.EventSchemas;
import dev.servicedesk.platform.outbox.CloudEventHeaders;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Tests that code and event contract files agree. The files follow the convention described on {@link EventSchemas}:
 * a producer publishes {@code asyncapi.yaml}, {@code schemas/<EventType>.schema.json} and
 * {@code examples/<EventType>.json} under {@code src/main/resources/META-INF/resources/events/}.
 *
 * <p>A producer's tests call {@link #assertDocumentsConsistent()} once, and {@link #assertMatchesContract} on the
 * records its use cases publish (read with {@link TopicProbe}).
 *
 * <p>A consumer never depends on a producer's module: it copies the producer's {@code events} directory to
 * {@code src/test/resources/contracts/<producer>/} and proves each of its own record classes against that copy with
 * {@link #assertReadableBy(Class, String)}. When the producer changes its contract, the copy is refreshed and the
 * consumer's test tells whether the consumer still reads it.
 */
public final class EventContracts {

    /** The headers the relay sets on every record. */
    private static final List<String> PRESENT_HEADERS = List.of(CloudEventHeaders.ID, CloudEventHeaders.TYPE,
            CloudEventHeaders.SOURCE, CloudEventHeaders.TIME, CloudEventHeaders.SUBJECT, CloudEventHeaders.SPEC_VERSION,
            CloudEventHeaders.AGGREGATE_VERSION, CloudEventHeaders.CONTENT_TYPE);
    /** The headers every message of an AsyncAPI document declares: {@code traceparent} travels when there is a trace. */
    private static final List<String> DECLARED_HEADERS = Stream
            .concat(PRESENT_HEADERS.stream(), Stream.of(CloudEventHeaders.TRACEPARENT))
            .toList();

    private static final String ASYNCAPI = "asyncapi.yaml";
    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    private static final String SCHEMA_SUFFIX = ".schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new YAMLMapper();
    /** Reads as {@code EventProcessor} does: fields a producer added later are ignored. */
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventContracts() {
    }

    /** Built on first use only: consumers' contract tests need it, producers' do not. */
    private static final class BeanValidation {
        static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    }

    /**
     * Fails unless the record is a CloudEvent whose value matches the published schema of its {@code ce_type}: the
     * headers the relay always sets are present ({@code ce_specversion} 1.0, {@code content-type} application/json,
     * the key is {@code ce_subject}), the value validates, and it has no field the schema does not declare (the
     * schema lets consumers tolerate fields added later; the producer still documents every field it sends).
     */
    public static void assertMatchesContract(ConsumerRecord<String, String> record) {
        assertMatchesContract(record, EventSchemas.PUBLISHED);
    }

    /**
     * {@link #assertMatchesContract(ConsumerRecord)} against the contracts in {@code eventsDirectory}, e.g. a
     * consumer's copy ({@code contracts/intake-service}) when it checks what it reads from a real topic.
     */
    public static void assertMatchesContract(ConsumerRecord<String, String> record, String eventsDirectory) {
        List<String> problems = headerProblems(record);
        String type = TopicProbe.header(record, CloudEventHeaders.TYPE);
        if (type != null) {
            problems.addAll(payloadProblems(ContractFiles.in(eventsDirectory), type, record.value()));
        }
        failOn(problems, "The " + (type == null ? "record" : type) + " at " + record.topic() + "-" + record.partition()
                + "@" + record.offset() + " breaks its contract");
    }

    /** {@link #assertReadableBy(Class, String, String)} for a record class named after the event type. */
    public static void assertReadableBy(Class<?> consumerRecord, String contractsDirectory) {
        assertReadableBy(consumerRecord, consumerRecord.getSimpleName(), contractsDirectory);
    }

    /**
     * Fails unless a consumer's own record class can rely on the producer's contract for {@code eventType}, as kept in
     * {@code contractsDirectory} on the test classpath (e.g. {@code contracts/intake-service}): every example of the
     * type validates and is read into the record leniently, the record's Bean Validation constraints hold, every
     * property the record declares (nested records included) is a property of the schema, and every property the
     * record cannot do without ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty} or a primitive) is required
     * by the schema. So a consumer never depends on a field the producer does not promise.
     */
    public static void assertReadableBy(Class<?> consumerRecord, String eventType, String contractsDirectory) {
        ContractFiles files = ContractFiles.in(contractsDirectory);
        String schemaFile = "schemas/" + eventType + SCHEMA_SUFFIX;
        JsonNode schema = files.readJson(JSON, schemaFile).orElseThrow(() -> new AssertionError("No schema for "
                + eventType + ": " + files.directory() + "/" + schemaFile + " is not on the test classpath (copy the"
                + " producer's events directory there)"));
        List<String> problems = new ArrayList<>();
        checkProperties(consumerRecord, schema, schema, consumerRecord.getSimpleName(), problems);
        List<String> examples = examplesOf(files, eventType);
        if (examples.isEmpty()) {
            problems.add("no example of " + eventType + " in " + files.directory() + "/examples");
        }
        EventSchemas schemas = EventSchemas.in(contractsDirectory);
        Validator validator = BeanValidation.VALIDATOR;
        for (String example : examples) {
            String payload = files.read("examples/" + example).orElseThrow();
            schemas.validate(eventType, payload).forEach(v -> problems.add(example + " breaks its schema: " + v));
            Object read;
            try {
                read = LENIENT.readValue(payload, consumerRecord);
            } catch (IOException e) {
                problems.add(example + " cannot be read as " + consumerRecord.getSimpleName() + ": "
                        + e.getMessage().lines().findFirst().orElse(""));
                continue;
            }
            validator.validate(read).stream()
                    .map(v -> example + " read as " + consumerRecord.getSimpleName() + ": " + v.getPropertyPath() + " "
                            + v.getMessage())
                    .sorted()
                    .forEach(problems::add);
        }
        failOn(problems, consumerRecord.getName() + " cannot rely on " + eventType + " as published in "
                + files.directory());
    }

    /** {@link #assertDocumentsConsistent(String)} for the module's published contracts. */
    public static void assertDocumentsConsistent() {
        assertDocumentsConsistent(EventSchemas.PUBLISHED);
    }

    /**
     * Fails unless the AsyncAPI document and the schema and example files under {@code eventsDirectory} agree: an
     * AsyncAPI 3.0.0 document with servers, channels with an address and messages, and {@code send} operations on
     * every channel; each message declares the Kafka key and the CloudEvents headers, and its payload is a
     * {@code $ref} to {@code schemas/<name>.schema.json}, which exists; each schema is draft 2020-12 with an
     * {@code $id}, carried by some message, and has at least one example; each example validates.
     */
    public static void assertDocumentsConsistent(String eventsDirectory) {
        ContractFiles files = ContractFiles.in(eventsDirectory);
        JsonNode asyncApi = files.readJson(YAML, ASYNCAPI).orElseThrow(() -> new AssertionError(
                "No AsyncAPI document: " + files.directory() + "/" + ASYNCAPI + " is not on the classpath"));
        List<String> problems = new ArrayList<>();
        Set<String> carried = checkAsyncApi(asyncApi, files, problems);
        SortedSet<String> schemaFiles = files.list("schemas");
        Set<String> types = new HashSet<>();
        for (String file : schemaFiles) {
            if (!file.endsWith(SCHEMA_SUFFIX)) {
                problems.add("schemas/" + file + ": not named <EventType>" + SCHEMA_SUFFIX);
                continue;
            }
            String type = file.substring(0, file.length() - SCHEMA_SUFFIX.length());
            types.add(type);
            checkSchema(type, files.readJson(JSON, "schemas/" + file).orElseThrow(), problems);
            if (!carried.contains(type)) {
                problems.add("schemas/" + file + ": no message of " + ASYNCAPI + " carries it");
            }
            if (examplesOf(files, type).isEmpty()) {
                problems.add("schemas/" + file + ": no example (examples/" + type + ".json)");
            }
        }
        EventSchemas schemas = EventSchemas.in(eventsDirectory);
        for (String example : files.list("examples")) {
            String type = example.substring(0, example.indexOf('.') < 0 ? example.length() : example.indexOf('.'));
            if (!example.endsWith(".json")) {
                problems.add("examples/" + example + ": not named <EventType>.json or <EventType>.<variant>.json");
            } else if (!types.contains(type)) {
                problems.add("examples/" + example + ": no schema for " + type);
            } else {
                schemas.validate(type, files.read("examples/" + example).orElseThrow())
                        .forEach(v -> problems.add("examples/" + example + ": " + v));
            }
        }
        failOn(problems, "The event contracts in " + files.directory() + " disagree");
    }

    private static List<String> headerProblems(ConsumerRecord<String, String> record) {
        List<String> problems = new ArrayList<>();
        for (String name : PRESENT_HEADERS) {
            String value = TopicProbe.header(record, name);
            if (value == null || value.isBlank()) {
                problems.add("header " + name + " is missing");
            }
        }
        expectHeader(record, CloudEventHeaders.SPEC_VERSION, "1.0", problems);
        expectHeader(record, CloudEventHeaders.CONTENT_TYPE, "application/json", problems);
        String id = TopicProbe.header(record, CloudEventHeaders.ID);
        if (id != null && !isUuid(id)) {
            problems.add("header " + CloudEventHeaders.ID + " is not a UUID: " + id);
        }
        String time = TopicProbe.header(record, CloudEventHeaders.TIME);
        if (time != null && !isTimestamp(time)) {
            problems.add("header " + CloudEventHeaders.TIME + " is not an RFC 3339 timestamp: " + time);
        }
        String subject = TopicProbe.header(record, CloudEventHeaders.SUBJECT);
        if (subject != null && !subject.equals(record.key())) {
            problems.add("the key " + record.key() + " is not the aggregate id in " + CloudEventHeaders.SUBJECT + " ("
                    + subject + ")");
        }
        return problems;
    }

    private static void expectHeader(ConsumerRecord<String, String> record, String name, String expected,
            List<String> problems) {
        String value = TopicProbe.header(record, name);
        if (value != null && !value.equals(expected)) {
            problems.add("header " + name + " is " + value + ", expected " + expected);
        }
    }

    private static List<String> payloadProblems(ContractFiles files, String type, String payload) {
        EventSchemas schemas = EventSchemas.in(files.directory());
        try {
            if (!schemas.hasSchema(type)) {
                return List.of("no schema for " + CloudEventHeaders.TYPE + " " + type + ": " + schemas.schemaPath(type)
                        + " is not on the classpath");
            }
        } catch (IllegalArgumentException e) {
            return List.of("header " + CloudEventHeaders.TYPE + ": " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        schemas.validate(type, payload).forEach(v -> problems.add("payload " + v));
        if (problems.isEmpty()) {
            JsonNode schema = files.readJson(JSON, "schemas/" + type + SCHEMA_SUFFIX).orElseThrow();
            try {
                findUndeclared(schema, schema, JSON.readTree(payload), "$", problems);
            } catch (IOException e) {
                throw new AssertionError("payload is not JSON", e);
            }
        }
        return problems;
    }

    private static void findUndeclared(JsonNode root, JsonNode schema, JsonNode value, String path,
            List<String> problems) {
        JsonNode resolved = resolve(root, schema);
        JsonNode properties = resolved.path("properties");
        if (value.isObject() && properties.isObject() && !resolved.has("patternProperties")
                && !resolved.path("additionalProperties").isObject()) {
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                JsonNode declared = properties.get(field.getKey());
                String where = path + "." + field.getKey();
                if (declared == null) {
                    problems.add("payload " + where + ": sent but not declared in the schema");
                } else {
                    findUndeclared(root, declared, field.getValue(), where, problems);
                }
            }
        } else if (value.isArray() && resolved.path("items").isObject()) {
            for (int i = 0; i < value.size(); i++) {
                findUndeclared(root, resolved.get("items"), value.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static void checkProperties(Class<?> type, JsonNode root, JsonNode schema, String path,
            List<String> problems) {
        JsonNode object = resolve(root, schema);
        JsonNode properties = object.path("properties");
        Set<String> required = new HashSet<>();
        object.path("required").forEach(name -> required.add(name.asText()));
        BeanDescription bean = LENIENT.getDeserializationConfig().introspect(LENIENT.constructType(type));
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (!property.couldDeserialize()) {
                continue;
            }
            String where = path + "." + property.getName();
            JsonNode declared = properties.get(property.getName());
            if (declared == null) {
                problems.add(where + " is not a property of the producer's schema");
                continue;
            }
            JavaType javaType = property.getPrimaryType();
            if (!required.contains(property.getName()) && cannotBeAbsent(type, property, javaType)) {
                problems.add(where + " must always have a value, but the producer's schema does not require "
                        + property.getName());
            }
            JsonNode nested = declared;
            if (javaType.isCollectionLikeType() || javaType.isArrayType()) {
                javaType = javaType.getContentType();
                nested = resolve(root, declared).path("items");
            } else if (javaType.isReferenceType()) {
                javaType = javaType.getReferencedType();
            }
            if (javaType.getRawClass().isRecord()) {
                checkProperties(javaType.getRawClass(), root, nested, where, problems);
            }
        }
    }

    private static boolean cannotBeAbsent(Class<?> type, BeanPropertyDefinition property, JavaType javaType) {
        if (javaType.isPrimitive()) {
            return true;
        }
        for (Class<?> owner = type; owner != null && owner != Object.class; owner = owner.getSuperclass()) {
            try {
                Field field = owner.getDeclaredField(property.getInternalName());
                return field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class)
                        || field.isAnnotationPresent(NotEmpty.class);
            } catch (NoSuchFieldException e) {
                // declared higher up, or a setter-only property
            }
        }
        return false;
    }

    private static Set<String> checkAsyncApi(JsonNode document, ContractFiles files, List<String> problems) {
        if (!"3.0.0".equals(document.path("asyncapi").asText())) {
            problems.add(ASYNCAPI + ": asyncapi is '" + document.path("asyncapi").asText() + "', expected 3.0.0");
        }
        if (document.path("servers").isEmpty()) {
            problems.add(ASYNCAPI + ": no servers");
        }
        if (document.path("channels").isEmpty()) {
            problems.add(ASYNCAPI + ": no channels");
        }
        Set<String> carried = new HashSet<>();
        for (Map.Entry<String, JsonNode> channel : document.path("channels").properties()) {
            String where = ASYNCAPI + ": channel " + channel.getKey();
            if (channel.getValue().path("address").asText().isBlank()) {
                problems.add(where + " has no address (the topic)");
            }
            if (channel.getValue().path("messages").isEmpty()) {
                problems.add(where + " has no messages");
            }
            for (Map.Entry<String, JsonNode> message : channel.getValue().path("messages").properties()) {
                checkMessage(document, where + ", message " + message.getKey(), message.getKey(),
                        resolve(document, message.getValue()), files, problems).ifPresent(carried::add);
            }
        }
        checkOperations(document, problems);
        return carried;
    }

    private static Optional<String> checkMessage(JsonNode document, String where, String key,
            JsonNode message, ContractFiles files, List<String> problems) {
        if (message.isMissingNode()) {
            problems.add(where + ": its $ref leads nowhere");
            return Optional.empty();
        }
        String type = message.path("name").asText(key);
        JsonNode headers = resolve(document, message.path("headers")).path("properties");
        List<String> undeclared = DECLARED_HEADERS.stream().filter(name -> !headers.has(name)).toList();
        if (!undeclared.isEmpty()) {
            problems.add(where + ": headers " + undeclared + " not declared");
        }
        if (message.path("bindings").path("kafka").path("key").isMissingNode()) {
            problems.add(where + ": no Kafka key (bindings.kafka.key)");
        }
        JsonNode payload = resolve(document, message.path("payload"));
        if (payload.has("schema")) {
            payload = resolve(document, payload.get("schema"));
        }
        String reference = payload.path("$ref").asText();
        String expected = "schemas/" + type + SCHEMA_SUFFIX;
        if (reference.isBlank()) {
            problems.add(where + ": payload is not a $ref to " + expected);
            return Optional.empty();
        }
        String file = relativePath(reference);
        if (!expected.equals(file)) {
            problems.add(where + ": payload $ref " + reference + " should be " + expected
                    + " (the schema is named after ce_type)");
        } else if (files.read(file).isEmpty()) {
            problems.add(where + ": payload $ref " + reference + " leads to no file");
        } else {
            return Optional.of(type);
        }
        return Optional.empty();
    }

    private static void checkOperations(JsonNode document, List<String> problems) {
        Set<String> sentTo = new HashSet<>();
        for (Map.Entry<String, JsonNode> operation : document.path("operations").properties()) {
            String where = ASYNCAPI + ": operation " + operation.getKey();
            boolean sends = "send".equals(operation.getValue().path("action").asText());
            if (!sends) {
                problems.add(where + ": action is not send (the document describes what the module publishes)");
            }
            String channel = operation.getValue().path("channel").path("$ref").asText();
            if (!channel.startsWith("#/channels/") || resolve(document, operation.getValue().path("channel"))
                    .isMissingNode()) {
                problems.add(where + ": channel $ref '" + channel + "' leads to no channel");
            } else if (sends) {
                sentTo.add(channel.substring("#/channels/".length()));
            }
        }
        document.path("channels").properties().stream()
                .map(Map.Entry::getKey)
                .filter(channel -> !sentTo.contains(channel))
                .forEach(channel -> problems.add(ASYNCAPI + ": no send operation for channel " + channel));
    }

    private static void checkSchema(String type, JsonNode schema, List<String> problems) {
        String where = "schemas/" + type + SCHEMA_SUFFIX;
        if (!DRAFT_2020_12.equals(schema.path("$schema").asText())) {
            problems.add(where + ": $schema is not " + DRAFT_2020_12);
        }
        if (!schema.path("$id").asText().endsWith("/" + type + SCHEMA_SUFFIX)) {
            problems.add(where + ": $id should end with /" + type + SCHEMA_SUFFIX);
        }
        if (schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean()) {
            problems.add(where + ": additionalProperties is false, but consumers must tolerate fields added later");
        }
    }

    private static List<String> examplesOf(ContractFiles files, String type) {
        return files.list("examples").stream()
                .filter(name -> name.startsWith(type + ".") && name.endsWith(".json"))
                .toList();
    }

    /** Follows local references ({@code #/...}); anything else is returned as it is. */
    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode current = Objects.requireNonNullElse(node, MissingNode.getInstance());
        for (int depth = 0; depth < 16 && current.path("$ref").asText().startsWith("#"); depth++) {
            current = root.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }

    private static String relativePath(String reference) {
        try {
            return URI.create(reference).normalize().toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isTimestamp(String value) {
        try {
            OffsetDateTime.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void failOn(List<String> problems, String what) {
        if (!problems.isEmpty()) {
            throw new AssertionError(what + ":\n  - " + String.join("\n  - ", problems));
        }
    }
}
