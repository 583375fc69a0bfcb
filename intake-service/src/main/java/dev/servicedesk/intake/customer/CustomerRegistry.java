package dev.servicedesk.intake.customer;

import dev.servicedesk.platform.http.Page;
import dev.servicedesk.platform.http.VersionTags;
import dev.servicedesk.platform.outbox.Outbox;
import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.platform.security.Caller;
import dev.servicedesk.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The use cases of the customer registry. Each runs in one transaction with what it records: the event of a new
 * customer (outbox), and every full view of personal data handed to staff (access log), so that data is never shown
 * without the record that it was.
 */
@ApplicationScoped
public class CustomerRegistry {

    private static final String UNIQUE_DOCUMENT = "customer_document_key";

    private final CustomerRepository customers;
    private final CustomerAccessLog accessLog;
    private final Outbox outbox;
    private final Event<CustomerErased> erasures;
    private final Clock clock;

    CustomerRegistry(CustomerRepository customers, CustomerAccessLog accessLog, Outbox outbox,
            Event<CustomerErased> erasures, Clock clock) {
        this.customers = customers;
        this.accessLog = accessLog;
        this.outbox = outbox;
        this.erasures = erasures;
        this.clock = clock;
    }

    /** A partner system's customers are its own: it alone (and the call centre's staff) will see them. */
    @Transactional
    public Customer register(CustomerProfile profile, Caller caller) {
        String partner = isPartner(caller) ? caller.clientId() : null;
        Customer customer = Customer.register(profile, caller.name(), partner, clock.instant());
        requireDocumentFree(profile.document(), customer.id());
        customers.persist(customer);
        flushUnlessDocumentTaken(profile.document());
        outbox.record(customer.registered());
        recordFullAccess(List.of(customer.id()), caller, AccessKind.REGISTER);
        return customer;
    }

    @Transactional
    public Customer find(UUID id, Caller caller) {
        Customer customer = visible(id, caller);
        recordFullAccess(List.of(id), caller, AccessKind.READ);
        return customer;
    }

    @Transactional
    public Customer update(UUID id, CustomerProfile profile, String ifMatch, Caller caller) {
        Customer customer = visible(id, caller);
        VersionTags.requireCurrent(ifMatch, customer.version());
        requireDocumentFree(profile.document(), id);
        customer.update(profile, clock.instant());
        flushUnlessDocumentTaken(profile.document());
        recordFullAccess(List.of(id), caller, AccessKind.UPDATE);
        return customer;
    }

    /**
     * Erases the customer's personal data, and with it (through {@link CustomerErased}, in this transaction) the
     * free text and the street of every request about it. Erasing an erased customer changes nothing.
     */
    @Transactional
    public Customer erase(UUID id, Caller caller) {
        Customer customer = visible(id, caller);
        if (customer.erased()) {
            return customer;
        }
        customer.erase(caller.name(), clock.instant());
        customers.flush();
        CustomerErased erased = customer.erasure();
        erasures.fire(erased);
        outbox.record(erased);
        accessLog.record(List.of(id), caller.name(), AccessKind.ERASE, clock.instant());
        return customer;
    }

    @Transactional
    public Page<Customer> search(CustomerSearch search, int page, int size, Caller caller) {
        String partner = isPartner(caller) ? caller.clientId() : null;
        Page<Customer> found = customers.search(search, partner, page, size);
        recordFullAccess(found.items().stream().map(Customer::id).toList(), caller, AccessKind.SEARCH);
        return found;
    }

    /**
     * Whether this caller may refer to the customer (a request about it, its history): it exists and, for a partner,
     * is its own. Reads no personal data, so it is not an access to log.
     */
    public boolean isKnownTo(UUID id, Caller caller) {
        return customers.findByIdOptional(id)
                .filter(customer -> !isPartner(caller) || customer.belongsToPartner(caller.clientId()))
                .isPresent();
    }

    /** Another partner's customer is answered as unknown: a partner may not learn that it exists. */
    private Customer visible(UUID id, Caller caller) {
        return customers.findByIdOptional(id)
                .filter(customer -> !isPartner(caller) || customer.belongsToPartner(caller.clientId()))
                .orElseThrow(() -> ProblemException.notFound("No customer " + id + "."));
    }

    private void requireDocumentFree(TaxId document, UUID customerId) {
        if (customers.documentTakenByAnother(document, customerId)) {
            throw CustomerRuleViolation.documentTaken(document);
        }
    }

    /** Two registrations of one document at the same moment both pass the check; the unique key stops the second. */
    private void flushUnlessDocumentTaken(TaxId document) {
        try {
            customers.flush();
        } catch (ConstraintViolationException e) {
            if (UNIQUE_DOCUMENT.equals(e.getConstraintName())) {
                throw CustomerRuleViolation.documentTaken(document);
            }
            throw e;
        }
    }

    private void recordFullAccess(List<UUID> customerIds, Caller caller, AccessKind access) {
        if (PersonalData.shownInFullTo(caller) && !customerIds.isEmpty()) {
            accessLog.record(customerIds, caller.name(), access, clock.instant());
        }
    }

    private static boolean isPartner(Caller caller) {
        return caller.roles().contains(Roles.PARTNER);
    }
}
