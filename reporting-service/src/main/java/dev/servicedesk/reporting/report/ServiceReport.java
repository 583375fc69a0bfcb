package dev.servicedesk.reporting.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The service report of a closed order (relatório de serviço), as the events told it: what was asked (the problem
 * code and the requests), what was found (the cause, recurrence), the work (dates, holds, parts), the final costs,
 * the rating, the technician and the protocols. No personal data: the customer by id only, and no free text (the
 * technician's notes and the description of the activities stay in the work-order service, whose closing receipt
 * prints them).
 */
public record ServiceReport(UUID orderId, String number, String status, UUID customerId, Catalogue catalogue,
        String priority, String coverage, String origin, boolean rework, UUID warrantyOf, List<Request> requests,
        Dates dates, Sla sla, String technicianId, String cause, boolean recurring, UUID recurringOf, Parts parts,
        List<Hold> holds, Estimate estimate, Amounts amounts, Integer rating, Resolution resolutionHours) {

    public record Catalogue(String department, String provider, String category, String problemCode,
            String problemName) {
    }

    public record Request(UUID requestId, String protocol, String type, String channel, Instant openedAt,
            boolean attached) {
    }

    public record Dates(Instant openedAt, Instant respondedAt, Instant completedAt, Instant closedAt,
            Instant ratedAt, Instant warrantyUntil) {
    }

    public record Sla(Boolean responseOnTime, Boolean resolutionOnTime) {
    }

    public record Parts(int newOriginal, int newCompatible, int reconditioned, int used, int defective) {
    }

    public record Hold(String reason, BigDecimal hours) {
    }

    public record Estimate(Instant issuedAt, Instant approvedAt, BigDecimal total) {
    }

    public record Amounts(BigDecimal labour, BigDecimal parts, BigDecimal equipment, BigDecimal discount,
            BigDecimal total, BigDecimal estimated, String currency) {
    }

    public record Resolution(BigDecimal openingToClosing, BigDecimal requestToClosing) {
    }

    /** One line of the list of service reports. */
    public record Summary(UUID orderId, String number, String department, String category, String problemCode,
            String technicianId, Instant openedAt, Instant closedAt, BigDecimal total, Integer rating,
            String protocols) {
    }
}
