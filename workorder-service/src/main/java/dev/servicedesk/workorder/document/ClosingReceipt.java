package dev.servicedesk.workorder.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * The receipt handed to the customer when a work order closes, with the service report (relatório de serviço, seed
 * 004): what was done, which parts went in and came out, the cause, the final costs, the customer's signature and the
 * warranty term.
 *
 * @param product            null when the order was for a service, not a product
 * @param activities         what was done, one entry per activity, in order
 * @param recurring          whether the problem had happened before
 * @param preventionNotes    notes that help avoid or handle the same complaint again; may be null
 * @param freeOfCharge       null when the customer pays; otherwise what covers the cost
 * @param satisfactionRating 0 to 10, or null when the customer gave none
 * @param signature          null when the customer signs on paper: the receipt then has a line to sign on
 */
public record ClosingReceipt(
        String orderNumber,
        CustomerContact customer,
        ProblemDetails problem,
        ProductDetails product,
        List<String> activities,
        List<ReplacedPart> partsReplaced,
        List<DefectivePart> defectivePartsRemoved,
        Cause cause,
        boolean recurring,
        String preventionNotes,
        Costs costs,
        FreeOfCharge freeOfCharge,
        String technicianName,
        Instant completedAt,
        Integer satisfactionRating,
        Signature signature,
        Warranty warranty) {

    public ClosingReceipt {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(technicianName, "technicianName");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(warranty, "warranty");
        activities = List.copyOf(Objects.requireNonNullElse(activities, List.of()));
        partsReplaced = List.copyOf(Objects.requireNonNullElse(partsReplaced, List.of()));
        defectivePartsRemoved = List.copyOf(Objects.requireNonNullElse(defectivePartsRemoved, List.of()));
        if (satisfactionRating != null && (satisfactionRating < 0 || satisfactionRating > 10)) {
            throw new IllegalArgumentException("satisfaction is rated 0 to 10, got " + satisfactionRating);
        }
    }

    public boolean isFreeOfCharge() {
        return freeOfCharge != null;
    }

    /** A part put into the product, and where it came from (CDC art. 21: anything but new and original needs consent). */
    public record ReplacedPart(String partNumber, String description, BigDecimal quantity, PartProvenance provenance) {

        public ReplacedPart {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(provenance, "provenance");
        }
    }

    public enum PartProvenance {
        NEW_ORIGINAL("Nova original"),
        NEW_COMPATIBLE("Nova compatível"),
        RECONDITIONED("Recondicionada"),
        USED("Usada");

        private final String label;

        PartProvenance(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A defective part taken out of the product. */
    public record DefectivePart(String partNumber, String description, BigDecimal quantity) {

        public DefectivePart {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    /** What caused the problem, staff failures included (seed 004), with the technician's words; detail may be null. */
    public record Cause(CauseKind kind, String detail) {

        public Cause {
            Objects.requireNonNull(kind, "kind");
        }
    }

    public enum CauseKind {
        PRODUCT_DEFECT("Defeito do produto"),
        WEAR("Desgaste"),
        MISUSE("Mau uso"),
        INSTALLATION("Instalação"),
        STAFF_ERROR("Falha da equipe"),
        OTHER("Outro");

        private final String label;

        CauseKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The final cost against the approved estimate.
     *
     * @param estimated the approved estimate's total, or null when the order had no estimate
     * @param actual    what the work finally cost
     */
    public record Costs(BigDecimal estimated, BigDecimal actual) {

        public Costs {
            Objects.requireNonNull(actual, "actual");
        }

        public boolean hasEstimate() {
            return estimated != null;
        }

        /** Actual minus estimated: negative when the work cost less than estimated. */
        public BigDecimal difference() {
            return actual.subtract(estimated);
        }
    }

    /**
     * The customer's electronic signature.
     *
     * @param png            the signature drawn on the technician's device, PNG-encoded; null when the customer signed
     *                       otherwise (typed their name, clicked to accept)
     * @param signerDocument the signer's CPF (or other document), printed as given
     */
    public record Signature(byte[] png, String signerName, String signerDocument, Instant signedAt) {

        private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

        public Signature {
            Objects.requireNonNull(signerName, "signerName");
            Objects.requireNonNull(signedAt, "signedAt");
            if (png != null) {
                if (png.length < PNG_SIGNATURE.length
                        || !Arrays.equals(png, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
                    throw new IllegalArgumentException("the signature image must be a PNG");
                }
                png = png.clone();
            }
        }

        @Override
        public byte[] png() {
            return png == null ? null : png.clone();
        }

        public boolean hasImage() {
            return png != null;
        }

        /** The image as a {@code data:} URI, so that the document carries it and fetches nothing. */
        public String dataUri() {
            if (png == null) {
                throw new IllegalStateException("this signature has no image");
            }
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Signature that
                    && Arrays.equals(png, that.png)
                    && signerName.equals(that.signerName)
                    && Objects.equals(signerDocument, that.signerDocument)
                    && signedAt.equals(that.signedAt);
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(png), signerName, signerDocument, signedAt);
        }

        @Override
        public String toString() {
            return "Signature[png=" + (png == null ? "none" : png.length + " bytes") + ", signerName=" + signerName
                    + ", signerDocument=" + signerDocument + ", signedAt=" + signedAt + "]";
        }
    }

    /**
     * The legal warranty on the service (CDC art. 26): 30 days for non-durable goods, 90 for durable ones, counted
     * from the day the work was delivered.
     */
    public record Warranty(Durability durability, LocalDate startsOn) {

        public Warranty {
            Objects.requireNonNull(durability, "durability");
            Objects.requireNonNull(startsOn, "startsOn");
        }

        public int days() {
            return durability.warrantyDays();
        }

        public LocalDate validUntil() {
            return startsOn.plusDays(days());
        }
    }

    public enum Durability {
        DURABLE(90, "durável"),
        NON_DURABLE(30, "não durável");

        private final int warrantyDays;
        private final String label;

        Durability(int warrantyDays, String label) {
            this.warrantyDays = warrantyDays;
            this.label = label;
        }

        public int warrantyDays() {
            return warrantyDays;
        }

        /** In Portuguese, lower case: "produto durável". */
        public String label() {
            return label;
        }
    }
}
