package dev.servicedesk.intake.request;

import dev.servicedesk.intake.channel.Channel;
import dev.servicedesk.intake.customer.CustomerErased;
import dev.servicedesk.intake.customer.CustomerRegistry;
import dev.servicedesk.intake.order.FollowedOrders;
import dev.servicedesk.intake.protocol.ProtocolNumber;
import dev.servicedesk.intake.protocol.ProtocolNumbers;
import dev.servicedesk.platform.http.Page;
import dev.servicedesk.platform.http.VersionTags;
import dev.servicedesk.platform.outbox.Outbox;
import dev.servicedesk.platform.problem.Problem;
import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.platform.problem.ProblemTypes;
import dev.servicedesk.platform.security.Caller;
import dev.servicedesk.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** The call centre's use cases on requests. Each change is one transaction with its events (outbox) and history. */
@ApplicationScoped
public class RequestDesk {

    private final RequestRepository requests;
    private final CustomerRegistry customers;
    private final ProtocolNumbers protocolNumbers;
    private final FollowedOrders orders;
    private final OrderCandidates candidates;
    private final Outbox outbox;
    private final SacConfig sac;
    private final Clock clock;

    RequestDesk(RequestRepository requests, CustomerRegistry customers, ProtocolNumbers protocolNumbers,
            FollowedOrders orders, OrderCandidates candidates, Outbox outbox, SacConfig sac, Clock clock) {
        this.requests = requests;
        this.customers = customers;
        this.protocolNumbers = protocolNumbers;
        this.orders = orders;
        this.candidates = candidates;
        this.outbox = outbox;
        this.sac = sac;
        this.clock = clock;
    }

    /** The customer was erased (LGPD): its requests lose their free text and street, in the erasure's transaction. */
    void forgetCustomerData(@Observes CustomerErased erased) {
        requests.eraseCustomerData(erased.customerId());
    }

    /** Saves a new request at once and gives it its protocol number; partners always log through the partner API. */
    @Transactional
    public CustomerRequest open(Channel channel, Caller caller) {
        Channel actual = channel;
        String partner = null;
        if (isPartner(caller)) {
            if (channel != null && channel != Channel.PARTNER_API) {
                throw ProblemException.unprocessable("partner-channel", "Partners log through the partner API",
                        "A partner system logs requests with channel PARTNER_API (or none).");
            }
            actual = Channel.PARTNER_API;
            partner = caller.clientId();
        } else if (channel == null) {
            throw new ProblemException(400, ProblemTypes.VALIDATION, "Invalid request", "The channel is required.",
                    List.of(new Problem.Violation("channel", "must not be null")));
        }
        CustomerRequest request = CustomerRequest.openDraft(protocolNumbers.next(), actual, caller.name(), partner,
                clock.instant(), sac.answerWithin(actual));
        requests.persist(request);
        return request;
    }

    /**
     * Saves a new request with its details when the caller has them at hand, and logs it when asked to: one call and
     * one transaction instead of three, the same rules and the same events as step by step.
     */
    @Transactional
    public CustomerRequest open(Channel channel, RequestDetails details, boolean log, Caller caller) {
        CustomerRequest request = open(channel, caller);
        if (details == null && !log) {
            return request;
        }
        requests.flush();
        if (details != null) {
            requireKnownCustomer(details, caller);
            request.describe(details, caller.name(), clock.instant());
        }
        if (log) {
            request.log(null, caller.name(), clock.instant()).forEach(outbox::record);
        }
        requests.flush();
        return request;
    }

    @Transactional
    public CustomerRequest describe(UUID id, RequestDetails details, String ifMatch, Caller caller) {
        requireKnownCustomer(details, caller);
        return change(id, ifMatch, caller, request -> {
            request.describe(details, caller.name(), clock.instant());
            return List.of();
        });
    }

    private void requireKnownCustomer(RequestDetails details, Caller caller) {
        if (details.customerId() != null && !customers.isKnownTo(details.customerId(), caller)) {
            throw ProblemException.unprocessable("unknown-customer", "Unknown customer",
                    "No customer " + details.customerId() + " is registered for you; register the customer first.");
        }
    }

