package dev.servicedesk.workorder.report;

import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.workorder.order.WorkOrder;
import dev.servicedesk.workorder.part.OrderParts;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The service report (seed 004), written once when the order is completed and read-only after: what was done, the
 * cause, whether the problem recurs (computed, never given), notes to prevent it, the final costs, the technician and
 * the date, the customer's acceptance signature when there is one. Only the satisfaction rating comes later.
 */
@Entity
@Table(name = "service_report")
public class ServiceReport {

    /** Ratings go from 0 (not at all satisfied) to 10 (completely satisfied). */
    public static final int BEST_RATING = 10;

    @Id
    @Column(name = "order_id")
    private UUID orderId;

    @Column(nullable = false, updatable = false)
    private String activities;

    @Enumerated(EnumType.STRING)
    @Column(name = "cause_category", nullable = false, updatable = false)
    private CauseCategory causeCategory;

    @Column(name = "cause_text", updatable = false)
    private String causeText;

    @Column(name = "prevention_notes", updatable = false)
    private String preventionNotes;

    @Column(nullable = false, updatable = false)
    private boolean recurring;

    /** The earlier order that makes this problem a recurring one. */
    @Column(name = "recurring_of", updatable = false)
    private UUID recurringOf;

    @Column(nullable = false, updatable = false)
    private boolean rework;

    /** The order whose warranty this one was worked under. */
    @Column(name = "rework_of", updatable = false)
    private UUID reworkOf;

    @Embedded
    private FinalCosts costs;

    @Column(nullable = false, updatable = false)
    private String technician;

    @Column(name = "completed_at", nullable = false, updatable = false)
    private Instant completedAt;

    @Column(name = "acceptance_signature_id")
    private UUID acceptanceSignatureId;

    private Integer rating;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Column(name = "rated_by")
    private String ratedBy;

    protected ServiceReport() {
    }

    /** What the technician writes; the rest of the report is computed. */
    record Writing(String activities, CauseCategory causeCategory, String causeText, String preventionNotes,
            BigDecimal labour, BigDecimal equipment, BigDecimal discount) {
    }

    /**
     * Writes the report of an order being completed now. A recurrence is another order of the same product, or of
     * the same customer and problem code, completed within this order's warranty window before it.
     */
    static ServiceReport write(WorkOrder order, Writing writing, OrderParts parts, WorkOrder earlierCompletion,
            String technician, Instant now) {
        if (writing.causeCategory().needsText() && blank(writing.causeText())) {
            throw ProblemException.unprocessable("cause-text-required", "Say what the cause was",
                    "A cause of " + writing.causeCategory() + " needs a text that says what it was.");
        }
        ServiceReport report = new ServiceReport();
        report.orderId = order.id();
        report.activities = writing.activities().strip();
        report.causeCategory = writing.causeCategory();
        report.causeText = stripped(writing.causeText());
        report.preventionNotes = stripped(writing.preventionNotes());
        report.recurring = earlierCompletion != null;
        report.recurringOf = earlierCompletion == null ? null : earlierCompletion.id();
        report.rework = order.warrantyOf() != null;
        report.reworkOf = order.warrantyOf();
        report.costs = FinalCosts.of(writing.labour(), parts.usedCost(),
                Objects.requireNonNullElse(writing.equipment(), BigDecimal.ZERO),
                Objects.requireNonNullElse(writing.discount(), BigDecimal.ZERO), order.approvedEstimateTotal());
        report.technician = technician;
        report.completedAt = now;
        return report;
    }

    void acceptedWith(UUID signatureId) {
        acceptanceSignatureId = signatureId;
    }

    /**
     * Records the customer's rating. Once there is one, only a supervisor may correct it: the customer's word is
     * not rewritten by whoever works the order. Returns whether the rating changed.
     */
    boolean rate(int newRating, boolean mayCorrect, String by, Instant now) {
        if (rating != null && rating == newRating) {
            return false;
        }
        if (rating != null && !mayCorrect) {
            throw ProblemException.conflict("already-rated", "The order is already rated",
                    "The customer already rated this service " + rating + " of " + BEST_RATING
                            + "; only a supervisor may correct it.");
        }
        rating = newRating;
        ratedAt = now;
        ratedBy = by;
        return true;
    }

    OrderCompleted completed(WorkOrder order, OrderParts parts) {
        OrderCompleted.Amounts amounts = new OrderCompleted.Amounts(costs.labour(), costs.parts(), costs.equipment(),
                costs.discount(), costs.total(), costs.estimatedTotal(), FinalCosts.CURRENCY);
        return new OrderCompleted(order.ref(order.nextVersion()), order.technicianId(), causeCategory, recurring,
                recurringOf, rework, reworkOf, parts.usedByProvenance(), parts.removed().size(), amounts, rating,
                acceptanceSignatureId != null, completedAt,
                order.respondedAt() != null && !order.respondedAt().isAfter(order.responseDueAt()),
                order.resolutionDueAt(), !completedAt.isAfter(order.resolutionDueAt()), completedAt);
    }

    OrderRated rated(WorkOrder order, Integer previousRating) {
        return new OrderRated(order.ref(order.nextVersion()), rating, previousRating, ratedAt, ratedAt);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String stripped(String text) {
        return blank(text) ? null : text.strip();
    }

    public UUID orderId() {
        return orderId;
    }

    public String activities() {
        return activities;
    }

    public CauseCategory causeCategory() {
        return causeCategory;
    }

    public String causeText() {
        return causeText;
    }

    public String preventionNotes() {
        return preventionNotes;
    }

    public boolean recurring() {
        return recurring;
    }

    public UUID recurringOf() {
        return recurringOf;
    }

    public boolean rework() {
        return rework;
    }

    public UUID reworkOf() {
        return reworkOf;
    }

    public FinalCosts costs() {
        return costs;
    }

    public String technician() {
        return technician;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public UUID acceptanceSignatureId() {
        return acceptanceSignatureId;
    }

    public Integer rating() {
        return rating;
    }

    public Instant ratedAt() {
        return ratedAt;
    }

    public String ratedBy() {
        return ratedBy;
    }
}
