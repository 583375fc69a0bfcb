package dev.servicedesk.workorder.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An estimate's money: exact decimals in BRL, lines rounded half-even to the centavo, totals per kind. */
class EstimateMoneyTest {

    private static EstimateLine line(LineKind kind, String quantity, String unitPrice) {
        return new EstimateLine(kind, "Serviço", new BigDecimal(quantity), new BigDecimal(unitPrice), false);
    }

    @Test
    void aLineTotalIsQuantityTimesUnitPriceRoundedHalfEvenToTheCentavo() {
        assertEquals(new BigDecimal("0.12"), line(LineKind.EQUIPMENT, "0.5", "0.25").total());
        assertEquals(new BigDecimal("0.52"), line(LineKind.PARTS, "1.5", "0.35").total());
        assertEquals(new BigDecimal("0.14"), line(LineKind.PARTS, "1.5", "0.09").total());
        assertEquals(new BigDecimal("89.90"), line(LineKind.PARTS, "2", "44.95").total());
        assertEquals(new BigDecimal("0.10"), line(LineKind.LABOUR, "0.333", "0.30").total());
    }

    @Test
    void theTotalsAddUpPerKindAndTheDiscountComesOffTheSubtotal() {
        EstimateTotals totals = EstimateTotals.of(List.of(line(LineKind.LABOUR, "1", "120.00"),
                line(LineKind.PARTS, "2", "44.95"), line(LineKind.EQUIPMENT, "0.5", "0.25"),
                line(LineKind.LABOUR, "0.5", "30.00")), new BigDecimal("9.90"));

        assertEquals(new BigDecimal("135.00"), totals.labour());
        assertEquals(new BigDecimal("89.90"), totals.parts());
        assertEquals(new BigDecimal("0.12"), totals.equipment());
        assertEquals(new BigDecimal("225.02"), totals.subtotal());
        assertEquals(new BigDecimal("9.90"), totals.discount());
        assertEquals(new BigDecimal("215.12"), totals.grandTotal());
    }

    @Test
    void anEstimateWithoutLinesTotalsZeroInCentavos() {
        EstimateTotals totals = EstimateTotals.of(List.of(), EstimateTotals.NONE);

        assertEquals(new BigDecimal("0.00"), totals.labour());
        assertEquals(new BigDecimal("0.00"), totals.grandTotal());
    }

    @Test
    void aLineIsWrittenOneWaySoThatItAlwaysReadsAndHashesTheSame() {
        EstimateLine written = new EstimateLine(LineKind.LABOUR, "  Mão de obra ", new BigDecimal("10.000"),
                new BigDecimal("120"), true).normalized();

        assertEquals("Mão de obra", written.description());
        assertEquals("10", written.quantity().toPlainString());
        assertEquals("120.00", written.unitPrice().toPlainString());
        assertEquals("2.5", line(LineKind.PARTS, "2.500", "1.00").normalized().quantity().toPlainString());
    }

    @Test
    void onlyACardOrABoletoIsPaidInInstalments() {
        assertTrue(new PaymentConditions(PaymentMethod.CARD, 12).allowed());
        assertTrue(new PaymentConditions(PaymentMethod.BOLETO, 3).allowed());
        assertTrue(new PaymentConditions(PaymentMethod.PIX, 1).allowed());
        assertFalse(new PaymentConditions(PaymentMethod.PIX, 2).allowed());
        assertFalse(new PaymentConditions(PaymentMethod.CASH, 2).allowed());
        assertFalse(new PaymentConditions(PaymentMethod.TRANSFER, 2).allowed());
    }
}
