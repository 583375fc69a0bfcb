package dev.servicedesk.workorder.catalog;

import dev.servicedesk.workorder.estimate.LineKind;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** An estimate line the service usually needs, in BRL: the agent starts an estimate from these. */
public record EstimateLineTemplate(
        @NotNull LineKind kind,
        @NotBlank @Size(max = 200) String description,
        @NotNull @DecimalMin(value = "0.001") @Digits(integer = 9, fraction = 3) BigDecimal quantity,
        @NotNull @DecimalMin(value = "0.00") @Digits(integer = 12, fraction = 2) BigDecimal unitPrice) {

    /** Money in BRL has two decimals: 120.5 is kept as 120.50; more decimals are left for validation to refuse. */
    public EstimateLineTemplate {
        if (unitPrice != null && unitPrice.scale() < 2) {
            unitPrice = unitPrice.setScale(2);
        }
    }
}
