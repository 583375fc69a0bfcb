package dev.servicedesk.workorder.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicedesk.workorder.document.ClosingReceipt.Durability;
import dev.servicedesk.workorder.document.ClosingReceipt.Signature;
import dev.servicedesk.workorder.document.ClosingReceipt.Warranty;
import dev.servicedesk.workorder.document.EstimateDocument.Line;
import dev.servicedesk.workorder.document.EstimateDocument.LineKind;
import dev.servicedesk.workorder.document.EstimateDocument.Payment;
import dev.servicedesk.workorder.document.EstimateDocument.PaymentMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules the document inputs keep by themselves, whatever the domain hands them. */
class DocumentInputsTest {

    @Test
    void anEstimateIsValidForTenDaysFromTheDayItWasIssuedInSaoPaulo() {
        EstimateDocument estimate = SampleDocuments.estimate();

        assertEquals(LocalDate.of(2026, 12, 3), estimate.validUntil());
    }

    @Test
    void lineTotalsAreRoundedToTheCentBeforeTheyAreAddedUp() {
        EstimateDocument estimate = SampleDocuments.estimate(List.of(
                SampleDocuments.line(LineKind.LABOUR, "Um terço de hora", "0.333", "100.00"),
                SampleDocuments.line(LineKind.LABOUR, "Outro terço", "0.333", "100.00")));

        assertEquals(new BigDecimal("33.30"), estimate.lines().get(0).total());
        assertEquals(new BigDecimal("66.60"), estimate.subtotal());
        assertEquals(new BigDecimal("16.60"), estimate.total());
    }

    @Test
    void aDiscountIsAnAmountTakenOffNeverANegativeOne() {
        EstimateDocument sample = SampleDocuments.estimate();

        assertThrows(IllegalArgumentException.class, () -> new EstimateDocument(sample.orderNumber(), 1,
                sample.issuedAt(), null, sample.customer(), sample.problem(), null, null, sample.lines(),
                new BigDecimal("-50.00"), sample.payment(), null, null, null, null));
    }

    @Test
    void aFreeOfChargeEstimateStillTotalsItsLinesButAsksForNothing() {
        EstimateDocument sample = SampleDocuments.estimate();
        EstimateDocument underContract = new EstimateDocument(sample.orderNumber(), 1, sample.issuedAt(), null,
                sample.customer(), sample.problem(), null, null, sample.lines(), null, sample.payment(), null, null,
                null, FreeOfCharge.CONTRACT);

        assertEquals(new BigDecimal("1500.00"), underContract.total());
        assertEquals(BigDecimal.ZERO, underContract.amountDue());
    }

    @Test
    void paymentTakesAtLeastOneInstalmentAndEstimatesStartAtVersionOne() {
        assertThrows(IllegalArgumentException.class, () -> new Payment(PaymentMethod.BOLETO, 0));
        EstimateDocument sample = SampleDocuments.estimate();
        assertThrows(IllegalArgumentException.class, () -> new EstimateDocument(sample.orderNumber(), 0,
                sample.issuedAt(), null, sample.customer(), sample.problem(), null, null, List.<Line>of(), null,
                sample.payment(), null, null, null, null));
    }

    @Test
    void theLegalWarrantyIsNinetyDaysForDurableGoodsAndThirtyForOthers() {
        LocalDate delivered = LocalDate.of(2026, 11, 23);

        assertEquals(LocalDate.of(2027, 2, 21), new Warranty(Durability.DURABLE, delivered).validUntil());
        assertEquals(LocalDate.of(2026, 12, 23), new Warranty(Durability.NON_DURABLE, delivered).validUntil());
    }

    @Test
    void satisfactionIsRatedFromZeroToTen() {
        assertThrows(IllegalArgumentException.class,
                () -> SampleDocuments.closingReceipt(Durability.DURABLE, 11, null));
        assertThrows(IllegalArgumentException.class,
                () -> SampleDocuments.closingReceipt(Durability.DURABLE, -1, null));
        assertEquals(0, SampleDocuments.closingReceipt(Durability.DURABLE, 0, null).satisfactionRating());
    }

    @Test
    void aSignatureImageMustBeAPngAndCannotBeChangedAfterwards() {
        Instant signedAt = Instant.parse("2026-11-23T18:50:00Z");
        assertThrows(IllegalArgumentException.class,
                () -> new Signature("GIF89a".getBytes(), "Maria", "123.456.789-09", signedAt));

        byte[] png = SampleDocuments.signaturePng();
        Signature signature = new Signature(png, "Maria", "123.456.789-09", signedAt);
        png[20] ^= 0x7F;
        byte[] read = signature.png();
        read[21] ^= 0x7F;

        assertArrayEquals(SampleDocuments.signaturePng(), signature.png());
        assertNotSame(signature.png(), signature.png());
        assertEquals(new Signature(SampleDocuments.signaturePng(), "Maria", "123.456.789-09", signedAt), signature);
        assertTrue(signature.dataUri().startsWith("data:image/png;base64,iVBORw0KGgo"));
    }

    @Test
    void aSignatureTypedOrClickedHasNoImage() {
        Signature typed = new Signature(null, "Maria", "123.456.789-09", Instant.parse("2026-11-23T18:50:00Z"));

        assertFalse(typed.hasImage());
        assertNull(typed.png());
        assertThrows(IllegalStateException.class, typed::dataUri);
    }
}
