package dev.servicedesk.intake.customer;

import dev.servicedesk.platform.http.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CustomerRepository implements PanacheRepositoryBase<Customer, UUID> {

    public boolean documentTakenByAnother(TaxId document, UUID customerId) {
        return count("document = ?1 and id <> ?2", document.value(), customerId) > 0;
    }

    /** By name (then id, so that pages are stable); a partner system finds only the customers it registered. */
    public Page<Customer> search(CustomerSearch search, String partnerClientId, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (partnerClientId != null) {
            where.add("partnerClientId = :partner");
            parameters.and("partner", partnerClientId);
        }
        if (search.document() != null) {
            where.add("document = :document");
            parameters.and("document", search.document().value());
        }
        // The words hold letters and digits only (SearchableName), so LIKE needs no escaping.
        for (int i = 0; i < search.nameWords().size(); i++) {
            where.add("(nameSearch like :wordFirst" + i + " or nameSearch like :wordInside" + i + ")");
            parameters.and("wordFirst" + i, search.nameWords().get(i) + "%")
                    .and("wordInside" + i, "% " + search.nameWords().get(i) + "%");
        }
        if (search.phone() != null) {
            where.add("id in (select c.id from Customer c join c.phones p where p.number = :phone)");
            parameters.and("phone", search.phone().value());
        }
        if (search.email() != null) {
            where.add("email = :email");
            parameters.and("email", search.email().value());
        }
        PanacheQuery<Customer> found = find(String.join(" and ", where),
                Sort.ascending("nameSearch").and("id", Sort.Direction.Ascending), parameters);
        List<Customer> items = found.page(io.quarkus.panache.common.Page.of(page, size)).list();
        return new Page<>(items, page, size, found.count());
    }
}
