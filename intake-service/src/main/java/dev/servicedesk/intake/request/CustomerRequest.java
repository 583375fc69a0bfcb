package dev.servicedesk.intake.request;

import dev.servicedesk.intake.protocol.ProtocolNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One contact of a customer (solicitação de cliente). It exists from the moment the agent saves it, before anything
 * else is typed, so that the customer leaves with a protocol number; the details come after.
 */
@Entity
@Table(name = "customer_request")
public class CustomerRequest {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    private String protocol;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    /** SAC: the request must be answered by then. */
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    /** The agent (or partner system) that saved it: seed 004 asks for the representative's name. */
    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    /** The partner system's client id when a partner logged it; it alone may see the request. */
    @Column(name = "partner_client_id", updatable = false)
    private String partnerClientId;

    @Version
    private long version;

    protected CustomerRequest() {
    }

    /** Opens a draft: the protocol number exists before the request has content. */
    public static CustomerRequest openDraft(ProtocolNumber protocol, Channel channel, String openedBy,
            String partnerClientId, Instant now, Duration answerWithin) {
        CustomerRequest request = new CustomerRequest();
        request.id = UUID.randomUUID();
        request.protocol = protocol.toString();
        request.channel = channel;
        request.status = RequestStatus.DRAFT;
        request.openedAt = now;
        request.dueAt = now.plus(answerWithin);
        request.openedBy = openedBy;
        request.partnerClientId = partnerClientId;
        return request;
    }

    /** Whether this caller, a partner system, may see it: only the partner that logged it. */
    public boolean belongsToPartner(String clientId) {
        return partnerClientId != null && partnerClientId.equals(clientId);
    }

    public UUID id() {
        return id;
    }

    public String protocol() {
        return protocol;
    }

    public Channel channel() {
        return channel;
    }

    public RequestStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public long version() {
        return version;
    }
}
