package dev.servicedesk.systemtest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one service declares in its application.properties (its port, its Kafka topics, channels and groups) and
 * which SD_* environment variables it and the platform read: what a deployment of it has to provide and allow.
 */
public record ServiceConfig(SuiteProcesses.Service service, String applicationName, String role, int port,
        Set<String> outboxTopics, Set<String> consumedTopics, Set<String> consumerGroups, Set<String> deadLetterTopics,
        Set<String> environmentVariablesRead, Map<String, Set<String>> consumedTopicsByGroup) {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
    private static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("\\$\\{(SD_[A-Z0-9_]+)");

    public static ServiceConfig of(SuiteProcesses.Service service) {
        Path root = Environment.repositoryRoot();
        Properties properties = load(root.resolve(service.module).resolve("src/main/resources/application.properties"));
        Set<String> outbox = new TreeSet<>();
        Set<String> consumed = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        Set<String> deadLetters = new TreeSet<>();
        Map<String, Set<String>> topicsByGroup = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            String value = resolve(properties, properties.getProperty(key));
            if (key.startsWith("servicedesk.outbox.topics.")) {
                outbox.add(value);
            } else if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic")) {
                consumed.add(value);
            } else if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.group\\.id")) {
                groups.add(value);
                String topic = properties.getProperty(key.replaceFirst("group\\.id$", "topic"));
                if (topic != null) {
                    topicsByGroup.computeIfAbsent(value, group -> new TreeSet<>()).add(resolve(properties, topic));
                }
            } else if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic")) {
                deadLetters.add(value);
            }
        }
        Set<String> variables = new TreeSet<>();
        for (Path sources : new Path[] {root.resolve("platform/src/main"), root.resolve(service.module).resolve("src/main")}) {
            variables.addAll(environmentVariablesIn(sources));
        }
        return new ServiceConfig(service, properties.getProperty("quarkus.application.name"),
                properties.getProperty("servicedesk.service"),
                Integer.parseInt(resolve(properties, properties.getProperty("quarkus.http.port"))),
                outbox, consumed, groups, deadLetters, variables, topicsByGroup);
    }

    /** Topics this service may write: its outbox's and its own dead letters. */
    Set<String> ownTopics() {
        Set<String> own = new TreeSet<>(outboxTopics);
        own.addAll(deadLetterTopics);
        return own;
    }

    /** The transactional id of the service's outbox relay (platform OutboxRelayService). */
    String transactionalId() {
        return "servicedesk-outbox-" + applicationName;
    }

    /** A property value with ${other.key} replaced by that key's value and ${MISSING:default} by its default. */
    static String resolve(Properties properties, String value) {
        Matcher reference = REFERENCE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (reference.find()) {
            String replacement = properties.containsKey(reference.group(1))
                    ? resolve(properties, properties.getProperty(reference.group(1)))
                    : reference.group(2) == null ? reference.group() : reference.group(2);
            reference.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        return reference.appendTail(resolved).toString();
    }

    private static Set<String> environmentVariablesIn(Path sources) {
        Set<String> variables = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".properties"))
                    .toList()) {
                Matcher variable = ENVIRONMENT_VARIABLE.matcher(Files.readString(file));
                while (variable.find()) {
                    variables.add(variable.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return variables;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
