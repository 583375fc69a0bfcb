package dev.servicedesk.workorder.part;

import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.platform.security.Caller;
import dev.servicedesk.workorder.catalog.KitPart;
import dev.servicedesk.workorder.order.OrderChange;
import dev.servicedesk.workorder.order.OrderDesk;
import dev.servicedesk.workorder.order.OrderOpening;
import dev.servicedesk.workorder.order.OrderStatus;
import dev.servicedesk.workorder.order.WorkOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The use cases on an order's parts. The parts live beside the order but belong to it: each change is checked
 * against the order's version (If-Match), goes into the order's history, and so moves the order to a new version.
 * Parts change only while the work goes on; after completion they are part of the read-only service report.
 */
@ApplicationScoped
public class PartsDesk {

    /** A part the technician used. */
    public record NewUsedPart(String partNumber, String description, BigDecimal quantity, BigDecimal unitCost,
            Provenance provenance) {
    }

    /** The customer's consent to a part that is not new and original; when it was given defaults to now. */
    public record Consent(String customerName, AuthorisationMethod method, String reference, Instant authorisedAt) {
    }

    /** A defective part taken out. */
    public record NewRemovedPart(String partNumber, String description, BigDecimal quantity, Disposal disposal) {
    }

    private final OrderDesk orders;
    private final EntityManager entityManager;
    private final Clock clock;

    PartsDesk(OrderDesk orders, EntityManager entityManager, Clock clock) {
        this.orders = orders;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** An order opens with its problem code's kit as its planned parts, in the same transaction. */
    void planKit(@Observes OrderOpening opening) {
        List<KitPart> kit = opening.problemCode().standardOrder().kit();
        for (int position = 0; position < kit.size(); position++) {
            entityManager.persist(new PlannedPart(opening.order().id(), position, kit.get(position)));
        }
    }

    /** The parts of an order the caller may read. */
    public Versioned<OrderParts> find(UUID orderId, Caller caller) {
        WorkOrder order = orders.findForRecords(orderId, caller);
        return new Versioned<>(of(order.id()), order.version());
    }

    /** One used or defective part of an order the caller may read. */
    public <P extends RecordedPart> Versioned<P> findRecorded(UUID orderId, Class<P> kind, UUID partId,
            Caller caller) {
        WorkOrder order = orders.findForRecords(orderId, caller);
        return new Versioned<>(recorded(order, kind, partId), order.version());
    }

    /** Every part of the order, in the order they were planned or recorded. */
    public OrderParts of(UUID orderId) {
        return new OrderParts(
                entityManager.createQuery("from PlannedPart where orderId = :order order by position",
                        PlannedPart.class).setParameter("order", orderId).getResultList(),
                entityManager.createQuery("from UsedPart where orderId = :order order by recordedAt, id",
                        UsedPart.class).setParameter("order", orderId).getResultList(),
                entityManager.createQuery("from RemovedPart where orderId = :order order by recordedAt, id",
                        RemovedPart.class).setParameter("order", orderId).getResultList());
    }

    @Transactional
    public Versioned<UsedPart> recordUsed(UUID orderId, NewUsedPart part, String ifMatch, Caller caller) {
        WorkOrder order = inWork(orders.findForWork(orderId, ifMatch, caller));
        Instant now = clock.instant();
        UsedPart used = new UsedPart(order.id(), part.partNumber(), part.description(), part.quantity(),
                part.unitCost(), part.provenance(), caller.name(), now);
        entityManager.persist(used);
        order.recordBeside(OrderChange.PART_RECORDED, caller.name(), now, used.inHistory() + " recorded");
        return changed(order, used);
    }

    /**
     * Records the customer's consent to a used part that is not new and original: given to the technician on site,
     * or by phone to an agent.
     */
    @Transactional
    public Versioned<UsedPart> authorise(UUID orderId, UUID partId, Consent consent, String ifMatch, Caller caller) {
        WorkOrder order = inWork(orders.findForCustomerWord(orderId, ifMatch, caller));
        UsedPart used = recorded(order, UsedPart.class, partId);
        Instant now = clock.instant();
        used.authorise(new PartAuthorisation(consent.customerName().strip(), consent.method(),
                consent.reference() == null ? null : consent.reference().strip(),
                Objects.requireNonNullElse(consent.authorisedAt(), now), caller.name(), now));
        order.recordBeside(OrderChange.PART_RECORDED, caller.name(), now,
                "used part " + used.partNumber() + " authorised by the customer (" + consent.method() + ")");
        return changed(order, used);
    }

    @Transactional
    public Versioned<RemovedPart> recordRemoved(UUID orderId, NewRemovedPart part, String ifMatch, Caller caller) {
        WorkOrder order = inWork(orders.findForWork(orderId, ifMatch, caller));
        Instant now = clock.instant();
        RemovedPart removed = new RemovedPart(order.id(), part.partNumber(), part.description(), part.quantity(),
                part.disposal(), caller.name(), now);
        entityManager.persist(removed);
        order.recordBeside(OrderChange.PART_RECORDED, caller.name(), now, removed.inHistory() + " recorded");
        return changed(order, removed);
    }

    /** A used or defective part recorded by mistake is taken off the order; its history keeps that it was there. */
    @Transactional
    public <P extends RecordedPart> Versioned<P> withdraw(UUID orderId, Class<P> kind, UUID partId, String ifMatch,
            Caller caller) {
        WorkOrder order = inWork(orders.findForWork(orderId, ifMatch, caller));
        P part = recorded(order, kind, partId);
        entityManager.remove(part);
        order.recordBeside(OrderChange.PART_RECORDED, caller.name(), clock.instant(), part.inHistory() + " withdrawn");
        return changed(order, part);
    }

    /** Parts change while the work goes on (in progress, or on hold waiting for parts or the customer). */
    private static WorkOrder inWork(WorkOrder order) {
        order.requireChangeable();
        if (order.status() != OrderStatus.IN_PROGRESS && order.status() != OrderStatus.ON_HOLD) {
            throw ProblemException.conflict("order-not-in-work", "The order is not being worked",
                    "Order " + order.number() + " is " + order.status() + ": parts are recorded while the work "
                            + "is in progress or on hold.");
        }
        return order;
    }

    private <P extends RecordedPart> P recorded(WorkOrder order, Class<P> kind, UUID partId) {
        P part = entityManager.find(kind, partId);
        if (part == null || !part.orderId().equals(order.id())) {
            throw ProblemException.notFound("Order " + order.number() + " has no such part " + partId + ".");
        }
        return part;
    }

    /** Writes the change now, so that the answer carries the order's new version. */
    private <T> Versioned<T> changed(WorkOrder order, T part) {
        entityManager.flush();
        return new Versioned<>(part, order.version());
    }
}
