package dev.servicedesk.intake.customer;

import java.util.regex.Pattern;

/** Código de Endereçamento Postal: eight digits, written {@code 01310-100}. */
public record Cep(String value) {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{8}");

    public Cep {
        if (value == null || !DIGITS.matcher(value).matches() || value.equals("00000000")) {
            throw new InvalidValueException("a CEP has 8 digits (e.g. 01310-100)");
        }
    }

    /** Accepts {@code 01310-100}, {@code 01.310-100} and {@code 01310100}. */
    public static Cep parse(String text) {
        return new Cep(text == null ? null : CheckDigits.withoutPunctuation(text));
    }

    public String formatted() {
        return value.substring(0, 5) + "-" + value.substring(5);
    }

    /** The first five digits name a region or district; the last three narrow it to a street. */
    public String masked() {
        return value.substring(0, 5) + "-***";
    }
}
