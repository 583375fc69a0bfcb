package dev.servicedesk.workorder.order;

import dev.servicedesk.platform.http.Page;
import dev.servicedesk.platform.http.VersionTags;
import dev.servicedesk.platform.outbox.Outbox;
import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.platform.security.Caller;
import dev.servicedesk.platform.security.Roles;
import dev.servicedesk.workorder.catalog.Catalog;
import dev.servicedesk.workorder.catalog.Priority;
import dev.servicedesk.workorder.catalog.ProblemCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** The use cases on work orders. Each change is one transaction with its events (outbox) and its history. */
@ApplicationScoped
public class OrderDesk {

    private final OrderRepository orders;
    private final OrderNumbers numbers;
    private final Catalog catalog;
    private final Outbox outbox;
    private final Clock clock;
    private final Event<OrderOpening> openings;

    OrderDesk(OrderRepository orders, OrderNumbers numbers, Catalog catalog, Outbox outbox, Clock clock,
            Event<OrderOpening> openings) {
        this.orders = orders;
        this.numbers = numbers;
        this.catalog = catalog;
        this.outbox = outbox;
        this.clock = clock;
        this.openings = openings;
    }

    /** What staff give to open an order directly. */
    public record StaffOpening(String problemCode, UUID customerId, Priority priority, Coverage coverage,
            String description, OrderProduct product) {
    }

    /** An action request that left its draft without naming an order: the facts its event carries. */
    public record LoggedAction(UUID requestId, String protocol, String problemCode, UUID customerId,
            String placeCity, String placeState, String productModel, String partnerId, Instant loggedAt) {
    }

    @Transactional
    public WorkOrder open(StaffOpening opening, Caller caller) {
        Instant now = clock.instant();
        ProblemCode problemCode = catalog.orderable(opening.problemCode());
        OrderProduct product = opening.product() == null ? OrderProduct.none() : opening.product();
        UUID warrantyOf = orders.underWarranty(problemCode.code(), opening.customerId(), product.serialNumber(), now)
                .map(WorkOrder::id).orElse(null);
        WorkOrder order = WorkOrder.open(numbers.next(now), problemCode,
                new WorkOrder.Opening(opening.customerId(), null, opening.priority(), opening.coverage(),
                        opening.description(), product, null, null, warrantyOf),
                caller.name(), now);
        return persistOpened(order, problemCode);
    }

    /**
     * Opens the order for a logged action request (the first report of its problem). A request that already has its
     * order is left as it is, so a redelivered event opens nothing twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<WorkOrder> openFor(LoggedAction action, String by) {
        if (orders.findByRequest(action.requestId()).isPresent()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ProblemCode problemCode = catalog.orderable(action.problemCode());
        UUID warrantyOf = orders.underWarranty(problemCode.code(), action.customerId(), null, now)
                .map(WorkOrder::id).orElse(null);
        RequestLink link = new RequestLink(action.requestId(), action.protocol(), action.partnerId(), now);
        WorkOrder order = WorkOrder.open(numbers.next(now), problemCode,
                new WorkOrder.Opening(action.customerId(), link, null, null, null,
                        new OrderProduct(null, action.productModel(), null, null), action.placeCity(),
                        action.placeState(), warrantyOf),
                by, now);
        return Optional.of(persistOpened(order, problemCode));
    }

    /** A request for a problem the order already covers joins it (from intake's event, or by staff). */
    @Transactional
    public WorkOrder attach(UUID orderId, RequestLink link, String ifMatch, Caller caller) {
        Optional<WorkOrder> current = orders.findByRequest(link.requestId());
        if (current.isPresent() && !current.get().id().equals(orderId)) {
            throw ProblemException.conflict("request-already-attached", "The request answers another order",
                    "Request " + link.requestId() + " is attached to order " + current.get().number() + ".");
        }
        return change(orderId, ifMatch, caller, order -> order.attach(link, caller.name(), clock.instant()));
    }

