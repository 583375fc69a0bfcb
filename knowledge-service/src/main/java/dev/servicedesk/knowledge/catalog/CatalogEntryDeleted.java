package dev.servicedesk.knowledge.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** This service's copy of the catalogue's CatalogEntryDeleted: the entry is gone. */
public record CatalogEntryDeleted(@NotNull UUID entryId, @NotBlank String level, @NotBlank String code,
        long version) {
}
