import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until the given consumer groups have consumed every committed record of their partitions (lag zero), or
 * the timeout passes (exit 1, with the lag left). Benchmarks call it between measures, so that a measure does not
 * pay for the backlog the one before it left. A JDK single-file source program, run with the broker classpath:
 *
 * <pre>
 * java -cp "$KAFKA_CP" deploy/kafka/AwaitCaughtUp.java --bootstrap 127.0.0.1:19092 --timeout 300 GROUP...
 * </pre>
 */
public class AwaitCaughtUp {

    public static void main(String[] args) throws ExecutionException, InterruptedException {
        if (args.length < 5 || !args[0].equals("--bootstrap") || !args[2].equals("--timeout")) {
            System.err.println("usage: AwaitCaughtUp --bootstrap HOST:PORT --timeout SECONDS GROUP...");
            System.exit(2);
        }
        long deadline = System.nanoTime() + Long.parseLong(args[3]) * 1_000_000_000L;
        List<String> groups = List.of(args).subList(4, args.length);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[1]))) {
            long lag;
            while ((lag = lag(admin, groups)) > 0) {
                if (System.nanoTime() > deadline) {
                    System.out.println("still " + lag + " records behind after " + args[3] + " s");
                    System.exit(1);
                }
                Thread.sleep(500);
            }
        }
    }

    /** Records the groups have yet to consume, summed over the partitions they have committed offsets for. */
    private static long lag(Admin admin, List<String> groups) throws ExecutionException, InterruptedException {
        long lag = 0;
        for (String group : groups) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                    .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
            var ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
            for (Map.Entry<TopicPartition, OffsetAndMetadata> position : committed.entrySet()) {
                if (position.getValue() != null) {
                    lag += Math.max(0, ends.get(position.getKey()).offset() - position.getValue().offset());
                }
            }
        }
        return lag;
    }
}
