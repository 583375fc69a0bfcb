package dev.servicedesk.intake.customer;

import java.util.regex.Pattern;

/**
 * A Brazilian phone number with its area code (DDD): eleven digits for a mobile ({@code (11) 98765-4321}, the
 * subscriber number starts with 9), ten for a landline ({@code (11) 3456-7890}, starting with 2 to 8).
 */
public record Phone(String value) {

    private static final Pattern MOBILE = Pattern.compile("[1-9]{2}9[0-9]{8}");
    private static final Pattern LANDLINE = Pattern.compile("[1-9]{2}[2-8][0-9]{7}");
    private static final Pattern TYPED = Pattern.compile("(\\+55)?[0-9()\\-.\\s]+");

    public Phone {
        if (value == null || !(MOBILE.matcher(value).matches() || LANDLINE.matcher(value).matches())) {
            throw new InvalidValueException(
                    "a phone number has the area code and 8 or 9 digits (e.g. (11) 98765-4321 or (11) 3456-7890)");
        }
    }

    /** Accepts {@code (11) 98765-4321}, {@code 11987654321} and {@code +55 11 98765-4321}. */
    public static Phone parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (!TYPED.matcher(trimmed).matches()) {
            throw new InvalidValueException("a phone number has digits only, optionally formatted as (11) 98765-4321");
        }
        String digits = trimmed.replaceAll("[^0-9]", "");
        return new Phone(trimmed.startsWith("+55") ? digits.substring(2) : digits);
    }

    public boolean isMobile() {
        return value.length() == 11;
    }

    public boolean fits(PhoneKind kind) {
        return switch (kind) {
            case MOBILE -> isMobile();
            case LANDLINE -> !isMobile();
            case WHATSAPP -> true;
        };
    }

    public String formatted() {
        return "(" + value.substring(0, 2) + ") " + value.substring(2, value.length() - 4) + "-"
                + value.substring(value.length() - 4);
    }

    /** {@code (11) *****-4321}: the area code and the last four digits, enough to tell one number from another. */
    public String masked() {
        return "(" + value.substring(0, 2) + ") " + "*".repeat(value.length() - 6) + "-" + value.substring(value.length() - 4);
    }
}
