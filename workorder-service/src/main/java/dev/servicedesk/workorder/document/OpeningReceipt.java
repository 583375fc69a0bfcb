package dev.servicedesk.workorder.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The receipt handed to the customer when a work order opens (comprovante de abertura da OS): what was reported,
 * where, under which protocol numbers, and by when we answer and solve it.
 *
 * @param protocolNumbers the protocol numbers of the customer requests linked to the order, in the order given
 * @param placeOfService  where the work is done, on one line
 * @param product         null when the order is for a service, not a product
 * @param responseDueAt   null when the problem code sets no response time
 * @param resolutionDueAt null when the problem code sets no resolution time
 * @param terms           terms and conditions as plain text; line breaks are kept
 */
public record OpeningReceipt(
        String orderNumber,
        Instant openedAt,
        List<String> protocolNumbers,
        CustomerContact customer,
        String placeOfService,
        ProblemDetails problem,
        ProductDetails product,
        String description,
        Instant responseDueAt,
        Instant resolutionDueAt,
        String terms) {

    public OpeningReceipt {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(problem, "problem");
        protocolNumbers = List.copyOf(Objects.requireNonNullElse(protocolNumbers, List.of()));
    }
}
