package dev.servicedesk.workorder.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The product serviced (seed 004): what a warranty return and a recurring problem are recognised by. */
@Embeddable
public record OrderProduct(
        @Column(name = "product_brand") @Size(max = 100) String brand,
        @Column(name = "product_model") @Size(max = 100) String model,
        @Column(name = "product_serial_number") @Size(max = 100) String serialNumber,
        @Column(name = "product_purchase_date") @PastOrPresent LocalDate purchaseDate) {

    public static OrderProduct none() {
        return new OrderProduct(null, null, null, null);
    }

    /** Everything a problem code that requires the product data asks for. */
    public boolean complete() {
        return present(brand) && present(model) && present(serialNumber) && purchaseDate != null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
