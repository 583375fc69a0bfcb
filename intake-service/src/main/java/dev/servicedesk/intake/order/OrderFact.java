package dev.servicedesk.intake.order;

import java.util.UUID;

/** What every event of the work-order service says about its order: which one, and what it is after the change. */
public interface OrderFact {

    UUID orderId();

    String number();

    String problemCode();

    String status();

    long version();
}
