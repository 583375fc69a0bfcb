package dev.servicedesk.reporting.projection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * This service's copies of workorder-service's order and catalogue events: only the fields the projections read.
 * Every order event carries the order's snapshot (codes, status, priority, version), read as {@link Snapshot}.
 */
public final class OrderEvents {

    private OrderEvents() {
    }

    /** What every order event says about the order as it stands after the change. */
    public record Snapshot(@NotNull UUID orderId, @NotBlank String number, @NotBlank String problemCode,
            @NotBlank String categoryCode, @NotBlank String providerCode, @NotBlank String departmentCode,
            @NotBlank String status, @NotBlank String priority, long version) {
    }

    public record OrderOpened(@NotNull UUID orderId, UUID customerId, @NotNull List<UUID> requestIds,
            @NotBlank String origin, @NotBlank String coverage, UUID warrantyOf, boolean rework,
            @NotNull Instant openedAt, @NotNull Instant responseDueAt, @NotNull Instant resolutionDueAt) {
    }

    public record RequestAttached(@NotNull UUID orderId, @NotNull UUID requestId, @NotNull List<UUID> requestIds) {
    }

    public record EstimateIssued(@NotNull UUID orderId, int estimateVersion, @NotNull BigDecimal grandTotal,
            @NotNull Instant issuedAt) {
    }

    public record EstimateApproved(@NotNull UUID orderId, int estimateVersion, @NotNull Instant approvedAt) {
    }

    public record EstimateRejected(@NotNull UUID orderId, int estimateVersion, @NotBlank String reason,
            @NotNull Instant rejectedAt) {
    }

    public record OrderAssigned(@NotNull UUID orderId, @NotBlank String technicianId, long version) {
    }

    public record OrderStarted(@NotNull UUID orderId, @NotBlank String technicianId, @NotNull Instant respondedAt,
            boolean responseOnTime, long version) {
    }

    public record OrderPutOnHold(@NotNull UUID orderId, @NotBlank String reason, long version) {
    }

    public record OrderResumed(@NotNull UUID orderId, @NotBlank String reason, long pausedSeconds, long version,
            @NotNull Instant occurredAt) {
    }

    public record PartsUsed(Integer NEW_ORIGINAL, Integer NEW_COMPATIBLE, Integer RECONDITIONED, Integer USED) {
    }

    public record Amounts(BigDecimal labour, BigDecimal parts, BigDecimal equipment, BigDecimal discount,
            BigDecimal total, BigDecimal estimatedTotal, String currency) {
    }

    public record OrderCompleted(@NotNull UUID orderId, @NotBlank String technicianId,
            @NotBlank String causeCategory, boolean recurring, UUID recurringOf, boolean rework,
            @NotNull @Valid PartsUsed partsUsed, int defectiveParts, @NotNull @Valid Amounts amounts, Integer rating,
            boolean acceptanceSigned, @NotNull Instant completedAt, boolean responseOnTime,
            boolean resolutionOnTime, long version) {
    }

    public record OrderRated(@NotNull UUID orderId, int rating, @NotNull Instant ratedAt, long version) {
    }

    public record OrderClosed(@NotNull UUID orderId, @NotNull List<UUID> requestIds, @NotNull Instant closedAt,
            @NotNull Instant warrantyUntil) {
    }

    public record OrderCancelled(@NotNull UUID orderId, @NotBlank String reason, @NotNull Instant occurredAt) {
    }

    public record ProblemCodePublished(@NotBlank String code, @NotBlank String name, @NotBlank String categoryCode,
            @NotBlank String providerCode, @NotBlank String departmentCode, boolean retired, long version) {
    }
}
