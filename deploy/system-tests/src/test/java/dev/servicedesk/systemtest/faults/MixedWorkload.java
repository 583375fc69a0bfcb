package dev.servicedesk.systemtest.faults;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.servicedesk.systemtest.Cpfs;
import dev.servicedesk.systemtest.Keycloak;
import dev.servicedesk.systemtest.SuiteFixtures;
import dev.servicedesk.systemtest.SuiteProcesses.Service;
import dev.servicedesk.systemtest.faults.ApiClient.Answer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The call centre's day at a fixed, modest rate: agents log information, action and comment requests; a partner
 * system logs action and information requests for its own customers; technicians (with the agents and the
 * supervisor who estimate and dispatch) take the orders the action requests open through estimate, approval,
 * dispatch, work, the customer's signature and closing; supervisors write, publish and edit articles. Each tick is
 * one call (retried by {@link ApiClient} while things fail); what was acknowledged goes to the {@link Ledger}.
 * Bounded by a number of operations and by {@link #stop()}.
 */
final class MixedWorkload implements AutoCloseable {

    static final String PARTNER = "partner-acme";
    private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    private static final int AGENT_CUSTOMERS = 8;
    private static final int PARTNER_CUSTOMERS = 4;
    private static final int ARTICLES = 6;
    /** Technicians work a few orders at a time through to closing; the others stay open, as a backlog does. */
    private static final int ORDERS_IN_WORK = 12;

    private enum Kind { INFORMATION, ACTION, COMMENT, PARTNER_ACTION, PARTNER_INFORMATION, ORDER_STEP, ARTICLE_STEP }

    /** Shares of the ticks, in the order of {@link Kind}. */
    private static final int[] WEIGHTS = {18, 16, 10, 8, 4, 32, 12};

    private enum Step { FIND_ORDER, ESTIMATE, ISSUE, APPROVE, SCHEDULE, ASSIGN, START, COMPLETE, CLOSE }

    /** One order on its way to closing; worked by one thread at a time (taken from the queue, put back). */
    private static final class OrderJob {
        final String requestId;
        Step step = Step.FIND_ORDER;
        String orderId;
        String number;
        List<String> requestIds = List.of();
        String estimateEtag;

        OrderJob(String requestId) {
            this.requestId = requestId;
        }
    }

    private enum ArticleStage { WRITE, SUBMIT, PUBLISH, EDIT }

    private static final class ArticleJob {
        final int index;
        ArticleStage stage = ArticleStage.WRITE;
        String id;
        String etag;
        int edits;

        ArticleJob(int index) {
            this.index = index;
        }
    }

    final String runId = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    final Ledger ledger = new Ledger();
    final ApiClient client;
    private final Supplier<String> intake;
    private final Supplier<String> workorder;
    private final Supplier<String> knowledge;
    private final Supplier<String> reporting;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final List<String> agentCustomers = new ArrayList<>();
    private final List<String> partnerCustomers = new ArrayList<>();
    /** Orders waiting for a technician, and those being worked (at most {@link #ORDERS_IN_WORK} at a time). */
    private final Queue<OrderJob> orders = new ConcurrentLinkedQueue<>();
    private final Queue<OrderJob> ordersInWork = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inWork = new AtomicInteger();
    private final Queue<ArticleJob> articles = new ConcurrentLinkedQueue<>();
    private final AtomicLong ticks = new AtomicLong();
    private final AtomicLong skippedTicks = new AtomicLong();
    private final ExecutorService workers;
    private final Semaphore freeWorkers;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("fault-run-ticker").daemon().factory());
    private String departmentCode;
    private String problemCode;
    private String retiredProblemCode;

    MixedWorkload(ServiceFleet fleet, ApiClient client, int workerThreads) {
        this.client = client;
        this.intake = ApiClient.roundRobin(() -> fleet.urls(Service.INTAKE));
        this.workorder = ApiClient.roundRobin(() -> fleet.urls(Service.WORKORDER));
        this.knowledge = ApiClient.roundRobin(() -> fleet.urls(Service.KNOWLEDGE));
        this.reporting = ApiClient.roundRobin(() -> fleet.urls(Service.REPORTING));
        this.workers = Executors.newFixedThreadPool(workerThreads,
                Thread.ofPlatform().name("fault-run-client-", 0).daemon().factory());
        this.freeWorkers = new Semaphore(workerThreads);
    }

    /** Tokens, the run's own catalogue (one problem code in use, one retired), customers and articles to edit. */
    void prepare() {
        for (String user : List.of("agent", "supervisor", "technician", "analyst")) {
            tokens.put(user, Keycloak.userToken(user));
        }
        tokens.put(PARTNER, Keycloak.clientToken(PARTNER));
        departmentCode = "FR-" + runId;
        String department = catalogue("departments", Map.of("code", departmentCode, "name", "Falhas " + runId));
        String provider = catalogue("providers", Map.of("code", "FR-P-" + runId, "name", "Equipe " + runId,
                "parentId", department));
        String category = catalogue("categories", Map.of("code", "FR-C-" + runId, "name", "Linha branca " + runId,
                "parentId", provider));
        problemCode = "FR-GELADEIRA-" + runId;
        catalogue("problem-codes", SuiteFixtures.problemCodeBody(problemCode, "Geladeira não gela " + problemCode,
                category));
        retiredProblemCode = "FR-RETIRADO-" + runId;
        String retired = catalogue("problem-codes", SuiteFixtures.problemCodeBody(retiredProblemCode,
                "Geladeira não gela " + retiredProblemCode, category));
        String path = "/api/v1/catalog/problem-codes/" + retired;
        Answer current = client.get(workorder, path, tokens.get("supervisor"));
        expect(client.post(workorder, path + "/retirement", tokens.get("supervisor"), null, current.etag()),
                "retire a problem code");
        for (int i = 0; i < AGENT_CUSTOMERS; i++) {
            agentCustomers.add(customer("agent", i));
        }
        for (int i = 0; i < PARTNER_CUSTOMERS; i++) {
            partnerCustomers.add(customer(PARTNER, i));
        }
        for (int i = 0; i < ARTICLES; i++) {
            articles.add(new ArticleJob(i));
        }
    }

    String departmentCode() {
        return departmentCode;
    }

    String problemCode() {
        return problemCode;
    }

    String retiredProblemCode() {
        return retiredProblemCode;
    }

    String token(String user) {
        return tokens.get(user);
    }

    /** Starts the ticks: {@code ratePerSecond} calls a second, at most {@code maxOperations} in all. */
    void start(int ratePerSecond, long maxOperations) {
        ticker.scheduleAtFixedRate(() -> tick(maxOperations), 0, 1_000_000 / ratePerSecond, TimeUnit.MICROSECONDS);
    }

    /** Stops the ticks and waits for the calls under way (each within its client's patience). */
    void stop() {
        ticker.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.MINUTES)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        workers.shutdownNow();
    }

    long ticks() {
        return ticks.get();
    }

    /** Whether the ticks have stopped: the operation bound was reached, or {@link #stop()} was called. */
    boolean ended() {
        return ticker.isShutdown();
    }

    /** Ticks not offered because every client thread was still busy (waiting out a fault). */
    long skippedTicks() {
        return skippedTicks.get();
    }

    /**
     * The recovery probe: an agent logs an action request, and the order it opens becomes visible in the work
     * orders. Returns when it is; the request joins the ledger and the technicians' queue like any other.
     */
    void logActionAndAwaitItsOrder(Duration timeout) {
        Ledger.LoggedRequest request = logRequest("agent", "ACTION", "PHONE", agentCustomers.get(0), problemCode);
        await("the order of probe request " + request.protocol()).atMost(timeout).pollInterval(Duration.ofMillis(250))
                .until(() -> orderOf(request.id()) != null);
    }

    /** An action request for the retired problem code: the work orders refuse it, a dead letter on purpose. */
    Ledger.LoggedRequest logRefusedOnPurpose() {
        return logRequest("agent", "ACTION", "PHONE", agentCustomers.get(1), retiredProblemCode);
    }

    private void tick(long maxOperations) {
        if (ticks.get() >= maxOperations) {
            ticker.shutdown();
            return;
        }
        if (!freeWorkers.tryAcquire()) {
            skippedTicks.incrementAndGet();
            return;
        }
        ticks.incrementAndGet();
        Kind kind = pick();
        workers.execute(() -> {
            try {
                run(kind);
            } catch (ApiClient.GaveUp e) {
                ledger.surprise("gave up: " + e.getMessage());
            } catch (RuntimeException e) {
                ledger.surprise(kind + ": " + e);
            } finally {
                freeWorkers.release();
            }
        });
    }

    private Kind pick() {
        int total = 0;
        for (int weight : WEIGHTS) {
            total += weight;
        }
        int drawn = ThreadLocalRandom.current().nextInt(total);
        for (Kind kind : Kind.values()) {
            drawn -= WEIGHTS[kind.ordinal()];
            if (drawn < 0) {
                return kind;
            }
        }
        return Kind.INFORMATION;
    }

    private void run(Kind kind) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        switch (kind) {
            case INFORMATION -> logRequest("agent", "INFORMATION", "PHONE", pickFrom(agentCustomers), null);
            case ACTION -> logRequest("agent", "ACTION", random.nextBoolean() ? "PHONE" : "WHATSAPP",
                    pickFrom(agentCustomers), problemCode);
            case COMMENT -> logRequest("agent", "COMMENT", "EMAIL", pickFrom(agentCustomers), null);
            case PARTNER_ACTION -> logRequest(PARTNER, "ACTION", "PARTNER_API", pickFrom(partnerCustomers),
                    problemCode);
            case PARTNER_INFORMATION -> logRequest(PARTNER, "INFORMATION", "PARTNER_API", pickFrom(partnerCustomers),
                    null);
            case ORDER_STEP -> {
                OrderJob job = nextOrder();
                if (job == null) {
                    logRequest("agent", "INFORMATION", "CHAT", pickFrom(agentCustomers), null);
                } else {
                    try {
                        orderStep(job);
                    } finally {
                        if (job.step != null) {
                            ordersInWork.add(job);
                        } else {
                            inWork.decrementAndGet();
                        }
                    }
                }
            }
            case ARTICLE_STEP -> {
                ArticleJob job = articles.poll();
                if (job == null) {
                    logRequest("agent", "COMMENT", "WEB_FORM", pickFrom(agentCustomers), null);
                } else {
                    try {
                        articleStep(job);
                    } finally {
                        articles.add(job);
                    }
                }
            }
        }
    }

    private OrderJob nextOrder() {
        OrderJob job = ordersInWork.poll();
        if (job != null) {
            return job;
        }
        if (inWork.incrementAndGet() <= ORDERS_IN_WORK) {
            job = orders.poll();
            if (job != null) {
                return job;
            }
        }
        inWork.decrementAndGet();
        return null;
    }

    private static String pickFrom(List<String> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    // ---------------------------------------------------------------- requests

    private Ledger.LoggedRequest logRequest(String caller, String type, String channel, String customerId,
            String code) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("type", type);
        details.put("customerId", customerId);
        switch (type) {
            case "INFORMATION" -> details.put("information", Map.of("question", "Qual o horário da coleta?",
                    "articleIds", List.of(), "answer", "Terças e sextas, das 7h às 12h."));
            case "COMMENT" -> details.put("comment", Map.of("text", "Atendimento rápido e cordial.",
                    "kind", "PRAISE"));
            default -> details.put("action", Map.of("problemCode", code, "place", place(),
                    "description", "Geladeira não gela desde ontem."));
        }
        Answer answer = client.post(intake, "/api/v1/requests", tokens.get(caller),
                Map.of("channel", channel, "log", true, "details", details), null);
        if (answer.status() != 201) {
            throw unexpected("log a " + type + " request", answer);
        }
        Ledger.LoggedRequest logged = new Ledger.LoggedRequest(answer.text("id"), answer.text("protocol"), type,
                customerId, caller, code);
        ledger.requests.add(logged);
        ledger.acknowledged((caller.equals(PARTNER) ? "partner: log " : "agent: log ") + type.toLowerCase());
        if ("ACTION".equals(type) && problemCode.equals(code)) {
            orders.add(new OrderJob(logged.id()));
        }
        return logged;
    }

    private String customer(String caller, int index) {
        Map<String, Object> body = Map.of("type", "PERSON", "document", Cpfs.unused(),
                "name", "Cliente " + index + " da Silva", "phones",
                List.of(Map.of("number", "(19) 99876-54" + (10 + index), "kind", "MOBILE")),
                "addresses", List.of(place()), "preferredChannel", "PHONE");
        Answer answer = client.post(intake, "/api/v1/customers", tokens.get(caller), body, null);
        expect(answer, "register a customer");
        ledger.customers.add(new Ledger.Customer(answer.text("id"), caller));
        return answer.text("id");
    }

    private static Map<String, Object> place() {
        return Map.of("street", "Rua Barão de Jaguara", "number", "1481", "district", "Centro", "city", "Campinas",
                "state", "SP", "cep", "13015-002");
    }

    // ---------------------------------------------------------------- orders

    private String orderOf(String requestId) {
        Answer found = client.get(workorder, "/api/v1/orders?requestId=" + requestId, tokens.get("agent"));
        expect(found, "find the order of a request");
        String id = found.body().path("items").path(0).path("id").asText("");
        return id.isEmpty() ? null : id;
    }

    private void orderStep(OrderJob job) {
        String agent = tokens.get("agent");
        String supervisor = tokens.get("supervisor");
        String technician = tokens.get("technician");
        String order = "/api/v1/orders/" + job.orderId;
        String estimate = order + "/estimates/1";
        LocalDate start = LocalDate.now().plusDays(1);
        Instant visit = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        switch (job.step) {
            case FIND_ORDER -> {
                String id = orderOf(job.requestId);
                if (id != null) {
                    job.orderId = id;
                    job.step = Step.ESTIMATE;
                }
            }
            case ESTIMATE -> {
                Answer drafted = client.post(workorder, order + "/estimates", agent, Map.of("payment",
                        Map.of("method", "PIX", "instalments", 1), "workStart", start.toString(),
                        "workEnd", start.plusDays(1).toString()), null);
                job.estimateEtag = done(drafted, 201, "technicians: estimate", job, Step.ISSUE);
            }
            case ISSUE -> {
                Answer issued = client.post(workorder, estimate + "/issue", agent, null, job.estimateEtag);
                // a warranty return (same customer and problem within a closed order's warranty) is free: no approval
                boolean approval = !issued.body().path("free").asBoolean(false)
                        && issued.body().path("approvalRequired").asBoolean(true);
                job.estimateEtag = done(issued, 200, "technicians: issue the estimate", job,
                        approval ? Step.APPROVE : Step.SCHEDULE);
            }
            case APPROVE -> done(client.post(workorder, estimate + "/approval", agent,
                    signature(), job.estimateEtag), 200, "technicians: approval signed", job, Step.SCHEDULE);
            case SCHEDULE -> orderChange(job, supervisor, "/scheduling", Map.of("visitFrom", visit.toString(),
                    "visitTo", visit.plus(3, ChronoUnit.HOURS).toString()), "technicians: dispatch (schedule)",
                    Step.ASSIGN);
            case ASSIGN -> orderChange(job, supervisor, "/assignment", Map.of("team", "Equipe " + runId,
                    "technicianId", "technician"), "technicians: dispatch (assign)", Step.START);
            case START -> orderChange(job, technician, "/start", null, "technicians: start the work", Step.COMPLETE);
            case COMPLETE -> orderChange(job, technician, "/completion", Map.of("activities",
                    "Troca do termostato.", "causeCategory", "WEAR", "preventionNotes", "Limpar a serpentina.",
                    "costs", Map.of("labour", 120.00), "rating", 9, "signature", signature()),
                    "technicians: complete, signed", Step.CLOSE);
            case CLOSE -> {
                Answer closed = orderChange(job, technician, "/closure", null, "technicians: close", null);
                if (closed != null) {
                    List<String> requestIds = new ArrayList<>();
                    closed.body().path("requests").forEach(r -> requestIds.add(r.path("requestId").asText()));
                    ledger.closedOrders.add(new Ledger.ClosedOrder(job.orderId, closed.text("number"), requestIds));
                }
            }
        }
    }

    /** A change of the order itself, with its current ETag; a stale one (someone changed it) is read again. */
    private Answer orderChange(OrderJob job, String token, String path, Object body, String operation, Step next) {
        String order = "/api/v1/orders/" + job.orderId;
        for (int attempt = 1; attempt <= 3; attempt++) {
            Answer current = client.get(workorder, order, token);
            expect(current, "read order " + job.orderId);
            Answer changed = client.post(workorder, order + path, token, body, current.etag());
            if (changed.status() == 412) {
                continue;
            }
            if (changed.status() / 100 != 2) {
                throw unexpected(operation + " " + job.orderId, changed);
            }
            ledger.acknowledged(operation);
            job.step = next;
            return changed;
        }
        throw new IllegalStateException(operation + " " + job.orderId + ": the ETag was stale three times");
    }

    private String done(Answer answer, int status, String operation, OrderJob job, Step next) {
        if (answer.status() != status) {
            throw unexpected(operation + " " + job.orderId, answer);
        }
        ledger.acknowledged(operation);
        job.step = next;
        return answer.etag();
    }

    private static Map<String, Object> signature() {
        return Map.of("signerName", "Cliente da Silva", "signerDocument", "123.456.789-09", "method", "DRAWN",
                "imagePng", PNG);
    }

    // ---------------------------------------------------------------- articles

    private void articleStep(ArticleJob job) {
        String supervisor = tokens.get("supervisor");
        String path = "/api/v1/articles/" + job.id;
        switch (job.stage) {
            case WRITE -> {
                String title = title(job, 0);
                Answer written = client.post(knowledge, "/api/v1/articles", supervisor, article(title), null);
                if (written.status() != 201) {
                    throw unexpected("write an article", written);
                }
                job.id = written.text("id");
                job.etag = written.etag();
                job.stage = ArticleStage.SUBMIT;
                ledger.articles.put(job.id, new Ledger.Article(job.id,
                        new CopyOnWriteArrayList<>(List.of(title))));
                ledger.acknowledged("supervisors: write an article");
            }
            case SUBMIT -> job.etag = articleMove(job, path + "/submission", "supervisors: submit for review",
                    ArticleStage.PUBLISH);
            case PUBLISH -> job.etag = articleMove(job, path + "/publication", "supervisors: publish",
                    ArticleStage.EDIT);
            case EDIT -> {
                String title = title(job, job.edits + 1);
                Answer edited = client.put(knowledge, path, supervisor, article(title), job.etag);
                if (edited.status() == 412) {
                    // a try that timed out may have applied: read the article again, the edit is not acknowledged
                    job.etag = client.get(knowledge, path, supervisor).etag();
                    job.edits++;
                    return;
                }
                if (edited.status() != 200) {
                    throw unexpected("edit article " + job.id, edited);
                }
                job.etag = edited.etag();
                job.edits++;
                ledger.articles.get(job.id).acknowledgedTitles().add(title);
                ledger.acknowledged("supervisors: edit an article");
            }
        }
    }

    private String articleMove(ArticleJob job, String path, String operation, ArticleStage next) {
        Answer moved = client.post(knowledge, path, tokens.get("supervisor"), null, job.etag);
        if (moved.status() != 200) {
            throw unexpected(operation + " " + job.id, moved);
        }
        ledger.acknowledged(operation);
        job.stage = next;
        return moved.etag();
    }

    private String title(ArticleJob job, int revision) {
        return "Geladeira não gela " + runId + " artigo " + job.index + " edição " + revision;
    }

    private static Map<String, Object> article(String title) {
        return Map.of("kind", "ANSWER", "title", title,
                "body", "Verifique o termostato e a vedação da porta antes de abrir uma ordem de serviço.",
                "tags", List.of("geladeira", "falhas"), "audience", "INTERNAL");
    }

    // ---------------------------------------------------------------- shared

    private String catalogue(String level, Map<String, Object> body) {
        Answer created = client.post(workorder, "/api/v1/catalog/" + level, tokens.get("supervisor"), body, null);
        expect(created, "create a catalogue entry");
        return created.text("id");
    }

    private void expect(Answer answer, String what) {
        if (!answer.ok()) {
            throw unexpected(what, answer);
        }
    }

    private IllegalStateException unexpected(String what, Answer answer) {
        return new IllegalStateException(what + ": " + answer.status() + " " + answer.body());
    }

    JsonNode read(Supplier<String> service, String path, String user) {
        Answer answer = client.get(service, path, tokens.get(user));
        expect(answer, "read " + path);
        return answer.body();
    }

    Supplier<String> intake() {
        return intake;
    }

    Supplier<String> workorder() {
        return workorder;
    }

    Supplier<String> knowledge() {
        return knowledge;
    }

    Supplier<String> reporting() {
        return reporting;
    }
}
