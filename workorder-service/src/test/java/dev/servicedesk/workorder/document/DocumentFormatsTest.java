package dev.servicedesk.workorder.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DocumentFormatsTest {

    @Test
    void moneyIsInReaisWithDotsForThousandsAndACommaForCents() {
        assertEquals("R$ 1.234,56", DocumentFormats.money(new BigDecimal("1234.56")));
        assertEquals("R$ 1.234.567,00", DocumentFormats.money(new BigDecimal("1234567")));
        assertEquals("R$ 0,00", DocumentFormats.money(BigDecimal.ZERO));
        assertEquals("R$ 0,10", DocumentFormats.money(new BigDecimal("0.1")));
    }

    @Test
    void aNegativeAmountTakesItsSignBeforeTheCurrency() {
        assertEquals("-R$ 50,00", DocumentFormats.money(new BigDecimal("-50")));
        assertEquals("-R$ 1.234,56", DocumentFormats.money(new BigDecimal("-1234.56")));
    }

    @Test
    void moneyIsRoundedHalfUpToTheCentAndNeverShowsMinusZero() {
        assertEquals("R$ 0,01", DocumentFormats.money(new BigDecimal("0.005")));
        assertEquals("R$ 2,68", DocumentFormats.money(new BigDecimal("2.675")));
        assertEquals("R$ 0,00", DocumentFormats.money(new BigDecimal("-0.004")));
    }

    @Test
    void quantitiesShowDecimalsOnlyWhenThereAreSome() {
        assertEquals("2", DocumentFormats.quantity(new BigDecimal("2.000")));
        assertEquals("1,5", DocumentFormats.quantity(new BigDecimal("1.50")));
        assertEquals("1.000", DocumentFormats.quantity(new BigDecimal("1000")));
    }

    @Test
    void timesAreShownInSaoPauloWhateverTheServersZone() {
        assertEquals("23/11/2026 21:30", DocumentFormats.dateTime(Instant.parse("2026-11-24T00:30:00Z")));
        assertEquals("01/01/2027 00:00", DocumentFormats.dateTime(Instant.parse("2027-01-01T03:00:00Z")));
    }

    @Test
    void datesAreDayMonthYear() {
        assertEquals("05/03/2027", DocumentFormats.date(LocalDate.of(2027, 3, 5)));
    }
}
