package dev.servicedesk.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become HTTP answers: every error of every service leaves as RFC 9457
 * {@code application/problem+json}, with a stable {@code type}, the fields at fault where there are any, and never a
 * stack trace, an exception class name or SQL.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String BEARER_CHALLENGE = "Bearer realm=\"servicedesk\"";
    /**
     * The database answers that say "not now" rather than "wrong": a statement or lock timeout, too many connections,
     * the server starting or shutting down, the connection lost.
     */
    private static final Set<String> DATABASE_BUSY_STATES = Set.of("57014", "55P03", "53300", "57P01", "57P03",
            "08001", "08006");
    /** Agroal's pool gives up waiting for a free connection with this message and no SQL state. */
    private static final String POOL_EXHAUSTED = "acquisition timeout";
    private static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response problem(ProblemException error, UriInfo uri) {
        return answer(error.status(), error.type(), error.title(), error.getMessage(), uri, error.violations());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException error, UriInfo uri) {
        if (error.getConstraintViolations().stream().anyMatch(ConstraintViolationPaths::isAboutTheResponse)) {
            return unexpected(error, uri);
        }
        List<Problem.Violation> violations = error.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(ConstraintViolationPaths.fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
        return answer(400, ProblemTypes.VALIDATION, "Invalid request",
                "The request has " + violations.size() + " invalid field(s).", uri, violations);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException error, UriInfo uri) {
        if (error instanceof InvalidDefinitionException) {
            return unexpected(error, uri);
        }
        Problem.Violation violation = JsonInputProblems.violationOf(error);
        String detail = violation.field().isEmpty() ? "The request body is not valid JSON."
                : "The request body does not match the expected shape.";
        return answer(400, ProblemTypes.MALFORMED_REQUEST, "Malformed request", detail, uri, List.of(violation));
    }

    /** Declared for its own type so that it takes precedence over Quarkus's built-in mapper of the same exception. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException error, UriInfo uri) {
        return unreadable(error, uri);
    }

    /** Two changes raced and this one lost: the caller read a version that is no longer current. */
    @ServerExceptionMapper
    public Response stale(OptimisticLockException error, UriInfo uri) {
        return answer(412, ProblemTypes.PRECONDITION_FAILED, "Precondition failed",
                "It changed while you were changing it; read it again and retry.", uri, List.of());
    }

    /**
     * Reading the request failed: the client stopped sending (a timeout, under load) or broke the connection. Nothing
     * went wrong on our side, so it is not a 500.
     */
    @ServerExceptionMapper
    public Response unreadableStream(IOException error, UriInfo uri) {
        String message = String.valueOf(error.getMessage());
        if (message.contains("timed out")) {
            return answer(408, ProblemTypes.REQUEST_TIMEOUT, "Request timeout",
                    "The request did not arrive in time; send it again.", uri, List.of());
        }
        return answer(400, ProblemTypes.MALFORMED_REQUEST, "Malformed request", "The request cannot be read.", uri,
                List.of());
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException error, UriInfo uri) {
        return unauthorized("A valid bearer token is required.", uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException error, UriInfo uri) {
        if (error.getCause() instanceof OIDCException) {
            return authenticationUnavailable((OIDCException) error.getCause(), uri);
        }
        return unauthorized("The bearer token is missing, expired or not signed by the suite's identity provider.", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException error, UriInfo uri) {
        return answer(403, ProblemTypes.FORBIDDEN, "Forbidden",
                "Your roles do not allow this operation.", uri, List.of());
    }

    @ServerExceptionMapper
    public Response authenticationUnavailable(OIDCException error, UriInfo uri) {
        LOG.warnf(error, "Identity provider unavailable for %s", uri.getPath());
        return answer(503, ProblemTypes.AUTHENTICATION_UNAVAILABLE, "Authentication unavailable",
                "The identity provider cannot be reached; try again shortly.", uri, List.of());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException error, UriInfo uri, HttpHeaders headers) {
        if (error.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        if (error.getCause() instanceof ProblemException problem) {
            return problem(problem, uri);
        }
        int status = error.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(error, uri);
        }
        return switch (status) {
            case 400 -> answer(400, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                    "The request cannot be read.", uri, List.of());
            case 401 -> unauthorized("A valid bearer token is required.", uri);
            case 403 -> answer(403, ProblemTypes.FORBIDDEN, "Forbidden", "Your roles do not allow this operation.", uri, List.of());
            case 404 -> answer(404, ProblemTypes.NOT_FOUND, "Not found", "There is nothing at this address.", uri, List.of());
            case 405 -> answer(405, ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed",
                    "This address does not accept that method.", uri, List.of());
            case 406 -> answer(406, ProblemTypes.NOT_ACCEPTABLE, "Not acceptable",
                    "This address answers application/json only.", uri, List.of());
            case 415 -> answer(415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "Content type '" + contentTypeOf(headers) + "' is not accepted here; send application/json.", uri, List.of());
            default -> answer(status, ProblemTypes.HTTP, error.getResponse().getStatusInfo().getReasonPhrase(),
                    null, uri, List.of());
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable error, UriInfo uri) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException lost) {
                return stale(lost, uri);
            }
            if (cause instanceof SQLException sql && databaseBusy(sql)) {
                LOG.warnf("Database busy or unavailable on %s: %s (SQL state %s)", uri.getPath(), sql.getMessage(),
                        sql.getSQLState());
                return Response.fromResponse(answer(503, ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable",
                        "The service is overloaded or cannot reach its database; try again shortly.", uri, List.of()))
                        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                        .build();
            }
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(error, "Unexpected error %s on %s", errorId, uri.getPath());
        Problem body = new Problem(Problem.typeOf(ProblemTypes.INTERNAL), "Internal error", 500,
                "Something went wrong on our side. Quote the error id to support.", instanceOf(uri), errorId, List.of());
        return Response.status(500).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static boolean databaseBusy(SQLException error) {
        String state = error.getSQLState();
        return state == null ? String.valueOf(error.getMessage()).contains(POOL_EXHAUSTED)
                : DATABASE_BUSY_STATES.contains(state);
    }

    private static Response unauthorized(String detail, UriInfo uri) {
        return Response.fromResponse(answer(401, ProblemTypes.UNAUTHORIZED, "Unauthorized", detail, uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE)
                .build();
    }

    private static Response answer(int status, String type, String title, String detail, UriInfo uri,
            List<Problem.Violation> violations) {
        Problem body = new Problem(Problem.typeOf(type), title, status, detail, instanceOf(uri), null, violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static URI instanceOf(UriInfo uri) {
        return URI.create(uri.getRequestUri().getRawPath());
    }

    /** The header as the client sent it: parsing it would throw again for a value that is no media type at all. */
    private static String contentTypeOf(HttpHeaders headers) {
        String contentType = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        return contentType == null || contentType.isBlank() ? "none" : contentType;
    }
}
