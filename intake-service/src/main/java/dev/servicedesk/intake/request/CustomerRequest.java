package dev.servicedesk.intake.request;

import dev.servicedesk.intake.address.Place;
import dev.servicedesk.intake.channel.Channel;
import dev.servicedesk.intake.protocol.ProtocolNumber;
import dev.servicedesk.platform.problem.Problem;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One contact of a customer (solicitação de cliente). It exists from the moment the agent saves it, before anything
 * else is typed, so that the customer leaves with a protocol number; the details come after, and the type decides
 * which of them must be there before the request is logged (seed 003). Every change goes into its history with who,
 * when and why; the timestamps are set here, never by a client.
 */
@Entity
@Table(name = "customer_request")
public class CustomerRequest {

    private static final int MAX_NOTE = 2000;
    /** Who the history names for changes made by the SAC clock rather than by a person. */
    static final String SAC_CLOCK = "sac-clock";
    /** Who the history names for changes that came from the work-order service (its events and its refusals). */
    static final String WORK_ORDERS = "workorder-service";

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    private String protocol;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private RequestType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    @Column(name = "customer_id")
    private UUID customerId;

    @Column(name = "information_question")
    private String informationQuestion;

    @Column(name = "information_answer")
    private String informationAnswer;

    @ElementCollection
    @CollectionTable(name = "request_article", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "article_id", nullable = false)
    @OrderColumn(name = "position")
    private List<UUID> articleIds = new ArrayList<>();

    @Column(name = "problem_code")
    private String problemCode;

    @Embedded
    private Place place;

    @Column(name = "action_description")
    private String actionDescription;

    @Embedded
    private Product product;

    /** The work order this action request is linked to. */
    @Column(name = "order_id")
    private UUID orderId;

    @Column(name = "comment_text")
    private String commentText;

