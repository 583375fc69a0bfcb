package dev.servicedesk.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.servicedesk.platform.testing.EventSender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A small known month of one department, as intake and workorder would publish it, with its KPIs computed by hand in
 * the tests that send it. Codes, partner and technicians are fresh for each scenario, so that a test's numbers are
 * its own (filter by {@link #department}) however many scenarios the topics already hold.
 *
 * <ul>
 * <li>R1 action, phone, Mon 05/10 10:00 (São Paulo), opens O1; resolved when O1 closes on 07/10.
 * <li>R2 action, WhatsApp, partner, Mon 05/10 12:00, attached to O1 (a duplicate avoided); resolved with O1.
 * <li>R3 information, phone, Tue 06/10 09:00, answered and closed at once (first-contact resolution).
 * <li>R4 information, e-mail, Tue 06/10 11:00, never answered (overdue).
 * <li>R5 action, chat, Mon 12/10 10:00, opens O2, which is cancelled after its estimate is rejected: open again.
 * <li>O1: estimate 300.00 issued and approved 4 h later; technician T1; 2 h on hold for parts; completed with rating
 *     9, cause wear, 330.00 (labour 150, parts 200, discount 20); closed 48 h after opening.
 * <li>O3: staff-opened warranty rework of O1, technician T2, late on both SLAs, cause installation, recurring,
 *     50.00 of parts; rated 4 afterwards; closed 72 h after opening.
 * <li>O4: opened 20/10, technician T1, on hold waiting for the customer.
 * <li>Knowledge: article A1 consulted for R3 (helpful), article A2 for R3 (not helpful) and R4 (helpful).
 * </ul>
 */
public final class Scenario {

    public static final String REQUESTS = "servicedesk.requests.v1";
    public static final String ORDERS = "servicedesk.orders.v1";
    public static final String CATALOG = "servicedesk.catalog.v1";
    public static final String ARTICLES = "servicedesk.articles.v1";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** One event as a producer's relay sends it. */
    public record Event(String topic, UUID id, String source, String type, String key, long version, String json) {
    }

    public final String department;
    public final String provider;
    public final String category;
    public final String fridge;
    public final String info;
    public final String partner;
    public final String t1;
    public final String t2;
    public final UUID r1 = UUID.randomUUID();
    public final UUID r2 = UUID.randomUUID();
    public final UUID r3 = UUID.randomUUID();
    public final UUID r4 = UUID.randomUUID();
    public final UUID r5 = UUID.randomUUID();
    public final UUID o1 = UUID.randomUUID();
    public final UUID o2 = UUID.randomUUID();
    public final UUID o3 = UUID.randomUUID();
    public final UUID o4 = UUID.randomUUID();
    public final UUID customer = UUID.randomUUID();
    public final UUID a1 = UUID.randomUUID();
    public final UUID a2 = UUID.randomUUID();
    private final List<Event> events = new ArrayList<>();

    public Scenario() {
        String fresh = Long.toString(System.nanoTime(), 36).toUpperCase();
        department = "DEP-" + fresh;
        provider = "PRV-" + fresh;
        category = "CAT-" + fresh;
        fridge = "GELADEIRA-" + fresh;
        info = "DUVIDA-" + fresh;
        partner = "partner-" + fresh.toLowerCase();
        t1 = "tec-1-" + fresh.toLowerCase();
        t2 = "tec-2-" + fresh.toLowerCase();
        build();
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    /** Every event, in the order it happened. */
    public void sendInOrder() {
        send(events);
    }

    /** Every event, last first: each order closed before it opened, each request resolved before it was logged. */
    public void sendReversed() {
        List<Event> delivery = new ArrayList<>(events);
        Collections.reverse(delivery);
        send(delivery);
    }

    /** Every event in a shuffled order, and a third of them twice (a redelivery: the same id). */
    public void sendShuffledWithDuplicates(long seed) {
        List<Event> delivery = new ArrayList<>(events);
        Random random = new Random(seed);
        for (Event event : events) {
            if (random.nextInt(3) == 0) {
                delivery.add(event);
            }
        }
        Collections.shuffle(delivery, random);
        send(delivery);
    }

    private static void send(List<Event> delivery) {
        try (EventSender sender = EventSender.open()) {
            for (Event e : delivery) {
                sender.send(e.topic(), e.id(), e.source(), e.type(), e.key(), e.version(), e.json());
            }
        }
    }

    private void build() {
        problemCode(fridge, "Geladeira não gela");
        problemCode(info, "Dúvida sobre garantia");

        article(a1, "2026-10-02T12:00:00Z");
        article(a2, "2026-10-02T13:00:00Z");
        logged(r1, "ACTION", "OPEN", "PHONE", fridge, null, "2026-10-05T13:00:00Z", List.of());
        logged(r2, "ACTION", "OPEN", "WHATSAPP", fridge, partner, "2026-10-05T15:00:00Z", List.of());
        logged(r3, "INFORMATION", "OPEN", "PHONE", info, null, "2026-10-06T12:00:00Z", List.of(a1));
        request(r3, "RequestAnswered", 2, "2026-10-06T12:10:00Z", Map.of("articleIds", List.of(a1, a2)));
        request(r3, "RequestClosed", 3, "2026-10-06T12:15:00Z", Map.of("type", "INFORMATION",
                "fromStatus", "ANSWERED", "openedAt", "2026-10-06T12:00:00Z"));
        logged(r4, "INFORMATION", "OPEN", "EMAIL", info, null, "2026-10-06T14:00:00Z", List.of(a2));
        logged(r5, "ACTION", "OPEN", "CHAT", info, null, "2026-10-12T13:00:00Z", List.of());
        feedback(a1, r3, true, "2026-10-06T12:11:00Z");
        feedback(a2, r3, false, "2026-10-06T12:12:00Z");
        feedback(a2, r4, true, "2026-10-06T14:05:00Z");

        order(o1, fridge, "OrderOpened", 1, "OPEN", "2026-10-05T13:05:00Z", opened(List.of(r1), "REQUEST",
                "CHARGEABLE", null, false, "2026-10-05T13:05:00Z"));
        request(r1, "RequestLinkedToOrder", 2, "2026-10-05T13:05:01Z", Map.of("orderId", o1, "problemCode", fridge));
        order(o1, fridge, "RequestAttached", 2, "OPEN", "2026-10-05T15:05:00Z", Map.of("requestId", r2,
                "protocol", "P-2", "requestIds", List.of(r1, r2), "partnerId", partner));
        request(r2, "RequestLinkedToOrder", 2, "2026-10-05T15:05:01Z", Map.of("orderId", o1, "problemCode", fridge));
        order(o1, fridge, "EstimateIssued", 3, "AWAITING_APPROVAL", "2026-10-05T16:00:00Z", estimateIssued(300,
                "2026-10-05T16:00:00Z"));
        order(o1, fridge, "EstimateApproved", 4, "APPROVED", "2026-10-05T20:00:00Z", Map.of("estimateId",
                UUID.randomUUID(), "estimateVersion", 1, "grandTotal", 300, "currency", "BRL", "signatureId",
                UUID.randomUUID(), "signatureMethod", "DRAWN", "approvedAt", "2026-10-05T20:00:00Z"));
        order(o1, fridge, "OrderAssigned", 5, "APPROVED", "2026-10-06T10:00:00Z", Map.of("team", "linha-branca",
                "technicianId", t1));
        order(o1, fridge, "OrderStarted", 6, "IN_PROGRESS", "2026-10-06T13:00:00Z", started(t1,
                "2026-10-06T13:00:00Z", true));
        order(o1, fridge, "OrderPutOnHold", 7, "ON_HOLD", "2026-10-06T16:00:00Z", Map.of("reason", "PARTS",
                "slaPaused", true));
        order(o1, fridge, "OrderResumed", 8, "IN_PROGRESS", "2026-10-06T18:00:00Z", Map.of("reason", "PARTS",
                "pausedSeconds", 7200, "resolutionDueAt", "2026-10-09T13:05:00Z"));
        order(o1, fridge, "OrderCompleted", 9, "COMPLETED", "2026-10-07T12:00:00Z", completed(t1, "WEAR", false,
                150, 200, 20, 330, 300, 9, "2026-10-07T12:00:00Z", true, true));
        order(o1, fridge, "OrderClosed", 10, "CLOSED", "2026-10-07T13:05:00Z", closed(List.of(r1, r2),
                "2026-10-07T13:05:00Z"));
        request(r1, "RequestResolved", 3, "2026-10-07T13:05:01Z", resolved(o1, "2026-10-05T13:00:00Z"));
        request(r2, "RequestResolved", 3, "2026-10-07T13:05:01Z", resolved(o1, "2026-10-05T15:00:00Z"));

        order(o2, info, "OrderOpened", 1, "OPEN", "2026-10-12T13:05:00Z", opened(List.of(r5), "REQUEST",
                "CHARGEABLE", null, false, "2026-10-12T13:05:00Z"));
        request(r5, "RequestLinkedToOrder", 2, "2026-10-12T13:05:01Z", Map.of("orderId", o2, "problemCode", info));
        order(o2, info, "EstimateIssued", 2, "AWAITING_APPROVAL", "2026-10-12T14:00:00Z", estimateIssued(500,
                "2026-10-12T14:00:00Z"));
        order(o2, info, "EstimateRejected", 3, "OPEN", "2026-10-12T18:00:00Z", Map.of("estimateId",
                UUID.randomUUID(), "estimateVersion", 1, "reason", "PRICE", "rejectedAt", "2026-10-12T18:00:00Z"));
        order(o2, info, "OrderCancelled", 4, "CANCELLED", "2026-10-12T18:05:00Z", Map.of("reason",
                "ESTIMATE_REJECTED", "requestIds", List.of(r5)));
        request(r5, "RequestReopened", 3, "2026-10-12T18:05:01Z", Map.of("orderId", o2, "orderNumber", "OS-2",
                "reason", "ESTIMATE_REJECTED"));

        Map<String, Object> rework = opened(List.of(), "STAFF", "WARRANTY", o1, true, "2026-10-08T13:00:00Z");
        order(o3, fridge, "OrderOpened", 1, "OPEN", "2026-10-08T13:00:00Z", rework);
        order(o3, fridge, "OrderAssigned", 2, "OPEN", "2026-10-08T14:00:00Z", Map.of("team", "linha-branca",
                "technicianId", t2));
        order(o3, fridge, "OrderStarted", 3, "IN_PROGRESS", "2026-10-09T13:00:00Z", started(t2,
                "2026-10-09T13:00:00Z", false));
        order(o3, fridge, "OrderCompleted", 4, "COMPLETED", "2026-10-10T13:00:00Z", completed(t2, "INSTALLATION",
                true, 0, 50, 0, 50, 0, null, "2026-10-10T13:00:00Z", false, false));
        order(o3, fridge, "OrderRated", 5, "COMPLETED", "2026-10-10T20:00:00Z", Map.of("rating", 4,
                "ratedAt", "2026-10-10T20:00:00Z"));
        order(o3, fridge, "OrderClosed", 6, "CLOSED", "2026-10-11T13:00:00Z", closed(List.of(),
                "2026-10-11T13:00:00Z"));

        order(o4, fridge, "OrderOpened", 1, "OPEN", "2026-10-20T13:00:00Z", opened(List.of(), "STAFF",
                "CHARGEABLE", null, false, "2026-10-20T13:00:00Z"));
        order(o4, fridge, "OrderAssigned", 2, "OPEN", "2026-10-20T14:00:00Z", Map.of("team", "linha-branca",
                "technicianId", t1));
        order(o4, fridge, "OrderPutOnHold", 3, "ON_HOLD", "2026-10-20T15:00:00Z", Map.of("reason", "CUSTOMER",
                "slaPaused", true));
    }

    private void problemCode(String code, String name) {
        Map<String, Object> payload = new LinkedHashMap<>();
        UUID id = UUID.randomUUID();
        payload.put("problemCodeId", id);
        payload.put("code", code);
        payload.put("name", name);
        payload.put("categoryId", UUID.randomUUID());
        payload.put("categoryCode", category);
        payload.put("providerId", UUID.randomUUID());
        payload.put("providerCode", provider);
        payload.put("departmentId", UUID.randomUUID());
        payload.put("departmentCode", department);
        payload.put("retired", false);
        payload.put("defaultPriority", "NORMAL");
        payload.put("responseHours", 24);
        payload.put("resolutionHours", 72);
        payload.put("estimateApprovalRequired", true);
        payload.put("signatureRequired", true);
        payload.put("productDataRequired", false);
        payload.put("goods", "DURABLE");
        payload.put("warrantyDays", 90);
        payload.put("version", 1);
        payload.put("occurredAt", "2026-10-01T12:00:00Z");
        add(CATALOG, "/servicedesk/workorder-service", "ProblemCodePublished", id, 1, payload);
    }

    private void article(UUID id, String at) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("articleId", id);
        payload.put("kind", "ANSWER");
        payload.put("audience", "INTERNAL");
        payload.put("language", "pt-BR");
        payload.put("problemCodes", List.of(info));
        payload.put("categories", List.of(category));
        payload.put("tags", List.of("garantia"));
        payload.put("revision", 3);
        payload.put("version", 2);
        payload.put("occurredAt", at);
        add(ARTICLES, "/servicedesk/knowledge-service", "ArticlePublished", id, 2, payload);
    }

    private void feedback(UUID article, UUID request, boolean helpful, String at) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("articleId", article);
        payload.put("requestId", request);
        payload.put("helpful", helpful);
        payload.put("version", 2);
        payload.put("occurredAt", at);
        add(ARTICLES, "/servicedesk/knowledge-service", "ArticleFeedbackGiven", article, 2, payload);
    }

    private void logged(UUID id, String type, String status, String channel, String code, String partnerId,
            String openedAt, List<UUID> articleIds) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("requestId", id);
        payload.put("protocol", "P-" + id.toString().substring(0, 8));
        payload.put("type", type);
        payload.put("status", status);
        payload.put("channel", channel);
        payload.put("problemCode", code);
        payload.put("customerId", customer);
        if (partnerId != null) {
            payload.put("partnerId", partnerId);
        }
        payload.put("articleIds", articleIds);
        payload.put("openedAt", openedAt);
        payload.put("dueAt", Instant.parse(openedAt).plusSeconds(7 * 86_400).toString());
        payload.put("version", 1);
        payload.put("occurredAt", openedAt);
        add(REQUESTS, "/servicedesk/intake-service", "RequestLogged", id, 1, payload);
    }

    private void request(UUID id, String type, long version, String at, Map<String, Object> fields) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("requestId", id);
        payload.put("protocol", "P-" + id.toString().substring(0, 8));
        payload.putAll(fields);
        payload.put("version", version);
        payload.put("occurredAt", at);
        add(REQUESTS, "/servicedesk/intake-service", type, id, version, payload);
    }

    private void order(UUID id, String code, String type, long version, String status, String at,
            Map<String, Object> fields) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("orderId", id);
        payload.put("number", "OS-" + id.toString().substring(0, 8));
        payload.put("problemCode", code);
        payload.put("categoryCode", category);
        payload.put("providerCode", provider);
        payload.put("departmentCode", department);
        payload.put("status", status);
        payload.put("priority", "NORMAL");
        payload.put("version", version);
        payload.putAll(fields);
        payload.put("occurredAt", at);
        add(ORDERS, "/servicedesk/workorder-service", type, id, version, payload);
    }

    private Map<String, Object> opened(List<UUID> requestIds, String origin, String coverage, UUID warrantyOf,
            boolean rework, String at) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("customerId", customer);
        fields.put("requestIds", requestIds);
        fields.put("origin", origin);
        fields.put("coverage", coverage);
        if (warrantyOf != null) {
            fields.put("warrantyOf", warrantyOf);
        }
        fields.put("rework", rework);
        fields.put("estimateApprovalRequired", true);
        fields.put("signatureRequired", true);
        fields.put("warrantyDays", 90);
        fields.put("openedAt", at);
        fields.put("responseDueAt", Instant.parse(at).plusSeconds(86_400).toString());
        fields.put("resolutionDueAt", Instant.parse(at).plusSeconds(3 * 86_400).toString());
        return fields;
    }

    private static Map<String, Object> estimateIssued(int total, String at) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("estimateId", UUID.randomUUID());
        fields.put("estimateVersion", 1);
        fields.put("free", false);
        fields.put("labourTotal", total);
        fields.put("partsTotal", 0);
        fields.put("equipmentTotal", 0);
        fields.put("subtotal", total);
        fields.put("discount", 0);
        fields.put("grandTotal", total);
        fields.put("currency", "BRL");
        fields.put("lineCount", 1);
        fields.put("thirdPartyLineCount", 0);
        fields.put("workStart", "2026-10-06");
        fields.put("workEnd", "2026-10-07");
        fields.put("validityDays", 10);
        fields.put("validUntil", "2026-10-15");
        fields.put("issuedAt", at);
        return fields;
    }

    private static Map<String, Object> started(String technician, String at, boolean onTime) {
        return Map.of("technicianId", technician, "respondedAt", at, "responseDueAt", at, "responseOnTime", onTime);
    }

    private static Map<String, Object> completed(String technician, String cause, boolean recurring, int labour,
            int parts, int discount, int total, int estimated, Integer rating, String at, boolean responseOnTime,
            boolean resolutionOnTime) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("technicianId", technician);
        fields.put("causeCategory", cause);
        fields.put("recurring", recurring);
        fields.put("rework", false);
        fields.put("partsUsed", Map.of("NEW_ORIGINAL", 2, "NEW_COMPATIBLE", 0, "RECONDITIONED", 0, "USED", 0));
        fields.put("defectiveParts", 1);
        fields.put("amounts", Map.of("labour", labour, "parts", parts, "equipment", 0, "discount", discount,
                "total", total, "estimatedTotal", estimated, "currency", "BRL"));
        if (rating != null) {
            fields.put("rating", rating);
        }
        fields.put("acceptanceSigned", true);
        fields.put("completedAt", at);
        fields.put("responseOnTime", responseOnTime);
        fields.put("resolutionDueAt", at);
        fields.put("resolutionOnTime", resolutionOnTime);
        return fields;
    }

    private static Map<String, Object> closed(List<UUID> requestIds, String at) {
        return Map.of("requestIds", requestIds, "completedAt", at, "closedAt", at, "warrantyDays", 90,
                "warrantyUntil", Instant.parse(at).plusSeconds(90 * 86_400L).toString());
    }

    private Map<String, Object> resolved(UUID order, String openedAt) {
        return Map.of("orderId", order, "orderNumber", "OS-" + order.toString().substring(0, 8), "openedAt", openedAt);
    }

    private void add(String topic, String source, String type, UUID key, long version, Map<String, Object> payload) {
        try {
            events.add(new Event(topic, UUID.randomUUID(), source, type, key.toString(), version,
                    JSON.writeValueAsString(payload)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
