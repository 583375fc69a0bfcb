package dev.servicedesk.platform.outbox;

import java.time.Instant;

/**
 * A business fact that other services may care about, recorded through {@link Outbox} in the transaction that made
 * it true. Implementations are immutable records named in the past tense ({@code OrderOpened}); their components
 * are the JSON value on the topic, so they carry ids, codes, amounts, statuses and timestamps, never personal data.
 */
public interface DomainEvent {

    /** The kind of aggregate that changed, e.g. {@code request}; it names the topic through configuration. */
    String aggregateType();

    /** The aggregate's id: the Kafka key and {@code ce_subject}, so that one aggregate's events stay in order. */
    String aggregateId();

    /** The aggregate's version after the change, so that consumers can order and deduplicate by it. */
    long aggregateVersion();

    /** When the fact became true: {@code ce_time}. */
    Instant occurredAt();

    /** {@code ce_type}: the record's simple name unless overridden. */
    default String eventType() {
        return getClass().getSimpleName();
    }
}
