package dev.servicedesk.intake.messaging;

import dev.servicedesk.intake.request.OrderFollowUp;
import dev.servicedesk.intake.request.RequestLinkedToOrder;
import dev.servicedesk.intake.request.RequestLogged;
import dev.servicedesk.platform.inbox.EventProcessor;
import dev.servicedesk.platform.inbox.EventRoutes;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the work-order service's dead letters of intake's own request events: a RequestLogged it could open no order
 * for, a RequestLinkedToOrder it could not attach (an unknown or retired problem code, an unknown or finished order).
 * The request is marked refused, with the reason, so that the agent sees it and can resubmit it, instead of it
 * vanishing. A dead letter keeps the original event's headers, so the inbox knows it by that event's id: the same
 * event refused twice is one refusal.
 */
@ApplicationScoped
public class OrderRefusalsConsumer {

    public static final String CONSUMER = "intake-service.order-refusals";
    /** Set by the dead-letter strategy of the refusing consumer: the message of what refused the event. */
    static final String REASON_HEADER = "dead-letter-reason";
    /** The refusing service writes its refusals as {@code <problem type slug>: <detail>}. */
    private static final Pattern PROBLEM_TYPE = Pattern.compile("^([a-z][a-z0-9-]*): ");
    /** The kind given to a refusal whose reason names no problem type (an unreadable event, retries given up). */
    static final String NOT_APPLIED = "event-not-applied";

    private final EventProcessor processor;
    private final OrderFollowUp followUp;

    OrderRefusalsConsumer(EventProcessor processor, OrderFollowUp followUp) {
        this.processor = processor;
        this.followUp = followUp;
    }

    @Incoming("order-refusals")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        processor.process(CONSUMER, record, routesFor(reasonOf(record)));
    }

    private EventRoutes routesFor(String reason) {
        String code = codeOf(reason);
        return EventRoutes.create()
                .on("RequestLogged", RequestLogged.class,
                        (event, logged) -> followUp.orderRefused(logged.requestId(), null, code, reason))
                .on("RequestLinkedToOrder", RequestLinkedToOrder.class,
                        (event, linked) -> followUp.orderRefused(linked.requestId(), linked.orderId(), code, reason))
                .ignore("RequestAnswered", "RequestConverted", "RequestClosed", "RequestCancelled", "RequestOverdue",
                        "RequestResolved", "RequestReopened", "RequestOrderRefused");
    }

    static String codeOf(String reason) {
        Matcher problemType = PROBLEM_TYPE.matcher(reason);
        return problemType.find() ? problemType.group(1) : NOT_APPLIED;
    }

    private static String reasonOf(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(REASON_HEADER);
        return header == null ? "refused without a reason" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
