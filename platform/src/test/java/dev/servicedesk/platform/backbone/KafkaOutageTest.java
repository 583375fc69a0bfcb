package dev.servicedesk.platform.backbone;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicedesk.platform.testing.BrokerControl;
import dev.servicedesk.platform.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Kafka stopped for 30 seconds while the business keeps writing: every event arrives afterwards, each aggregate's
 * events first delivered in order, and the consumer applies each exactly once.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class KafkaOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final int NOTES = 6;
    private static final int VERSIONS_PER_NOTE = 5;

    @Inject
    ProbeNotes notes;

    @Inject
    ProbeDatabase database;

    @ConfigProperty(name = "servicedesk.kafka.topics.notes.name")
    String topic;

    @Test
    void everyEventWrittenWhileKafkaIsDownArrivesInOrderOnceItIsBack() throws InterruptedException {
        List<UUID> written = new ArrayList<>();
        try (TopicProbe probe = TopicProbe.open(topic)) {
            BrokerControl.stop();
            Instant restartAt = Instant.now().plus(OUTAGE);
            try {
                for (int version = 1; version <= VERSIONS_PER_NOTE; version++) {
                    for (int n = 0; n < NOTES; n++) {
                        if (version == 1) {
                            written.add(UUID.randomUUID());
                        }
                        notes.add(written.get(n), version, version);
                    }
                    Thread.sleep(OUTAGE.dividedBy(VERSIONS_PER_NOTE + 1).toMillis());
                }
                Thread.sleep(Math.max(0, Duration.between(Instant.now(), restartAt).toMillis()));
            } finally {
                BrokerControl.start();
            }

            for (UUID note : written) {
                List<ConsumerRecord<String, String>> records = probe.awaitEvents(TopicProbe.withKey(note.toString()),
                        VERSIONS_PER_NOTE, Duration.ofSeconds(90));
                assertEquals(LongStream.rangeClosed(1, VERSIONS_PER_NOTE).mapToObj(Long::toString).toList(),
                        records.stream().map(r -> TopicProbe.header(r, "ce_aggregateversion")).toList());
            }
        }
        for (UUID note : written) {
            await().atMost(Duration.ofSeconds(60)).until(() -> database.effects(note) == VERSIONS_PER_NOTE);
        }
    }
}
