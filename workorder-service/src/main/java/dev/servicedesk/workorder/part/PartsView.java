package dev.servicedesk.workorder.part;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.servicedesk.workorder.order.Audience;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order's parts as the API shows them, amounts in BRL. Analysts see no free text and not who authorised a part
 * (the customer's name is personal data).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartsView(UUID orderId, List<Planned> planned, List<Used> used, List<Removed> removed,
        BigDecimal usedCost, String currency, boolean awaitingAuthorisation) {

    public static final String CURRENCY = "BRL";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Planned(String partNumber, String description, BigDecimal quantity) {

        static Planned of(PlannedPart part, Audience audience) {
            return new Planned(part.partNumber(), staffOnly(part.description(), audience), part.quantity());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Used(UUID id, String partNumber, String description, BigDecimal quantity, BigDecimal unitCost,
            BigDecimal lineTotal, Provenance provenance, boolean awaitsAuthorisation, Authorisation authorisation,
            String recordedBy, Instant recordedAt) {

        public static Used of(UsedPart part, Audience audience) {
            PartAuthorisation consent = part.authorisation();
            Authorisation authorisation = consent == null ? null
                    : new Authorisation(staffOnly(consent.customerName(), audience), consent.method(),
                            staffOnly(consent.reference(), audience), consent.authorisedAt(), consent.recordedBy(),
                            consent.recordedAt());
            return new Used(part.id(), part.partNumber(), staffOnly(part.description(), audience), part.quantity(),
                    part.unitCost(), part.lineTotal(), part.provenance(), part.awaitsAuthorisation(), authorisation,
                    part.recordedBy(), part.recordedAt());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Authorisation(String customerName, AuthorisationMethod method, String reference,
            Instant authorisedAt, String recordedBy, Instant recordedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Removed(UUID id, String partNumber, String description, BigDecimal quantity, Disposal disposal,
            String recordedBy, Instant recordedAt) {

        public static Removed of(RemovedPart part, Audience audience) {
            return new Removed(part.id(), part.partNumber(), staffOnly(part.description(), audience),
                    part.quantity(), part.disposal(), part.recordedBy(), part.recordedAt());
        }
    }

    static PartsView of(UUID orderId, OrderParts parts, Audience audience) {
        return new PartsView(orderId,
                parts.planned().stream().map(part -> Planned.of(part, audience)).toList(),
                parts.used().stream().map(part -> Used.of(part, audience)).toList(),
                parts.removed().stream().map(part -> Removed.of(part, audience)).toList(),
                parts.usedCost(), CURRENCY, parts.used().stream().anyMatch(UsedPart::awaitsAuthorisation));
    }

    private static String staffOnly(String text, Audience audience) {
        return audience == Audience.STAFF ? text : null;
    }
}
