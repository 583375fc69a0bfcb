package dev.servicedesk.workorder.estimate;

import dev.servicedesk.platform.http.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EstimateRepository implements PanacheRepositoryBase<Estimate, UUID> {

    public Optional<Estimate> find(UUID orderId, int version) {
        return find("orderId = ?1 and version = ?2", orderId, version).firstResultOptional();
    }

    /** The highest version the order's estimate has reached, 0 when it has none. */
    public int lastVersion(UUID orderId) {
        Integer last = getEntityManager()
                .createQuery("select max(version) from Estimate where orderId = :order", Integer.class)
                .setParameter("order", orderId)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    public Optional<Estimate> draftOf(UUID orderId) {
        return find("orderId = ?1 and status = ?2", orderId, EstimateStatus.DRAFT).firstResultOptional();
    }

    /** The versions that bind or may still bind: issued and awaiting the customer, or approved. */
    public List<Estimate> binding(UUID orderId) {
        return list("orderId = ?1 and status in ?2", orderId, List.of(EstimateStatus.ISSUED, EstimateStatus.APPROVED));
    }

    /** The order's versions, oldest first. */
    public Page<Estimate> of(UUID orderId, int page, int size) {
        PanacheQuery<Estimate> found = find("orderId", Sort.ascending("version"), orderId);
        return new Page<>(found.page(io.quarkus.panache.common.Page.of(page, size)).list(), page, size, found.count());
    }
}
