package dev.servicedesk.systemtest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Assertions over the lists of violations that the manifest checks return, one readable line each. */
final class Violations {

    private Violations() {
    }

    static void assertNone(List<String> violations) {
        assertTrue(violations.isEmpty(), () -> violations.size() + " violation(s):\n  " + String.join("\n  ", violations));
    }

    /** Each expected text is part of some violation: the check caught what was broken on purpose. */
    static void assertReported(List<String> violations, String... expected) {
        for (String text : expected) {
            assertTrue(violations.stream().anyMatch(violation -> violation.contains(text)),
                    () -> "no violation mentions \"" + text + "\"; reported:\n  " + String.join("\n  ", violations));
        }
    }
}
