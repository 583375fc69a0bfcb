package dev.servicedesk.workorder.estimate;

import dev.servicedesk.platform.problem.Problem;
import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.platform.problem.ProblemTypes;
import dev.servicedesk.workorder.document.DocumentFormats;
import dev.servicedesk.workorder.order.OrderEvent;
import dev.servicedesk.workorder.order.OrderRef;
import dev.servicedesk.workorder.order.WorkOrder;
import dev.servicedesk.workorder.signature.Signature;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of an order's estimate (orçamento, CDC art. 40): itemised labour, parts and equipment in BRL, a
 * discount, payment conditions, the work's start and end dates and a validity. Staff edit it while it is a draft;
 * issuing it sends it to the customer and fixes its content for good. The customer approves it (with a signature) or
 * rejects it; a later version, once issued, supersedes it. It is valid for 10 days (or as many as it states) counted
 * in Brazil's official time from the day the customer received it, or from the day it was issued while no receipt is
 * recorded, to the end of the last day.
 *
 * <p>An order that a warranty or a contract covers is free: its estimate charges nothing and needs no approval.
 */
@Entity
@Table(name = "estimate")
public class Estimate {

    public static final String CURRENCY = "BRL";
    static final int DEFAULT_VALIDITY_DAYS = 10;
    static final int MAX_VALIDITY_DAYS = 90;
    static final int MAX_LINES = 100;
    /** What the order's approved total (numeric(14, 2)) can hold. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    static final int MAX_NOTE = 1000;

    @Id
    private UUID id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    /** 1 for the first estimate of the order, then 2, 3, ... */
    @Column(nullable = false, updatable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EstimateStatus status;

    @Column(nullable = false, updatable = false)
    private boolean free;

    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.JSON)
    private List<EstimateLine> lines = new ArrayList<>();

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal discount;

    @Embedded
    private PaymentConditions payment;

    @Column(name = "work_start")
    private LocalDate workStart;

    @Column(name = "work_end")
    private LocalDate workEnd;

    @Column(name = "validity_days", nullable = false)
    private int validityDays;

    @Column(name = "drafted_at", nullable = false, updatable = false)
    private Instant draftedAt;

    @Column(name = "drafted_by", nullable = false, updatable = false)
    private String draftedBy;

    @Column(name = "revised_at", nullable = false)
    private Instant revisedAt;

