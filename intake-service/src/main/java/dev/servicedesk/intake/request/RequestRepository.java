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

    /** What stands in for free text erased at the titular's request. */
    static final String ERASED_TEXT = "[eliminado a pedido do titular (LGPD)]";

    /**
     * The free text of the customer's requests (question, answer, description, comment, history notes) and the
     * street, number and complement of their places go; the place keeps its district, city, state and the CEP's
     * region (first five digits), which identify nobody. Each request's version moves on, so cached copies are stale.
     */
    public void eraseCustomerData(UUID customerId) {
        getEntityManager().createNativeQuery("""
                        UPDATE request_history SET note = NULL
                        WHERE note IS NOT NULL
                          AND request_id IN (SELECT id FROM customer_request WHERE customer_id = :customer)""")
                .setParameter("customer", customerId).executeUpdate();
        getEntityManager().createNativeQuery("""
                        UPDATE customer_request SET
                            information_question = CASE WHEN information_question IS NULL THEN NULL ELSE :erased END,
                            information_answer   = CASE WHEN information_answer IS NULL THEN NULL ELSE :erased END,
                            action_description   = CASE WHEN action_description IS NULL THEN NULL ELSE :erased END,
                            comment_text         = CASE WHEN comment_text IS NULL THEN NULL ELSE :erased END,
                            place_street         = CASE WHEN place_street IS NULL THEN NULL ELSE :erased END,
                            place_number         = CASE WHEN place_number IS NULL THEN NULL ELSE 's/n' END,
                            place_complement     = NULL,
                            place_cep            = CASE WHEN place_cep IS NULL THEN NULL
                                                        ELSE left(place_cep, 5) || '000' END,
                            version              = version + 1
                        WHERE customer_id = :customer""")
                .setParameter("erased", ERASED_TEXT).setParameter("customer", customerId).executeUpdate();
    }

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
