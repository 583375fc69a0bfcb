package dev.servicedesk.intake.order;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A work order as intake knows it from the work-order service's events: enough to tell which requests it answers,
 * who works it and whether it is still open. Each event carries the order's version; an older one than what is
 * already known changes nothing, so a replay of the topic never moves an order back.
 */
@Entity
@Table(name = "followed_order")
public class FollowedOrder {

    /** The statuses of an order that takes no more requests and no more work. */
    public static final List<String> FINISHED = List.of("COMPLETED", "CLOSED", "CANCELLED");

    @Id
    private UUID id;

    @Column(nullable = false)
    private String number;

    @Column(name = "problem_code", nullable = false)
    private String problemCode;

    /** The work-order service's status, kept as its text: that service may add statuses within its topic's version. */
    @Column(nullable = false)
    private String status;

    @Column(name = "technician_id")
    private String technicianId;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "order_version", nullable = false)
    private long orderVersion;

    @ElementCollection
    @CollectionTable(name = "followed_order_request", joinColumns = @JoinColumn(name = "order_id"))
    @Column(name = "request_id", nullable = false)
    private Set<UUID> requestIds = new HashSet<>();

    protected FollowedOrder() {
    }

    /** An order first heard of: nothing is known of it yet, so its first event, whatever its version, applies. */
    static FollowedOrder firstHeardOf(OrderFact fact) {
        FollowedOrder order = new FollowedOrder();
        order.id = fact.orderId();
        order.number = fact.number();
        order.problemCode = fact.problemCode();
        order.status = fact.status();
        order.orderVersion = -1;
        return order;
    }

    /**
     * Takes what the event says the order is now, when the event is newer than what is known; returns whether it was
     * (an older event is a replay, and its effects on the order are already in).
     */
    boolean moveTo(OrderFact fact) {
        if (fact.version() <= orderVersion) {
            return false;
        }
        orderVersion = fact.version();
        number = fact.number();
        problemCode = fact.problemCode();
        status = fact.status();
        return true;
    }

    public void openedAt(Instant at) {
        openedAt = at;
    }

    /** The requests the order answers now: the events carry the whole list each time it changes. */
    public void answers(List<UUID> requests) {
        requestIds.clear();
        requestIds.addAll(requests);
    }

    public void assignTo(String technician) {
        technicianId = technician;
    }

    public boolean isFinished() {
        return FINISHED.contains(status);
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String problemCode() {
        return problemCode;
    }

    public String status() {
        return status;
    }

    public String technicianId() {
        return technicianId;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Set<UUID> requestIds() {
        return Set.copyOf(requestIds);
    }
}
