package dev.servicedesk.intake.request;

import dev.servicedesk.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the work orders' lives do to the requests they answer, as the work-order service's events and refusals tell
 * it. Each runs in the transaction that also records the incoming event in the inbox, with the requests' own events.
 */
@ApplicationScoped
public class OrderFollowUp {

    private final RequestRepository requests;
    private final Outbox outbox;
    private final Clock clock;

    OrderFollowUp(RequestRepository requests, Outbox outbox, Clock clock) {
        this.requests = requests;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** An order opened for these requests, or took them in: the open ones are linked to it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void orderAnswers(Collection<UUID> requestIds, UUID orderId, String number, String how) {
        apply(requestIds, request -> {
            request.joinOrder(orderId, number, how, clock.instant());
            return List.of();
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void orderClosed(Collection<UUID> requestIds, UUID orderId, String number) {
        apply(requestIds, request -> request.resolveWithOrder(orderId, number, clock.instant()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void orderCancelled(Collection<UUID> requestIds, UUID orderId, String number, String reason) {
        apply(requestIds, request -> request.reopenAfterCancelledOrder(orderId, number, reason, clock.instant()));
    }

    /** The work-order service refused the request's order ({@code refusedOrderId}: the order it was to join, if any). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void orderRefused(UUID requestId, UUID refusedOrderId, String code, String reason) {
        apply(List.of(requestId), request -> request.refuseOrder(refusedOrderId, code, reason, clock.instant()));
    }

    /** Requests intake does not know (another environment's ids, say) are none of its business. */
    private void apply(Collection<UUID> requestIds, Function<CustomerRequest, List<RequestEvent>> change) {
        if (requestIds.isEmpty()) {
            return;
        }
        // Loaded one by one by primary key: an order answers a request or a few, and a query over a list of ids would
        // be translated anew for every event.
        requestIds.stream().distinct().map(requests::findByIdOptional).flatMap(Optional::stream)
                .forEach(request -> change.apply(request).forEach(outbox::record));
        requests.flush();
    }
}
