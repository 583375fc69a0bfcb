package dev.servicedesk.platform.kafka;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/** Creates the service's declared topics that are missing, before its consumers and its relay start. */
@ApplicationScoped
public class TopicCreator {

    private static final Logger LOG = Logger.getLogger(TopicCreator.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final TopicsConfig topics;
    private final KafkaConnection connection;

    TopicCreator(TopicsConfig topics, KafkaConnection connection) {
        this.topics = topics;
        this.connection = connection;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        if (topics.topics().isEmpty()) {
            return;
        }
        Map<String, Object> settings = connection.settings();
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        try (Admin admin = Admin.create(settings)) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = topics.topics().values().stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .map(TopicCreator::newTopic)
                    .toList();
            for (NewTopic topic : missing) {
                create(admin, topic);
            }
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("Kafka unreachable at start-up (%s); declared topics not checked", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void create(Admin admin, NewTopic topic) throws InterruptedException, TimeoutException {
        try {
            admin.createTopics(List.of(topic)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            LOG.infof("Created topic %s (%d partitions)", topic.name(), topic.numPartitions());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                LOG.warnf("Could not create topic %s: %s", topic.name(), e.getCause().toString());
            }
        }
    }

    static NewTopic newTopic(TopicsConfig.Topic declared) {
        Map<String, String> configs = declared.compacted()
                ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                : Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(declared.retentionMs()));
        return new NewTopic(declared.name(), declared.partitions(), declared.replicationFactor()).configs(configs);
    }
}
