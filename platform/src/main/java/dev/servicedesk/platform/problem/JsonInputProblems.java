package dev.servicedesk.platform.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns Jackson's reading errors into violations a partner can act on, in words that name the JSON field and the
 * expected JSON shape, never a Java class.
 */
final class JsonInputProblems {

    private JsonInputProblems() {
    }

    static Problem.Violation violationOf(JsonProcessingException error) {
        if (error instanceof UnrecognizedPropertyException unknown) {
            return new Problem.Violation(pathOf(unknown), "unknown field '" + unknown.getPropertyName() + "'");
        }
        if (error instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
            return new Problem.Violation(pathOf(invalid), NulCharacters.MESSAGE);
        }
        if (error instanceof InvalidFormatException invalid) {
            return new Problem.Violation(pathOf(invalid),
                    "'" + invalid.getValue() + "' is not " + describe(invalid.getTargetType()));
        }
        if (error instanceof MismatchedInputException mismatched) {
            return new Problem.Violation(pathOf(mismatched), "expected " + describe(mismatched.getTargetType()));
        }
        if (error instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new Problem.Violation(pathOf(mapping), "invalid value");
        }
        JsonLocation location = error.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return new Problem.Violation("", "the body is not valid JSON" + where);
    }

    static String pathOf(JsonMappingException error) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : error.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class || type == BigDecimal.class) {
            return "a number";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == LocalTime.class) {
            return "a time (HH:MM)";
        }
        if (type == OffsetDateTime.class || type == ZonedDateTime.class || type == Instant.class) {
            return "a date-time with offset (ISO-8601, e.g. 2026-11-23T14:30:00-03:00)";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
