package dev.servicedesk.platform.backbone;

import dev.servicedesk.platform.outbox.DomainEvent;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** The test aggregate's one event: a note (an aggregate that exists only in the platform's tests) reached a version. */
public record ProbeNoteAdded(@NotNull UUID noteId, long version, @NotNull Instant occurredAt, @NotNull String title)
        implements DomainEvent {

    public static final String AGGREGATE_TYPE = "probe-note";

    @Override
    public String aggregateType() {
        return AGGREGATE_TYPE;
    }

    @Override
    public String aggregateId() {
        return noteId.toString();
    }

    @Override
    public long aggregateVersion() {
        return version;
    }
}
