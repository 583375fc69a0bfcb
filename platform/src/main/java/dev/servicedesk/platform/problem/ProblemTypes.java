package dev.servicedesk.platform.problem;

/** The type slugs of the errors every service shares; domain errors add their own (e.g. {@code estimate-not-approved}). */
public final class ProblemTypes {

    public static final String VALIDATION = "validation";
    public static final String MALFORMED_REQUEST = "malformed-request";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String FORBIDDEN = "forbidden";
    public static final String NOT_FOUND = "not-found";
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    public static final String NOT_ACCEPTABLE = "not-acceptable";
    public static final String CONFLICT = "conflict";
    public static final String PRECONDITION_FAILED = "precondition-failed";
    public static final String PRECONDITION_REQUIRED = "precondition-required";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    public static final String REQUEST_TIMEOUT = "request-timeout";
    public static final String AUTHENTICATION_UNAVAILABLE = "authentication-unavailable";
    public static final String SERVICE_UNAVAILABLE = "service-unavailable";
    public static final String INTERNAL = "internal";
    public static final String HTTP = "http";

    private ProblemTypes() {
    }
}
