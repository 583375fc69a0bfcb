package dev.servicedesk.workorder.catalog;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A part that the service usually needs: planned on every order opened from the problem code. */
public record KitPart(
        @NotBlank @Size(max = 60) String partNumber,
        @NotBlank @Size(max = 200) String description,
        @NotNull @DecimalMin(value = "0.001") @Digits(integer = 9, fraction = 3) BigDecimal quantity) {
}
