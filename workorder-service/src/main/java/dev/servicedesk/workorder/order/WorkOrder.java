package dev.servicedesk.workorder.order;

import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.workorder.catalog.CatalogPath;
import dev.servicedesk.workorder.catalog.Priority;
import dev.servicedesk.workorder.catalog.ProblemCode;
import dev.servicedesk.workorder.catalog.StandardOrder;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A work order (ordem de serviço): the record of one service from opening to closing. It starts as a copy of its
 * problem code's standard order, answers one or more customer requests, and moves through its statuses only by the
 * transitions below, each recorded in its history with who and when; every edited field is recorded with its value
 * before and after. Timestamps are set here, never by a client. A closed order is read-only.
 */
@Entity
@Table(name = "work_order")
public class WorkOrder {

    private static final Map<OrderStatus, Set<OrderStatus>> TRANSITIONS = Map.of(
            OrderStatus.OPEN, EnumSet.of(OrderStatus.AWAITING_APPROVAL, OrderStatus.SCHEDULED, OrderStatus.CANCELLED),
            OrderStatus.AWAITING_APPROVAL, EnumSet.of(OrderStatus.APPROVED, OrderStatus.OPEN, OrderStatus.CANCELLED),
            OrderStatus.APPROVED, EnumSet.of(OrderStatus.AWAITING_APPROVAL, OrderStatus.SCHEDULED, OrderStatus.CANCELLED),
            OrderStatus.SCHEDULED, EnumSet.of(OrderStatus.AWAITING_APPROVAL, OrderStatus.IN_PROGRESS,
                    OrderStatus.CANCELLED),
            OrderStatus.IN_PROGRESS, EnumSet.of(OrderStatus.ON_HOLD, OrderStatus.COMPLETED, OrderStatus.CANCELLED),
            OrderStatus.ON_HOLD, EnumSet.of(OrderStatus.IN_PROGRESS, OrderStatus.CANCELLED),
            OrderStatus.COMPLETED, EnumSet.of(OrderStatus.CLOSED),
            OrderStatus.CLOSED, EnumSet.noneOf(OrderStatus.class),
            OrderStatus.CANCELLED, EnumSet.noneOf(OrderStatus.class));

    static final int MAX_TEXT = 4000;
    /** Who the history names for changes made by the SLA clock rather than by a person. */
    static final String SLA_CLOCK = "sla-clock";

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Column(name = "problem_code", nullable = false, updatable = false)
    private String problemCode;

    @Column(name = "category_code", nullable = false, updatable = false)
    private String categoryCode;

    @Column(name = "provider_code", nullable = false, updatable = false)
    private String providerCode;

    @Column(name = "department_code", nullable = false, updatable = false)
    private String departmentCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority priority;

    @Column(name = "customer_id", updatable = false)
    private UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OrderOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Coverage coverage;

    /** The closed order whose warranty this one is a return under (CDC art. 26). */
    @Column(name = "warranty_of", updatable = false)
    private UUID warrantyOf;

    private String description;

    @Embedded
    private OrderProduct product;

    @Column(name = "place_city")
    private String placeCity;

