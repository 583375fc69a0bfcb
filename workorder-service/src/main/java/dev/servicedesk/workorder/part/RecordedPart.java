package dev.servicedesk.workorder.part;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A part somebody recorded on the order while working it: who and when, and how the order's history names it. */
@MappedSuperclass
public abstract class RecordedPart extends PartOfOrder {

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected RecordedPart() {
    }

    RecordedPart(UUID orderId, String partNumber, String description, BigDecimal quantity, String by, Instant now) {
        super(orderId, partNumber, description, quantity);
        this.recordedBy = by;
        this.recordedAt = now;
    }

    /** How the order's history names the part: what kind, which, how many and what else tells it apart. */
    abstract String inHistory();

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
