package dev.servicedesk.intake.customer;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The 26 states and the Federal District, by their postal abbreviation (unidade federativa). */
public enum Uf {
    AC, AL, AP, AM, BA, CE, DF, ES, GO, MA, MT, MS, MG, PA, PB, PR, PE, PI, RJ, RN, RS, RO, RR, SC, SP, SE, TO;

    private static final String ALL = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));

    /** Accepts {@code SP} and {@code sp}. */
    public static Uf parse(String text) {
        String code = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(uf -> uf.name().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidValueException("not a Brazilian state: one of " + ALL));
    }
}
