package dev.servicedesk.workorder.estimate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How the customer will pay: the method and the number of instalments (1 is paid at once). */
@Embeddable
public record PaymentConditions(
        @Column(name = "payment_method") @Enumerated(EnumType.STRING) @NotNull PaymentMethod method,
        @Column(name = "instalments") @NotNull @Min(1) @Max(MAX_INSTALMENTS) Integer instalments) {

    public static final int MAX_INSTALMENTS = 24;

    boolean allowed() {
        return instalments == 1 || method.allowsInstalments();
    }
}
