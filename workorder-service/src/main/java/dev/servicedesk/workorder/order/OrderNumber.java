package dev.servicedesk.workorder.order;

import java.util.regex.Pattern;

/** A work order's human-readable number, e.g. {@code OS-2026-000045}: the year it opened and a sequence. */
public record OrderNumber(int year, long sequence) {

    private static final Pattern FORMAT = Pattern.compile("OS-(\\d{4})-(\\d{6,})");

    public static boolean looksLikeOne(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return "OS-%04d-%06d".formatted(year, sequence);
    }
}
