package dev.servicedesk.knowledge.catalog;

import dev.servicedesk.platform.inbox.EventProcessor;
import dev.servicedesk.platform.inbox.EventRoutes;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the local catalogue view from the compacted servicedesk.catalog.v1, read from its start. */
@ApplicationScoped
public class CatalogEventsConsumer {

    public static final String CONSUMER = "knowledge-service.catalog";

    private final EventProcessor processor;
    private final EventRoutes routes;

    CatalogEventsConsumer(EventProcessor processor, CatalogView view) {
        this.processor = processor;
        this.routes = EventRoutes.create()
                .on("ProblemCodePublished", ProblemCodePublished.class, (event, code) -> view.keepProblemCode(code))
                .on("ServiceCategoryPublished", ServiceCategoryPublished.class,
                        (event, category) -> view.keepCategory(category))
                .on("CatalogEntryDeleted", CatalogEntryDeleted.class, (event, deleted) -> view.forget(deleted))
                .ignore("DepartmentPublished", "ProviderPublished");
    }

    @Incoming("catalog")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        processor.process(CONSUMER, record, routes);
    }
}
