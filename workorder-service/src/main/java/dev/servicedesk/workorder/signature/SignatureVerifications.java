package dev.servicedesk.workorder.signature;

import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.platform.security.Caller;
import dev.servicedesk.workorder.order.OrderDesk;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.UUID;

/** Verifies a customer's signature on an order against the content its subject shows now. */
@ApplicationScoped
public class SignatureVerifications {

    private final OrderDesk orders;
    private final Signatures signatures;
    private final Instance<SignedSubjects> subjects;

    SignatureVerifications(OrderDesk orders, Signatures signatures, Instance<SignedSubjects> subjects) {
        this.orders = orders;
        this.signatures = signatures;
        this.subjects = subjects;
    }

    /** Whoever may read the order may verify its signatures. */
    public Signatures.Verification verify(UUID orderId, UUID signatureId, Caller caller) {
        orders.find(orderId, caller);
        Signature signature = signatures.find(orderId, signatureId)
                .orElseThrow(() -> ProblemException.notFound(
                        "Order " + orderId + " has no signature " + signatureId + "."));
        SignedSubjects subject = subjects.stream()
                .filter(candidate -> candidate.purpose() == signature.purpose())
                .findFirst()
                .orElseThrow(() -> ProblemException.conflict("signature-not-verifiable", "Cannot verify yet",
                        "This service cannot yet rebuild what a " + signature.purpose() + " signature signs."));
        return signatures.verify(signature, subject.currentContent(signature));
    }
}
