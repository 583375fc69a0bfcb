package dev.servicedesk.intake.messaging;

import dev.servicedesk.intake.request.RequestLinkedToOrder;
import dev.servicedesk.intake.request.RequestLogged;
import dev.servicedesk.platform.testing.EventContracts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * intake's own record classes rely only on what the work-order service promises (its contract, copied to
 * contracts/workorder-service), and the refusals consumer reads intake's own events as intake publishes them.
 */
class WorkOrderContractsTest {

    private static final String WORKORDER = "contracts/workorder-service";

    @Test
    void theOrderEventsAreReadAsTheWorkOrderServicePublishesThem() {
        EventContracts.assertReadableBy(OrderOpened.class, WORKORDER);
        EventContracts.assertReadableBy(RequestAttached.class, WORKORDER);
        EventContracts.assertReadableBy(OrderAssigned.class, WORKORDER);
        EventContracts.assertReadableBy(OrderClosed.class, WORKORDER);
        EventContracts.assertReadableBy(OrderCancelled.class, WORKORDER);
    }

    @Test
    void theEventsThatOnlyMoveAnOrderAlongAreReadForItsStatus() {
        for (String type : List.of("OrderScheduled", "OrderStarted", "OrderPutOnHold", "OrderResumed")) {
            EventContracts.assertReadableBy(OrderMoved.class, type, WORKORDER);
        }
    }

    @Test
    void theRefusedEventsAreReadAsIntakePublishedThem() {
        EventContracts.assertReadableBy(RequestLogged.class, "META-INF/resources/events");
        EventContracts.assertReadableBy(RequestLinkedToOrder.class, "META-INF/resources/events");
    }
}
