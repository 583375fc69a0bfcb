package dev.servicedesk.workorder.part;

import dev.servicedesk.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A part the technician used on an order, at its unit cost in BRL, with its provenance. A part that is not new and
 * original may be used only with the customer's authorisation, recorded here (CDC art. 21 and 70).
 */
@Entity
@Table(name = "order_used_part")
public class UsedPart extends RecordedPart {

    static final int MONEY_SCALE = 2;
    /** How far ahead of the server's clock a technician's device may be when it says when the customer consented. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Column(name = "unit_cost", nullable = false, updatable = false)
    private BigDecimal unitCost;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Provenance provenance;

    @Embedded
    private PartAuthorisation authorisation;

    protected UsedPart() {
    }

    UsedPart(UUID orderId, String partNumber, String description, BigDecimal quantity, BigDecimal unitCost,
            Provenance provenance, String by, Instant now) {
        super(orderId, partNumber, description, quantity, by, now);
        this.unitCost = unitCost.setScale(MONEY_SCALE);
        this.provenance = provenance;
    }

    /** Records the customer's consent to this part; a new original part needs none, and consent is given once. */
    void authorise(PartAuthorisation consent) {
        if (!provenance.needsAuthorisation()) {
            throw ProblemException.unprocessable("authorisation-not-needed", "No authorisation needed",
                    "Part " + partNumber() + " is new and original: it needs no authorisation from the customer.");
        }
        if (authorisation != null) {
            throw ProblemException.conflict("part-already-authorised", "The part is already authorised",
                    "The customer's authorisation of part " + partNumber() + " is already recorded.");
        }
        if (consent.authorisedAt().isAfter(consent.recordedAt().plus(CLOCK_SKEW))) {
            throw ProblemException.unprocessable("authorisation-in-the-future", "Authorisation in the future",
                    "The customer cannot have authorised part " + partNumber() + " after now.");
        }
        authorisation = consent;
    }

    /** Whether the part still waits for the customer's consent before the order may be completed. */
    public boolean awaitsAuthorisation() {
        return provenance.needsAuthorisation() && authorisation == null;
    }

    public BigDecimal lineTotal() {
        return quantity().multiply(unitCost).setScale(MONEY_SCALE, RoundingMode.HALF_UP);
    }

    @Override
    String inHistory() {
        return "used part " + partNumber() + " (" + quantity().toPlainString() + " × R$ " + unitCost.toPlainString()
                + ", " + provenance + ")";
    }

    public BigDecimal unitCost() {
        return unitCost;
    }

    public Provenance provenance() {
        return provenance;
    }

    public PartAuthorisation authorisation() {
        return authorisation;
    }
}
