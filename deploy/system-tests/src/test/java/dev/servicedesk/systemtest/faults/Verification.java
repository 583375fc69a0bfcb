package dev.servicedesk.systemtest.faults;

import com.fasterxml.jackson.databind.JsonNode;
import dev.servicedesk.systemtest.faults.EventHistory.Event;
import dev.servicedesk.systemtest.faults.Ledger.LoggedRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The checks after the run, exactly against what the clients saw acknowledged: through the services' own APIs, the
 * topics, the outbox and inbox tables and the consumer groups. Each finding goes to {@link Figures#fail}.
 */
final class Verification {

    static final String REQUESTS = "servicedesk.requests.v1";
    static final String ORDERS = "servicedesk.orders.v1";
    static final String ARTICLES = "servicedesk.articles.v1";

    private final MixedWorkload workload;
    private final Ledger ledger;
    private final Figures figures;
    private final List<Event> events;
    private final Map<String, List<Event>> byKey = new HashMap<>();

    Verification(MixedWorkload workload, Figures figures, List<Event> events) {
        this.workload = workload;
        this.ledger = workload.ledger;
        this.figures = figures;
        this.events = events;
        for (Event event : events) {
            byKey.computeIfAbsent(event.topic() + "/" + event.key(), key -> new ArrayList<>()).add(event);
        }
    }

    /** Distinct event ids of one type for one aggregate on a topic. */
    private Set<String> ids(String topic, String key, String type) {
        return byKey.getOrDefault(topic + "/" + key, List.of()).stream().filter(e -> type.equals(e.type()))
                .map(Event::id).collect(Collectors.toSet());
    }

    void customers() {
        for (Ledger.Customer customer : ledger.customers) {
            JsonNode found = get(workload.intake(), "/api/v1/customers/" + customer.id(), customer.client());
            if (found == null) {
                figures.fail("customer " + customer.id() + " was acknowledged but is not found");
            }
        }
    }

    /** Every acknowledged request exists once, as acknowledged, with its RequestLogged on the topic once. */
    void requests() {
        Map<String, List<LoggedRequest>> byCustomer = ledger.requests.stream()
                .collect(Collectors.groupingBy(LoggedRequest::customerId));
        for (LoggedRequest request : ledger.requests) {
            JsonNode found = get(workload.intake(), "/api/v1/requests/" + request.id(), request.client());
            if (found == null) {
                figures.fail("request " + request.protocol() + " was acknowledged but is not found");
            } else if (!request.protocol().equals(found.path("protocol").asText())
                    || !request.type().equals(found.path("type").asText())) {
                figures.fail("request " + request.id() + " is not what was acknowledged: " + found);
            }
            int logged = ids(REQUESTS, request.id(), "RequestLogged").size();
            if (logged != 1) {
                figures.fail("request " + request.protocol() + " has " + logged + " RequestLogged events");
            }
        }
        for (Ledger.Customer customer : ledger.customers) {
            int acknowledged = byCustomer.getOrDefault(customer.id(), List.of()).size();
            JsonNode history = get(workload.intake(), "/api/v1/customers/" + customer.id() + "/requests?size=1",
                    customer.client());
            long stored = history == null ? -1 : history.path("total").asLong();
            if (stored != acknowledged) {
                figures.fail("customer " + customer.id() + " has " + stored + " requests, " + acknowledged
                        + " were acknowledged (a retry created one twice, or one was lost)");
            }
        }
    }

    /**
     * Every action request for the run's problem code has exactly one order, which names it, and the order was opened
     * once; no other order exists for the run's department. Returns the orders by request.
     */
    Map<String, String> actionRequests() {
        Map<String, String> orderByRequest = new HashMap<>();
        for (LoggedRequest request : ledger.requestsOfType("ACTION")) {
            if (!workload.problemCode().equals(request.problemCode())) {
                continue;
            }
            JsonNode orders = get(workload.workorder(), "/api/v1/orders?requestId=" + request.id(), "agent");
            long count = orders == null ? -1 : orders.path("total").asLong();
            if (count != 1) {
                figures.fail("action request " + request.protocol() + " has " + count + " orders");
                continue;
            }
            String orderId = orders.path("items").path(0).path("id").asText();
            orderByRequest.put(request.id(), orderId);
            JsonNode inIntake = get(workload.intake(), "/api/v1/requests/" + request.id(), request.client());
            if (inIntake == null || !orderId.equals(inIntake.path("orderId").asText())) {
                figures.fail("action request " + request.protocol() + " is not linked to its order " + orderId
                        + " in intake: " + inIntake);
            }
            int opened = ids(ORDERS, orderId, "OrderOpened").size();
            if (opened != 1) {
                figures.fail("order " + orderId + " has " + opened + " OrderOpened events");
            }
        }
        JsonNode department = get(workload.workorder(), "/api/v1/orders?size=1&department="
                + workload.departmentCode(), "agent");
        long orders = department == null ? -1 : department.path("total").asLong();
        long distinct = new HashSet<>(orderByRequest.values()).size();
        if (orders != distinct) {
            figures.fail("the run's department has " + orders + " orders; its action requests have " + distinct);
        }
        return orderByRequest;
    }

    /** The request the work orders refused on purpose: refused in intake, no order, its dead letter(s) only. */
    void refusedOnPurpose(LoggedRequest refused, List<Event> deadLetters) {
        JsonNode found = get(workload.intake(), "/api/v1/requests/" + refused.id(), "agent");
        if (found == null || found.path("orderRefusal").isMissingNode() || found.path("orderRefusal").isNull()) {
            figures.fail("the request refused on purpose shows no refusal in intake: " + found);
        }
        JsonNode orders = get(workload.workorder(), "/api/v1/orders?requestId=" + refused.id(), "agent");
        if (orders == null || orders.path("total").asLong() != 0) {
            figures.fail("the request refused on purpose has an order: " + orders);
        }
        List<Event> unexpected = deadLetters.stream().filter(d -> !refused.id().equals(d.key())).toList();
        unexpected.forEach(d -> figures.fail("dead letter not caused on purpose: " + d.topic() + "-" + d.partition()
                + "@" + d.offset() + " key " + d.key() + " " + d.type()));
        Set<String> refusedIds = deadLetters.stream().filter(d -> refused.id().equals(d.key())).map(Event::id)
                .collect(Collectors.toSet());
        if (refusedIds.size() != 1) {
            figures.fail("the request refused on purpose left " + refusedIds.size() + " distinct dead letters");
        }
    }

    /** Every order the technicians closed is closed, announced once, and has resolved its requests. */
    void closedOrders() {
        for (Ledger.ClosedOrder closed : ledger.closedOrders) {
            JsonNode order = get(workload.workorder(), "/api/v1/orders/" + closed.orderId(), "agent");
            if (order == null || !"CLOSED".equals(order.path("status").asText())) {
                figures.fail("order " + closed.number() + " was closed (acknowledged) but is "
                        + (order == null ? "missing" : order.path("status").asText()));
            }
            int announced = ids(ORDERS, closed.orderId(), "OrderClosed").size();
            if (announced != 1) {
                figures.fail("order " + closed.number() + " has " + announced + " OrderClosed events");
            }
            for (String requestId : closed.requestIds()) {
                JsonNode request = get(workload.intake(), "/api/v1/requests/" + requestId, "agent");
                if (request == null || !"RESOLVED".equals(request.path("status").asText())) {
                    figures.fail("request " + requestId + " of closed order " + closed.number() + " is "
                            + (request == null ? "missing" : request.path("status").asText()));
                }
            }
        }
    }

    /** Every acknowledged article change is a revision; each published revision was announced once. */
    void articles() {
        for (Ledger.Article article : ledger.articles.values()) {
            JsonNode revisions = get(workload.knowledge(), "/api/v1/articles/" + article.id() + "/revisions",
                    "supervisor");
            if (revisions == null) {
                figures.fail("article " + article.id() + " was acknowledged but is not found");
                continue;
            }
            Set<String> titles = new HashSet<>();
            revisions.forEach(r -> titles.add(r.path("content").path("title").asText()));
            for (String title : article.acknowledgedTitles()) {
                if (!titles.contains(title)) {
                    figures.fail("article " + article.id() + " lacks the acknowledged revision '" + title + "'");
                }
            }
            Map<String, Set<String>> idsByRevision = new HashMap<>();
            byKey.getOrDefault(ARTICLES + "/" + article.id(), List.of()).stream()
                    .filter(e -> "ArticleRevised".equals(e.type()) || "ArticlePublished".equals(e.type()))
                    .forEach(e -> idsByRevision.computeIfAbsent(e.type() + " " + revisionOf(e), k -> new HashSet<>())
                            .add(e.id()));
            idsByRevision.forEach((revision, ids) -> {
                if (ids.size() != 1) {
                    figures.fail("article " + article.id() + ": " + revision + " was announced as " + ids.size()
                            + " different events");
                }
            });
            long published = 0;
            for (JsonNode revision : revisions) {
                if ("PUBLISHED".equals(revision.path("status").asText())) {
                    published++;
                }
            }
            if (published != idsByRevision.size()) {
                figures.fail("article " + article.id() + " has " + published + " published revisions and "
                        + idsByRevision.size() + " announced");
            }
        }
    }

    private static String revisionOf(Event event) {
        try {
            return ApiClient.JSON.readTree(event.value()).path("revision").asText();
        } catch (IOException e) {
            return "?";
        }
    }

    private JsonNode get(Supplier<String> service, String path, String user) {
        ApiClient.Answer answer = workload.client.get(service, path, workload.token(user));
        return answer.status() == 200 ? answer.body() : null;
    }

    static Set<String> distinctIds(List<Event> events) {
        return events.stream().map(Event::id).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
