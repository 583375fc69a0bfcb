package dev.servicedesk.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The topics the local stack creates (deploy/kafka/topics.conf) are exactly the topics the services declare as theirs
 * (servicedesk.kafka.topics.* in each service's application.properties), with the same cleanup policy.
 */
class TopicDeclarationsTest {

    private static final Pattern TOPIC_NAME = Pattern.compile("servicedesk\\.kafka\\.topics\\.([^.]+)\\.name");

    @Test
    void theStackCreatesExactlyTheTopicsTheServicesDeclare() throws IOException {
        assertEquals(declaredByTheServices(), LocalStack.topics());
    }

    /** Topic name to cleanup policy, as the services declare them. */
    private static Map<String, String> declaredByTheServices() throws IOException {
        Map<String, String> topics = new TreeMap<>();
        for (SuiteProcesses.Service service : SuiteProcesses.Service.values()) {
            Properties config = new Properties();
            try (Reader reader = Files.newBufferedReader(Environment.repositoryRoot()
                    .resolve(service.module).resolve("src/main/resources/application.properties"))) {
                config.load(reader);
            }
            for (String key : config.stringPropertyNames()) {
                Matcher topic = TOPIC_NAME.matcher(key);
                if (topic.matches()) {
                    boolean compacted = Boolean.parseBoolean(config.getProperty(
                            "servicedesk.kafka.topics." + topic.group(1) + ".compacted", "false"));
                    topics.put(config.getProperty(key), compacted ? "compact" : "delete");
                }
            }
        }
        return topics;
    }
}
