package dev.servicedesk.platform.http;

import java.util.List;
import java.util.function.Function;

/** One page of a list, in a stable order: {@code page} counts from 0. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), page, size, total);
    }
}
