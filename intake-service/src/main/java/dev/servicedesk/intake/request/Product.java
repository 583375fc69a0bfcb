package dev.servicedesk.intake.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The product the problem is about, when there is one (seed 004): its serial number never leaves intake. */
@Embeddable
public record Product(
        @Column(name = "product_brand") @Size(max = 100) String brand,
        @Column(name = "product_model") @Size(max = 100) String model,
        @Column(name = "product_serial_number") @Size(max = 100) String serialNumber,
        @Column(name = "product_purchase_date") @PastOrPresent LocalDate purchaseDate) {
}
