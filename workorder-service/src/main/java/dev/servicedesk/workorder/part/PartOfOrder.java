package dev.servicedesk.workorder.part;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.util.UUID;

/** What every part on an order says: which order, the part number, its description and the quantity. */
@MappedSuperclass
public abstract class PartOfOrder {

    private static final int QUANTITY_SCALE = 3;

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

    protected PartOfOrder() {
    }

    PartOfOrder(UUID orderId, String partNumber, String description, BigDecimal quantity) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.partNumber = partNumber.strip();
        this.description = description.strip();
        this.quantity = quantity.setScale(QUANTITY_SCALE);
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
