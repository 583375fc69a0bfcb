package dev.servicedesk.intake.request;

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
public class RequestRepository implements PanacheRepositoryBase<CustomerRequest, UUID> {

    public Optional<CustomerRequest> findByProtocol(String protocol) {
        return find("protocol", protocol).firstResultOptional();
    }

    /** Newest first, then by id, so that pages are stable; only the requests within the caller's scope. */
    public Page<CustomerRequest> search(RequestFilter filter, RequestScope scope, Instant now, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (scope.partnerClientId() != null) {
            where.add("partnerClientId = :partner");
            parameters.and("partner", scope.partnerClientId());
        }
        if (scope.technicianId() != null) {
            where.add("orderId in (select o.id from FollowedOrder o where o.technicianId = :technician)");
            parameters.and("technician", scope.technicianId());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.type() != null) {
            where.add("type = :type");
            parameters.and("type", filter.type());
        }
        if (filter.channel() != null) {
            where.add("channel = :channel");
            parameters.and("channel", filter.channel());
        }
        if (filter.customerId() != null) {
            where.add("customerId = :customer");
            parameters.and("customer", filter.customerId());
        }
        if (filter.problemCode() != null) {
            where.add("problemCode = :problemCode");
            parameters.and("problemCode", filter.problemCode());
        }
        if (filter.protocol() != null) {
            where.add("protocol = :protocol");
            parameters.and("protocol", filter.protocol());
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
            where.add(filter.overdue() ? "(dueAt < :now and status not in :settled)"
                    : "(dueAt >= :now or status in :settled)");
            parameters.and("now", now).and("settled", RequestStatus.SAC_SETTLED);
        }
        if (filter.orderRefused() != null) {
            where.add(filter.orderRefused() ? "orderRefusedAt is not null" : "orderRefusedAt is null");
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        PanacheQuery<CustomerRequest> found = find(query, Sort.descending("openedAt").and("id", Sort.Direction.Descending),
                parameters);
        List<CustomerRequest> items = found.page(io.quarkus.panache.common.Page.of(page, size)).list();
        return new Page<>(items, page, size, found.count());
    }
}
