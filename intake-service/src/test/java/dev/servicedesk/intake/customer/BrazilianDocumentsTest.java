package dev.servicedesk.intake.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CPF and CNPJ as the Receita Federal defines them, with its published examples. */
class BrazilianDocumentsTest {

    @ParameterizedTest
    @ValueSource(strings = { "529.982.247-25", "52998224725", "111.444.777-35", "390.533.447-05", " 123.456.789-09 " })
    void publishedCpfsAreValidFormattedOrBare(String text) {
        Cpf cpf = Cpf.parse(text);
        assertTrue(cpf.value().matches("[0-9]{11}"));
    }

    @Test
    void aCpfIsStoredAsDigitsShownFormattedAndMaskedInTheMiddle() {
        Cpf cpf = Cpf.parse("529.982.247-25");
        assertEquals("52998224725", cpf.value());
        assertEquals("529.982.247-25", cpf.formatted());
        assertEquals("***.982.247-**", cpf.masked());
        assertEquals("***.982.247-**", cpf.toString(), "a log line never carries the number");
    }

    @ParameterizedTest
    @ValueSource(strings = { "529.982.247-24", "529.982.247-15", "52998224726", "111.111.111-11", "000.000.000-00",
            "5299822472", "529982247250", "529.982.247-2A", "", "cpf" })
    void aCpfWithWrongCheckDigitsRepeatedDigitsOrWrongLengthIsRefused(String text) {
        assertThrows(InvalidValueException.class, () -> Cpf.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "11.222.333/0001-81", "11222333000181", "00.000.000/0001-91", "33.000.167/0001-01",
            "60.701.190/0001-04" })
    void publishedNumericCnpjsAreValid(String text) {
        assertTrue(Cnpj.parse(text).value().matches("[0-9]{14}"));
    }

    @Test
    void theReceitaFederalsAlphanumericExampleIsValidAndNormalisedToUpperCase() {
        Cnpj cnpj = Cnpj.parse("12.abc.345/01de-35");
        assertEquals("12ABC34501DE35", cnpj.value());
        assertEquals("12.ABC.345/01DE-35", cnpj.formatted());
        assertEquals("**.ABC.345/****-**", cnpj.masked());
        assertEquals(cnpj, Cnpj.parse("12ABC34501DE35"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "12.ABC.345/01DE-36", "12.ABC.345/01DE-53", "12.ABD.345/01DE-35", "11.222.333/0001-82",
            "11.111.111/1111-11", "00.000.000/0000-00", "12.ABC.345/01DE-3A", "12.AB#.345/01DE-35", "1122233300018", "" })
    void aCnpjWithWrongCheckDigitsOrCharactersIsRefused(String text) {
        assertThrows(InvalidValueException.class, () -> Cnpj.parse(text));
    }

    /**
     * Modulo 11 does not catch every mistyped character (two remainders give the check digit 0), so the proof is that
     * the code accepts exactly what the Receita Federal's weight tables accept, over thousands of drawn documents and
     * mistypings of them.
     */
    @Test
    void theCodeAcceptsExactlyTheDocumentsThePublishedWeightTablesAccept() {
        int refused = 0;
        for (int i = 0; i < 3000; i++) {
            String cpf = TestCustomers.randomCpf();
            String cnpj = TestCustomers.randomCnpj(i % 2 == 0);
            assertEquals(cpf, Cpf.parse(cpf).value());
            assertEquals(cnpj, Cnpj.parse(cnpj).value());

            String mistypedCpf = TestCustomers.mistype(cpf, i % 11);
            boolean cpfExpected = TestCustomers.isValidCpf(mistypedCpf);
            assertEquals(cpfExpected, accepts(() -> Cpf.parse(mistypedCpf)), mistypedCpf);
            String mistypedCnpj = TestCustomers.mistype(cnpj, i % 14);
            boolean cnpjExpected = TestCustomers.isValidCnpj(mistypedCnpj);
            assertEquals(cnpjExpected, accepts(() -> Cnpj.parse(mistypedCnpj)), mistypedCnpj);
            refused += (cpfExpected ? 0 : 1) + (cnpjExpected ? 0 : 1);
        }
        assertTrue(refused > 5400, "nearly every mistyping is caught: " + refused + " of 6000");
    }

    @Test
    void theCustomerTypeDecidesWhichDocumentIsExpected() {
        assertInstanceOf(Cpf.class, TaxId.parse(CustomerType.PERSON, "529.982.247-25"));
        assertInstanceOf(Cnpj.class, TaxId.parse(CustomerType.COMPANY, "11.222.333/0001-81"));
        assertThrows(InvalidValueException.class, () -> TaxId.parse(CustomerType.PERSON, "11.222.333/0001-81"));
        assertThrows(InvalidValueException.class, () -> TaxId.parse(CustomerType.COMPANY, "529.982.247-25"));
    }

    private static boolean accepts(Runnable parsing) {
        try {
            parsing.run();
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    @Test
    void aSearchTellsCpfFromCnpjByItsLength() {
        assertInstanceOf(Cpf.class, TaxId.parseEither("529.982.247-25"));
        assertInstanceOf(Cnpj.class, TaxId.parseEither("12.ABC.345/01DE-35"));
        assertThrows(InvalidValueException.class, () -> TaxId.parseEither("12345"));
    }
}
