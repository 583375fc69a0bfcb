package dev.servicedesk.workorder.signature;

import dev.servicedesk.platform.problem.Problem;
import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.platform.problem.ProblemTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Captures customers' signatures and checks them against the content shown now. */
@ApplicationScoped
public class Signatures {

    /** A signature pad's PNG, base64: 512 KiB of image at most. */
    public static final int MAX_IMAGE_BASE64 = 700_000;
    private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

    /** What a verification found: whether the content signed is still the content shown. */
    public record Verification(UUID signatureId, SignaturePurpose purpose, boolean matches, String signedSha256,
            String currentSha256, Instant signedAt) {
    }

    private final EntityManager entityManager;

    Signatures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records a signature of the given content; a drawn signature must come with its PNG image. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Signature capture(UUID orderId, SignaturePurpose purpose, UUID subjectId, SignatureInput input,
            SignedFrom from, SignedContent content, Instant now) {
        byte[] image = null;
        if (input.method() == SignatureMethod.DRAWN) {
            image = pngOf(input.imagePng());
        } else if (input.imagePng() != null) {
            throw invalid("imagePng", "only a DRAWN signature has an image");
        }
        Signature signature = new Signature(orderId, purpose, subjectId, input.signerName().strip(),
                input.signerDocument().strip(), input.method(), image, now, from, content.sha256());
        entityManager.persist(signature);
        return signature;
    }

    public Optional<Signature> find(UUID orderId, UUID signatureId) {
        return Optional.ofNullable(entityManager.find(Signature.class, signatureId))
                .filter(signature -> signature.orderId().equals(orderId));
    }

    /** The order's signatures, oldest first. */
    public List<Signature> of(UUID orderId) {
        return entityManager.createQuery("from Signature where orderId = :order order by signedAt, id", Signature.class)
                .setParameter("order", orderId)
                .getResultList();
    }

    public Verification verify(Signature signature, SignedContent current) {
        String now = current.sha256();
        return new Verification(signature.id(), signature.purpose(), signature.matches(now),
                signature.contentSha256(), now, signature.signedAt());
    }

    private static byte[] pngOf(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw invalid("imagePng", "a DRAWN signature needs the signature pad's PNG image");
        }
        byte[] image;
        try {
            image = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw invalid("imagePng", "must be base64");
        }
        if (image.length < PNG_MAGIC.length || !Arrays.equals(image, 0, PNG_MAGIC.length, PNG_MAGIC, 0,
                PNG_MAGIC.length)) {
            throw invalid("imagePng", "must be a PNG image");
        }
        return image;
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(400, ProblemTypes.VALIDATION, "Invalid request", field + " " + message,
                List.of(new Problem.Violation(field, message)));
    }
}
