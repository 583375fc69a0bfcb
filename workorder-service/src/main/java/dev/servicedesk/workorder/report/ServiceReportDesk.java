package dev.servicedesk.workorder.report;

import dev.servicedesk.platform.outbox.Outbox;
import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.platform.security.Caller;
import dev.servicedesk.platform.security.Roles;
import dev.servicedesk.workorder.order.OrderChange;
import dev.servicedesk.workorder.order.OrderDesk;
import dev.servicedesk.workorder.order.OrderRepository;
import dev.servicedesk.workorder.order.WorkOrder;
import dev.servicedesk.workorder.part.OrderParts;
import dev.servicedesk.workorder.part.PartsDesk;
import dev.servicedesk.workorder.part.Versioned;
import dev.servicedesk.workorder.signature.Signature;
import dev.servicedesk.workorder.signature.SignatureInput;
import dev.servicedesk.workorder.signature.SignaturePurpose;
import dev.servicedesk.workorder.signature.SignedContent;
import dev.servicedesk.workorder.signature.SignedFrom;
import dev.servicedesk.workorder.signature.Signatures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Completion with the service report, and the customer's rating. Completing is one transaction: the order moves to
 * COMPLETED, the report is written, the customer's acceptance is signed, and OrderCompleted goes to the outbox.
 */
@ApplicationScoped
public class ServiceReportDesk {

    /** What completing an order takes: the technician's report, the customer's rating and acceptance if given. */
    public record Completion(String activities, CauseCategory causeCategory, String causeText, String preventionNotes,
            BigDecimal labour, BigDecimal equipment, BigDecimal discount, Integer rating, SignatureInput signature,
            SignedFrom signedFrom) {
    }

    /** A report with its order (for its number and status) and its parts. */
    public record ReportOfOrder(ServiceReport report, WorkOrder order, OrderParts parts) {
    }

    private final OrderDesk orderDesk;
    private final OrderRepository orders;
    private final PartsDesk partsDesk;
    private final RecurringProblems recurringProblems;
    private final Signatures signatures;
    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;

    ServiceReportDesk(OrderDesk orderDesk, OrderRepository orders, PartsDesk partsDesk,
            RecurringProblems recurringProblems, Signatures signatures, EntityManager entityManager, Outbox outbox,
            Clock clock) {
        this.orderDesk = orderDesk;
        this.orders = orders;
        this.partsDesk = partsDesk;
        this.recurringProblems = recurringProblems;
        this.signatures = signatures;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Completes the order with its service report. Refused while a used part lacks the customer's authorisation, and
     * without the customer's acceptance signature when the order's problem code requires one.
     */
    @Transactional
    public Versioned<ReportOfOrder> complete(UUID orderId, Completion completion, String ifMatch, Caller caller) {
        // Stored timestamps keep microseconds: the signed content must read back exactly as it was signed.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        WorkOrder order = orderDesk.findForWork(orderId, ifMatch, caller);
        OrderParts parts = partsDesk.of(order.id());
        // Queried before the order changes: a query after it would flush the order twice and bump its version twice.
        WorkOrder earlier = recurringProblems.earlierCompletion(order, now).orElse(null);

        order.complete(caller.name(), now);
        parts.requireAuthorised(order.number());
        if (order.signatureRequired() && completion.signature() == null) {
            throw ProblemException.unprocessable("signature-required", "The customer's signature is required",
                    "The problem code of order " + order.number() + " requires the customer's signature accepting "
                            + "the work: send it with the completion.");
        }
        ServiceReport report = ServiceReport.write(order, new ServiceReport.Writing(completion.activities(),
                completion.causeCategory(), completion.causeText(), completion.preventionNotes(),
                completion.labour(), completion.equipment(), completion.discount()), parts, earlier, caller.name(),
                now);
        if (completion.signature() != null) {
            Signature signature = signatures.capture(order.id(), SignaturePurpose.COMPLETION_ACCEPTANCE, order.id(),
                    completion.signature(), completion.signedFrom(),
                    SignedContent.of(AcceptedReport.of(report, order.number(), parts)), now);
            report.acceptedWith(signature.id());
            order.recordBeside(OrderChange.SIGNED, caller.name(), now,
                    "the customer accepted the work (" + signature.method() + ")");
        }
        if (completion.rating() != null) {
            report.rate(completion.rating(), true, caller.name(), now);
            order.recordBeside(OrderChange.RATED, caller.name(), now, ratingNote(completion.rating()));
        }
        entityManager.persist(report);
        outbox.record(report.completed(order, parts));
        entityManager.flush();
        return new Versioned<>(new ReportOfOrder(report, order, parts), order.version());
    }

    /**
     * The customer's satisfaction, given after completion: by phone to an agent, or on site to whoever works the
     * order. Once rated, only a supervisor may correct it.
     */
    @Transactional
    public Versioned<ReportOfOrder> rate(UUID orderId, int rating, String ifMatch, Caller caller) {
        WorkOrder order = orderDesk.findForCustomerWord(orderId, ifMatch, caller);
        ServiceReport report = entityManager.find(ServiceReport.class, order.id());
        OrderParts parts = partsDesk.of(order.id());
        order.requireChangeable();
        if (report == null) {
            throw ProblemException.conflict("order-not-completed", "The order is not completed",
                    "Order " + order.number() + " is " + order.status() + ": it is rated once it is completed.");
        }
        Instant now = clock.instant();
        Integer previous = report.rating();
        if (report.rate(rating, supervises(caller), caller.name(), now)) {
            if (previous == null) {
                order.recordBeside(OrderChange.RATED, caller.name(), now, ratingNote(rating));
            } else {
                order.recordEditBeside("rating", previous, rating, caller.name(), now);
            }
            outbox.record(report.rated(order, previous));
            entityManager.flush();
        }
        return new Versioned<>(new ReportOfOrder(report, order, parts), order.version());
    }

    /** The report of an order the caller may read; there is none before completion. */
    public Versioned<ReportOfOrder> find(UUID orderId, Caller caller) {
        WorkOrder order = orderDesk.findForRecords(orderId, caller);
        ServiceReport report = Optional.ofNullable(entityManager.find(ServiceReport.class, order.id()))
                .orElseThrow(() -> ProblemException.notFound("Order " + order.number() + " has no service report "
                        + "yet: it is written when the order is completed."));
        return new Versioned<>(new ReportOfOrder(report, order, partsDesk.of(order.id())), order.version());
    }

    /**
     * The content the customer accepted by signing at completion, rebuilt from the stored report and parts: its hash
     * equals the acceptance signature's as long as nothing of it changed.
     */
    public SignedContent acceptedContent(UUID orderId) {
        ServiceReport report = Optional.ofNullable(entityManager.find(ServiceReport.class, orderId))
                .orElseThrow(() -> ProblemException.notFound("Order " + orderId + " has no service report."));
        WorkOrder order = orders.findById(orderId);
        return SignedContent.of(AcceptedReport.of(report, order.number(), partsDesk.of(orderId)));
    }

    private static boolean supervises(Caller caller) {
        return caller.roles().contains(Roles.SUPERVISOR) || caller.roles().contains(Roles.ADMIN);
    }

    private static String ratingNote(int rating) {
        return "rated " + rating + " of " + ServiceReport.BEST_RATING;
    }
}
