package dev.servicedesk.workorder.estimate;

import dev.servicedesk.platform.http.Page;
import dev.servicedesk.platform.http.VersionTags;
import dev.servicedesk.platform.outbox.Outbox;
import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.platform.security.Caller;
import dev.servicedesk.workorder.catalog.Catalog;
import dev.servicedesk.workorder.order.OrderDesk;
import dev.servicedesk.workorder.order.OrderEvent;
import dev.servicedesk.workorder.order.WorkOrder;
import dev.servicedesk.workorder.signature.Signature;
import dev.servicedesk.workorder.signature.SignatureInput;
import dev.servicedesk.workorder.signature.SignaturePurpose;
import dev.servicedesk.workorder.signature.SignedContent;
import dev.servicedesk.workorder.signature.SignedFrom;
import dev.servicedesk.workorder.signature.Signatures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The use cases on estimates. Each change is one transaction with the order's events (outbox) and history; a
 * change of an estimate names the estimate's current ETag in If-Match. Whoever may read the order may read its
 * estimates.
 */
@ApplicationScoped
public class EstimateDesk {

    /** An estimate with the order it belongs to. */
    public record OrderEstimate(WorkOrder order, Estimate estimate) {
    }

    private final EstimateRepository estimates;
    private final OrderDesk orders;
    private final Catalog catalog;
    private final Signatures signatures;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final Clock clock;

    EstimateDesk(EstimateRepository estimates, OrderDesk orders, Catalog catalog, Signatures signatures, Outbox outbox,
            EntityManager entityManager, Clock clock) {
        this.estimates = estimates;
        this.orders = orders;
        this.catalog = catalog;
        this.signatures = signatures;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Drafts the order's next version. The order is locked meanwhile, so that two drafts never take the same number;
     * there is one draft at a time.
     */
    @Transactional
    public OrderEstimate draft(UUID orderId, EstimateDraft draft, Caller caller) {
        WorkOrder order = orders.find(orderId, caller);
        entityManager.lock(order, LockModeType.PESSIMISTIC_WRITE);
        estimates.draftOf(orderId).ifPresent(existing -> {
            throw ProblemException.conflict("estimate-draft-exists", "A draft already exists",
                    "Version " + existing.version() + " of the estimate of order " + order.number()
                            + " is a draft: change it instead.");
        });
        List<EstimateLine> standardLines = catalog.problemCode(order.problemCode())
                .map(code -> code.standardOrder().estimateLines().stream().map(EstimateLine::of).toList())
                .orElse(List.of());
        Estimate estimate = Estimate.draft(order, estimates.lastVersion(orderId) + 1, standardLines,
                draft == null ? EstimateDraft.empty() : draft, caller.name(), clock.instant());
        estimates.persist(estimate);
        estimates.flush();
        return new OrderEstimate(order, estimate);
    }

    @Transactional
    public OrderEstimate revise(UUID orderId, int version, EstimateDraft draft, String ifMatch, Caller caller) {
        OrderEstimate target = findForChange(orderId, version, ifMatch, caller);
        target.estimate().revise(target.order(), draft, caller.name(), clock.instant());
        estimates.flush();
        return target;
    }

    /** Sends a draft to the customer; the versions issued before it, approved or not, are superseded. */
    @Transactional
    public OrderEstimate issue(UUID orderId, int version, String ifMatch, Caller caller) {
        OrderEstimate target = findForChange(orderId, version, ifMatch, caller);
        Instant now = clock.instant();
        List<OrderEvent> events = target.estimate().issue(target.order(), caller.name(), now);
        estimates.binding(orderId).stream()
                .filter(earlier -> !earlier.id().equals(target.estimate().id()))
                .forEach(earlier -> earlier.supersede(now));
        return record(target, events);
    }

    @Transactional
    public OrderEstimate recordReceipt(UUID orderId, int version, Instant receivedAt, String ifMatch, Caller caller) {
        OrderEstimate target = findForChange(orderId, version, ifMatch, caller);
        return record(target, target.estimate().received(target.order(), receivedAt, caller.name(), clock.instant()));
    }

    /**
     * Records the customer's approval with the customer's signature over exactly what the customer was shown
     * ({@link SignedEstimate}); staff record it on the customer's behalf.
     */
    @Transactional
    public OrderEstimate approve(UUID orderId, int version, SignatureInput signatureInput, SignedFrom from,
            String ifMatch, Caller caller) {
        OrderEstimate target = findForChange(orderId, version, ifMatch, caller);
        WorkOrder order = target.order();
        Estimate estimate = target.estimate();
        Instant now = clock.instant();
        estimate.requireApprovable(now);
        Signature signature = signatures.capture(order.id(), SignaturePurpose.ESTIMATE_APPROVAL, estimate.id(),
                signatureInput, from, SignedContent.of(SignedEstimate.of(order, estimate)), now);
        return record(target, estimate.approve(order, signature, caller.name(), now));
    }

    @Transactional
    public OrderEstimate reject(UUID orderId, int version, RejectionReason reason, String note, String ifMatch,
            Caller caller) {
        OrderEstimate target = findForChange(orderId, version, ifMatch, caller);
        return record(target,
                target.estimate().reject(target.order(), reason, note, caller.name(), clock.instant()));
    }

    public OrderEstimate find(UUID orderId, int version, Caller caller) {
        WorkOrder order = orders.find(orderId, caller);
        return new OrderEstimate(order, estimates.find(orderId, version).orElseThrow(() -> ProblemException.notFound(
                "Order " + order.number() + " has no estimate version " + version + ".")));
    }

    /** The order's versions, oldest first. */
    public Page<OrderEstimate> list(UUID orderId, int page, int size, Caller caller) {
        WorkOrder order = orders.find(orderId, caller);
        return estimates.of(orderId, page, size).map(estimate -> new OrderEstimate(order, estimate));
    }

    private OrderEstimate findForChange(UUID orderId, int version, String ifMatch, Caller caller) {
        OrderEstimate target = find(orderId, version, caller);
        VersionTags.requireCurrent(ifMatch, target.estimate().revision());
        return target;
    }

    private OrderEstimate record(OrderEstimate target, List<OrderEvent> events) {
        events.forEach(outbox::record);
        estimates.flush();
        return target;
    }
}
