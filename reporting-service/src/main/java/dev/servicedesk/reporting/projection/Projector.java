package dev.servicedesk.reporting.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.servicedesk.platform.inbox.PermanentEventFailure;
import dev.servicedesk.reporting.projection.ArticleEvents.ArticleArchived;
import dev.servicedesk.reporting.projection.ArticleEvents.ArticleFeedbackGiven;
import dev.servicedesk.reporting.projection.ArticleEvents.ArticlePublished;
import dev.servicedesk.reporting.projection.ArticleEvents.ArticleRevised;
import dev.servicedesk.reporting.projection.OrderEvents.EstimateApproved;
import dev.servicedesk.reporting.projection.OrderEvents.EstimateIssued;
import dev.servicedesk.reporting.projection.OrderEvents.EstimateRejected;
import dev.servicedesk.reporting.projection.OrderEvents.OrderAssigned;
import dev.servicedesk.reporting.projection.OrderEvents.OrderCancelled;
import dev.servicedesk.reporting.projection.OrderEvents.OrderClosed;
import dev.servicedesk.reporting.projection.OrderEvents.OrderCompleted;
import dev.servicedesk.reporting.projection.OrderEvents.OrderOpened;
import dev.servicedesk.reporting.projection.OrderEvents.OrderPutOnHold;
import dev.servicedesk.reporting.projection.OrderEvents.OrderRated;
import dev.servicedesk.reporting.projection.OrderEvents.OrderResumed;
import dev.servicedesk.reporting.projection.OrderEvents.OrderStarted;
import dev.servicedesk.reporting.projection.OrderEvents.ProblemCodePublished;
import dev.servicedesk.reporting.projection.OrderEvents.RequestAttached;
import dev.servicedesk.reporting.projection.OrderEvents.Snapshot;
import dev.servicedesk.reporting.projection.RequestEvents.RequestAnswered;
import dev.servicedesk.reporting.projection.RequestEvents.RequestCancelled;
import dev.servicedesk.reporting.projection.RequestEvents.RequestClosed;
import dev.servicedesk.reporting.projection.RequestEvents.RequestConverted;
import dev.servicedesk.reporting.projection.RequestEvents.RequestLinkedToOrder;
import dev.servicedesk.reporting.projection.RequestEvents.RequestLogged;
import dev.servicedesk.reporting.projection.RequestEvents.RequestReopened;
import dev.servicedesk.reporting.projection.RequestEvents.RequestResolved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What each event does to the projections, as idempotent, order-independent writes. The live consumer applies them
 * in the inbox's transaction; the rebuild applies the same writes in batches.
 */
@ApplicationScoped
public class Projector {

    public static final String REQUESTS = "request_fact";
    public static final String ORDERS = "order_fact";
    public static final String ARTICLES = "article_fact";

    /** Known event types the projections do not need. */
    public static final Set<String> IGNORED = Set.of("RequestOverdue", "RequestOrderRefused", "CustomerRegistered",
            "EstimateReceived", "OrderScheduled", "OrderOverdue", "DepartmentPublished", "ProviderPublished",
            "ServiceCategoryPublished", "CatalogEntryDeleted");

    private interface Route {
        List<Write> writes(JsonNode payload);
    }

    private final Map<String, Route> routes = new HashMap<>();
    private final ObjectMapper json;
    private final Validator validator;

