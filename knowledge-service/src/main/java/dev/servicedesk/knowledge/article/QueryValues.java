package dev.servicedesk.knowledge.article;

import dev.servicedesk.platform.problem.Problem;
import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.platform.problem.ProblemTypes;
import java.util.Arrays;
import java.util.List;

/**
 * Query parameters naming an enum constant. JAX-RS answers a value it cannot convert with 404; a caller who mistyped
 * a filter deserves a 400 that lists the values there are.
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            throw new ProblemException(400, ProblemTypes.VALIDATION, "Invalid request",
                    "The query parameter " + parameter + " must be one of " + allowed + ".",
                    List.of(new Problem.Violation(parameter, "must be one of " + allowed)));
        }
    }
}
