package dev.servicedesk.workorder.order;

import dev.servicedesk.workorder.catalog.Priority;
import java.util.UUID;

/**
 * What every order event starts with, so that a report can group it without calling back: the order, its place in
 * the catalogue, its status and priority after the change, and the aggregate version.
 */
public record OrderRef(UUID orderId, String number, String problemCode, String categoryCode, String providerCode,
        String departmentCode, OrderStatus status, Priority priority, long version) {
}
