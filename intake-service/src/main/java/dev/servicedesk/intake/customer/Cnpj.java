package dev.servicedesk.intake.customer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cadastro Nacional da Pessoa Jurídica: twelve characters (the root and the establishment) and two modulo-11 check
 * digits. From July 2026 the twelve may be letters as well as digits (IN RFB 2.229/2024); the check digits stay
 * numeric and are computed the same way, so every numeric CNPJ keeps its digits.
 */
public record Cnpj(String value) implements TaxId {

    static final int LENGTH = 14;
    private static final Pattern SHAPE = Pattern.compile("[0-9A-Z]{12}[0-9]{2}");

    public Cnpj {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException(
                    "a CNPJ has 12 letters or digits and 2 check digits (e.g. 11.222.333/0001-81 or 12.ABC.345/01DE-35)");
        }
        if (CheckDigits.allSame(value)) {
            throw new InvalidValueException("a CNPJ of one repeated digit is not valid");
        }
        if (!CheckDigits.match(value, 9)) {
            throw new InvalidValueException("not a valid CNPJ: the check digits do not match");
        }
    }

    /** Accepts {@code 12.abc.345/01de-35} as well as {@code 12ABC34501DE35}. */
    public static Cnpj parse(String text) {
        return new Cnpj(text == null ? null : CheckDigits.withoutPunctuation(text).toUpperCase(Locale.ROOT));
    }

    @Override
    public CustomerType customerType() {
        return CustomerType.COMPANY;
    }

    @Override
    public String formatted() {
        return value.substring(0, 2) + "." + value.substring(2, 5) + "." + value.substring(5, 8) + "/"
                + value.substring(8, 12) + "-" + value.substring(12);
    }

    /** {@code **.ABC.345/****-**}: like a masked CPF, six characters of the middle stay visible. */
    @Override
    public String masked() {
        return "**." + value.substring(2, 5) + "." + value.substring(5, 8) + "/****-**";
    }

    /** Masked, so that a log line or an exception message never carries the number. */
    @Override
    public String toString() {
        return masked();
    }
}
