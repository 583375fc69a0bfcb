package dev.servicedesk.workorder.estimate;

import dev.servicedesk.workorder.catalog.EstimateLineTemplate;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One itemised line of an estimate in BRL: labour, parts or equipment, how much of it and at what unit price, and
 * whether a third party performs it (CDC art. 40 asks for third-party services to be named).
 */
public record EstimateLine(
        @NotNull LineKind kind,
        @NotBlank @Size(max = 200) String description,
        @NotNull @DecimalMin(value = "0.001") @Digits(integer = 9, fraction = 3) BigDecimal quantity,
        @NotNull @DecimalMin(value = "0.00") @Digits(integer = 12, fraction = 2) BigDecimal unitPrice,
        boolean thirdParty) {

    static EstimateLine of(EstimateLineTemplate template) {
        return new EstimateLine(template.kind(), template.description(), template.quantity(), template.unitPrice(),
                false);
    }

    /** Quantity × unit price, rounded half-even to the centavo. */
    public BigDecimal total() {
        return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_EVEN);
    }

    /**
     * The one written form of a line, so that the same line always reads (and hashes) the same: the description
     * trimmed, the quantity without trailing zeros (2.500 is 2.5), the unit price in centavos (120 is 120.00).
     */
    EstimateLine normalized() {
        BigDecimal plainQuantity = quantity.stripTrailingZeros();
        if (plainQuantity.scale() < 0) {
            plainQuantity = plainQuantity.setScale(0);
        }
        return new EstimateLine(kind, description.strip(), plainQuantity, unitPrice.setScale(2), thirdParty);
    }

    /** The same work at no charge, as a free service (warranty, contract) shows it. */
    EstimateLine atNoCharge() {
        return new EstimateLine(kind, description, quantity, BigDecimal.ZERO.setScale(2), thirdParty);
    }

    boolean charged() {
        return unitPrice.signum() > 0;
    }
}
