package dev.servicedesk.intake.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Phones, e-mails, CEPs and states as a Brazilian call centre takes them down. */
class ContactDetailsTest {

    @ParameterizedTest
    @ValueSource(strings = { "(11) 98765-4321", "11987654321", "11 98765 4321", "+55 11 98765-4321", "+5511987654321" })
    void aMobileIsTakenFormattedOrBareWithOrWithoutTheCountryCode(String text) {
        Phone phone = Phone.parse(text);
        assertEquals("11987654321", phone.value());
        assertEquals("(11) 98765-4321", phone.formatted());
        assertEquals("(11) *****-4321", phone.masked());
        assertTrue(phone.isMobile());
    }

    @Test
    void aLandlineHasTenDigits() {
        Phone phone = Phone.parse("(19) 3234-5678");
        assertEquals("1932345678", phone.value());
        assertEquals("(19) 3234-5678", phone.formatted());
        assertEquals("(19) ****-5678", phone.masked());
        assertFalse(phone.isMobile());
    }

    @ParameterizedTest
    @ValueSource(strings = { "98765-4321", "(01) 98765-4321", "(10) 98765-4321", "(11) 88765-4321", "(11) 1234-5678",
            "(11) 98765-43210", "+1 212 555 0100", "(11) 98765-432l", "" })
    void numbersWithoutAValidAreaCodeOrOfTheWrongLengthAreRefused(String text) {
        assertThrows(InvalidValueException.class, () -> Phone.parse(text));
    }

    @Test
    void aLineKindMustFitTheNumber() {
        Phone mobile = Phone.parse("(11) 98765-4321");
        Phone landline = Phone.parse("(11) 3456-7890");
        assertThrows(InvalidValueException.class, () -> new CustomerPhone(mobile, PhoneKind.LANDLINE));
        assertThrows(InvalidValueException.class, () -> new CustomerPhone(landline, PhoneKind.MOBILE));
        assertEquals(PhoneKind.WHATSAPP, new CustomerPhone(landline, PhoneKind.WHATSAPP).kind());
        assertEquals(PhoneKind.WHATSAPP, new CustomerPhone(mobile, PhoneKind.WHATSAPP).kind());
    }

    @Test
    void anEmailIsStoredInLowerCaseAndMaskedToItsInitials() {
        Email email = Email.parse("  Maria.Souza@Empresa.COM.br ");
        assertEquals("maria.souza@empresa.com.br", email.value());
        assertEquals("m***@e***.com.br", email.masked());
    }

    @ParameterizedTest
    @ValueSource(strings = { "maria", "maria@", "@empresa.com", "maria@empresa", "maria@@empresa.com",
            "maria souza@empresa.com", "maria@empresa..com", ".maria@empresa.com", "maria.@empresa.com" })
    void malformedEmailsAreRefused(String text) {
        assertThrows(InvalidValueException.class, () -> Email.parse(text));
    }

    @Test
    void anEmailLongerThanTheStandardAllowsIsRefused() {
        assertThrows(InvalidValueException.class, () -> Email.parse("a".repeat(65) + "@example.com"));
        assertThrows(InvalidValueException.class, () -> Email.parse("maria@" + "a".repeat(250) + ".com"));
    }
}
