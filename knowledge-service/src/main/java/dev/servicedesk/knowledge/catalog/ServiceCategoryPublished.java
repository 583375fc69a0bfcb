package dev.servicedesk.knowledge.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** This service's copy of the catalogue's ServiceCategoryPublished. */
public record ServiceCategoryPublished(@NotNull UUID categoryId, @NotBlank String code, @NotBlank String name,
        boolean retired, long version) {
}
