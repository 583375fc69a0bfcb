package dev.servicedesk.knowledge.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** This service's copy of the catalogue's ProblemCodePublished: the fields articles need. */
public record ProblemCodePublished(@NotNull UUID problemCodeId, @NotBlank String code, @NotBlank String name,
        @NotBlank String categoryCode, boolean retired, long version) {
}
