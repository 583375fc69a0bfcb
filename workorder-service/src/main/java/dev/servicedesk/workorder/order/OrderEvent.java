package dev.servicedesk.workorder.order;

import dev.servicedesk.platform.outbox.DomainEvent;

/**
 * An event of a work order; all go to servicedesk.orders.v1 keyed by the order id. The {@link OrderRef} fields are
 * written flat into the JSON value. No personal data.
 */
public interface OrderEvent extends DomainEvent {

    OrderRef order();

    @Override
    default String aggregateType() {
        return "order";
    }

    @Override
    default String aggregateId() {
        return order().orderId().toString();
    }

    @Override
    default long aggregateVersion() {
        return order().version();
    }
}
