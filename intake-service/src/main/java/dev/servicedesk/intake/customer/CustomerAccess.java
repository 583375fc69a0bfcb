package dev.servicedesk.intake.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One time a member of staff saw a customer's personal data in full (LGPD: access is recorded). Never edited. */
@Entity
@Table(name = "customer_access")
public class CustomerAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_access_id")
    @SequenceGenerator(name = "customer_access_id", sequenceName = "customer_access_id_seq", allocationSize = 50)
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private UUID customerId;

    @Column(name = "accessed_at", nullable = false, updatable = false)
    private Instant accessedAt;

    @Column(name = "accessed_by", nullable = false, updatable = false)
    private String accessedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AccessKind access;

    protected CustomerAccess() {
    }

    CustomerAccess(UUID customerId, Instant accessedAt, String accessedBy, AccessKind access) {
        this.customerId = customerId;
        this.accessedAt = accessedAt;
        this.accessedBy = accessedBy;
        this.access = access;
    }
}