    Projector(ObjectMapper json, Validator validator) {
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.validator = validator;
        on("RequestLogged", RequestLogged.class, e -> withArticles(e.requestId(), e.articleIds(),
                Upsert.into(REQUESTS, "request_id", e.requestId())
                        .versioned("version", e.version(), "status", e.status())
                        .versioned("type_version", e.version(), "type", e.type())
                        .versioned("logged_version", e.version(), "protocol", e.protocol(), "channel", e.channel(),
                                "problem_code", e.problemCode(), "customer_id", e.customerId(), "partner_id",
                                e.partnerId())
                        .fact("opened_at", e.openedAt()).fact("due_at", e.dueAt()).write()));
        on("RequestAnswered", RequestAnswered.class, e -> withArticles(e.requestId(), e.articleIds(),
                requestStatus(e.requestId(), e.version(), "ANSWERED").earliest("answered_at", e.occurredAt())
                        .write()));
        on("RequestClosed", RequestClosed.class, e -> List.of(requestStatus(e.requestId(), e.version(), "CLOSED")
                .versioned("type_version", e.version(), "type", e.type())
                .fact("opened_at", e.openedAt()).earliest("closed_at", e.occurredAt()).write()));
        on("RequestCancelled", RequestCancelled.class, e -> List.of(
                requestStatus(e.requestId(), e.version(), "CANCELLED").earliest("cancelled_at", e.occurredAt())
                        .write()));
        on("RequestConverted", RequestConverted.class, e -> List.of(Upsert.into(REQUESTS, "request_id", e.requestId())
                .versioned("type_version", e.version(), "type", e.toType()).write()));
        on("RequestLinkedToOrder", RequestLinkedToOrder.class, e -> List.of(
                requestStatus(e.requestId(), e.version(), "LINKED").write()));
        on("RequestResolved", RequestResolved.class, e -> List.of(
                requestStatus(e.requestId(), e.version(), "RESOLVED").fact("opened_at", e.openedAt())
                        .earliest("resolved_at", e.occurredAt()).write()));
        on("RequestReopened", RequestReopened.class, e -> List.of(
                requestStatus(e.requestId(), e.version(), "OPEN").write()));

        onOrder("OrderOpened", OrderOpened.class, (s, e) -> {
            List<Write> writes = new ArrayList<>();
            writes.add(order(s).fact("customer_id", e.customerId()).fact("origin", e.origin())
                    .fact("coverage", e.coverage()).fact("warranty_of", e.warrantyOf()).fact("rework", e.rework())
                    .fact("opened_at", e.openedAt()).fact("response_due_at", e.responseDueAt())
                    .fact("resolution_due_at", e.resolutionDueAt()).write());
            e.requestIds().forEach(id -> writes.add(link(e.orderId(), id, false)));
            return writes;
        });
        onOrder("RequestAttached", RequestAttached.class, (s, e) -> {
            List<Write> writes = new ArrayList<>();
            writes.add(order(s).write());
            writes.add(link(e.orderId(), e.requestId(), true));
            e.requestIds().stream().filter(id -> !id.equals(e.requestId()))
                    .forEach(id -> writes.add(link(e.orderId(), id, false)));
            return writes;
        });
        onOrder("EstimateIssued", EstimateIssued.class, (s, e) -> List.of(order(s).write(),
                estimate(e.orderId(), e.estimateVersion()).fact("issued_at", e.issuedAt())
                        .fact("grand_total", e.grandTotal()).write()));
        onOrder("EstimateApproved", EstimateApproved.class, (s, e) -> List.of(order(s).write(),
                estimate(e.orderId(), e.estimateVersion()).fact("approved_at", e.approvedAt()).write()));
        onOrder("EstimateRejected", EstimateRejected.class, (s, e) -> List.of(order(s).write(),
                estimate(e.orderId(), e.estimateVersion()).fact("rejected_at", e.rejectedAt())
                        .fact("reject_reason", e.reason()).write()));
        onOrder("OrderAssigned", OrderAssigned.class, (s, e) -> List.of(order(s)
                .versioned("technician_version", e.version(), "technician_id", e.technicianId()).write()));
        onOrder("OrderStarted", OrderStarted.class, (s, e) -> List.of(order(s)
                .versioned("technician_version", e.version(), "technician_id", e.technicianId())
                .fact("responded_at", e.respondedAt()).fact("response_on_time", e.responseOnTime()).write()));
        onOrder("OrderPutOnHold", OrderPutOnHold.class, (s, e) -> List.of(order(s)
                .versioned("hold_version", e.version(), "hold_reason", e.reason()).write()));
        onOrder("OrderResumed", OrderResumed.class, (s, e) -> List.of(order(s).write(),
                Upsert.into("order_hold", "order_id", e.orderId()).key("version", e.version())
                        .fact("reason", e.reason()).fact("paused_seconds", e.pausedSeconds())
                        .fact("resumed_at", e.occurredAt()).write()));
        onOrder("OrderCompleted", OrderCompleted.class, (s, e) -> {
            Upsert completed = order(s)
                    .versioned("technician_version", e.version(), "technician_id", e.technicianId())
                    .fact("completed_at", e.completedAt()).fact("cause_category", e.causeCategory())
                    .fact("recurring", e.recurring()).fact("recurring_of", e.recurringOf())
                    .fact("parts_new_original", e.partsUsed().NEW_ORIGINAL())
                    .fact("parts_new_compatible", e.partsUsed().NEW_COMPATIBLE())
                    .fact("parts_reconditioned", e.partsUsed().RECONDITIONED())
                    .fact("parts_used", e.partsUsed().USED()).fact("defective_parts", e.defectiveParts())
                    .fact("amount_labour", e.amounts().labour()).fact("amount_parts", e.amounts().parts())
                    .fact("amount_equipment", e.amounts().equipment())
                    .fact("amount_discount", e.amounts().discount()).fact("amount_total", e.amounts().total())
                    .fact("amount_estimated", e.amounts().estimatedTotal()).fact("currency", e.amounts().currency())
                    .fact("acceptance_signed", e.acceptanceSigned()).fact("response_on_time", e.responseOnTime())
                    .fact("resolution_on_time", e.resolutionOnTime());
            if (e.rating() != null) {
                completed.versioned("rating_version", e.version(), "rating", e.rating(), "rated_at", e.completedAt());
            }
            return List.of(completed.write());
        });
        onOrder("OrderRated", OrderRated.class, (s, e) -> List.of(order(s)
                .versioned("rating_version", e.version(), "rating", e.rating(), "rated_at", e.ratedAt()).write()));
        onOrder("OrderClosed", OrderClosed.class, (s, e) -> {
            List<Write> writes = new ArrayList<>();
            writes.add(order(s).fact("closed_at", e.closedAt()).fact("warranty_until", e.warrantyUntil()).write());
            e.requestIds().forEach(id -> writes.add(link(e.orderId(), id, false)));
            return writes;
        });
        onOrder("OrderCancelled", OrderCancelled.class, (s, e) -> List.of(order(s)
                .fact("cancelled_at", e.occurredAt()).fact("cancel_reason", e.reason()).write()));

        on("ArticlePublished", ArticlePublished.class, e -> List.of(Upsert.into(ARTICLES, "article_id", e.articleId())
                .versioned("version", e.version(), "status", "PUBLISHED").fact("kind", e.kind())
                .earliest("published_at", e.occurredAt()).write()));
        on("ArticleRevised", ArticleRevised.class, e -> List.of(Upsert.into(ARTICLES, "article_id", e.articleId())
                .versioned("version", e.version(), "status", e.status()).write()));
        on("ArticleArchived", ArticleArchived.class, e -> List.of(Upsert.into(ARTICLES, "article_id", e.articleId())
                .versioned("version", e.version(), "status", "ARCHIVED").write()));
        on("ArticleFeedbackGiven", ArticleFeedbackGiven.class, e -> List.of(
                Upsert.into("article_feedback", "article_id", e.articleId()).key("request_id", e.requestId())
                        .fact("helpful", e.helpful()).fact("given_at", e.occurredAt()).write()));

        on("ProblemCodePublished", ProblemCodePublished.class, e -> List.of(
                Upsert.into("problem_code", "code", e.code()).versioned("version", e.version(), "name", e.name(),
                        "category_code", e.categoryCode(), "provider_code", e.providerCode(),
                        "department_code", e.departmentCode(), "retired", e.retired()).write()));
    }