    @Column(name = "revised_by", nullable = false)
    private String revisedBy;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "signature_id")
    private UUID signatureId;

    @Column(name = "rejected_at")
    private Instant rejectedAt;

    @Column(name = "rejected_by")
    private String rejectedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_reason")
    private RejectionReason rejectionReason;

    @Column(name = "rejection_note")
    private String rejectionNote;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    /** Optimistic locking: the estimate's ETag. */
    @Version
    private long revision;

    protected Estimate() {
    }

    /**
     * Drafts the next version of the order's estimate. Without lines of its own it starts from the lines the
     * problem code's standard order usually needs, at no charge when the order is free.
     */
    static Estimate draft(WorkOrder order, int version, List<EstimateLine> standardLines, EstimateDraft draft,
            String by, Instant now) {
        order.requireChangeable();
        if (!order.status().beforeCompletion()) {
            throw ProblemException.conflict("order-not-open", "The order is no longer open",
                    "Order " + order.number() + " is " + order.status() + ": it can no longer be estimated.");
        }
        Estimate estimate = new Estimate();
        estimate.id = UUID.randomUUID();
        estimate.orderId = order.id();
        estimate.version = version;
        estimate.status = EstimateStatus.DRAFT;
        estimate.free = order.coverage().free();
        estimate.draftedAt = now;
        estimate.draftedBy = by;
        List<EstimateLine> lines = draft.lines() != null ? draft.lines()
                : estimate.free ? standardLines.stream().map(EstimateLine::atNoCharge).toList() : standardLines;
        estimate.write(lines, draft, by, now);
        return estimate;
    }

    /** Rewrites a draft as a whole (lines included). */
    void revise(WorkOrder order, EstimateDraft draft, String by, Instant now) {
        order.requireChangeable();
        requireDraft("changed");
        if (draft.lines() == null) {
            throw new ProblemException(400, ProblemTypes.VALIDATION, "Invalid request",
                    "A revised draft states all its lines.",
                    List.of(new Problem.Violation("lines", "must not be null")));
        }
        write(draft.lines(), draft, by, now);
    }

    /** Sends the draft to the customer: its content is fixed from now on, and its validity starts. */
    List<OrderEvent> issue(WorkOrder order, String by, Instant now) {
        requireDraft("issued");
        List<Problem.Violation> missing = new ArrayList<>();
        if (lines.isEmpty()) {
            missing.add(new Problem.Violation("lines", "an estimate itemises at least one line"));
        }
        if (workStart == null) {
            missing.add(new Problem.Violation("workStart", "the start date of the work must be stated"));
        }
        if (workEnd == null) {
            missing.add(new Problem.Violation("workEnd", "the end date of the work must be stated"));
        }
        if (payment == null && totals().grandTotal().signum() > 0) {
            missing.add(new Problem.Violation("payment", "the payment conditions must be stated"));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(422, "estimate-incomplete", "Estimate incomplete",
                    "Version " + version + " lacks what CDC art. 40 asks of an estimate.", missing);
        }
        status = EstimateStatus.ISSUED;
        issuedAt = now;
        issuedBy = by;
        List<OrderEvent> orderEvents = order.estimateIssued(version, by, now);
        List<OrderEvent> events = new ArrayList<>();
        events.add(issued(order.ref(order.nextVersion()), now));
        events.addAll(orderEvents);
        return events;
    }

    /** A later version was issued: this one no longer binds anybody. */
    void supersede(Instant now) {
        if (status == EstimateStatus.ISSUED || status == EstimateStatus.APPROVED) {
            status = EstimateStatus.SUPERSEDED;
            supersededAt = now;
        }
    }

    /** The customer got the estimate: its validity counts from that day. */
    List<OrderEvent> received(WorkOrder order, Instant at, String by, Instant now) {
        order.requireChangeable();
        requireIssued("received");
        if (receivedAt != null) {
            throw ProblemException.conflict("estimate-already-received", "The receipt is already recorded",
                    "The customer received version " + version + " at " + receivedAt + ".");
        }
        if (at.isBefore(issuedAt) || at.isAfter(now)) {
            throw ProblemException.unprocessable("receipt-time", "Impossible receipt time",
                    "Version " + version + " was issued at " + issuedAt
                            + ": the customer received it between then and now.");
        }
        receivedAt = at;
        order.recordEditBeside("estimate[" + version + "].receivedAt", null, at, by, now);
        return List.of(new EstimateReceived(order.ref(order.nextVersion()), id, version, receivedAt, validUntil(),
                now));
    }

    /**
     * Refuses what cannot be approved: a free estimate (nothing to agree to pay), one that is not the issued
     * version, or one whose validity has passed.
     */
    void requireApprovable(Instant now) {
        if (free) {
            throw ProblemException.conflict("approval-not-needed", "A free service needs no approval",
                    "Version " + version + " is covered by a warranty or a contract: the customer pays nothing.");
        }
        requireIssued("approved");
        if (expired(now)) {
            throw ProblemException.conflict("estimate-expired", "The estimate has expired",
                    "Version " + version + " was valid until " + validUntil()
                            + ": issue a new version for the customer to approve.");
        }
    }

    /** The customer agreed, as the signature records: the estimate binds both sides and never changes again. */
    List<OrderEvent> approve(WorkOrder order, Signature signature, String by, Instant now) {
        requireApprovable(now);
        status = EstimateStatus.APPROVED;
        approvedAt = now;
        approvedBy = by;
        signatureId = signature.id();
        BigDecimal grandTotal = totals().grandTotal();
        order.estimateApproved(id, version, grandTotal, by, now);
        return List.of(new EstimateApproved(order.ref(order.nextVersion()), id, version, grandTotal, CURRENCY,
                signature.id(), signature.method(), now, now));
    }

    List<OrderEvent> reject(WorkOrder order, RejectionReason reason, String note, String by, Instant now) {
        requireIssued("rejected");
        status = EstimateStatus.REJECTED;
        rejectedAt = now;
        rejectedBy = by;
        rejectionReason = reason;
        rejectionNote = note == null || note.isBlank() ? null : note.strip();
        order.estimateRejected(version, by, now);
        return List.of(new EstimateRejected(order.ref(order.nextVersion()), id, version, reason, now, now));
    }

    /** The last day the customer may approve it, in Brazil's official time; none before it is issued. */
    public LocalDate validUntil() {
        if (issuedAt == null) {
            return null;
        }
        Instant from = receivedAt != null ? receivedAt : issuedAt;
        return LocalDate.ofInstant(from, DocumentFormats.SAO_PAULO).plusDays(validityDays);
    }

    /** An issued version past its last valid day; once approved an estimate binds and no longer expires. */
    public boolean expired(Instant now) {
        return status == EstimateStatus.ISSUED
                && LocalDate.ofInstant(now, DocumentFormats.SAO_PAULO).isAfter(validUntil());
    }

    public EstimateTotals totals() {
        return EstimateTotals.of(lines, discount);
    }

    // -- internals -------------------------------------------------------------------------------------------------

    private void write(List<EstimateLine> given, EstimateDraft draft, String by, Instant now) {
        List<EstimateLine> written = given.stream().map(EstimateLine::normalized).toList();
        BigDecimal writtenDiscount = draft.discount() == null ? EstimateTotals.NONE : draft.discount().setScale(2);
        if (draft.payment() != null && !draft.payment().allowed()) {
            throw ProblemException.unprocessable("instalments-not-allowed", "No instalments for this payment method",
                    draft.payment().method() + " is paid at once; only CARD and BOLETO are paid in instalments.");
        }
        if (draft.workStart() != null && draft.workEnd() != null && draft.workEnd().isBefore(draft.workStart())) {
            throw ProblemException.unprocessable("work-dates", "The work ends before it starts",
                    "The end date of the work (" + draft.workEnd() + ") is before its start date ("
                            + draft.workStart() + ").");
        }
        if (free && written.stream().anyMatch(EstimateLine::charged)) {
            throw ProblemException.unprocessable("free-service-charged", "A free service charges nothing",
                    "The order is covered by a warranty or a contract: every unit price must be 0.00.");
        }
        EstimateTotals totals = EstimateTotals.of(written, writtenDiscount);
        if (totals.subtotal().compareTo(MAX_AMOUNT) > 0) {
            throw ProblemException.unprocessable("amount-too-large", "Amount too large",
                    "An estimate may total at most R$ " + MAX_AMOUNT + ".");
        }
        if (writtenDiscount.compareTo(totals.subtotal()) > 0) {
            throw ProblemException.unprocessable("discount-exceeds-subtotal", "The discount exceeds the subtotal",
                    "A discount of " + writtenDiscount + " would make the estimate's total of " + totals.subtotal()
                            + " negative.");
        }
        lines = written;
        discount = writtenDiscount;
        payment = draft.payment();
        workStart = draft.workStart();
        workEnd = draft.workEnd();
        validityDays = draft.validityDays() == null ? DEFAULT_VALIDITY_DAYS : draft.validityDays();
        revisedAt = now;
        revisedBy = by;
    }

    private EstimateIssued issued(OrderRef ref, Instant now) {
        EstimateTotals totals = totals();
        return new EstimateIssued(ref, id, version, free, totals.labour(), totals.parts(), totals.equipment(),
                totals.subtotal(), totals.discount(), totals.grandTotal(), CURRENCY,
                payment == null ? null : payment.method(), payment == null ? null : payment.instalments(),
                lines.size(), (int) lines.stream().filter(EstimateLine::thirdParty).count(), workStart, workEnd,
                validityDays, validUntil(), issuedAt, now);
    }

    private void requireDraft(String what) {
        if (status == EstimateStatus.APPROVED) {
            throw approved();
        }
        if (status != EstimateStatus.DRAFT) {
            throw ProblemException.conflict("estimate-not-draft", "The estimate is no longer a draft",
                    "Version " + version + " is " + status + ": only a draft can be " + what
                            + "; draft a new version instead.");
        }
    }

    private void requireIssued(String what) {
        switch (status) {
            case ISSUED -> {
            }
            case DRAFT -> throw ProblemException.conflict("estimate-not-issued", "The estimate is not issued",
                    "Version " + version + " is still a draft: issue it to the customer before it can be " + what
                            + ".");
            case APPROVED -> throw approved();
            case REJECTED -> throw ProblemException.conflict("estimate-rejected", "The estimate was rejected",
                    "The customer rejected version " + version + ": draft a new version instead.");
            case SUPERSEDED -> throw ProblemException.conflict("estimate-superseded", "The estimate is superseded",
                    "A later version of the estimate was issued: version " + version + " can no longer be " + what
                            + ".");
        }
    }

    private ProblemException approved() {
        return ProblemException.conflict("estimate-approved", "The estimate is approved",
                "Version " + version + " was approved and binds both sides (CDC art. 40): it never changes. A change "
                        + "is a new version, which needs a new approval.");
    }

    // -- reads -----------------------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public int version() {
        return version;
    }

    public EstimateStatus status() {
        return status;
    }

    public boolean free() {
        return free;
    }

    public List<EstimateLine> lines() {
        return List.copyOf(lines);
    }

    public BigDecimal discount() {
        return discount;
    }

    public PaymentConditions payment() {
        return payment;
    }

    public LocalDate workStart() {
        return workStart;
    }

    public LocalDate workEnd() {
        return workEnd;
    }

    public int validityDays() {
        return validityDays;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public String draftedBy() {
        return draftedBy;
    }

    public Instant revisedAt() {
        return revisedAt;
    }

    public String revisedBy() {
        return revisedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public UUID signatureId() {
        return signatureId;
    }

    public Instant rejectedAt() {
        return rejectedAt;
    }

    public String rejectedBy() {
        return rejectedBy;
    }

    public RejectionReason rejectionReason() {
        return rejectionReason;
    }

    public String rejectionNote() {
        return rejectionNote;
    }

    public Instant supersededAt() {
        return supersededAt;
    }

    public long revision() {
        return revision;
    }
}
