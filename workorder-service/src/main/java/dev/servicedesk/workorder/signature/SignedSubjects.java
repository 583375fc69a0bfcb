package dev.servicedesk.workorder.signature;

/**
 * What one purpose of signature signs, as it stands now: the feature that captures signatures of a purpose provides
 * a CDI bean implementing this, so that any signature can be verified against its current content without this
 * package knowing the feature (estimates for {@link SignaturePurpose#ESTIMATE_APPROVAL}, ...).
 */
public interface SignedSubjects {

    SignaturePurpose purpose();

    /** The content the signature's subject shows now, built exactly as it was built when signed. */
    SignedContent currentContent(Signature signature);
}
