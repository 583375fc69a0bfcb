package dev.servicedesk.intake.protocol;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a customer is given the moment a contact is saved (SAC decree, Decreto 11.034/2022): the day it was
 * given (America/Sao_Paulo), a sequence shared by every channel and never reused, and a check digit that catches a
 * mistyped digit or two swapped neighbours when the customer reads it back, e.g. {@code 20261123-000123-7}.
 */
public record ProtocolNumber(LocalDate day, long sequence) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern FORMAT = Pattern.compile("(\\d{8})-(\\d{6,})-(\\d)");

    public ProtocolNumber {
        if (sequence < 1) {
            throw new IllegalArgumentException("protocol sequence starts at 1");
        }
    }

    /** Reads a protocol as a customer or partner types it (surrounding blanks ignored). */
    public static ProtocolNumber parse(String text) {
        Matcher parts = FORMAT.matcher(text == null ? "" : text.strip());
        if (!parts.matches()) {
            throw new MalformedProtocolException(text);
        }
        ProtocolNumber protocol;
        try {
            protocol = new ProtocolNumber(LocalDate.parse(parts.group(1), DAY), Long.parseLong(parts.group(2)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new MalformedProtocolException(text);
        }
        if (protocol.checkDigit() != parts.group(3).charAt(0) - '0') {
            throw new WrongCheckDigitException(text);
        }
        return protocol;
    }

    /** The Luhn check digit of the day and the sequence as printed. */
    public int checkDigit() {
        String digits = DAY.format(day) + sequenceText();
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return DAY.format(day) + "-" + sequenceText() + "-" + checkDigit();
    }

    private String sequenceText() {
        return String.format("%06d", sequence);
    }

    /** Not shaped like a protocol number at all. */
    public static final class MalformedProtocolException extends IllegalArgumentException {
        MalformedProtocolException(String text) {
            super("'" + text + "' is not a protocol number (expected YYYYMMDD-NNNNNN-D)");
        }
    }

    /** Shaped like one, but a digit was mistyped: told apart from an unknown number. */
    public static final class WrongCheckDigitException extends IllegalArgumentException {
        WrongCheckDigitException(String text) {
            super("'" + text + "' has a wrong check digit: a digit was probably mistyped");
        }
    }
}