    @Transactional
    public CustomerRequest log(UUID id, UUID linkToOrderId, String ifMatch, Caller caller) {
        return change(id, ifMatch, caller, request -> request.log(linkToOrderId, caller.name(), clock.instant()));
    }

    @Transactional
    public CustomerRequest convertToAction(UUID id, String ifMatch, Caller caller) {
        return change(id, ifMatch, caller, request -> request.convertToAction(caller.name(), clock.instant()));
    }

    @Transactional
    public CustomerRequest close(UUID id, String ifMatch, Caller caller) {
        return change(id, ifMatch, caller, request -> request.close(caller.name(), clock.instant()));
    }

    @Transactional
    public CustomerRequest cancel(UUID id, CancellationReason reason, String note, String ifMatch, Caller caller) {
        return change(id, ifMatch, caller, request -> request.cancel(reason, note, caller.name(), clock.instant()));
    }

    @Transactional
    public CustomerRequest reassign(UUID id, String agent, String ifMatch, Caller caller) {
        return change(id, ifMatch, caller, request -> {
            request.reassign(agent, caller.name(), clock.instant());
            return List.of();
        });
    }

    /** The work-order service refused the request's order: the agent corrects the problem code and sends it again. */
    @Transactional
    public CustomerRequest resubmit(UUID id, String problemCode, String ifMatch, Caller caller) {
        return change(id, ifMatch, caller, request -> request.resubmit(problemCode, caller.name(), clock.instant()));
    }

    /** The open orders that may already cover an action request's problem: same problem code, same place. */
    public List<OrderCandidates.Candidate> orderCandidates(UUID id, Caller caller) {
        CustomerRequest request = find(id, caller);
        request.requireProblemAndPlace();
        return candidates.of(request.problemCode(), request.place());
    }

    public CustomerRequest find(UUID id, Caller caller) {
        return requests.findByIdOptional(id)
                .filter(request -> mayRead(request, caller))
                .orElseThrow(() -> ProblemException.notFound("No request " + id + "."));
    }

    /** A wrong check digit is told apart from an unknown number, so the agent asks the customer to read it again. */
    public CustomerRequest findByProtocol(String text, Caller caller) {
        ProtocolNumber protocol;
        try {
            protocol = ProtocolNumber.parse(text);
        } catch (ProtocolNumber.WrongCheckDigitException e) {
            throw ProblemException.unprocessable("protocol-check-digit", "Wrong check digit", e.getMessage());
        } catch (ProtocolNumber.MalformedProtocolException e) {
            throw new ProblemException(400, "malformed-protocol", "Malformed protocol number", e.getMessage());
        }
        return requests.findByProtocol(protocol.toString())
                .filter(request -> mayRead(request, caller))
                .orElseThrow(() -> ProblemException.notFound("No request with protocol " + protocol + "."));
    }

    /** SAC: a customer may ask for the whole history of its requests at any time; newest first. */
    public Page<CustomerRequest> historyOf(UUID customerId, int page, int size, Caller caller) {
        if (!customers.isKnownTo(customerId, caller)) {
            throw ProblemException.notFound("No customer " + customerId + ".");
        }
        return list(RequestFilter.ofCustomer(customerId), page, size, caller);
    }

    public Page<CustomerRequest> list(RequestFilter filter, int page, int size, Caller caller) {
        return requests.search(filter, RequestScope.of(caller), clock.instant(), page, size);
    }

    private CustomerRequest change(UUID id, String ifMatch, Caller caller,
            Function<CustomerRequest, List<RequestEvent>> change) {
        CustomerRequest request = find(id, caller);
        VersionTags.requireCurrent(ifMatch, request.version());
        List<RequestEvent> events = change.apply(request);
        events.forEach(outbox::record);
        requests.flush();
        return request;
    }

    private boolean mayRead(CustomerRequest request, Caller caller) {
        RequestScope scope = RequestScope.of(caller);
        if (scope.partnerClientId() != null) {
            return request.belongsToPartner(scope.partnerClientId());
        }
        if (scope.technicianId() != null) {
            return request.orderId() != null && orders.isAssignedTo(request.orderId(), scope.technicianId());
        }
        return true;
    }

    private static boolean isPartner(Caller caller) {
        return caller.roles().contains(Roles.PARTNER);
    }
}