    /** The agent linked a request to this order in intake; a redelivered event attaches nothing twice. */
    @Transactional(Transactional.TxType.MANDATORY)
    public WorkOrder attachFromIntake(UUID orderId, RequestLink link, String by) {
        WorkOrder order = orders.findByIdOptional(orderId)
                .orElseThrow(() -> ProblemException.notFound("No order " + orderId + "."));
        Optional<WorkOrder> current = orders.findByRequest(link.requestId());
        if (current.isPresent() && !current.get().id().equals(orderId)) {
            throw ProblemException.conflict("request-already-attached", "The request answers another order",
                    "Request " + link.requestId() + " is attached to order " + current.get().number() + ".");
        }
        return apply(order, o -> o.attach(link, by, clock.instant()));
    }

    @Transactional
    public WorkOrder schedule(UUID id, Instant from, Instant to, String ifMatch, Caller caller) {
        return change(id, ifMatch, caller, order -> order.schedule(from, to, caller.name(), clock.instant()));
    }

    @Transactional
    public WorkOrder assign(UUID id, String team, String technician, String ifMatch, Caller caller) {
        return change(id, ifMatch, caller, order -> order.assign(team, technician, caller.name(), clock.instant()));
    }

    @Transactional
    public WorkOrder start(UUID id, String ifMatch, Caller caller) {
        return work(id, ifMatch, caller, order -> order.start(caller.name(), clock.instant()));
    }

    @Transactional
    public WorkOrder putOnHold(UUID id, HoldReason reason, String note, String ifMatch, Caller caller) {
        return work(id, ifMatch, caller, order -> order.putOnHold(reason, note, caller.name(), clock.instant()));
    }

    @Transactional
    public WorkOrder resume(UUID id, String ifMatch, Caller caller) {
        return work(id, ifMatch, caller, order -> order.resume(caller.name(), clock.instant()));
    }

    @Transactional
    public WorkOrder close(UUID id, String ifMatch, Caller caller) {
        return work(id, ifMatch, caller, order -> order.close(caller.name(), clock.instant()));
    }

    @Transactional
    public WorkOrder cancel(UUID id, CancellationReason reason, String note, String ifMatch, Caller caller) {
        return change(id, ifMatch, caller, order -> order.cancel(reason, note, caller.name(), clock.instant()));
    }

    /** Staff edit what the order says: each changed field goes into the history with its value before and after. */
    @Transactional
    public WorkOrder edit(UUID id, Priority priority, String description, String ifMatch, Caller caller) {
        return change(id, ifMatch, caller, order -> {
            Instant now = clock.instant();
            if (priority != null) {
                order.changePriority(priority, caller.name(), now);
            }
            if (description != null) {
                order.describe(description, caller.name(), now);
            }
            return List.of();
        });
    }

    /** The product as found on site: the assigned technician may record it, as may staff. */
    @Transactional
    public WorkOrder describeProduct(UUID id, OrderProduct product, String ifMatch, Caller caller) {
        Function<WorkOrder, List<OrderEvent>> change = order -> {
            order.describeProduct(product, caller.name(), clock.instant());
            return List.of();
        };
        return caller.roles().contains(Roles.TECHNICIAN) && !isStaffAbove(caller)
                ? work(id, ifMatch, caller, change)
                : change(id, ifMatch, caller, change);
    }

    @Transactional
    public WorkOrder checkTask(UUID id, int index, boolean done, String ifMatch, Caller caller) {
        return work(id, ifMatch, caller, order -> {
            order.checkTask(index, done, caller.name(), clock.instant());
            return List.of();
        });
    }

    public WorkOrder find(UUID id, Caller caller) {
        return orders.findByIdOptional(id)
                .filter(order -> mayRead(order, caller))
                .orElseThrow(() -> ProblemException.notFound("No order " + id + "."));
    }

    public WorkOrder findByNumber(String number, Caller caller) {
        return orders.findByNumber(number)
                .filter(order -> mayRead(order, caller))
                .orElseThrow(() -> ProblemException.notFound("No order " + number + "."));
    }

