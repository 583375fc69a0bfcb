package dev.servicedesk.workorder.order;

import dev.servicedesk.workorder.catalog.ProblemCode;

/**
 * An order being opened, with the problem code it was opened for, told to what lives beside the order and starts with
 * it (the planned parts), inside the opening's transaction.
 */
public record OrderOpening(WorkOrder order, ProblemCode problemCode) {
}
