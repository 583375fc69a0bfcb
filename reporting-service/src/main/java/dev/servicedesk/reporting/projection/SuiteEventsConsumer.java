package dev.servicedesk.reporting.projection;

import com.fasterxml.jackson.databind.JsonNode;
import dev.servicedesk.platform.inbox.EventProcessor;
import dev.servicedesk.platform.inbox.EventRoutes;
import dev.servicedesk.platform.inbox.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads the suite's request, order, catalogue and article topics into the projections, each event once (inbox). */
@ApplicationScoped
public class SuiteEventsConsumer {

    public static final String CONSUMER = "reporting-service";

    private final EventProcessor processor;
    private final ProjectionStore store;
    private final Projector projector;
    private final EventRoutes routes;

    SuiteEventsConsumer(EventProcessor processor, ProjectionStore store, Projector projector) {
        this.processor = processor;
        this.store = store;
        this.projector = projector;
        EventRoutes routes = EventRoutes.create().ignore(Projector.IGNORED.toArray(String[]::new));
        for (String type : projector.types()) {
            routes.on(type, JsonNode.class, this::project);
        }
        this.routes = routes;
    }

    @Incoming("requests")
    @Blocking
    public void onRequest(ConsumerRecord<String, String> record) {
        processor.process(CONSUMER, record, routes);
    }

    @Incoming("orders")
    @Blocking
    public void onOrder(ConsumerRecord<String, String> record) {
        processor.process(CONSUMER, record, routes);
    }

    @Incoming("catalog")
    @Blocking
    public void onCatalog(ConsumerRecord<String, String> record) {
        processor.process(CONSUMER, record, routes);
    }

    @Incoming("articles")
    @Blocking
    public void onArticle(ConsumerRecord<String, String> record) {
        processor.process(CONSUMER, record, routes);
    }

    private void project(IncomingEvent event, JsonNode payload) {
        store.apply(projector.writes(event.type(), payload));
    }
}
