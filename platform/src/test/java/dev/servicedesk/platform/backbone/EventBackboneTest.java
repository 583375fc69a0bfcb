package dev.servicedesk.platform.backbone;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicedesk.platform.inbox.InboxRetention;
import dev.servicedesk.platform.outbox.OutboxRelay;
import dev.servicedesk.platform.outbox.OutboxRelayService;
import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.platform.testing.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The event backbone against the real broker and database, through the platform's test aggregate. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class EventBackboneTest {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    @Inject
    ProbeNotes notes;

    @Inject
    ProbeDatabase database;

    @Inject
    OutboxRelayService relay;

    @Inject
    InboxRetention retention;

    @ConfigProperty(name = "servicedesk.kafka.topics.notes.name")
    String topic;

    @ConfigProperty(name = "servicedesk.kafka.topics.notes-dead-letters.name")
    String deadLetterTopic;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @AfterEach
    void restoreTheRelay() {
        database.failNextDeletes(0);
        relay.start();
    }

    @Test
    void aCommittedTransactionPublishesItsEventsInOrderAsCloudEvents() {
        UUID note = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.open(topic)) {
            notes.add(note, 1, 5);

            List<ConsumerRecord<String, String>> records = probe.awaitRecords(TopicProbe.withKey(note.toString()), 5, ARRIVAL);
            assertEquals(List.of("1", "2", "3", "4", "5"),
                    records.stream().map(r -> TopicProbe.header(r, "ce_aggregateversion")).toList());
            Map<String, String> headers = TopicProbe.headers(records.get(0));
            assertEquals("1.0", headers.get("ce_specversion"));
            assertEquals("ProbeNoteAdded", headers.get("ce_type"));
            assertEquals("/servicedesk/platform-test", headers.get("ce_source"));
            assertEquals(note.toString(), headers.get("ce_subject"));
            assertEquals("application/json", headers.get("content-type"));
            assertNotNull(UUID.fromString(headers.get("ce_id")));
            assertNotNull(Instant.parse(headers.get("ce_time")));
            assertTrue(records.get(0).value().contains("\"noteId\":\"" + note + "\""), records.get(0).value());
        }
        await().atMost(ARRIVAL).until(() -> database.effects(note) == 5);
        assertEquals(0, database.pendingOutboxRows(note));
    }

    @Test
    void aTransactionThatRollsBackPublishesNothing() {
        UUID note = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.open(topic)) {
            assertThrows(IllegalStateException.class, () -> notes.addThenFail(note));
            UUID committed = UUID.randomUUID();
            notes.add(committed, 1, 1);

            probe.awaitRecord(TopicProbe.withKey(committed.toString()), ARRIVAL);
            probe.assertNoRecord(TopicProbe.withKey(note.toString()), Duration.ofSeconds(1));
        }
        assertEquals(0, database.pendingOutboxRows(note));
    }

    @Test
    void aCrashBetweenTheAcksAndTheCommitResendsAndTheInboxAppliesEachEventOnce() {
        UUID note = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.open(topic)) {
            database.failNextDeletes(2);
            notes.add(note, 1, 3);

            List<ConsumerRecord<String, String>> delivered = probe.awaitRecords(TopicProbe.withKey(note.toString()), 9, ARRIVAL);
            assertEquals(3, delivered.stream().map(r -> TopicProbe.header(r, "ce_id")).distinct().count(),
                    "the same three events, delivered three times each");
        }
        await().atMost(ARRIVAL).until(() -> database.pendingOutboxRows(note) == 0);
        await().during(Duration.ofSeconds(1)).atMost(ARRIVAL).until(() -> database.effects(note) == 3);
    }

    @Test
    void twoRelaysOnOneOutboxPublishOnceAndTheStandbyTakesOver() {
        relay.stop();
        OutboxRelay first = relay.newRelay("relay-a");
        OutboxRelay second = relay.newRelay("relay-b");
        UUID before = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.open(topic)) {
            first.start();
            second.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> first.isActive() ^ second.isActive());
            OutboxRelay active = first.isActive() ? first : second;
            OutboxRelay standby = active == first ? second : first;

            notes.add(before, 1, 20);
            probe.awaitRecords(TopicProbe.withKey(before.toString()), 20, ARRIVAL);
            assertEquals(0, standby.publishedCount(), "the standby publishes nothing");

            active.stop();
            Instant stopped = Instant.now();
            await().atMost(Duration.ofSeconds(10)).until(standby::isActive);
            assertTrue(Duration.between(stopped, Instant.now()).toSeconds() < 5, "the standby took over within seconds");

            notes.add(after, 1, 20);
            List<ConsumerRecord<String, String>> records = probe.awaitRecords(TopicProbe.withKey(after.toString()), 20, ARRIVAL);
            assertEquals(LongStream.rangeClosed(1, 20).mapToObj(Long::toString).toList(),
                    records.stream().map(r -> TopicProbe.header(r, "ce_aggregateversion")).toList());
            assertEquals(20, probe.seen().stream().filter(TopicProbe.withKey(before.toString())).count(),
                    "each event published once across the handover");
        } finally {
            first.stop();
            second.stop();
        }
        assertFalse(first.isActive() || second.isActive());
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheConsumerGoesOn() throws Exception {
        UUID refused = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        try (TopicProbe deadLetters = TopicProbe.open(deadLetterTopic);
                KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, "not-json", "{this is not json")).get();
            ProducerRecord<String, String> unknown = new ProducerRecord<>(topic, "unknown-type", "{}");
            unknown.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            unknown.headers().add("ce_type", "ProbeNoteVanished".getBytes(StandardCharsets.UTF_8));
            producer.send(unknown).get();
            ProducerRecord<String, String> untitled = new ProducerRecord<>(topic, "schema-violation",
                    "{\"noteId\": \"" + UUID.randomUUID() + "\", \"version\": 1, \"occurredAt\": \"2026-11-23T10:00:00Z\"}");
            untitled.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            untitled.headers().add("ce_type", "ProbeNoteAdded".getBytes(StandardCharsets.UTF_8));
            producer.send(untitled).get();
            notes.add(new ProbeNoteAdded(refused, 1, Instant.now(), ProbeNoteConsumer.REFUSED_TITLE));
            notes.add(next, 1, 1);

            ConsumerRecord<String, String> notJson = deadLetters.awaitRecord(TopicProbe.withKey("not-json"), ARRIVAL);
            assertTrue(TopicProbe.header(notJson, "dead-letter-reason").contains("not a CloudEvent"),
                    TopicProbe.headers(notJson).toString());
            assertEquals(topic, TopicProbe.header(notJson, "dead-letter-topic"));
            assertNotNull(TopicProbe.header(notJson, "dead-letter-partition"));
            assertNotNull(TopicProbe.header(notJson, "dead-letter-offset"));
            assertEquals("{this is not json", notJson.value());

            ConsumerRecord<String, String> vanished = deadLetters.awaitRecord(TopicProbe.withKey("unknown-type"), ARRIVAL);
            assertTrue(TopicProbe.header(vanished, "dead-letter-reason").contains("unknown event type 'ProbeNoteVanished'"));

            ConsumerRecord<String, String> invalid = deadLetters.awaitRecord(TopicProbe.withKey("schema-violation"), ARRIVAL);
            assertTrue(TopicProbe.header(invalid, "dead-letter-reason").contains("violates its schema: title"),
                    TopicProbe.header(invalid, "dead-letter-reason"));

            ConsumerRecord<String, String> rule = deadLetters.awaitRecord(TopicProbe.withKey(refused.toString()), ARRIVAL);
            assertTrue(TopicProbe.header(rule, "dead-letter-reason").contains("business rule"));
        }
        await().atMost(ARRIVAL).until(() -> database.effects(next) == 1);
        assertEquals(0, database.effects(refused));
    }

    @Test
    void anEventRecordedDuringARequestContinuesTheRequestsTrace() {
        UUID note = UUID.randomUUID();
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        try (TopicProbe probe = TopicProbe.open(topic)) {
            given().auth().oauth2(Tokens.forRole("agent"))
                    .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                    .post("/probe/backbone-notes/" + note + "/versions/1")
                    .then().statusCode(204);

            ConsumerRecord<String, String> record = probe.awaitRecord(TopicProbe.withKey(note.toString()), ARRIVAL);
            String traceparent = TopicProbe.header(record, "traceparent");
            assertNotNull(traceparent, "the event carries the trace context");
            assertTrue(traceparent.startsWith("00-" + traceId + "-"), traceparent);
        }
    }

    @Test
    void aPassingFaultIsRetriedAndAppliedOnceWithoutADeadLetter() {
        UUID flaky = UUID.randomUUID();
        try (TopicProbe deadLetters = TopicProbe.open(deadLetterTopic)) {
            notes.add(new ProbeNoteAdded(flaky, 1, Instant.now(), ProbeNoteConsumer.FLAKY_TITLE));

            await().atMost(ARRIVAL).until(() -> database.effects(flaky) == 1);
            deadLetters.assertNoRecord(TopicProbe.withKey(flaky.toString()), Duration.ofSeconds(1));
        }
        assertEquals(1, database.effects(flaky));
    }

    @Test
    void aPoisonOutboxRowIsParkedAndTheRowsBehindItGoOut() {
        UUID tooLarge = UUID.randomUUID();
        UUID behind = UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.open(topic)) {
            notes.add(new ProbeNoteAdded(tooLarge, 1, Instant.now(), "x".repeat(2 * 1024 * 1024)));
            notes.add(behind, 1, 3);

            probe.awaitRecords(TopicProbe.withKey(behind.toString()), 3, ARRIVAL);
            await().atMost(ARRIVAL).until(() -> database.parkedOutboxRows(tooLarge) == 1);
            assertTrue(database.lastError(tooLarge).contains("RecordTooLarge"), database.lastError(tooLarge));
            probe.assertNoRecord(TopicProbe.withKey(tooLarge.toString()), Duration.ofMillis(300));
        } finally {
            database.execute("DELETE FROM outbox_event WHERE aggregateid = '" + tooLarge + "'");
        }
    }

    @Test
    void readinessGoesDownWhenEventsStopFlowing() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Outbox' }.status", equalTo("UP"));
        relay.stop();
        UUID stuck = UUID.randomUUID();
        notes.add(new ProbeNoteAdded(stuck, 1, Instant.now().minus(Duration.ofHours(1)), "atrasada"));

        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'Outbox' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Outbox' }.data.reason", containsString("oldest unsent"));

        relay.start();
        await().atMost(ARRIVAL).until(() -> database.pendingOutboxRows(stuck) == 0);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("servicedesk_outbox_pending"))
                .body(containsString("servicedesk_outbox_published_total"))
                .body(containsString("servicedesk_outbox_relay_active"))
                .body(containsString("servicedesk_consumer_events_total"))
                .body(containsString("kafka_consumer_fetch_manager_records_lag"));
    }

    @Test
    void theInboxForgetsEntriesOlderThanItsRetention() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        database.execute(
                "INSERT INTO inbox_event (consumer, event_id, received_at) VALUES ('retention-test', '" + old
                        + "', now() - interval '40 days')",
                "INSERT INTO inbox_event (consumer, event_id) VALUES ('retention-test', '" + recent + "')");

        assertTrue(retention.removeOlderThan(Duration.ofDays(30)) >= 1);

        assertEquals(1, database.inboxEntries("retention-test"));
        database.execute("DELETE FROM inbox_event WHERE consumer = 'retention-test'");
    }

    private KafkaProducer<String, String> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }
}
