package dev.servicedesk.workorder.part;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A defective part taken out of the product (seed 004 names them in the service report), and what became of it. */
@Entity
@Table(name = "order_removed_part")
public class RemovedPart extends RecordedPart {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Disposal disposal;

    protected RemovedPart() {
    }

    RemovedPart(UUID orderId, String partNumber, String description, BigDecimal quantity, Disposal disposal,
            String by, Instant now) {
        super(orderId, partNumber, description, quantity, by, now);
        this.disposal = disposal;
    }

    @Override
    String inHistory() {
        return "defective part " + partNumber() + " (" + quantity().toPlainString() + ", " + disposal + ")";
    }

    public Disposal disposal() {
        return disposal;
    }
}
