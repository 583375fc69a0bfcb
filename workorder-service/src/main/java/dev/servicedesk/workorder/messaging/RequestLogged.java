package dev.servicedesk.workorder.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/**
 * This service's copy of intake's RequestLogged: only the fields it reads (the contract test checks it against
 * intake's schema). An action request that names no order opens one.
 */
public record RequestLogged(@NotNull UUID requestId, @NotBlank String protocol, @NotBlank String type,
        @NotBlank String status, String problemCode, UUID customerId, String placeCity, String placeState,
        String productModel, String partnerId, @NotNull Instant occurredAt) {

    static final String ACTION = "ACTION";
    static final String OPEN = "OPEN";

    /** An action request logged as the first report of its problem (not linked to an existing order). */
    boolean opensAnOrder() {
        return ACTION.equals(type) && OPEN.equals(status);
    }
}
