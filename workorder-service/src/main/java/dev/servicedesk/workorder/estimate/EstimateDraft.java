package dev.servicedesk.workorder.estimate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What staff write in a draft estimate. Lines left out on a new draft come from the problem code's standard order;
 * the discount is an amount in BRL (none when left out); the validity is 10 days unless the estimate states another.
 * Payment conditions and work dates may wait until the draft is issued.
 */
public record EstimateDraft(
        @Size(max = Estimate.MAX_LINES) List<@Valid @NotNull EstimateLine> lines,
        @DecimalMin(value = "0.00") @Digits(integer = 12, fraction = 2) BigDecimal discount,
        @Valid PaymentConditions payment,
        LocalDate workStart,
        LocalDate workEnd,
        @Min(1) @Max(Estimate.MAX_VALIDITY_DAYS) Integer validityDays) {

    static EstimateDraft empty() {
        return new EstimateDraft(null, null, null, null, null, null);
    }
}
