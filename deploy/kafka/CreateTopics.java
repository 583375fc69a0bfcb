import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the suite's missing Kafka topics from a topics file (deploy/kafka/topics.conf), leaving
 * existing topics alone, or lists the broker's topics. A JDK single-file source program, run with
 * the broker classpath (it holds kafka-clients):
 *
 * <pre>
 * java -cp "$KAFKA_CP" deploy/kafka/CreateTopics.java --bootstrap 127.0.0.1:19092 --partitions 3 deploy/kafka/topics.conf
 * java -cp "$KAFKA_CP" deploy/kafka/CreateTopics.java --bootstrap 127.0.0.1:19092 --list
 * </pre>
 *
 * Topics file: one topic a line, its name then topic configs as key=value; {@code partitions=N}
 * overrides the default partition count; {@code #} starts a comment.
 */
public class CreateTopics {

    private static final String PARTITIONS = "partitions";
    private static final short REPLICATION_FACTOR = 1;

    record Topic(String name, int partitions, Map<String, String> configs) {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = "127.0.0.1:19092";
        int partitions = 3;
        boolean list = false;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bootstrap" -> bootstrap = value(args, ++i);
                case "--partitions" -> partitions = Integer.parseInt(value(args, ++i));
                case "--list" -> list = true;
                default -> {
                    if (args[i].startsWith("--")) {
                        usage("unknown option " + args[i]);
                    }
                    file = Path.of(args[i]);
                }
            }
        }
        if (!list && file == null) {
            usage("a topics file or --list is needed");
        }
        List<Topic> wanted = list ? List.of() : parse(file, partitions);
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            if (list) {
                list(admin);
            } else {
                create(admin, wanted);
            }
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println("CreateTopics: " + problem);
        System.err.println("usage: CreateTopics [--bootstrap HOST:PORT] [--partitions N] TOPICS_FILE");
        System.err.println("       CreateTopics [--bootstrap HOST:PORT] --list");
        System.exit(2);
    }

    static List<Topic> parse(Path file, int defaultPartitions) throws IOException {
        List<Topic> topics = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] words = line.split("\\s+");
            int partitions = defaultPartitions;
            Map<String, String> configs = new LinkedHashMap<>();
            for (int w = 1; w < words.length; w++) {
                int eq = words[w].indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException(
                            file + ":" + (n + 1) + ": expected key=value, found '" + words[w] + "'");
                }
                String key = words[w].substring(0, eq);
                String val = words[w].substring(eq + 1);
                if (key.equals(PARTITIONS)) {
                    partitions = Integer.parseInt(val);
                } else {
                    configs.put(key, val);
                }
            }
            topics.add(new Topic(words[0], partitions, configs));
        }
        return topics;
    }

    static void create(Admin admin, List<Topic> wanted) throws InterruptedException, ExecutionException {
        Set<String> existing = admin.listTopics().names().get();
        Map<String, TopicDescription> described = admin.describeTopics(
                wanted.stream().map(Topic::name).filter(existing::contains).toList()).allTopicNames().get();
        List<NewTopic> missing = new ArrayList<>();
        for (Topic topic : wanted) {
            TopicDescription description = described.get(topic.name());
            if (description == null) {
                missing.add(new NewTopic(topic.name(), topic.partitions(), REPLICATION_FACTOR).configs(topic.configs()));
                continue;
            }
            int actual = description.partitions().size();
            String note = actual == topic.partitions() ? "" : ", not the " + topic.partitions() + " configured";
            System.out.printf("kept     %s (exists, %d partitions%s)%n", topic.name(), actual, note);
        }
        if (missing.isEmpty()) {
            return;
        }
        var results = admin.createTopics(missing).values();
        for (NewTopic topic : missing) {
            try {
                results.get(topic.name()).get();
                System.out.printf("created  %s (%d partitions%s)%n", topic.name(), topic.numPartitions(),
                        topic.configs().isEmpty() ? "" : ", " + format(topic.configs()));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                System.out.printf("kept     %s (created meanwhile by someone else)%n", topic.name());
            }
        }
    }

    static void list(Admin admin) throws InterruptedException, ExecutionException {
        Set<String> names = admin.listTopics().names().get();
        Map<String, TopicDescription> descriptions = new TreeMap<>(admin.describeTopics(names).allTopicNames().get());
        List<ConfigResource> resources = names.stream()
                .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
        Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get();
        for (TopicDescription description : descriptions.values()) {
            Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, description.name()));
            Map<String, String> overrides = config.entries().stream()
                    .filter(entry -> entry.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG)
                    .collect(Collectors.toMap(ConfigEntry::name, ConfigEntry::value, (a, b) -> a, TreeMap::new));
            System.out.printf("%-32s partitions=%d replicas=%d%s%n", description.name(),
                    description.partitions().size(), description.partitions().get(0).replicas().size(),
                    overrides.isEmpty() ? "" : " " + format(overrides));
        }
    }

    private static String format(Map<String, String> configs) {
        return configs.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
