package dev.servicedesk.platform.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a POST resource method that returns a {@link jakarta.ws.rs.core.Response}: a request that carries an
 * {@code Idempotency-Key} header creates its effect once, however often it is retried. The first answer is stored
 * with the effect, in the same transaction; a retry with the same key and body gets that answer again (with
 * {@code Idempotent-Replayed: true}); the same key with another body is refused (422).
 */
@InterceptorBinding
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}
