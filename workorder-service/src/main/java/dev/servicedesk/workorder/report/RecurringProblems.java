package dev.servicedesk.workorder.report;

import dev.servicedesk.workorder.order.OrderRepository;
import dev.servicedesk.workorder.order.WorkOrder;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells whether an order's problem is a recurring one: another order of the same product (serial number), or of the
 * same customer and problem code, was completed within this order's warranty window before now.
 */
@ApplicationScoped
public class RecurringProblems {

    private final OrderRepository orders;

    RecurringProblems(OrderRepository orders) {
        this.orders = orders;
    }

    /** The latest such earlier completion, if any. */
    public Optional<WorkOrder> earlierCompletion(WorkOrder order, Instant now) {
        List<String> sameProblem = new ArrayList<>();
        Parameters parameters = Parameters.with("id", order.id())
                .and("from", now.minus(Duration.ofDays(order.warrantyDays())))
                .and("now", now);
        String serialNumber = order.product().serialNumber();
        if (serialNumber != null && !serialNumber.isBlank()) {
            sameProblem.add("product.serialNumber = :serialNumber");
            parameters.and("serialNumber", serialNumber.strip());
        }
        if (order.customerId() != null) {
            sameProblem.add("(customerId = :customerId and problemCode = :problemCode)");
            parameters.and("customerId", order.customerId()).and("problemCode", order.problemCode());
        }
        if (sameProblem.isEmpty()) {
            return Optional.empty();
        }
        return orders.find("id <> :id and completedAt >= :from and completedAt < :now and ("
                + String.join(" or ", sameProblem) + ")", Sort.descending("completedAt"), parameters)
                .firstResultOptional();
    }
}
