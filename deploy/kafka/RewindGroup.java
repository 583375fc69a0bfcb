import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Rewinds a consumer group to the start of the given topics, so that the consumer replays them (the Kafka
 * distribution's consumer-group tool is not among the jars the stack uses). The group's consumers must be
 * stopped. A JDK single-file source program, run with the broker classpath:
 *
 * <pre>
 * java -cp "$KAFKA_CP" deploy/kafka/RewindGroup.java --bootstrap 127.0.0.1:19092 GROUP TOPIC...
 * </pre>
 */
public class RewindGroup {

    public static void main(String[] args) throws ExecutionException, InterruptedException {
        if (args.length < 4 || !args[0].equals("--bootstrap")) {
            System.err.println("usage: RewindGroup --bootstrap HOST:PORT GROUP TOPIC...");
            System.exit(2);
        }
        String group = args[2];
        List<String> topics = List.of(args).subList(3, args.length);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[1]))) {
            Set<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames().get().values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .collect(Collectors.toSet());
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> earliest = admin.listOffsets(
                    partitions.stream().collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.earliest())))
                    .all().get();
            Map<TopicPartition, OffsetAndMetadata> rewound = earliest.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue().offset())));
            admin.alterConsumerGroupOffsets(group, rewound).all().get();
            rewound.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey((a, b) -> a.toString().compareTo(b.toString())))
                    .forEach(e -> System.out.println(group + " " + e.getKey() + " -> offset " + e.getValue().offset()));
        }
    }
}
