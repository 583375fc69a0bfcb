package dev.servicedesk.platform.backbone;

import dev.servicedesk.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** The test aggregate's use cases: record events in a transaction that commits, or in one that rolls back. */
@ApplicationScoped
public class ProbeNotes {

    private final Outbox outbox;

    ProbeNotes(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Versions {@code from}..{@code to} of a note, in one transaction. */
    @Transactional
    public void add(UUID noteId, int from, int to) {
        for (int version = from; version <= to; version++) {
            outbox.record(new ProbeNoteAdded(noteId, version, Instant.now(), "nota " + version));
        }
    }

    @Transactional
    public void add(ProbeNoteAdded event) {
        outbox.record(event);
    }

    @Transactional
    public void addThenFail(UUID noteId) {
        outbox.record(new ProbeNoteAdded(noteId, 1, Instant.now(), "nota"));
        throw new IllegalStateException("the business transaction fails after recording its event");
    }
}
