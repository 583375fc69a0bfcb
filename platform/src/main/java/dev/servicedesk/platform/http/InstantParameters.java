package dev.servicedesk.platform.http;

import dev.servicedesk.platform.problem.Problem;
import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.platform.problem.ProblemTypes;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;

/**
 * Instants in paths and query strings: ISO-8601 with an offset, in the years 0001 to 9999. Any other value is the
 * caller's error, a 400 naming the parameter (not the 404 JAX-RS gives by default), and a year PostgreSQL cannot hold
 * never reaches a query.
 */
@Provider
public class InstantParameters implements ParamConverterProvider {

    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");
    static final String RULE = "must be an instant with offset (ISO-8601, e.g. 2026-11-23T14:30:00-03:00) in the "
            + "years 0001 to 9999";

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Instant.class) {
            return null;
        }
        String name = nameOf(annotations);
        return (ParamConverter<T>) new ParamConverter<Instant>() {

            @Override
            public Instant fromString(String value) {
                if (value == null) {
                    return null;
                }
                Instant instant;
                try {
                    instant = Instant.parse(value);
                } catch (DateTimeException e) {
                    throw invalid(name);
                }
                if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                    throw invalid(name);
                }
                return instant;
            }

            @Override
            public String toString(Instant value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static BadRequestException invalid(String name) {
        return new BadRequestException(new ProblemException(400, ProblemTypes.VALIDATION, "Invalid request",
                "The request has 1 invalid field(s).", List.of(new Problem.Violation(name, RULE))));
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return "";
    }
}
