package dev.servicedesk.workorder.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What every order opened for a problem code starts from (seed 003): its priority and targets, the checklist of
 * tasks, the kit of usual parts, the usual estimate lines, the terms, and which of the legal steps it needs.
 */
@Embeddable
public record StandardOrder(
        @Column(name = "default_priority") @Enumerated(EnumType.STRING) @NotNull Priority defaultPriority,
        @Column(name = "response_hours") @Min(1) @Max(8760) int responseHours,
        @Column(name = "resolution_hours") @Min(1) @Max(8760) int resolutionHours,
        @Column(name = "checklist") @JdbcTypeCode(SqlTypes.JSON) @NotNull @Size(max = 50) List<@NotBlank @Size(max = 300) String> checklist,
        @Column(name = "kit") @JdbcTypeCode(SqlTypes.JSON) @NotNull @Size(max = 50) List<@Valid @NotNull KitPart> kit,
        @Column(name = "estimate_lines") @JdbcTypeCode(SqlTypes.JSON) @NotNull @Size(max = 50) List<@Valid @NotNull EstimateLineTemplate> estimateLines,
        @Column(name = "terms") @NotBlank @Size(max = 10000) String terms,
        @Column(name = "estimate_approval_required") boolean estimateApprovalRequired,
        @Column(name = "signature_required") boolean signatureRequired,
        @Column(name = "product_data_required") boolean productDataRequired,
        @Column(name = "goods") @Enumerated(EnumType.STRING) @NotNull Goods goods) {

    public StandardOrder {
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        kit = kit == null ? List.of() : List.copyOf(kit);
        estimateLines = estimateLines == null ? List.of() : List.copyOf(estimateLines);
    }

    public int warrantyDays() {
        return goods.warrantyDays();
    }
}
