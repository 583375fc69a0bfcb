package dev.servicedesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicedesk.platform.testing.DatabaseCleaner;
import dev.servicedesk.platform.testing.TopicProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fixtures every service's tests lean on, proved against the real broker and database. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SharedFixturesTest {

    private static final String TOPIC = "servicedesk.platform-test.probe";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeAll
    static void createTheTestTopic() throws InterruptedException, ExecutionException {
        String servers = ConfigProvider.getConfig()
                .getValue("kafka.bootstrap.servers", String.class);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    @Test
    void theProbeSeesWhatIsPublishedAfterItOpensAndNothingBefore() throws Exception {
        String before = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(TOPIC, before, "{}")).get();
            try (TopicProbe probe = TopicProbe.open(TOPIC)) {
                ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, after, "{\"n\":1}");
                record.headers().add("ce_type", "ProbeHappened".getBytes(StandardCharsets.UTF_8));
                producer.send(record).get();

                ConsumerRecord<String, String> seen = probe.awaitRecord(TopicProbe.withKey(after), Duration.ofSeconds(10));
                assertEquals("{\"n\":1}", seen.value());
                assertEquals("ProbeHappened", TopicProbe.header(seen, "ce_type"));
                probe.assertNoRecord(TopicProbe.withKey(before), Duration.ofMillis(300));
            }
        }
    }

    @Test
    void theProbeFailsWhenTheRecordNeverComes() {
        try (TopicProbe probe = TopicProbe.open(TOPIC)) {
            assertThrows(AssertionError.class,
                    () -> probe.awaitRecord(TopicProbe.withKey(UUID.randomUUID().toString()), Duration.ofMillis(500)));
        }
    }

    @Test
    void theCleanerEmptiesTheOwnTablesAndKeepsFlywayHistory() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO probe_note VALUES (gen_random_uuid(), 'Geladeira não gela')");

            List<String> truncated = DatabaseCleaner.truncateOwnTables(dataSource);
            assertTrue(truncated.contains("platform.probe_note"), truncated.toString());
            assertFalse(truncated.contains("platform.flyway_schema_history"));

            assertEquals(0, count(statement, "probe_note"));
            assertTrue(count(statement, "flyway_schema_history") > 0);
        }
    }

    private static int count(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private KafkaProducer<String, String> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }
}
