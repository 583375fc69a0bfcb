package dev.servicedesk.platform.inbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicedesk.platform.backbone.ProbeDatabase;
import dev.servicedesk.platform.backbone.ProbeNoteAdded;
import dev.servicedesk.platform.backbone.ProbeNoteConsumer;
import dev.servicedesk.platform.backbone.ProbeNotes;
import dev.servicedesk.platform.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An instance that stops (or whose start failed) closes its database session factory under a consumer that is still
 * applying an event: that failure is the instance's, not the event's. Found by the fault run, where an instance whose
 * start timed out dead-lettered the action request it had just received.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class StoppingInstanceTest {

    @Inject
    EventProcessor processor;

    @Inject
    ProbeNotes notes;

    @Inject
    ProbeNoteConsumer consumer;

    @Inject
    ProbeDatabase database;

    @Inject
    InboxConfig config;

    @ConfigProperty(name = "servicedesk.kafka.topics.notes-dead-letters.name")
    String deadLetterTopic;

    @AfterEach
    void running() {
        processor.stopping(false);
    }

    @Test
    void anEventThatFailsWhileTheInstanceStopsIsNeitherCountedNorDeadLettered() {
        UUID note = UUID.randomUUID();
        try (TopicProbe deadLetters = TopicProbe.open(deadLetterTopic)) {
            processor.stopping(true);
            notes.add(new ProbeNoteAdded(note, 1, Instant.now(), ProbeNoteConsumer.STOPPING_TITLE));

            await("more failures than the attempts an event is allowed").atMost(Duration.ofSeconds(60))
                    .until(() -> consumer.attemptsWhileStopping(note) > config.maxAttempts());
            deadLetters.assertNoRecord(TopicProbe.withKey(note.toString()), Duration.ofSeconds(1));
            assertEquals(0, database.effects(note), "nothing applied while stopping");

            processor.stopping(false);
            await("applied once the instance runs again").atMost(Duration.ofSeconds(30))
                    .until(() -> database.effects(note) == 1);
            deadLetters.assertNoRecord(TopicProbe.withKey(note.toString()), Duration.ofSeconds(1));
        }
    }
}
