package dev.servicedesk.intake.customer;

/**
 * The Receita Federal's modulo-11 check digit, shared by CPF and CNPJ. Each character counts as its ASCII code minus
 * 48, so digits keep their value and the letters of the alphanumeric CNPJ (from July 2026) count A=17 ... Z=42; the
 * weights run from 2 at the rightmost character upwards, starting again at 2 after {@code highestWeight}.
 */
final class CheckDigits {

    private CheckDigits() {
    }

    static char of(CharSequence body, int highestWeight) {
        int sum = 0;
        int weight = 2;
        for (int i = body.length() - 1; i >= 0; i--) {
            sum += (body.charAt(i) - '0') * weight;
            weight = weight == highestWeight ? 2 : weight + 1;
        }
        int remainder = sum % 11;
        return (char) ('0' + (remainder < 2 ? 0 : 11 - remainder));
    }

    /** Whether the last two characters are the check digits of the ones before them. */
    static boolean match(String value, int highestWeight) {
        String body = value.substring(0, value.length() - 2);
        char first = of(body, highestWeight);
        char second = of(body + first, highestWeight);
        return value.charAt(value.length() - 2) == first && value.charAt(value.length() - 1) == second;
    }

    static boolean allSame(String value) {
        return value.chars().allMatch(c -> c == value.charAt(0));
    }

    /** What people type around a document number: dots, dashes, slashes and spaces. */
    static String withoutPunctuation(String text) {
        return text.replaceAll("[.\\-/\\s]", "");
    }
}
