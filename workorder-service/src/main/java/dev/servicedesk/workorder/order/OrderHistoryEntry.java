package dev.servicedesk.workorder.order;

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

/**
 * One change of an order: who, when, what, the status before and after, and for an edit the field with its value
 * before and after. Never edited.
 */
@Entity
@Table(name = "order_history")
public class OrderHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_history_id")
    @SequenceGenerator(name = "order_history_id", sequenceName = "order_history_id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OrderChange change;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private OrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private OrderStatus toStatus;

    @Column(updatable = false)
    private String field;

    @Column(name = "value_before", updatable = false)
    private String before;

    @Column(name = "value_after", updatable = false)
    private String after;

    @Column(updatable = false)
    private String note;

    protected OrderHistoryEntry() {
    }

    OrderHistoryEntry(Instant at, String changedBy, OrderChange change, OrderStatus fromStatus, OrderStatus toStatus,
            String field, String before, String after, String note) {
        this.at = at;
        this.changedBy = changedBy;
        this.change = change;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.field = field;
        this.before = before;
        this.after = after;
        this.note = note;
    }

    public Instant at() {
        return at;
    }

    public String changedBy() {
        return changedBy;
    }

    public OrderChange change() {
        return change;
    }

    public OrderStatus fromStatus() {
        return fromStatus;
    }

    public OrderStatus toStatus() {
        return toStatus;
    }

    public String field() {
        return field;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public String note() {
        return note;
    }
}
