package dev.servicedesk.intake.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProtocolNumberTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Test
    void itReadsAsTheDayTheSequenceAndACheckDigit() {
        ProtocolNumber protocol = new ProtocolNumber(DAY, 123);
        assertEquals("20261123-000123-" + protocol.checkDigit(), protocol.toString());
        assertEquals(protocol, ProtocolNumber.parse(protocol.toString()));
        assertEquals(protocol, ProtocolNumber.parse("  " + protocol + " "));
    }

    @Test
    void theSequenceGrowsPastSixDigits() {
        ProtocolNumber protocol = new ProtocolNumber(DAY, 12_345_678);
        assertEquals(protocol, ProtocolNumber.parse(protocol.toString()));
        assertEquals("20261123-12345678-", protocol.toString().substring(0, 18));
    }

    @Test
    void everyMistypedDigitIsCaught() {
        for (long sequence = 1; sequence < 2_000; sequence += 7) {
            String good = new ProtocolNumber(DAY, sequence).toString();
            for (int position = 0; position < good.length() - 2; position++) {
                if (good.charAt(position) == '-') {
                    continue;
                }
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit == good.charAt(position)) {
                        continue;
                    }
                    String typo = good.substring(0, position) + digit + good.substring(position + 1);
                    assertThrows(IllegalArgumentException.class, () -> ProtocolNumber.parse(typo), typo);
                }
            }
        }
    }

    @Test
    void swappedNeighboursAreCaughtButForZeroAndNine() {
        for (long sequence = 1; sequence < 2_000; sequence += 7) {
            String good = new ProtocolNumber(DAY, sequence).toString();
            for (int position = 0; position < good.length() - 3; position++) {
                char a = good.charAt(position);
                char b = good.charAt(position + 1);
                boolean luhnBlindSpot = (a == '0' && b == '9') || (a == '9' && b == '0');
                if (a == '-' || b == '-' || a == b || luhnBlindSpot) {
                    continue;
                }
                String swapped = good.substring(0, position) + b + a + good.substring(position + 2);
                assertThrows(IllegalArgumentException.class, () -> ProtocolNumber.parse(swapped), swapped);
            }
        }
    }

    @Test
    void aWrongCheckDigitIsToldApartFromSomethingElse() {
        ProtocolNumber protocol = new ProtocolNumber(DAY, 45);
        String wrong = protocol.toString().substring(0, 16) + ((protocol.checkDigit() + 1) % 10);
        assertThrows(ProtocolNumber.WrongCheckDigitException.class, () -> ProtocolNumber.parse(wrong));
        assertThrows(ProtocolNumber.MalformedProtocolException.class, () -> ProtocolNumber.parse("20261123-45-1"));
        assertThrows(ProtocolNumber.MalformedProtocolException.class, () -> ProtocolNumber.parse("20261399-000045-1"));
        assertThrows(ProtocolNumber.MalformedProtocolException.class, () -> ProtocolNumber.parse(null));
    }
}
