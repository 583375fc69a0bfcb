package dev.servicedesk.reporting.projection;

import dev.servicedesk.platform.testing.EventContracts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The projections' own event records read what intake, workorder and knowledge promise in their contracts. */
class ConsumerContractTest {

    static final String INTAKE = "contracts/intake-service";
    static final String WORKORDER = "contracts/workorder-service";
    static final String KNOWLEDGE = "contracts/knowledge-service";

    @Test
    void requestEventsAreReadAsIntakePublishesThem() {
        EventContracts.assertReadableBy(RequestEvents.RequestLogged.class, INTAKE);
        EventContracts.assertReadableBy(RequestEvents.RequestAnswered.class, INTAKE);
        EventContracts.assertReadableBy(RequestEvents.RequestClosed.class, INTAKE);
        EventContracts.assertReadableBy(RequestEvents.RequestCancelled.class, INTAKE);
        EventContracts.assertReadableBy(RequestEvents.RequestConverted.class, INTAKE);
        EventContracts.assertReadableBy(RequestEvents.RequestLinkedToOrder.class, INTAKE);
        EventContracts.assertReadableBy(RequestEvents.RequestResolved.class, INTAKE);
        EventContracts.assertReadableBy(RequestEvents.RequestReopened.class, INTAKE);
    }

    @Test
    void orderAndCatalogueEventsAreReadAsWorkorderPublishesThem() {
        List<Class<?>> orderEvents = List.of(OrderEvents.OrderOpened.class, OrderEvents.RequestAttached.class,
                OrderEvents.EstimateIssued.class, OrderEvents.EstimateApproved.class,
                OrderEvents.EstimateRejected.class, OrderEvents.OrderAssigned.class, OrderEvents.OrderStarted.class,
                OrderEvents.OrderPutOnHold.class, OrderEvents.OrderResumed.class, OrderEvents.OrderCompleted.class,
                OrderEvents.OrderRated.class, OrderEvents.OrderClosed.class, OrderEvents.OrderCancelled.class);
        for (Class<?> event : orderEvents) {
            EventContracts.assertReadableBy(event, WORKORDER);
            EventContracts.assertReadableBy(OrderEvents.Snapshot.class, event.getSimpleName(), WORKORDER);
        }
        EventContracts.assertReadableBy(OrderEvents.ProblemCodePublished.class, WORKORDER);
    }

    @Test
    void articleEventsAreReadAsKnowledgePublishesThem() {
        EventContracts.assertReadableBy(ArticleEvents.ArticlePublished.class, KNOWLEDGE);
        EventContracts.assertReadableBy(ArticleEvents.ArticleRevised.class, KNOWLEDGE);
        EventContracts.assertReadableBy(ArticleEvents.ArticleArchived.class, KNOWLEDGE);
        EventContracts.assertReadableBy(ArticleEvents.ArticleFeedbackGiven.class, KNOWLEDGE);
    }
}