    @Enumerated(EnumType.STRING)
    @Column(name = "comment_kind")
    private CommentKind commentKind;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    /** SAC: the request must be answered by then. */
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "logged_at")
    private Instant loggedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "overdue_announced_at")
    private Instant overdueAnnouncedAt;

    /** The agent (or partner system) that saved it: seed 004 asks for the representative's name. */
    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;

    /** The agent handling it now: the one who opened it, until a supervisor reassigns it. */
    @Column(name = "handled_by", nullable = false)
    private String handledBy;

    /** The partner system's client id when a partner logged it; it alone may see the request. */
    @Column(name = "partner_client_id", updatable = false)
    private String partnerClientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancellation_reason")
    private CancellationReason cancellationReason;

    /** The work-order service refused to open or join an order for it: the kind of refusal (a problem type slug). */
    @Column(name = "order_refusal_code")
    private String orderRefusalCode;

    /** The work-order service's own words for the refusal: a technical message, no personal data. */
    @Column(name = "order_refusal_reason")
    private String orderRefusalReason;

    @Column(name = "order_refused_at")
    private Instant orderRefusedAt;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    @OrderBy("at, id")
    private List<RequestHistoryEntry> history = new ArrayList<>();

    @Version
    private long version;

    protected CustomerRequest() {
    }

    /** Opens a draft: the protocol number exists before the request has content. */
    public static CustomerRequest openDraft(ProtocolNumber protocol, Channel channel, String openedBy,
            String partnerClientId, Instant now, Duration answerWithin) {
        CustomerRequest request = new CustomerRequest();
        request.id = UUID.randomUUID();
        request.protocol = protocol.toString();
        request.channel = channel;
        request.status = RequestStatus.DRAFT;
        request.openedAt = now;
        request.dueAt = now.plus(answerWithin);
        request.openedBy = openedBy;
        request.handledBy = openedBy;
        request.partnerClientId = partnerClientId;
        request.record(now, openedBy, RequestChange.OPENED, null, null);
        return request;
    }

    /** Sets the type and its section; only a draft can be described, and only with the section of its type. */
    public void describe(RequestDetails details, String by, Instant now) {
        requireStatus(RequestStatus.DRAFT, "described");
        if (details.type() != RequestType.INFORMATION && details.information() != null) {
            throw RequestRuleViolation.sectionDoesNotFit("information", details.type());
        }
        if (details.type() != RequestType.COMMENT && details.comment() != null) {
            throw RequestRuleViolation.sectionDoesNotFit("comment", details.type());
        }
        if (details.type() != RequestType.ACTION && details.action() != null) {
            throw RequestRuleViolation.sectionDoesNotFit("action", details.type());
        }
        if (type == RequestType.ACTION && details.type() != RequestType.ACTION && convertedFromInformation()) {
            throw RequestRuleViolation.notAllowed("A request converted into an action request stays an action request.");
        }
        type = details.type();
        customerId = details.customerId();
        RequestDetails.Information information = details.information();
        if (information != null) {
            informationQuestion = information.question();
            informationAnswer = information.answer();
            articleIds.clear();
            if (information.articleIds() != null) {
                articleIds.addAll(information.articleIds());
            }
        } else if (!convertedFromInformation()) {
            informationQuestion = null;
            informationAnswer = null;
            articleIds.clear();
        }
        RequestDetails.Action action = details.action();
        problemCode = action == null ? null : action.problemCode();
        place = action == null || action.place() == null ? null : action.place().normalised();
        actionDescription = action == null ? null : action.description();
        product = action == null ? null : action.product();
        commentText = details.comment() == null ? null : details.comment().text();
        commentKind = details.comment() == null ? null : details.comment().kind();
        record(now, by, RequestChange.DESCRIBED, status, null);
    }

    /**
     * Logs the draft: checks that its type's section is complete, and moves it on: an information request is answered,
     * a comment recorded, an action request open (its work order comes next) or, when the agent says the problem is
     * already reported, linked to that order.
     */
    public List<RequestEvent> log(UUID linkToOrderId, String by, Instant now) {
        requireStatus(RequestStatus.DRAFT, "logged");
        if (type == null) {
            throw RequestRuleViolation.incomplete(RequestType.INFORMATION,
                    List.of(new Problem.Violation("type", "must be chosen before the request is logged")));
        }
        if (linkToOrderId != null && type != RequestType.ACTION) {
            throw RequestRuleViolation.sectionDoesNotFit("orderId", type);
        }
        List<Problem.Violation> missing = missingForLogging();
        if (!missing.isEmpty()) {
            throw RequestRuleViolation.incomplete(type, missing);
        }
        RequestStatus from = status;
        status = switch (type) {
            case INFORMATION -> RequestStatus.ANSWERED;
            case COMMENT -> RequestStatus.RECORDED;
            case ACTION -> linkToOrderId == null ? RequestStatus.OPEN : RequestStatus.LINKED;
        };
        orderId = linkToOrderId;
        loggedAt = now;
        record(now, by, RequestChange.LOGGED, from, linkToOrderId == null ? null : "linked to order " + linkToOrderId);
        long next = nextVersion();
        List<RequestEvent> events = new ArrayList<>();
        events.add(logged(next, now));
        if (type == RequestType.INFORMATION) {
            events.add(new RequestAnswered(id, protocol, List.copyOf(articleIds), next, now));
        }
        if (linkToOrderId != null) {
            events.add(new RequestLinkedToOrder(id, protocol, linkToOrderId, problemCode, partnerClientId, next, now));
        }
        return events;
    }

    /** The customer needs work done after all: the answered information request becomes an action draft. */
    public List<RequestEvent> convertToAction(String by, Instant now) {
        if (type != RequestType.INFORMATION || status != RequestStatus.ANSWERED) {
            throw RequestRuleViolation.notAllowed("Only an answered information request can become an action request.");
        }
        RequestStatus from = status;
        type = RequestType.ACTION;
        status = RequestStatus.DRAFT;
        record(now, by, RequestChange.CONVERTED, from, "information → action");
        return List.of(new RequestConverted(id, protocol, RequestType.INFORMATION, RequestType.ACTION, nextVersion(), now));
    }

    public List<RequestEvent> close(String by, Instant now) {
        if (status != RequestStatus.ANSWERED && status != RequestStatus.RECORDED && status != RequestStatus.RESOLVED) {
            throw RequestRuleViolation.notAllowed("A request is closed once answered, recorded or resolved; this one is "
                    + status + ".");
        }
        RequestStatus from = status;
        status = RequestStatus.CLOSED;
        closedAt = now;
        record(now, by, RequestChange.CLOSED, from, null);
        return List.of(new RequestClosed(id, protocol, type, from, openedAt, nextVersion(), now));
    }

    public List<RequestEvent> cancel(CancellationReason reason, String note, String by, Instant now) {
        if (status.isFinal() || status == RequestStatus.RESOLVED) {
            throw RequestRuleViolation.notAllowed("A " + status + " request cannot be cancelled.");
        }
        RequestStatus from = status;
        status = RequestStatus.CANCELLED;
        cancellationReason = reason;
        closedAt = now;
        String why = reason + (note == null || note.isBlank() ? "" : ": " + note);
        record(now, by, RequestChange.CANCELLED, from, limitedNote(why));
        return List.of(new RequestCancelled(id, protocol, type, from, reason, nextVersion(), now));
    }

    /** A supervisor hands the request to another agent; the history says from whom to whom. */
    public void reassign(String agent, String by, Instant now) {
        if (status.isFinal()) {
            throw RequestRuleViolation.notAllowed("A " + status + " request is not reassigned.");
        }
        String previous = handledBy;
        handledBy = agent;
        record(now, by, RequestChange.REASSIGNED, status, previous + " → " + agent);
    }

    /** The SAC clock ran out: announced once, and written into the history by the clock itself. */
    public List<RequestEvent> announceOverdue(Instant now) {
        if (!isOverdue(now) || overdueAnnouncedAt != null) {
            return List.of();
        }
        overdueAnnouncedAt = now;
        record(now, SAC_CLOCK, RequestChange.BECAME_OVERDUE, status, "due " + dueAt);
        return List.of(new RequestOverdue(id, protocol, type, status, channel, dueAt, nextVersion(), now));
    }

    /**
     * The work-order service opened an order for this request, or attached the request to one: an open action request
     * is now linked to it. A request already linked (to that order or another), or no longer open, is left as it is.
     */
    public void joinOrder(UUID order, String number, String how, Instant now) {
        if (type != RequestType.ACTION || status != RequestStatus.OPEN) {
            return;
        }
        status = RequestStatus.LINKED;
        orderId = order;
        clearOrderRefusal();
        record(now, WORK_ORDERS, RequestChange.LINKED_TO_ORDER, RequestStatus.OPEN, "order " + number + " " + how);
    }

    /** The order answering this request was closed: the request is resolved. */
    public List<RequestEvent> resolveWithOrder(UUID order, String number, Instant now) {
        if (!linkedTo(order)) {
            return List.of();
        }
        status = RequestStatus.RESOLVED;
        record(now, WORK_ORDERS, RequestChange.RESOLVED, RequestStatus.LINKED, "order " + number + " closed");
        return List.of(new RequestResolved(id, protocol, order, number, openedAt, nextVersion(), now));
    }

    /**
     * The order answering this request was cancelled before the work was done: the request goes back to the call
     * centre, open and without an order, to be linked elsewhere or sent for a new order.
     */
    public List<RequestEvent> reopenAfterCancelledOrder(UUID order, String number, String reason, Instant now) {
        if (!linkedTo(order)) {
            return List.of();
        }
        status = RequestStatus.OPEN;
        orderId = null;
        record(now, WORK_ORDERS, RequestChange.REOPENED, RequestStatus.LINKED,
                "order " + number + " cancelled (" + reason + ")");
        return List.of(new RequestReopened(id, protocol, order, number, reason, nextVersion(), now));
    }

    /**
     * The work-order service refused for good to open an order for this request ({@code refusedOrder} null) or to
     * attach it to the order the agent named: an unknown or retired problem code, an unknown or finished order. The
     * request is open again, without an order, and carries the refusal until the agent resubmits it (or an order takes
     * it in). A refusal that no longer fits where the request stands (it moved on meanwhile) changes nothing.
     */
    public List<RequestEvent> refuseOrder(UUID refusedOrder, String code, String reason, Instant now) {
        boolean openingRefused = refusedOrder == null && status == RequestStatus.OPEN;
        boolean linkRefused = refusedOrder != null && linkedTo(refusedOrder);
        if (type != RequestType.ACTION || !(openingRefused || linkRefused)) {
            return List.of();
        }
        RequestStatus from = status;
        String why = limitedNote(reason);
        status = RequestStatus.OPEN;
        orderId = null;
        orderRefusalCode = code;
        orderRefusalReason = why;
        orderRefusedAt = now;
        record(now, WORK_ORDERS, RequestChange.ORDER_REFUSED, from, why);
        return List.of(new RequestOrderRefused(id, protocol, problemCode, code, refusedOrder, nextVersion(), now));
    }

    /**
     * After a refusal the agent corrects the problem code (or keeps it, when the order was the trouble) and sends the
     * request to the work orders again: it is logged anew, so that an order opens for it.
     */
    public List<RequestEvent> resubmit(String correctedProblemCode, String by, Instant now) {
        if (type != RequestType.ACTION || status != RequestStatus.OPEN || orderRefusedAt == null) {
            throw RequestRuleViolation.notRefused(status);
        }
        String before = problemCode;
        problemCode = correctedProblemCode;
        clearOrderRefusal();
        record(now, by, RequestChange.RESUBMITTED, status, before.equals(correctedProblemCode)
                ? "problem code " + correctedProblemCode
                : "problem code " + before + " → " + correctedProblemCode);
        return List.of(logged(nextVersion(), now));
    }

    /** The orders that may already cover this request are found by its problem code and place: an action's. */
    public void requireProblemAndPlace() {
        if (type != null && type != RequestType.ACTION) {
            throw RequestRuleViolation.sectionDoesNotFit("action", type);
        }
        List<Problem.Violation> missing = new ArrayList<>();
        if (type == null) {
            missing.add(new Problem.Violation("type", "must be ACTION: only an action request joins an order"));
        }
        if (isBlank(problemCode)) {
            missing.add(new Problem.Violation("action.problemCode", "the problem code is needed to find its orders"));
        }
        if (place == null) {
            missing.add(new Problem.Violation("action.place", "the place of service is needed to find its orders"));
        }
        if (!missing.isEmpty()) {
            throw RequestRuleViolation.noPlaceToCompare(missing);
        }
    }

    private boolean linkedTo(UUID order) {
        return status == RequestStatus.LINKED && order.equals(orderId);
    }

    private void clearOrderRefusal() {
        orderRefusalCode = null;
        orderRefusalReason = null;
        orderRefusedAt = null;
    }

    private RequestLogged logged(long atVersion, Instant now) {
        return new RequestLogged(id, protocol, type, status, channel, problemCode, customerId,
                place == null ? null : place.city(), place == null ? null : place.state().name(),
                product == null ? null : product.model(), List.copyOf(articleIds), commentKind, partnerClientId,
                openedAt, dueAt, atVersion, now);
    }

    /** Whether this caller, a partner system, may see it: only the partner that logged it. */
    public boolean belongsToPartner(String clientId) {
        return partnerClientId != null && partnerClientId.equals(clientId);
    }

    public boolean isOverdue(Instant now) {
        return !RequestStatus.SAC_SETTLED.contains(status) && now.isAfter(dueAt);
    }

    private List<Problem.Violation> missingForLogging() {
        List<Problem.Violation> missing = new ArrayList<>();
        switch (type) {
            case INFORMATION -> {
                if (isBlank(informationQuestion)) {
                    missing.add(new Problem.Violation("information.question", "the customer's question is required"));
                }
                if (isBlank(informationAnswer)) {
                    missing.add(new Problem.Violation("information.answer", "the answer given is required"));
                }
            }
            case COMMENT -> {
                if (isBlank(commentText) || commentKind == null) {
                    missing.add(new Problem.Violation("comment", "the comment's text and kind are required"));
                }
            }
            case ACTION -> {
                if (isBlank(problemCode)) {
                    missing.add(new Problem.Violation("action.problemCode", "the problem code is required"));
                }
                if (customerId == null) {
                    missing.add(new Problem.Violation("customerId", "the customer is required"));
                }
                if (place == null) {
                    missing.add(new Problem.Violation("action.place", "the place of service is required"));
                }
                if (isBlank(actionDescription)) {
                    missing.add(new Problem.Violation("action.description", "the customer's description is required"));
                }
            }
        }
        return missing;
    }

    private boolean convertedFromInformation() {
        return history.stream().anyMatch(entry -> entry.change() == RequestChange.CONVERTED);
    }

    private void requireStatus(RequestStatus expected, String what) {
        if (status != expected) {
            throw RequestRuleViolation.notAllowed("Only a " + expected + " request can be " + what + "; this one is "
                    + status + ".");
        }
    }

    private void record(Instant at, String by, RequestChange change, RequestStatus from, String note) {
        history.add(new RequestHistoryEntry(at, by, change, from, status, note));
    }

    /** The version this change commits as: Hibernate increments {@code @Version} by one when the change flushes. */
    private long nextVersion() {
        return version + 1;
    }

    private static String limitedNote(String note) {
        return note.length() > MAX_NOTE ? note.substring(0, MAX_NOTE) : note;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public UUID id() {
        return id;
    }

    public String protocol() {
        return protocol;
    }

    public Channel channel() {
        return channel;
    }

    public RequestType type() {
        return type;
    }

    public RequestStatus status() {
        return status;
    }

    public UUID customerId() {
        return customerId;
    }

    public String informationQuestion() {
        return informationQuestion;
    }

    public String informationAnswer() {
        return informationAnswer;
    }

    public List<UUID> articleIds() {
        return List.copyOf(articleIds);
    }

    public String problemCode() {
        return problemCode;
    }

    public Place place() {
        return place;
    }

    public String actionDescription() {
        return actionDescription;
    }

    public Product product() {
        return product;
    }

    public UUID orderId() {
        return orderId;
    }

    public String commentText() {
        return commentText;
    }

    public CommentKind commentKind() {
        return commentKind;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant loggedAt() {
        return loggedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public String handledBy() {
        return handledBy;
    }

    public String partnerClientId() {
        return partnerClientId;
    }

    public CancellationReason cancellationReason() {
        return cancellationReason;
    }

    public String orderRefusalCode() {
        return orderRefusalCode;
    }

    public String orderRefusalReason() {
        return orderRefusalReason;
    }

    public Instant orderRefusedAt() {
        return orderRefusedAt;
    }

    public List<RequestHistoryEntry> history() {
        return List.copyOf(history);
    }

    public long version() {
        return version;
    }
}
