package dev.servicedesk.workorder.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer request this order answers: its own protocol, and the partner system that logged it (which may then
 * follow the order's status).
 */
@Embeddable
public record RequestLink(
        @Column(name = "request_id", nullable = false) UUID requestId,
        @Column(name = "protocol") String protocol,
        @Column(name = "partner_id") String partnerId,
        @Column(name = "attached_at", nullable = false) Instant attachedAt) {
}
