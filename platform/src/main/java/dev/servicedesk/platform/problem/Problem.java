package dev.servicedesk.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error answer of the suite.
 *
 * @param type       stable URI naming the kind of error; clients switch on it, never on {@code title}
 * @param errorId    present on unexpected errors only: the id under which the server logged the cause
 * @param violations the fields at fault, for validation and malformed-input errors
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        URI instance,
        String errorId,
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://servicedesk.dev/problems/";

    public static URI typeOf(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    /** One field at fault: {@code field} is a JSON path into the request ({@code address.cep}, {@code phones[1]}) or a parameter name. */
    public record Violation(String field, String message) {
    }
}
