package dev.servicedesk.knowledge.usage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** This service's copy of intake's RequestClosed. */
public record RequestClosed(@NotNull UUID requestId, @NotBlank String type, @NotBlank String fromStatus) {

    /** An information request closed straight from its answer: resolved at the first contact. */
    boolean closedWithItsAnswer() {
        return "INFORMATION".equals(type) && "ANSWERED".equals(fromStatus);
    }
}
