package dev.servicedesk.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Applies one Kafka record for a consumer, at most once in effect: the inbox check, the handler's effect and the
 * inbox entry commit in one transaction. Payloads are read leniently: fields a producer added later (changes within a
 * version are additive) are ignored, so that a consumer keeps working with its own record classes. Trouble with the database is retried with backoff for as long as it lasts
 * (nothing is lost, the partition waits); other errors are retried a few times; an event that can never be applied
 * raises {@link PermanentEventFailure}, which the channel's dead-letter strategy sends to the dead-letter topic. A
 * failure while this instance stops (or fails to start: its database session factory closes under the consumer) says
 * nothing about the event: it is neither counted nor dead-lettered, and the event waits, unacknowledged, for the
 * process to end, so that the next instance of the consumer group gets it.
 *
 * <pre>{@code
 * @Incoming("requests")
 * @Blocking
 * public void on(ConsumerRecord<String, String> record) {
 *     processor.process("workorder-service", record, routes);
 * }
 * }</pre>
 */
@ApplicationScoped
public class EventProcessor {

    public enum Outcome { APPLIED, DUPLICATE, IGNORED }

    private static final Logger LOG = Logger.getLogger(EventProcessor.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);

    private final Inbox inbox;
    private final ObjectMapper json;
    private final Validator validator;
    private final MeterRegistry metrics;
    private final InboxConfig config;
    private final Instance<EntityManagerFactory> sessionFactories;
    private volatile boolean stopping;

    EventProcessor(Inbox inbox, ObjectMapper json, Validator validator, MeterRegistry metrics, InboxConfig config,
            Instance<EntityManagerFactory> sessionFactories) {
        this.inbox = inbox;
        this.json = json;
        this.validator = validator;
        this.metrics = metrics;
        this.config = config;
        this.sessionFactories = sessionFactories;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping(true);
    }

    /** This instance stops from now on ({@code true}), as at shut-down; {@code false} again for tests only. */
    void stopping(boolean value) {
        stopping = value;
    }

    /**
     * Whether this instance is stopping: shut down, or its start failed and Quarkus is closing what had started (the
     * consumers can be polling by then). Handlers fail then for reasons of the instance, never of the event.
     */
    public boolean applicationStopping() {
        if (stopping) {
            return true;
        }
        try {
            ArcContainer container = Arc.container();
            if (container == null || !container.isRunning()) {
                return true;
            }
            return sessionFactories.isResolvable() && !sessionFactories.get().isOpen();
        } catch (RuntimeException e) {
            return true;
        }
    }

    public Outcome process(String consumer, ConsumerRecord<String, String> record, EventRoutes routes) {
        try {
            IncomingEvent event = IncomingEvent.of(record);
            if (routes.ignores(event.type())) {
                return counted(consumer, record.topic(), Outcome.IGNORED);
            }
            EventRoutes.Route<?> route = routes.routeOf(event.type()).orElseThrow(() -> new PermanentEventFailure(
                    "unknown event type '" + event.type() + "' for consumer " + consumer));
            return counted(consumer, record.topic(), applyOnce(consumer, event, route));
        } catch (PermanentEventFailure e) {
            LOG.warnf("%s: event at %s-%d@%d goes to the dead-letter topic: %s", consumer, record.topic(),
                    record.partition(), record.offset(), e.getMessage());
            metrics.counter("servicedesk.consumer.dead.letters", "consumer", consumer, "topic", record.topic()).increment();
            throw e;
        }
    }

    private <T> Outcome applyOnce(String consumer, IncomingEvent event, EventRoutes.Route<T> route) {
        T payload = read(event, route.payloadType());
        Duration backoff = FIRST_BACKOFF;
        int attempt = 0;
        while (true) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (!inbox.firstDelivery(consumer, event.id())) {
                        return Outcome.DUPLICATE;
                    }
                    route.handler().apply(event, payload);
                    return Outcome.APPLIED;
                });
            } catch (RuntimeException e) {
                if (applicationStopping()) {
                    LOG.infof("%s: event %s failed while this instance stops (%s); it is left unacknowledged for the "
                            + "next instance", consumer, event.id(), e);
                    backoff = pauseWhileStopping(backoff);
                    continue;
                }
                PermanentEventFailure permanent = causeOfType(e, PermanentEventFailure.class);
                if (permanent != null) {
                    throw permanent;
                }
                attempt++;
                boolean databaseAway = isDatabaseTrouble(e);
                if (!databaseAway && attempt >= config.maxAttempts()) {
                    throw new PermanentEventFailure("gave up after " + attempt + " attempts: " + e, e);
                }
                LOG.warnf("%s: attempt %d at event %s failed (%s); retrying in %d ms", consumer, attempt, event.id(), e,
                        backoff.toMillis());
                backoff = pause(backoff);
            }
        }
    }

    private <T> T read(IncomingEvent event, Class<T> payloadType) {
        T payload;
        try {
            payload = json.readerFor(payloadType)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(event.payload());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PermanentEventFailure("payload of " + event.type() + " does not match its schema: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (payload == null) {
            throw new PermanentEventFailure("payload of " + event.type() + " is empty");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(payload);
        if (!violations.isEmpty()) {
            throw new PermanentEventFailure("payload of " + event.type() + " violates its schema: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining(", ")));
        }
        return payload;
    }

    private Outcome counted(String consumer, String topic, Outcome outcome) {
        metrics.counter("servicedesk.consumer.events", "consumer", consumer, "topic", topic,
                "outcome", outcome.name().toLowerCase()).increment();
        return outcome;
    }

    /**
     * Waits while the instance stops; an interrupt (the executor shutting down) is kept for the end but does not end
     * the wait: giving up would acknowledge or dead-letter the event, so only the process's end ends it.
     */
    private Duration pauseWhileStopping(Duration backoff) {
        boolean interrupted = Thread.interrupted();
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted && !applicationStopping()) {
            Thread.currentThread().interrupt();
        }
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
    }

    private Duration pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an event", e);
        }
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
    }

    static boolean isDatabaseTrouble(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof OptimisticLockException || cause instanceof PessimisticLockException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")
                            || sql.getSQLState().startsWith("40"))) {
                return true;
            }
        }
        return false;
    }

    private static <E extends Throwable> E causeOfType(Throwable error, Class<E> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
