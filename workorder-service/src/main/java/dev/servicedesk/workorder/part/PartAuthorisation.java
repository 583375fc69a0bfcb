package dev.servicedesk.workorder.part;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * The customer's consent to a part that is not new and original (CDC art. 21): who consented (the customer's name,
 * personal data kept here only), how, when, a reference to the proof (the call's recording, the document), and who
 * recorded it when.
 */
@Embeddable
public record PartAuthorisation(
        @Column(name = "authorised_by_customer") String customerName,
        @Column(name = "authorisation_method") @Enumerated(EnumType.STRING) AuthorisationMethod method,
        @Column(name = "authorisation_reference") String reference,
        @Column(name = "authorised_at") Instant authorisedAt,
        @Column(name = "authorisation_recorded_by") String recordedBy,
        @Column(name = "authorisation_recorded_at") Instant recordedAt) {
}
