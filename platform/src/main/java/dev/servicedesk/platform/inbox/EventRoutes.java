package dev.servicedesk.platform.inbox;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a consumer does with each event type of a topic: the consumer's own record class for the payload and the
 * handler that applies it. Types a consumer knows but does not need are ignored explicitly; any other type is refused
 * (dead letter), so that a misrouted or unknown event is seen rather than silently dropped.
 */
public final class EventRoutes {

    /** Applies one event; runs inside the transaction that also records the event in the inbox. */
    @FunctionalInterface
    public interface Handler<T> {
        void apply(IncomingEvent event, T payload);
    }

    record Route<T>(Class<T> payloadType, Handler<T> handler) {
    }

    private final Map<String, Route<?>> routes = new HashMap<>();
    private final Set<String> ignored = new HashSet<>();

    public static EventRoutes create() {
        return new EventRoutes();
    }

    public <T> EventRoutes on(String type, Class<T> payloadType, Handler<T> handler) {
        routes.put(type, new Route<>(payloadType, handler));
        return this;
    }

    public EventRoutes ignore(String... types) {
        ignored.addAll(Set.of(types));
        return this;
    }

    Optional<Route<?>> routeOf(String type) {
        return Optional.ofNullable(routes.get(type));
    }

    boolean ignores(String type) {
        return ignored.contains(type);
    }
}
