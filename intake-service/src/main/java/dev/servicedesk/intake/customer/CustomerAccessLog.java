package dev.servicedesk.intake.customer;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/** Who saw which customer's full record, when and how. Written in the transaction that read the record. */
@ApplicationScoped
public class CustomerAccessLog implements PanacheRepositoryBase<CustomerAccess, Long> {

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Collection<UUID> customerIds, String accessedBy, AccessKind access, Instant at) {
        persist(customerIds.stream().map(id -> new CustomerAccess(id, at, accessedBy, access)));
    }
}
