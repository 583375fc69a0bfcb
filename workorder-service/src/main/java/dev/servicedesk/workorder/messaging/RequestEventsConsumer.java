package dev.servicedesk.workorder.messaging;

import dev.servicedesk.platform.inbox.EventProcessor;
import dev.servicedesk.platform.inbox.EventRoutes;
import dev.servicedesk.platform.inbox.IncomingEvent;
import dev.servicedesk.platform.inbox.PermanentEventFailure;
import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.workorder.order.OrderDesk;
import dev.servicedesk.workorder.order.RequestLink;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads intake's request events: an action request logged as a first report opens an order; one the agent linked to
 * an existing order joins it. A request the catalogue or the order refuses for good (unknown or retired problem code,
 * unknown or finished order) goes to the dead-letter topic, where intake learns of it.
 */
@ApplicationScoped
public class RequestEventsConsumer {

    public static final String CONSUMER = "workorder-service";
    /** Who the order's history names for changes that came from intake's events. */
    static final String INTAKE = "intake-service";

    private final EventProcessor processor;
    private final OrderDesk desk;
    private final EventRoutes routes = EventRoutes.create()
            .on("RequestLogged", RequestLogged.class, this::logged)
            .on("RequestLinkedToOrder", RequestLinkedToOrder.class, this::linked)
            .ignore("RequestAnswered", "RequestConverted", "RequestClosed", "RequestCancelled", "RequestOverdue",
                    "RequestResolved", "RequestReopened", "RequestOrderRefused");

    RequestEventsConsumer(EventProcessor processor, OrderDesk desk) {
        this.processor = processor;
        this.desk = desk;
    }

    @Incoming("requests")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        processor.process(CONSUMER, record, routes);
    }

    private void logged(IncomingEvent event, RequestLogged logged) {
        if (!logged.opensAnOrder()) {
            return;
        }
        refusedForGood(() -> desk.openFor(new OrderDesk.LoggedAction(logged.requestId(), logged.protocol(),
                logged.problemCode(), logged.customerId(), logged.placeCity(), logged.placeState(),
                logged.productModel(), logged.partnerId(), logged.occurredAt()), INTAKE));
    }

    private void linked(IncomingEvent event, RequestLinkedToOrder linked) {
        refusedForGood(() -> desk.attachFromIntake(linked.orderId(), new RequestLink(linked.requestId(),
                linked.protocol(), linked.partnerId(), linked.occurredAt()), INTAKE));
    }

    /** A business rule that refuses the event now will refuse it on every retry: straight to the dead letters. */
    private static void refusedForGood(Runnable effect) {
        try {
            effect.run();
        } catch (ProblemException refused) {
            if (refused.status() >= 500) {
                throw refused;
            }
            throw new PermanentEventFailure(refused.type() + ": " + refused.getMessage(), refused);
        }
    }
}
