package dev.servicedesk.workorder.document;

import java.util.Objects;

/** The problem code the order was opened for, with its name and its service category in the catalogue. */
public record ProblemDetails(String code, String name, String category) {

    public ProblemDetails {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
    }
}
