package dev.servicedesk.intake.customer;

import java.util.regex.Pattern;

/** Cadastro de Pessoas Físicas: nine digits and two modulo-11 check digits. */
public record Cpf(String value) implements TaxId {

    static final int LENGTH = 11;
    private static final Pattern DIGITS = Pattern.compile("[0-9]{11}");

    public Cpf {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new InvalidValueException("a CPF has 11 digits (e.g. 529.982.247-25)");
        }
        if (CheckDigits.allSame(value)) {
            throw new InvalidValueException("a CPF of one repeated digit is not valid");
        }
        if (!CheckDigits.match(value, 11)) {
            throw new InvalidValueException("not a valid CPF: the check digits do not match");
        }
    }

    /** Accepts {@code 529.982.247-25} as well as {@code 52998224725}. */
    public static Cpf parse(String text) {
        return new Cpf(text == null ? null : CheckDigits.withoutPunctuation(text));
    }

    @Override
    public CustomerType customerType() {
        return CustomerType.PERSON;
    }

    @Override
    public String formatted() {
        return value.substring(0, 3) + "." + value.substring(3, 6) + "." + value.substring(6, 9) + "-" + value.substring(9);
    }

    /** {@code ***.982.247-**}: the masking the federal government uses when it publishes a CPF. */
    @Override
    public String masked() {
        return "***." + value.substring(3, 6) + "." + value.substring(6, 9) + "-**";
    }

    /** Masked, so that a log line or an exception message never carries the number. */
    @Override
    public String toString() {
        return masked();
    }
}
