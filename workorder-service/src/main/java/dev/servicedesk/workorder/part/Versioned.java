package dev.servicedesk.workorder.part;

/** What a read or a change of the order's parts answers with, and the order's version after it (its ETag). */
public record Versioned<T>(T value, long orderVersion) {
}
