package dev.servicedesk.workorder.contact;

import dev.servicedesk.workorder.order.RequestLink;
import dev.servicedesk.workorder.order.WorkOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The order's contact details, by reference: fetched from intake when shown. Each call is bounded (timeout), retried
 * once on a passing fault, and stops calling a failing intake for a while (circuit breaker), so that an order is
 * always shown quickly, with a clear 503 for the contact when intake cannot answer.
 */
@ApplicationScoped
public class CustomerDirectory {

    private final IntakeApi intake;

    CustomerDirectory(@RestClient IntakeApi intake) {
        this.intake = intake;
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = WebApplicationException.class)
    public OrderContact contactOf(WorkOrder order) {
        IntakeCustomer customer = order.customerId() == null ? null : customerOrErased(order);
        List<OrderContact.Visit> visits = order.requests().stream().map(this::visitOf).toList();
        return new OrderContact(customer, visits);
    }

    /**
     * A customer erased in intake (LGPD), or no longer known there, is gone for good: the order shows no contact
     * rather than failing.
     */
    private IntakeCustomer customerOrErased(WorkOrder order) {
        try {
            IntakeCustomer customer = intake.customer(order.customerId());
            return customer.erased() ? null : customer;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return null;
            }
            throw e;
        }
    }

    private OrderContact.Visit visitOf(RequestLink link) {
        IntakeRequest request = intake.request(link.requestId());
        IntakeRequest.Action action = request.action();
        return new OrderContact.Visit(link.protocol(), action == null ? null : action.place(),
                action == null ? null : action.description());
    }
}
