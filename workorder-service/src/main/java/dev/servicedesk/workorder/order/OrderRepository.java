package dev.servicedesk.workorder.order;

import dev.servicedesk.platform.http.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<WorkOrder, UUID> {

    static final List<OrderStatus> SETTLED = List.of(OrderStatus.COMPLETED, OrderStatus.CLOSED, OrderStatus.CANCELLED);

    public Optional<WorkOrder> findByNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    public Optional<WorkOrder> findByRequest(UUID requestId) {
        return find("select o from WorkOrder o join o.requests r where r.requestId = ?1", requestId)
                .firstResultOptional();
    }

    /**
     * The closed order whose warranty covers a new request for the same problem: the same product serial number
     * when the request names one, otherwise the same customer. The most recently closed one wins.
     */
    public Optional<WorkOrder> underWarranty(String problemCode, UUID customerId, String serialNumber, Instant now) {
        if (serialNumber != null && !serialNumber.isBlank()) {
            return find("problemCode = ?1 and product.serialNumber = ?2 and status = ?3 and warrantyUntil > ?4",
                    Sort.descending("closedAt"), problemCode, serialNumber.strip(), OrderStatus.CLOSED, now)
                    .firstResultOptional();
        }
        if (customerId == null) {
            return Optional.empty();
        }
        return find("problemCode = ?1 and customerId = ?2 and status = ?3 and warrantyUntil > ?4",
                Sort.descending("closedAt"), problemCode, customerId, OrderStatus.CLOSED, now)
                .firstResultOptional();
    }

    /**
     * Newest first, then by id, so that pages are stable. A technician sees only the orders assigned to it; a
     * partner only those answering its own requests.
     */
    public Page<WorkOrder> search(OrderFilter filter, Scope scope, Instant now, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (scope.technicianId() != null) {
            where.add("technicianId = :assignee");
            parameters.and("assignee", scope.technicianId());
        }
        if (scope.partnerId() != null) {
            where.add("exists (from WorkOrder p join p.requests r where p = o and r.partnerId = :partner)");
            parameters.and("partner", scope.partnerId());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.problemCode() != null) {
            where.add("problemCode = :problemCode");
            parameters.and("problemCode", filter.problemCode());
        }
        if (filter.departmentCode() != null) {
            where.add("departmentCode = :department");
            parameters.and("department", filter.departmentCode());
        }
        if (filter.technicianId() != null) {
            where.add("technicianId = :technician");
            parameters.and("technician", filter.technicianId());
        }
        if (filter.customerId() != null) {
            where.add("customerId = :customer");
            parameters.and("customer", filter.customerId());
        }
        if (filter.requestId() != null) {
            where.add("exists (from WorkOrder q join q.requests r where q = o and r.requestId = :request)");
            parameters.and("request", filter.requestId());
        }
        if (filter.openedFrom() != null) {
            where.add("openedAt >= :from");
            parameters.and("from", filter.openedFrom());
        }
        if (filter.openedTo() != null) {
            where.add("openedAt < :to");
            parameters.and("to", filter.openedTo());
        }
        if (filter.overdue() != null) {
            String overdue = "(status not in :settled and ((respondedAt is null and responseDueAt < :now)"
                    + " or (slaPausedSince is null and resolutionDueAt < :now)))";
            where.add(filter.overdue() ? overdue : "not " + overdue);
            parameters.and("now", now).and("settled", SETTLED);
        }
        String query = "from WorkOrder o" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        PanacheQuery<WorkOrder> found = find(query, Sort.descending("openedAt").and("id", Sort.Direction.Descending),
                parameters);
        List<WorkOrder> items = found.page(io.quarkus.panache.common.Page.of(page, size)).list();
        return new Page<>(items, page, size, found.count());
    }

    /** Whose orders a caller may see: everybody's, one technician's, or one partner's. */
    public record Scope(String technicianId, String partnerId) {

        public static Scope all() {
            return new Scope(null, null);
        }
    }
}
