package dev.servicedesk.workorder.signature;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer's electronic signature on an order: who signed (name and document), how, when, from where, and the
 * SHA-256 hash of the exact content signed, so that a later change of that content is detected. Never edited.
 */
@Entity
@Table(name = "order_signature")
public class Signature {

    @Id
    private UUID id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SignaturePurpose purpose;

    /** What was signed: the estimate's id for an approval, the order's id for an acceptance. */
    @Column(name = "subject_id", nullable = false, updatable = false)
    private UUID subjectId;

    @Column(name = "signer_name", nullable = false, updatable = false)
    private String signerName;

    @Column(name = "signer_document", nullable = false, updatable = false)
    private String signerDocument;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SignatureMethod method;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "image_png", updatable = false)
    private byte[] imagePng;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(name = "ip_address", updatable = false)
    private String ipAddress;

    @Column(name = "user_agent", updatable = false)
    private String userAgent;

    @Column(name = "content_sha256", nullable = false, updatable = false)
    private String contentSha256;

    protected Signature() {
    }

    Signature(UUID orderId, SignaturePurpose purpose, UUID subjectId, String signerName, String signerDocument,
            SignatureMethod method, byte[] imagePng, Instant signedAt, SignedFrom from, String contentSha256) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.purpose = purpose;
        this.subjectId = subjectId;
        this.signerName = signerName;
        this.signerDocument = signerDocument;
        this.method = method;
        this.imagePng = imagePng;
        this.signedAt = signedAt;
        this.ipAddress = from.ipAddress();
        this.userAgent = from.userAgent();
        this.contentSha256 = contentSha256;
    }

    public UUID id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public SignaturePurpose purpose() {
        return purpose;
    }

    public UUID subjectId() {
        return subjectId;
    }

    public String signerName() {
        return signerName;
    }

    public String signerDocument() {
        return signerDocument;
    }

    public SignatureMethod method() {
        return method;
    }

    public byte[] imagePng() {
        return imagePng;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public String ipAddress() {
        return ipAddress;
    }

    public String userAgent() {
        return userAgent;
    }

    public String contentSha256() {
        return contentSha256;
    }

    /** Whether the content shown now is the content that was signed. */
    public boolean matches(String currentContentSha256) {
        return contentSha256.equals(currentContentSha256);
    }
}
