package dev.servicedesk.knowledge.usage;

import dev.servicedesk.platform.inbox.EventProcessor;
import dev.servicedesk.platform.inbox.EventRoutes;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads intake's request events for the articles' usage: the articles consulted when a request was logged or
 * answered, and whether an information request was closed with that answer.
 */
@ApplicationScoped
public class RequestEventsConsumer {

    public static final String CONSUMER = "knowledge-service";

    private final EventProcessor processor;
    private final EventRoutes routes;

    RequestEventsConsumer(EventProcessor processor, ArticleUsage usage) {
        this.processor = processor;
        this.routes = EventRoutes.create()
                .on("RequestLogged", RequestLogged.class, (event, logged) -> usage.consulted(logged.requestId(),
                        logged.articleIds(), logged.answered(), logged.closed(), logged.occurredAt()))
                .on("RequestAnswered", RequestAnswered.class, (event, answered) -> usage.consulted(
                        answered.requestId(), answered.articleIds(), true, false, answered.occurredAt()))
                .on("RequestClosed", RequestClosed.class, (event, closed) -> {
                    if (closed.closedWithItsAnswer()) {
                        usage.resolvedAtFirstContact(closed.requestId());
                    }
                })
                .ignore("RequestConverted", "RequestCancelled", "RequestOverdue", "RequestResolved",
                        "RequestReopened", "RequestOrderRefused", "RequestLinkedToOrder");
    }

    @Incoming("requests")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        processor.process(CONSUMER, record, routes);
    }
}
