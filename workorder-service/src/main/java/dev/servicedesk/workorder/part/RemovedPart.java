package dev.servicedesk.workorder.part;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A defective part taken out of the product (seed 004 names them in the service report), and what became of it. */
@Entity
@Table(name = "order_removed_part")
public class RemovedPart {

    @Id
    private UUID id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "part_number", nullable = false, updatable = false)
    private String partNumber;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(nullable = false, updatable = false)
    private BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Disposal disposal;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected RemovedPart() {
    }

    RemovedPart(UUID orderId, String partNumber, String description, BigDecimal quantity, Disposal disposal,
            String by, Instant now) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.partNumber = partNumber.strip();
        this.description = description.strip();
        this.quantity = quantity.setScale(UsedPart.QUANTITY_SCALE);
        this.disposal = disposal;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    /** How the history names the part. */
    String label() {
        return partNumber + " (" + quantity.toPlainString() + ", " + disposal + ")";
    }

    public UUID id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public String partNumber() {
        return partNumber;
    }

    public String description() {
        return description;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public Disposal disposal() {
        return disposal;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
