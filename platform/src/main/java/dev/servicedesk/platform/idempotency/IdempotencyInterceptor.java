package dev.servicedesk.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.platform.problem.ProblemTypes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/** Makes {@link Idempotent} POSTs create their effect once per {@code Idempotency-Key} and caller. */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyKeys keys;
    private final CurrentVertxRequest currentRequest;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    IdempotencyInterceptor(IdempotencyKeys keys, CurrentVertxRequest currentRequest, SecurityIdentity identity,
            ObjectMapper json) {
        this.keys = keys;
        this.currentRequest = currentRequest;
        this.identity = identity;
        this.json = json;
    }

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        HttpServerRequest request = currentRequest.getCurrent().request();
        String key = request.getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new ProblemException(400, ProblemTypes.VALIDATION, "Invalid request",
                    "The Idempotency-Key header must be 1 to 255 visible ASCII characters.");
        }
        if (invocation.getMethod().getReturnType() != Response.class) {
            throw new IllegalStateException("@Idempotent needs a method returning Response: " + invocation.getMethod());
        }
        String caller = identity.isAnonymous() ? "" : identity.getPrincipal().getName();
        String fingerprint = fingerprint(request, invocation);
        try {
            return QuarkusTransaction.joiningExisting().call(() -> {
                Optional<StoredResponse> stored = keys.claimOrFind(caller, key, fingerprint);
                if (stored.isPresent()) {
                    if (!stored.get().fingerprint().equals(fingerprint)) {
                        throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                                "This Idempotency-Key was used for a different request; use a new key for a new request.");
                    }
                    return stored.get().replay();
                }
                Response response = (Response) invocation.proceed();
                keys.complete(caller, key, toStored(fingerprint, response));
                return response;
            });
        } catch (QuarkusTransactionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private StoredResponse toStored(String fingerprint, Response response) throws JsonProcessingException {
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String text ? text : json.writeValueAsString(entity);
        MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
        return new StoredResponse(fingerprint, response.getStatus(),
                response.getLocation() == null ? null : response.getLocation().toString(),
                response.getHeaderString("ETag"), type.toString(), body);
    }

    /** The method, the path and the body: the same key must come with the same request. */
    private String fingerprint(HttpServerRequest request, InvocationContext invocation) throws JsonProcessingException {
        Object body = entityParameter(invocation);
        String canonical = request.method().name() + " " + request.path() + "\n"
                + (body == null ? "" : json.writeValueAsString(body));
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request body: the parameter that no JAX-RS annotation binds to a path, query, header or context value. */
    private static Object entityParameter(InvocationContext invocation) {
        Annotation[][] annotations = invocation.getMethod().getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            boolean bound = false;
            for (Annotation annotation : annotations[i]) {
                String name = annotation.annotationType().getPackageName();
                bound |= name.startsWith("jakarta.ws.rs") || name.startsWith("org.jboss.resteasy.reactive");
            }
            if (!bound) {
                return invocation.getParameters()[i];
            }
        }
        return null;
    }
}
