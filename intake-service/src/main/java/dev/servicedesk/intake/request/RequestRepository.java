package dev.servicedesk.intake.request;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RequestRepository implements PanacheRepositoryBase<CustomerRequest, UUID> {

    public Optional<CustomerRequest> findByProtocol(String protocol) {
        return find("protocol", protocol).firstResultOptional();
    }
}
