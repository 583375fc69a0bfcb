package dev.servicedesk.reporting.benchmark;

import static io.restassured.RestAssured.given;

import dev.servicedesk.platform.outbox.CloudEventHeaders;
import dev.servicedesk.platform.testing.Tokens;
import dev.servicedesk.reporting.Scenario;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How fast a rebuild replays the topics (run on demand: {@code deploy/bench/reporting-rebuild.sh}). Fills topics of
 * its own ({@code bench.*}, filled once and reused) with {@code benchmark.scenarios} copies of the test
 * {@link Scenario} (40 events each: requests, orders, estimates, holds, completions, ratings, catalogue), keeps the
 * live consumer off them, then rebuilds and reports the events per second. Reports, asserts no timing; the report
 * goes to the log and to {@code target/benchmark/rebuild.md}.
 */
@Tag("benchmark")
@QuarkusTest
@TestProfile(RebuildBenchmark.BenchTopics.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class RebuildBenchmark {

    private static final Logger LOG = Logger.getLogger(RebuildBenchmark.class);

    /** The rebuild reads the bench topics; the live channels read an idle topic, so that they do not compete. */
    public static class BenchTopics implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("servicedesk.kafka.topics.requests.name", "bench.requests.v1");
            config.put("servicedesk.kafka.topics.orders.name", "bench.orders.v1");
            config.put("servicedesk.kafka.topics.catalog.name", "bench.catalog.v1");
            config.put("servicedesk.kafka.topics.articles.name", "bench.articles.v1");
            config.put("servicedesk.kafka.topics.idle.name", "bench.idle.v1");
            for (String channel : List.of("requests", "orders", "catalog", "articles")) {
                config.put("mp.messaging.incoming." + channel + ".topic", "bench.idle.v1");
            }
            return config;
        }
    }

    @Test
    void rebuildSpeed() throws Exception {
        int scenarios = Integer.getInteger("benchmark.scenarios", 10_000);
        long held = eventsHeld();
        if (held == 0) {
            fill(scenarios);
            held = eventsHeld();
        }
        JsonPath progress = given().auth().oauth2(Tokens.forRole("admin")).post("/api/v1/admin/rebuilds")
                .then().statusCode(202).extract().jsonPath();
        while (progress.getString("state").equals("RUNNING")) {
            Thread.sleep(1000);
            progress = given().auth().oauth2(Tokens.forRole("admin")).get("/api/v1/admin/rebuilds/current")
                    .then().statusCode(200).extract().jsonPath();
            LOG.infof("rebuild: %s events read of %s, %s events/s, %s s left", progress.getString("eventsRead"),
                    progress.getString("eventsTotal"), progress.getString("eventsPerSecond"),
                    progress.getString("secondsLeft"));
        }
        String report = """
                # Rebuild benchmark

                %s: %s events held in the bench topics; rebuild %s: %s events read (%s skipped) from %s to %s,
                **%s events/s**.
                """.formatted(Instant.now(), held, progress.getString("state"), progress.getString("eventsApplied"),
                progress.getString("skipped"), progress.getString("startedAt"), progress.getString("finishedAt"),
                progress.getString("eventsPerSecond"));
        LOG.info(report);
        Path out = Path.of("target/benchmark/rebuild.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static void fill(int scenarios) throws IOException {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < scenarios; i++) {
                for (Scenario.Event e : new Scenario().events()) {
                    ProducerRecord<String, String> record = new ProducerRecord<>("bench." + e.topic()
                            .substring("servicedesk.".length()), e.key(), e.json());
                    header(record, CloudEventHeaders.ID, e.id().toString());
                    header(record, CloudEventHeaders.TYPE, e.type());
                    header(record, CloudEventHeaders.SOURCE, e.source());
                    header(record, CloudEventHeaders.SUBJECT, e.key());
                    header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
                    header(record, CloudEventHeaders.AGGREGATE_VERSION, Long.toString(e.version()));
                    header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
                    producer.send(record);
                }
            }
            producer.flush();
        }
    }

    private static long eventsHeld() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = List.of("bench.requests.v1", "bench.orders.v1", "bench.catalog.v1")
                    .stream().flatMap(topic -> consumer.partitionsFor(topic).stream()
                            .map(p -> new TopicPartition(topic, p.partition()))).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
