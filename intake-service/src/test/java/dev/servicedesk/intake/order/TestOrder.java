package dev.servicedesk.intake.order;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.servicedesk.platform.testing.EventSender;
import dev.servicedesk.platform.testing.TopicProbe;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A work order as the work-order service tells intake about it: each event is that service's own example (intake's
 * copy of its contract, {@code contracts/workorder-service}) with this order's ids, sent as its relay would.
 */
public final class TestOrder {

    public static final String TOPIC = "servicedesk.orders.v1";
    public static final String DEAD_LETTERS = "servicedesk.orders.v1.dlq.intake-service";
    private static final String SOURCE = "/servicedesk/workorder-service";
    private static final String EXAMPLES = "contracts/workorder-service/examples/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Sent(String type, long version, String json) {
    }

    private final EventSender sender;
    private final UUID id = UUID.randomUUID();
    private final String number = "OS-2026-" + (100_000 + RANDOM.nextInt(900_000));
    private final String problemCode;
    private final List<String> requestIds = new ArrayList<>();
    private final Map<UUID, Sent> sent = new HashMap<>();
    private long version = -1;
    private String status = "OPEN";

    private TestOrder(EventSender sender, String problemCode) {
        this.sender = sender;
        this.problemCode = problemCode;
    }

    /** The work-order service opened an order for the requests (OrderOpened, version 0). */
    public static TestOrder opened(EventSender sender, String problemCode, String... requestIds) {
        TestOrder order = new TestOrder(sender, problemCode);
        order.requestIds.addAll(List.of(requestIds));
        order.send("OrderOpened", "OPEN", payload -> {
            payload.set("requestIds", order.requestIdsNode());
            payload.put("openedAt", Instant.now().toString());
        });
        return order;
    }

    public UUID attach(String requestId) {
        requestIds.add(requestId);
        return send("RequestAttached", status, payload -> {
            payload.put("requestId", requestId);
            payload.set("requestIds", requestIdsNode());
        });
    }

    public UUID assign(String technicianId) {
        return send("OrderAssigned", status, payload -> payload.put("technicianId", technicianId));
    }

    /** An event that only moves the order along: {@code OrderStarted} to {@code IN_PROGRESS}, say. */
    public UUID move(String type, String newStatus) {
        return send(type, newStatus, payload -> {
        });
    }

    public UUID close() {
        return send("OrderClosed", "CLOSED", payload -> payload.set("requestIds", requestIdsNode()));
    }

    public UUID cancel(String reason) {
        return send("OrderCancelled", "CANCELLED", payload -> {
            payload.put("reason", reason);
            payload.set("requestIds", requestIdsNode());
        });
    }

    /** Delivers an event again, with its id: what Kafka does after a crash between the relay's send and its commit. */
    public void redeliver(UUID eventId) {
        Sent event = sent.get(eventId);
        sender.send(TOPIC, eventId, SOURCE, event.type(), id.toString(), event.version(), event.json());
    }

    /** Sends every event of the order again under new ids: a replay of the topic once intake's inbox forgot them. */
    public void replayAll() {
        List.copyOf(sent.values()).stream().sorted(Comparator.comparingLong(Sent::version)).forEach(event ->
                sender.send(TOPIC, SOURCE, event.type(), id.toString(), event.version(), event.json()));
    }

    /**
     * Waits until intake has consumed every event of this order sent so far: sends one more, of a type intake does
     * not know, on the order's partition, and waits for it on the dead-letter topic.
     */
    public void awaitConsumed() {
        try (TopicProbe deadLetters = TopicProbe.open(DEAD_LETTERS)) {
            UUID marker = sender.send(TOPIC, SOURCE, "OrderMarkedByTheTest", id.toString(), version, "{}");
            deadLetters.awaitRecord(TopicProbe.withHeader("ce_id", marker.toString()), Duration.ofSeconds(30));
        }
    }

    public String id() {
        return id.toString();
    }

    public String number() {
        return number;
    }

    private UUID send(String type, String newStatus, Consumer<ObjectNode> specifics) {
        version++;
        status = newStatus;
        ObjectNode payload = example(type);
        payload.put("orderId", id.toString());
        payload.put("number", number);
        payload.put("problemCode", problemCode);
        payload.put("status", status);
        payload.put("version", version);
        payload.put("occurredAt", Instant.now().toString());
        specifics.accept(payload);
        String json = payload.toString();
        UUID eventId = sender.send(TOPIC, SOURCE, type, id.toString(), version, json);
        sent.put(eventId, new Sent(type, version, json));
        return eventId;
    }

    private ArrayNode requestIdsNode() {
        ArrayNode ids = JSON.createArrayNode();
        requestIds.forEach(ids::add);
        return ids;
    }

    private static ObjectNode example(String type) {
        try (InputStream file = TestOrder.class.getClassLoader().getResourceAsStream(EXAMPLES + type + ".json")) {
            if (file == null) {
                throw new IllegalStateException("No example of " + type + " in " + EXAMPLES);
            }
            return (ObjectNode) JSON.readTree(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
