package dev.servicedesk.intake.customer;

import dev.servicedesk.intake.address.Place;
import dev.servicedesk.intake.channel.Channel;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A customer of the call centre: a person (CPF) or a company (CNPJ), and how to reach them. This registry is the
 * only place in the suite that holds personal data; events carry the customer's id, type, city and state only.
 * Who registered it and when are set here from the caller and the server's clock, never by a client.
 */
@Entity
@Table(name = "customer")
public class Customer {

    static final int MAX_PHONES = 5;
    static final int MAX_ADDRESSES = 5;
    /** The name an erased customer is shown by. */
    static final String ERASED_NAME = "Titular eliminado (LGPD)";

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CustomerType type;

    /** Normalised (digits, upper-case letters), unique across the registry; none once the customer is erased. */
    private String document;

    @Column(nullable = false)
    private String name;

    /** The name without accents and case, for the search: see {@link SearchableName}. */
    @Column(name = "name_search", nullable = false)
    private String nameSearch;

    @ElementCollection
    @CollectionTable(name = "customer_phone", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    private List<CustomerPhone> phones = new ArrayList<>();

    private String email;

    @ElementCollection
    @CollectionTable(name = "customer_address", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    @AttributeOverride(name = "street", column = @Column(name = "street"))
    @AttributeOverride(name = "number", column = @Column(name = "number"))
    @AttributeOverride(name = "complement", column = @Column(name = "complement"))
    @AttributeOverride(name = "district", column = @Column(name = "district"))
    @AttributeOverride(name = "city", column = @Column(name = "city"))
    @AttributeOverride(name = "state", column = @Column(name = "state"))
    @AttributeOverride(name = "cep", column = @Column(name = "cep"))
    private List<Place> addresses = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel")
    private Channel preferredChannel;

    /** The user who registered it, or the partner system's service account. */
    @Column(name = "registered_by", nullable = false, updatable = false)
    private String registeredBy;

    /** The partner system's client id when a partner registered it: that partner alone may see it. */
    @Column(name = "partner_client_id", updatable = false)
    private String partnerClientId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    /** Who carried out the titular's request for erasure. */
    @Column(name = "erased_by")
    private String erasedBy;

    @Version
    private long version;

    protected Customer() {
    }

    public static Customer register(CustomerProfile profile, String registeredBy, String partnerClientId, Instant now) {
        Customer customer = new Customer();
        customer.id = UUID.randomUUID();
        customer.type = profile.document().customerType();
        customer.registeredBy = registeredBy;
        customer.partnerClientId = partnerClientId;
        customer.createdAt = storable(now);
        customer.take(profile, now);
        return customer;
    }

    /** Replaces what the customer told us; a person stays a person and a company a company. */
    public void update(CustomerProfile profile, Instant now) {
        if (erased()) {
            throw CustomerRuleViolation.erased(id);
        }
        if (profile.document().customerType() != type) {
            throw CustomerRuleViolation.typeIsFixed(type);
        }
        take(profile, now);
    }

    /** The fact for the other services: which customer, what kind, where, and nothing that identifies a person. */
    public CustomerRegistered registered() {
        Place main = addresses.isEmpty() ? null : addresses.get(0);
        return new CustomerRegistered(id, type, main == null ? null : main.city(), main == null ? null : main.state(),
                partnerClientId, createdAt, version, createdAt);
    }

    /**
     * LGPD art. 18, VI: what identifies the person goes for good (document, name, phones, e-mail, addresses, preferred
     * channel); the id, type, who registered it and when stay, so that the requests and orders referring to it stay
     * whole. The document becomes free for a new registration.
     */
    public void erase(String by, Instant now) {
        document = null;
        name = ERASED_NAME;
        nameSearch = "";
        phones.clear();
        email = null;
        addresses.clear();
        preferredChannel = null;
        erasedAt = storable(now);
        erasedBy = by;
        updatedAt = erasedAt;
    }

    /** The fact for the other services, so that they drop any copy they keep: which customer, and when. */
    public CustomerErased erasure() {
        return new CustomerErased(id, erasedAt, version, erasedAt);
    }

    public boolean erased() {
        return erasedAt != null;
    }

    public boolean belongsToPartner(String clientId) {
        return partnerClientId != null && partnerClientId.equals(clientId);
    }

    private void take(CustomerProfile profile, Instant now) {
        if (profile.phones().isEmpty() && profile.email() == null) {
            throw CustomerRuleViolation.unreachable();
        }
        if (profile.phones().size() > MAX_PHONES || profile.addresses().size() > MAX_ADDRESSES) {
            throw CustomerRuleViolation.tooManyContacts();
        }
        document = profile.document().value();
        name = profile.name().strip();
        nameSearch = SearchableName.of(name);
        phones.clear();
        phones.addAll(profile.phones());
        email = profile.email() == null ? null : profile.email().value();
        addresses.clear();
        profile.addresses().stream().map(Place::normalised).forEach(addresses::add);
        preferredChannel = profile.preferredChannel();
        updatedAt = storable(now);
    }

    /** PostgreSQL keeps microseconds: the answer and the event say the same time as every later read. */
    private static Instant storable(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    public UUID id() {
        return id;
    }

    public CustomerType type() {
        return type;
    }

    /** The document, or null once the customer is erased. */
    public TaxId document() {
        return document == null ? null : TaxId.parse(type, document);
    }

    public String name() {
        return name;
    }

    public List<CustomerPhone> phones() {
        return List.copyOf(phones);
    }

    public Email email() {
        return email == null ? null : new Email(email);
    }

    public List<Place> addresses() {
        return List.copyOf(addresses);
    }

    public Channel preferredChannel() {
        return preferredChannel;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public String partnerClientId() {
        return partnerClientId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    public String erasedBy() {
        return erasedBy;
    }

    public long version() {
        return version;
    }
}