    @Column(name = "place_state")
    private String placeState;

    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.JSON)
    private List<ChecklistItem> checklist = new ArrayList<>();

    @Column(nullable = false, updatable = false)
    private String terms;

    @Column(name = "estimate_approval_required", nullable = false, updatable = false)
    private boolean estimateApprovalRequired;

    @Column(name = "signature_required", nullable = false, updatable = false)
    private boolean signatureRequired;

    @Column(name = "product_data_required", nullable = false, updatable = false)
    private boolean productDataRequired;

    @Column(name = "warranty_days", nullable = false, updatable = false)
    private int warrantyDays;

    /** The estimate the customer approved, once there is one; work may then start. */
    @Column(name = "approved_estimate_id")
    private UUID approvedEstimateId;

    /** The approved estimate's total in BRL: what the service report's final costs are compared with. */
    @Column(name = "approved_estimate_total", precision = 14, scale = 2)
    private BigDecimal approvedEstimateTotal;

    @Column
    private String team;

    @Column(name = "technician_id")
    private String technicianId;

    @Column(name = "visit_from")
    private Instant visitFrom;

    @Column(name = "visit_to")
    private Instant visitTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "hold_reason")
    private HoldReason holdReason;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    @Column(name = "response_due_at", nullable = false)
    private Instant responseDueAt;

    @Column(name = "resolution_due_at", nullable = false)
    private Instant resolutionDueAt;

    /** When work first started: the SLA's response. */
    @Column(name = "responded_at")
    private Instant respondedAt;

    /** Since when the resolution clock is paused (on hold for the customer or for parts). */
    @Column(name = "sla_paused_since")
    private Instant slaPausedSince;

    @Column(name = "sla_paused_seconds", nullable = false)
    private long slaPausedSeconds;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "warranty_until")
    private Instant warrantyUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancellation_reason")
    private CancellationReason cancellationReason;

    @Column(name = "response_overdue_announced_at")
    private Instant responseOverdueAnnouncedAt;

    @Column(name = "resolution_overdue_announced_at")
    private Instant resolutionOverdueAnnouncedAt;

    @ElementCollection
    @CollectionTable(name = "order_request", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<RequestLink> requests = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    @OrderBy("at, id")
    private List<OrderHistoryEntry> history = new ArrayList<>();

    @Version
    private long version;

    /** Set while the order is being opened: its first version is 0. */
    @Transient
    private boolean opening;

    protected WorkOrder() {
    }

    /**
     * Opens an order as a copy of its problem code's standard order. A warranty return is free of charge and keeps
     * the original order's id.
     */
    public static WorkOrder open(OrderNumber number, ProblemCode problemCode, Opening opening, String by,
            Instant now) {
        WorkOrder order = new WorkOrder();
        StandardOrder standard = problemCode.standardOrder();
        CatalogPath path = problemCode.path();
        order.opening = true;
        order.id = UUID.randomUUID();
        order.number = number.toString();
        order.status = OrderStatus.OPEN;
        order.problemCode = path.problemCode();
        order.categoryCode = path.categoryCode();
        order.providerCode = path.providerCode();
        order.departmentCode = path.departmentCode();
        order.priority = opening.priority() == null ? standard.defaultPriority() : opening.priority();
        order.customerId = opening.customerId();
        order.origin = opening.request() == null ? OrderOrigin.STAFF : OrderOrigin.REQUEST;
        order.warrantyOf = opening.warrantyOf();
        order.coverage = opening.warrantyOf() != null ? Coverage.WARRANTY
                : Objects.requireNonNullElse(opening.coverage(), Coverage.CHARGEABLE);
        order.description = limited("description", opening.description());
        order.product = opening.product() == null ? OrderProduct.none() : opening.product();
        order.placeCity = opening.placeCity();
        order.placeState = opening.placeState();
        order.checklist = standard.checklist().stream().map(ChecklistItem::pending).toList();
        order.terms = standard.terms();
        order.estimateApprovalRequired = standard.estimateApprovalRequired();
        order.signatureRequired = standard.signatureRequired();
        order.productDataRequired = standard.productDataRequired();
        order.warrantyDays = standard.warrantyDays();
        order.openedAt = now;
        order.openedBy = by;
        order.responseDueAt = now.plus(Duration.ofHours(standard.responseHours()));
        order.resolutionDueAt = now.plus(Duration.ofHours(standard.resolutionHours()));
        if (opening.request() != null) {
            order.requests.add(opening.request());
        }
        order.record(OrderChange.OPENED, null, by, now,
                order.warrantyOf == null ? null : "warranty return of order " + order.warrantyOf);
        return order;
    }

    /** What opening an order needs beyond its problem code. */
    public record Opening(UUID customerId, RequestLink request, Priority priority, Coverage coverage,
            String description, OrderProduct product, String placeCity, String placeState, UUID warrantyOf) {
    }

    public OrderOpened opened() {
        return new OrderOpened(ref(nextVersion()), customerId, requestIds(), origin, coverage, warrantyOf,
                warrantyOf != null, needsApproval(), signatureRequired, warrantyDays, openedAt, responseDueAt,
                resolutionDueAt, openedAt);
    }

    /** Another request for the same problem joins the order; attaching the same request twice changes nothing. */
    public List<OrderEvent> attach(RequestLink link, String by, Instant now) {
        if (requests.stream().anyMatch(r -> r.requestId().equals(link.requestId()))) {
            return List.of();
        }
        if (!status.beforeCompletion()) {
            throw ProblemException.conflict("order-not-open", "The order is no longer open",
                    "Order " + number + " is " + status + ": open a new order for the request instead.");
        }
        requests.add(link);
        record(OrderChange.REQUEST_ATTACHED, status, by, now, "request " + link.protocol());
        return List.of(new RequestAttached(ref(nextVersion()), link.requestId(), link.protocol(), link.partnerId(),
                requestIds(), now));
    }

    // -- estimate approval (CDC art. 40) --------------------------------------------------------------------------

    /** Whether work needs the customer's approval of an estimate first: never for a free service. */
    public boolean needsApproval() {
        return estimateApprovalRequired && !coverage.free();
    }

    /**
     * An estimate (or a new version of it) went to the customer: an approval given before no longer binds. Found during
     * the work (a part nobody expected), it puts the work on hold for the customer, with the SLA paused, until the new
     * version is approved and the work resumed.
     */
    public List<OrderEvent> estimateIssued(int estimateVersion, String by, Instant now) {
        requireChangeable();
        approvedEstimateId = null;
        approvedEstimateTotal = null;
        if (needsApproval() && (status == OrderStatus.IN_PROGRESS || status == OrderStatus.ON_HOLD)) {
            record(OrderChange.ESTIMATE_ISSUED, status, by, now, "estimate version " + estimateVersion);
            return status == OrderStatus.IN_PROGRESS
                    ? putOnHold(HoldReason.CUSTOMER, "awaiting the approval of estimate version " + estimateVersion,
                            by, now)
                    : List.of();
        }
        if (needsApproval() || status == OrderStatus.OPEN) {
            moveTo(needsApproval() ? OrderStatus.AWAITING_APPROVAL : status, OrderChange.ESTIMATE_ISSUED, by, now,
                    "estimate version " + estimateVersion);
        } else {
            record(OrderChange.ESTIMATE_ISSUED, status, by, now, "estimate version " + estimateVersion);
        }
        return List.of();
    }

    public void estimateApproved(UUID estimateId, int estimateVersion, BigDecimal total, String by, Instant now) {
        requireChangeable();
        approvedEstimateId = estimateId;
        approvedEstimateTotal = total;
        if (status == OrderStatus.AWAITING_APPROVAL) {
            moveTo(OrderStatus.APPROVED, OrderChange.ESTIMATE_APPROVED, by, now, "estimate version " + estimateVersion);
        } else {
            record(OrderChange.ESTIMATE_APPROVED, status, by, now, "estimate version " + estimateVersion);
        }
    }

    public void estimateRejected(int estimateVersion, String by, Instant now) {
        requireChangeable();
        if (status == OrderStatus.AWAITING_APPROVAL) {
            moveTo(OrderStatus.OPEN, OrderChange.ESTIMATE_REJECTED, by, now, "estimate version " + estimateVersion);
        } else {
            record(OrderChange.ESTIMATE_REJECTED, status, by, now, "estimate version " + estimateVersion);
        }
    }

    // -- dispatch --------------------------------------------------------------------------------------------------

    public List<OrderEvent> schedule(Instant from, Instant to, String by, Instant now) {
        requireChangeable();
        if (!to.isAfter(from)) {
            throw ProblemException.unprocessable("visit-window", "Invalid visit window",
                    "The visit window must end after it starts.");
        }
        if (status == OrderStatus.OPEN || status == OrderStatus.AWAITING_APPROVAL) {
            requireApprovedEstimate("scheduled");
        }
        edit("visitFrom", visitFrom, from, by, now);
        edit("visitTo", visitTo, to, by, now);
        visitFrom = from;
        visitTo = to;
        if (status == OrderStatus.SCHEDULED || status == OrderStatus.IN_PROGRESS || status == OrderStatus.ON_HOLD) {
            record(OrderChange.SCHEDULED, status, by, now, "visit moved");
        } else {
            moveTo(OrderStatus.SCHEDULED, OrderChange.SCHEDULED, by, now, null);
        }
        return List.of(new OrderScheduled(ref(nextVersion()), from, to, now));
    }

    public List<OrderEvent> assign(String newTeam, String technician, String by, Instant now) {
        requireChangeable();
        if (!status.beforeCompletion()) {
            throw ProblemException.conflict("order-not-open", "The order is no longer open",
                    "Order " + number + " is " + status + ": it can no longer be assigned.");
        }
        if (Objects.equals(team, newTeam) && Objects.equals(technicianId, technician)) {
            return List.of();
        }
        String previous = technicianId;
        edit("team", team, newTeam, by, now);
        edit("technicianId", technicianId, technician, by, now);
        team = newTeam;
        technicianId = technician;
        record(OrderChange.ASSIGNED, status, by, now, previous == null ? null : "reassigned from " + previous);
        return List.of(new OrderAssigned(ref(nextVersion()), team, technicianId, previous, now));
    }

    // -- work ------------------------------------------------------------------------------------------------------

    /** Whether the caller may move this order through its work: its technician, or a supervisor. */
    public boolean workedBy(String technician) {
        return technician != null && technician.equals(technicianId);
    }

    public List<OrderEvent> start(String by, Instant now) {
        requireChangeable();
        if (status != OrderStatus.SCHEDULED) {
            throw transitionRefused(OrderStatus.IN_PROGRESS);
        }
        if (technicianId == null) {
            throw ProblemException.conflict("order-not-assigned", "The order has no technician",
                    "Order " + number + " must be assigned to a technician before work starts.");
        }
        requireApprovedEstimate("started");
        if (productDataRequired && !product().complete()) {
            throw ProblemException.conflict("product-data-required", "The product data is required",
                    "The problem code of order " + number + " requires the product's brand, model, serial number "
                            + "and purchase date before work starts.");
        }
        boolean firstStart = respondedAt == null;
        if (firstStart) {
            respondedAt = now;
        }
        moveTo(OrderStatus.IN_PROGRESS, OrderChange.STARTED, by, now, null);
        return List.of(new OrderStarted(ref(nextVersion()), technicianId, respondedAt, responseDueAt,
                !respondedAt.isAfter(responseDueAt), now));
    }

    public List<OrderEvent> putOnHold(HoldReason reason, String note, String by, Instant now) {
        requireChangeable();
        if (status != OrderStatus.IN_PROGRESS) {
            throw transitionRefused(OrderStatus.ON_HOLD);
        }
        holdReason = reason;
        if (reason.pausesSla()) {
            slaPausedSince = now;
        }
        moveTo(OrderStatus.ON_HOLD, OrderChange.PUT_ON_HOLD, by, now, reason + noteSuffix(note));
        return List.of(new OrderPutOnHold(ref(nextVersion()), reason, reason.pausesSla(), now));
    }

    /**
     * Work goes on; the time the SLA was paused moves the resolution due time. An estimate issued during the work must
     * be approved first.
     */
    public List<OrderEvent> resume(String by, Instant now) {
        requireChangeable();
        if (status != OrderStatus.ON_HOLD) {
            throw transitionRefused(OrderStatus.IN_PROGRESS);
        }
        requireApprovedEstimate("resumed");
        long paused = 0;
        if (slaPausedSince != null) {
            paused = Duration.between(slaPausedSince, now).toSeconds();
            Instant before = resolutionDueAt;
            resolutionDueAt = resolutionDueAt.plusSeconds(paused);
            edit("resolutionDueAt", before, resolutionDueAt, by, now);
            slaPausedSeconds += paused;
            slaPausedSince = null;
        }
        HoldReason reason = holdReason;
        holdReason = null;
        moveTo(OrderStatus.IN_PROGRESS, OrderChange.RESUMED, by, now, null);
        return List.of(new OrderResumed(ref(nextVersion()), reason, paused, resolutionDueAt, now));
    }

    /** Work is done (the service report is recorded beside the order). */
    public void complete(String by, Instant now) {
        requireChangeable();
        if (status != OrderStatus.IN_PROGRESS) {
            throw transitionRefused(OrderStatus.COMPLETED);
        }
        completedAt = now;
        moveTo(OrderStatus.COMPLETED, OrderChange.COMPLETED, by, now, null);
    }

    /** Closing makes the order read-only and starts the legal warranty from completion (CDC art. 26). */
    public List<OrderEvent> close(String by, Instant now) {
        requireChangeable();
        if (status != OrderStatus.COMPLETED) {
            throw transitionRefused(OrderStatus.CLOSED);
        }
        closedAt = now;
        warrantyUntil = completedAt.plus(Duration.ofDays(warrantyDays));
        moveTo(OrderStatus.CLOSED, OrderChange.CLOSED, by, now, null);
        return List.of(new OrderClosed(ref(nextVersion()), requestIds(), completedAt, closedAt, warrantyDays,
                warrantyUntil, now));
    }

    public List<OrderEvent> cancel(CancellationReason reason, String note, String by, Instant now) {
        requireChangeable();
        if (!status.beforeCompletion()) {
            throw transitionRefused(OrderStatus.CANCELLED);
        }
        cancellationReason = reason;
        slaPausedSince = null;
        moveTo(OrderStatus.CANCELLED, OrderChange.CANCELLED, by, now, reason + noteSuffix(note));
        return List.of(new OrderCancelled(ref(nextVersion()), reason, requestIds(), now));
    }

    // -- edits -----------------------------------------------------------------------------------------------------

    public void changePriority(Priority newPriority, String by, Instant now) {
        requireChangeable();
        edit("priority", priority, newPriority, by, now);
        priority = newPriority;
    }

    public void describe(String newDescription, String by, Instant now) {
        requireChangeable();
        String text = limited("description", newDescription);
        edit("description", description, text, by, now);
        description = text;
    }

    public void describeProduct(OrderProduct newProduct, String by, Instant now) {
        requireChangeable();
        OrderProduct before = product();
        edit("product.brand", before.brand(), newProduct.brand(), by, now);
        edit("product.model", before.model(), newProduct.model(), by, now);
        edit("product.serialNumber", before.serialNumber(), newProduct.serialNumber(), by, now);
        edit("product.purchaseDate", before.purchaseDate(), newProduct.purchaseDate(), by, now);
        product = newProduct;
    }

    /** Ticks (or unticks) a task of the checklist. */
    public void checkTask(int index, boolean done, String by, Instant now) {
        requireChangeable();
        if (index < 0 || index >= checklist.size()) {
            throw ProblemException.notFound("Order " + number + " has no task " + index + ".");
        }
        ChecklistItem item = checklist.get(index);
        if (item.done() == done) {
            return;
        }
        List<ChecklistItem> changed = new ArrayList<>(checklist);
        changed.set(index, done ? item.doneBy(by, now) : ChecklistItem.pending(item.task()));
        edit("checklist[" + index + "]", item.done(), done, by, now);
        checklist = changed;
    }

    // -- SLA -------------------------------------------------------------------------------------------------------

    public boolean responseOverdue(Instant now) {
        return respondedAt == null && status.beforeCompletion() && now.isAfter(responseDueAt);
    }

    /** While the clock is paused the order is not overdue: its due time moves when work resumes. */
    public boolean resolutionOverdue(Instant now) {
        return completedAt == null && status.beforeCompletion() && slaPausedSince == null
                && now.isAfter(resolutionDueAt);
    }

    /** Announces each missed target once; an order may miss both. */
    public List<OrderEvent> announceOverdue(Instant now) {
        List<OrderEvent> events = new ArrayList<>();
        if (responseOverdueAnnouncedAt == null && responseOverdue(now)) {
            responseOverdueAnnouncedAt = now;
            record(OrderChange.OVERDUE, status, SLA_CLOCK, now, "response was due at " + responseDueAt);
            events.add(new OrderOverdue(ref(nextVersion()), OverdueKind.RESPONSE, responseDueAt, now));
        }
        if (resolutionOverdueAnnouncedAt == null && resolutionOverdue(now)) {
            resolutionOverdueAnnouncedAt = now;
            record(OrderChange.OVERDUE, status, SLA_CLOCK, now, "resolution was due at " + resolutionDueAt);
            events.add(new OrderOverdue(ref(nextVersion()), OverdueKind.RESOLUTION, resolutionDueAt, now));
        }
        return events;
    }

    // -- for the features beside the order (estimates, parts, signatures, service report) -------------------------

    /** Records a change made beside the order (a part, a signature, a rating) in the order's own history. */
    public void recordBeside(OrderChange change, String by, Instant now, String note) {
        record(change, status, by, now, note);
    }

    /** Records an edit made beside the order, with its value before and after. */
    public void recordEditBeside(String field, Object before, Object after, String by, Instant now) {
        edit(field, before, after, by, now);
    }

    /** A closed or cancelled order is read-only. */
    public void requireChangeable() {
        if (status == OrderStatus.CLOSED || status == OrderStatus.CANCELLED) {
            throw ProblemException.conflict("order-read-only", "The order is read-only",
                    "Order " + number + " is " + status + " and can no longer change.");
        }
    }

    public OrderRef ref(long atVersion) {
        return new OrderRef(id, number, problemCode, categoryCode, providerCode, departmentCode, status, priority,
                atVersion);
    }

    /** The version this change commits as: Hibernate increments {@code @Version} by one when the change flushes. */
    public long nextVersion() {
        return opening ? 0 : version + 1;
    }

    // -- internals -------------------------------------------------------------------------------------------------

    private void requireApprovedEstimate(String what) {
        if (needsApproval() && approvedEstimateId == null) {
            throw ProblemException.conflict("estimate-not-approved", "The estimate is not approved",
                    "Order " + number + " needs the customer's approval of an unexpired estimate before it can be "
                            + what + " (CDC art. 40).");
        }
    }

    private void moveTo(OrderStatus target, OrderChange change, String by, Instant now, String note) {
        if (target != status && !TRANSITIONS.get(status).contains(target)) {
            throw transitionRefused(target);
        }
        OrderStatus from = status;
        status = target;
        history.add(new OrderHistoryEntry(now, by, change, from, target, null, null, null, note));
    }

    private void record(OrderChange change, OrderStatus from, String by, Instant now, String note) {
        history.add(new OrderHistoryEntry(now, by, change, from, status, null, null, null, note));
    }

    private void edit(String field, Object before, Object after, String by, Instant now) {
        if (Objects.equals(before, after)) {
            return;
        }
        history.add(new OrderHistoryEntry(now, by, OrderChange.EDITED, status, status, field,
                before == null ? null : before.toString(), after == null ? null : after.toString(), null));
    }

    private ProblemException transitionRefused(OrderStatus target) {
        return ProblemException.conflict("order-transition", "Transition not allowed",
                "Order " + number + " cannot go from " + status + " to " + target + ".");
    }

    private static String noteSuffix(String note) {
        return note == null || note.isBlank() ? "" : ": " + note.strip();
    }

    private static String limited(String field, String text) {
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_TEXT) {
            throw ProblemException.unprocessable("text-too-long", "Text too long",
                    "The " + field + " may have at most " + MAX_TEXT + " characters.");
        }
        return text.strip();
    }

    private List<UUID> requestIds() {
        return requests.stream().map(RequestLink::requestId).toList();
    }

    // -- reads -----------------------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public OrderStatus status() {
        return status;
    }

    public String problemCode() {
        return problemCode;
    }

    public CatalogPath path() {
        return new CatalogPath(problemCode, categoryCode, providerCode, departmentCode);
    }

    public Priority priority() {
        return priority;
    }

    public UUID customerId() {
        return customerId;
    }

    public OrderOrigin origin() {
        return origin;
    }

    public Coverage coverage() {
        return coverage;
    }

    public UUID warrantyOf() {
        return warrantyOf;
    }

    public String description() {
        return description;
    }

    /** Hibernate reads an embedded product whose columns are all empty as null. */
    public OrderProduct product() {
        return product == null ? OrderProduct.none() : product;
    }

    public String placeCity() {
        return placeCity;
    }

    public String placeState() {
        return placeState;
    }

    public List<ChecklistItem> checklist() {
        return List.copyOf(checklist);
    }

    public String terms() {
        return terms;
    }

    public boolean estimateApprovalRequired() {
        return estimateApprovalRequired;
    }

    public boolean signatureRequired() {
        return signatureRequired;
    }

    public boolean productDataRequired() {
        return productDataRequired;
    }

    public int warrantyDays() {
        return warrantyDays;
    }

    public UUID approvedEstimateId() {
        return approvedEstimateId;
    }

    public BigDecimal approvedEstimateTotal() {
        return approvedEstimateTotal;
    }

    public String team() {
        return team;
    }

    public String technicianId() {
        return technicianId;
    }

    public Instant visitFrom() {
        return visitFrom;
    }

    public Instant visitTo() {
        return visitTo;
    }

    public HoldReason holdReason() {
        return holdReason;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant responseDueAt() {
        return responseDueAt;
    }

    public Instant resolutionDueAt() {
        return resolutionDueAt;
    }

    public Instant respondedAt() {
        return respondedAt;
    }

    public boolean slaPaused() {
        return slaPausedSince != null;
    }

    public long slaPausedSeconds() {
        return slaPausedSeconds;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Instant warrantyUntil() {
        return warrantyUntil;
    }

    public CancellationReason cancellationReason() {
        return cancellationReason;
    }

    public List<RequestLink> requests() {
        return List.copyOf(requests);
    }

    public List<OrderHistoryEntry> history() {
        return List.copyOf(history);
    }

    public long version() {
        return version;
    }
}
