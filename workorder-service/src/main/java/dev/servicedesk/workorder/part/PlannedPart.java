package dev.servicedesk.workorder.part;

import dev.servicedesk.workorder.catalog.KitPart;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A part the order is expected to need: a copy of one part of its problem code's kit, taken when the order opened. */
@Entity
@Table(name = "order_planned_part")
public class PlannedPart {

    @Id
    private UUID id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "part_number", nullable = false, updatable = false)
    private String partNumber;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(nullable = false, updatable = false)
    private BigDecimal quantity;

    protected PlannedPart() {
    }

    PlannedPart(UUID orderId, int position, KitPart kitPart) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.position = position;
        this.partNumber = kitPart.partNumber();
        this.description = kitPart.description();
        this.quantity = kitPart.quantity().setScale(UsedPart.QUANTITY_SCALE);
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
}
