package dev.servicedesk.intake.messaging;

import dev.servicedesk.intake.order.FollowedOrders;
import dev.servicedesk.intake.request.OrderFollowUp;
import dev.servicedesk.platform.inbox.EventProcessor;
import dev.servicedesk.platform.inbox.EventRoutes;
import dev.servicedesk.platform.inbox.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the work-order service's order events: keeps intake's own view of each order (number, problem code, status,
 * technician, requests) and moves the requests it answers: linked when it opens or takes them in, resolved when it
 * closes, reopened when it is cancelled. An event older than what intake already knows of its order changes nothing.
 */
@ApplicationScoped
public class OrderEventsConsumer {

    public static final String CONSUMER = "intake-service";

    private final EventProcessor processor;
    private final FollowedOrders orders;
    private final OrderFollowUp followUp;
    private final EventRoutes routes = EventRoutes.create()
            .on("OrderOpened", OrderOpened.class, this::opened)
            .on("RequestAttached", RequestAttached.class, this::attached)
            .on("OrderAssigned", OrderAssigned.class, this::assigned)
            .on("OrderClosed", OrderClosed.class, this::closed)
            .on("OrderCancelled", OrderCancelled.class, this::cancelled)
            .on("OrderScheduled", OrderMoved.class, this::moved)
            .on("OrderStarted", OrderMoved.class, this::moved)
            .on("OrderPutOnHold", OrderMoved.class, this::moved)
            .on("OrderResumed", OrderMoved.class, this::moved)
            .ignore("OrderOverdue", "OrderCompleted", "OrderRated", "EstimateIssued", "EstimateReceived",
                    "EstimateApproved", "EstimateRejected");

    OrderEventsConsumer(EventProcessor processor, FollowedOrders orders, OrderFollowUp followUp) {
        this.processor = processor;
        this.orders = orders;
        this.followUp = followUp;
    }

    @Incoming("orders")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        processor.process(CONSUMER, record, routes);
    }

    private void opened(IncomingEvent event, OrderOpened opened) {
        orders.hear(opened).ifPresent(order -> {
            order.openedAt(opened.openedAt());
            order.answers(opened.requestIds());
            followUp.orderAnswers(opened.requestIds(), order.id(), order.number(), "opened");
        });
    }

    private void attached(IncomingEvent event, RequestAttached attached) {
        orders.hear(attached).ifPresent(order -> {
            order.answers(attached.requestIds());
            followUp.orderAnswers(attached.requestIds(), order.id(), order.number(), "attached");
        });
    }

    private void assigned(IncomingEvent event, OrderAssigned assigned) {
        orders.hear(assigned).ifPresent(order -> order.assignTo(assigned.technicianId()));
    }

    private void closed(IncomingEvent event, OrderClosed closed) {
        orders.hear(closed).ifPresent(order -> {
            order.answers(closed.requestIds());
            followUp.orderClosed(closed.requestIds(), order.id(), order.number());
        });
    }

    private void cancelled(IncomingEvent event, OrderCancelled cancelled) {
        orders.hear(cancelled).ifPresent(order -> {
            order.answers(cancelled.requestIds());
            followUp.orderCancelled(cancelled.requestIds(), order.id(), order.number(), cancelled.reason());
        });
    }

    private void moved(IncomingEvent event, OrderMoved moved) {
        orders.hear(moved);
    }
}