    /** The event types the projections read. */
    public Set<String> types() {
        return Set.copyOf(routes.keySet());
    }

    /**
     * The writes of one event; none for a type the projections ignore. An unknown type or a payload that breaks the
     * contract can never be applied: {@link PermanentEventFailure}.
     */
    public List<Write> writes(String type, JsonNode payload) {
        Route route = routes.get(type);
        if (route == null) {
            if (IGNORED.contains(type)) {
                return List.of();
            }
            throw new PermanentEventFailure("unknown event type '" + type + "' for the reporting projections");
        }
        return route.writes(payload);
    }

    private <T> void on(String type, Class<T> payloadType, Function<T, List<Write>> writes) {
        routes.put(type, payload -> writes.apply(read(type, payload, payloadType)));
    }

    /** An order event: its own payload and the snapshot every order event carries, both read from the same JSON. */
    private <T> void onOrder(String type, Class<T> payloadType, BiFunction<Snapshot, T, List<Write>> writes) {
        routes.put(type, payload -> writes.apply(read(type, payload, Snapshot.class),
                read(type, payload, payloadType)));
    }

    private <T> T read(String type, JsonNode payload, Class<T> payloadType) {
        T event;
        try {
            event = json.treeToValue(payload, payloadType);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PermanentEventFailure("payload of " + type + " does not match its schema: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(event);
        if (!violations.isEmpty()) {
            throw new PermanentEventFailure("payload of " + type + " violates its schema: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining(", ")));
        }
        return event;
    }

    /** A request's own write and which knowledge articles it consulted. */
    private static List<Write> withArticles(UUID requestId, List<UUID> articleIds, Write request) {
        List<Write> writes = new ArrayList<>();
        writes.add(request);
        if (articleIds != null) {
            articleIds.forEach(articleId -> writes.add(new Write(
                    "INSERT INTO request_article (request_id, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    List.of(requestId, articleId))));
        }
        return writes;
    }

    private static Upsert requestStatus(UUID requestId, long version, String status) {
        return Upsert.into(REQUESTS, "request_id", requestId).versioned("version", version, "status", status);
    }

    private static Upsert order(Snapshot s) {
        return Upsert.into(ORDERS, "order_id", s.orderId()).versioned("version", s.version(), "number", s.number(),
                "problem_code", s.problemCode(), "category_code", s.categoryCode(), "provider_code", s.providerCode(),
                "department_code", s.departmentCode(), "status", s.status(), "priority", s.priority());
    }

    private static Upsert estimate(UUID orderId, int estimateVersion) {
        return Upsert.into("estimate_fact", "order_id", orderId).key("estimate_version", estimateVersion);
    }

    private static Write link(UUID orderId, UUID requestId, boolean attached) {
        return new Write("""
                INSERT INTO order_request (order_id, request_id, attached) VALUES (?, ?, ?)
                ON CONFLICT (order_id, request_id) DO UPDATE SET attached = order_request.attached OR EXCLUDED.attached""",
                List.of(orderId, requestId, attached));
    }
}
