package dev.servicedesk.systemtest.faults;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the clients of the fault run saw acknowledged (2xx), and nothing else: the checks afterwards hold the suite to
 * exactly this. Thread-safe: every client thread writes to it.
 */
final class Ledger {

    record Customer(String id, String client) {
    }

    record LoggedRequest(String id, String protocol, String type, String customerId, String client,
            String problemCode) {
    }

    record ClosedOrder(String orderId, String number, List<String> requestIds) {
    }

    /** An article and the titles of its revisions whose change was acknowledged. */
    record Article(String id, List<String> acknowledgedTitles) {
    }

    final Queue<Customer> customers = new ConcurrentLinkedQueue<>();
    final Queue<LoggedRequest> requests = new ConcurrentLinkedQueue<>();
    final Queue<ClosedOrder> closedOrders = new ConcurrentLinkedQueue<>();
    final Map<String, Article> articles = new ConcurrentHashMap<>();
    /** Answers no client should have had (an unexpected 4xx), and operations given up. */
    final List<String> surprises = new CopyOnWriteArrayList<>();
    private final Map<String, LongAdder> acknowledged = new ConcurrentHashMap<>();

    void acknowledged(String operation) {
        acknowledged.computeIfAbsent(operation, key -> new LongAdder()).increment();
    }

    long acknowledgedTotal() {
        return acknowledged.values().stream().mapToLong(LongAdder::sum).sum();
    }

    Map<String, Long> acknowledgedByOperation() {
        Map<String, Long> counts = new TreeMap<>();
        acknowledged.forEach((operation, count) -> counts.put(operation, count.sum()));
        return counts;
    }

    void surprise(String what) {
        if (surprises.size() < 200) {
            surprises.add(what);
        }
    }

    List<LoggedRequest> requestsOfType(String type) {
        return requests.stream().filter(r -> r.type().equals(type)).toList();
    }
}
