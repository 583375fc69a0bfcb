package dev.servicedesk.intake.customer;

import dev.servicedesk.platform.problem.Problem;
import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.platform.problem.ProblemTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects what is wrong with each field of a request, so that the caller hears about every field at once and by
 * the name it wrote ({@code addresses[0].cep}), the same way Bean Validation's violations are answered.
 */
final class FieldErrors {

    private final List<Problem.Violation> violations = new ArrayList<>();

    /** The parsed value, or null after noting why the field is invalid. */
    <T> T parse(String field, Supplier<T> parsing) {
        try {
            return parsing.get();
        } catch (InvalidValueException e) {
            violations.add(new Problem.Violation(field, e.getMessage()));
            return null;
        }
    }

    void add(String field, String message) {
        violations.add(new Problem.Violation(field, message));
    }

    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new ProblemException(400, ProblemTypes.VALIDATION, "Invalid request",
                    "The request has " + violations.size() + " invalid field(s).", violations);
        }
    }
}
