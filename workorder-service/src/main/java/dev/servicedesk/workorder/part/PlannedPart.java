package dev.servicedesk.workorder.part;

import dev.servicedesk.workorder.catalog.KitPart;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A part the order is expected to need: a copy of one part of its problem code's kit, taken when the order opened. */
@Entity
@Table(name = "order_planned_part")
public class PlannedPart extends PartOfOrder {

    @Column(nullable = false, updatable = false)
    private int position;

    protected PlannedPart() {
    }

    PlannedPart(UUID orderId, int position, KitPart kitPart) {
        super(orderId, kitPart.partNumber(), kitPart.description(), kitPart.quantity());
        this.position = position;
    }
}