    public Page<WorkOrder> list(OrderFilter filter, int page, int size, Caller caller) {
        return orders.search(filter, scopeOf(caller), clock.instant(), page, size);
    }

    /**
     * Finds the order for reading the records kept beside it (parts, service report). A partner system follows the
     * status of its requests' orders only: for it there are no such records (404).
     */
    public WorkOrder findForRecords(UUID id, Caller caller) {
        if (Audience.of(Set.copyOf(caller.roles())) == Audience.PARTNER) {
            throw ProblemException.notFound("No records of order " + id + ".");
        }
        return find(id, caller);
    }

    /**
     * Finds the order for a change by someone who works it: its assigned technician, or a supervisor. Anybody else
     * who may read the order is refused (403); somebody who may not even see it gets 404.
     */
    public WorkOrder findForWork(UUID id, String ifMatch, Caller caller) {
        WorkOrder order = find(id, caller);
        if (!mayWork(order, caller)) {
            throw new ProblemException(403, "not-assigned", "Not your order",
                    "Only the technician assigned to order " + order.number() + " or a supervisor may work it.");
        }
        VersionTags.requireCurrent(ifMatch, order.version());
        return order;
    }

    /**
     * Finds the order to record what the customer said (a consent, a rating): to an agent on the phone, or on site to
     * whoever works the order.
     */
    public WorkOrder findForCustomerWord(UUID id, String ifMatch, Caller caller) {
        return caller.roles().contains(Roles.AGENT) ? findForChange(id, ifMatch, caller)
                : findForWork(id, ifMatch, caller);
    }

    /** Finds the order for a change by staff who may change it. */
    public WorkOrder findForChange(UUID id, String ifMatch, Caller caller) {
        WorkOrder order = find(id, caller);
        VersionTags.requireCurrent(ifMatch, order.version());
        return order;
    }

    private WorkOrder persistOpened(WorkOrder order, ProblemCode problemCode) {
        orders.persist(order);
        outbox.record(order.opened());
        openings.fire(new OrderOpening(order, problemCode));
        orders.flush();
        return order;
    }

    private WorkOrder change(UUID id, String ifMatch, Caller caller, Function<WorkOrder, List<OrderEvent>> change) {
        return apply(findForChange(id, ifMatch, caller), change);
    }

    private WorkOrder work(UUID id, String ifMatch, Caller caller, Function<WorkOrder, List<OrderEvent>> change) {
        return apply(findForWork(id, ifMatch, caller), change);
    }

    private WorkOrder apply(WorkOrder order, Function<WorkOrder, List<OrderEvent>> change) {
        change.apply(order).forEach(outbox::record);
        orders.flush();
        return order;
    }

    private static boolean mayRead(WorkOrder order, Caller caller) {
        OrderRepository.Scope scope = scopeOf(caller);
        if (scope.technicianId() != null) {
            return order.workedBy(scope.technicianId());
        }
        if (scope.partnerId() != null) {
            return order.requests().stream().anyMatch(link -> scope.partnerId().equals(link.partnerId()));
        }
        return true;
    }

    private static boolean mayWork(WorkOrder order, Caller caller) {
        return isStaffAbove(caller) || order.workedBy(caller.name());
    }

    /** Technicians see their own queue and partners their own requests' orders; staff above them see all. */
    private static OrderRepository.Scope scopeOf(Caller caller) {
        if (isStaffAbove(caller) || caller.roles().contains(Roles.AGENT) || caller.roles().contains(Roles.ANALYST)) {
            return OrderRepository.Scope.all();
        }
        if (caller.roles().contains(Roles.TECHNICIAN)) {
            return new OrderRepository.Scope(caller.name(), null);
        }
        if (caller.roles().contains(Roles.PARTNER)) {
            return new OrderRepository.Scope(null, caller.clientId());
        }
        return OrderRepository.Scope.all();
    }

    private static boolean isStaffAbove(Caller caller) {
        return caller.roles().contains(Roles.SUPERVISOR) || caller.roles().contains(Roles.ADMIN);
    }
}
