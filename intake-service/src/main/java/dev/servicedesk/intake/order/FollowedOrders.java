package dev.servicedesk.intake.order;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FollowedOrders implements PanacheRepositoryBase<FollowedOrder, UUID> {

    /**
     * Takes in what an order event says. Returns the order when the event is news, empty when the order already moved
     * past it (a replayed event), so that its effects are applied once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<FollowedOrder> hear(OrderFact fact) {
        FollowedOrder order = findByIdOptional(fact.orderId()).orElseGet(() -> {
            FollowedOrder first = FollowedOrder.firstHeardOf(fact);
            persist(first);
            return first;
        });
        return order.moveTo(fact) ? Optional.of(order) : Optional.empty();
    }

    /** Whether the order is assigned to the technician now. */
    public boolean isAssignedTo(UUID orderId, String technicianId) {
        return technicianId != null && count("id = ?1 and technicianId = ?2", orderId, technicianId) > 0;
    }
}
