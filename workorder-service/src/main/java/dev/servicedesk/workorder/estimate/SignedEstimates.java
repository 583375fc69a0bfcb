package dev.servicedesk.workorder.estimate;

import dev.servicedesk.workorder.order.OrderRepository;
import dev.servicedesk.workorder.order.WorkOrder;
import dev.servicedesk.workorder.signature.Signature;
import dev.servicedesk.workorder.signature.SignaturePurpose;
import dev.servicedesk.workorder.signature.SignedContent;
import dev.servicedesk.workorder.signature.SignedSubjects;
import jakarta.enterprise.context.ApplicationScoped;

/** What an estimate approval signed, rebuilt from the estimate and its order as they are stored now. */
@ApplicationScoped
class SignedEstimates implements SignedSubjects {

    private final EstimateRepository estimates;
    private final OrderRepository orders;

    SignedEstimates(EstimateRepository estimates, OrderRepository orders) {
        this.estimates = estimates;
        this.orders = orders;
    }

    @Override
    public SignaturePurpose purpose() {
        return SignaturePurpose.ESTIMATE_APPROVAL;
    }

    @Override
    public SignedContent currentContent(Signature signature) {
        WorkOrder order = orders.findById(signature.orderId());
        Estimate estimate = estimates.findById(signature.subjectId());
        return SignedContent.of(SignedEstimate.of(order, estimate));
    }
}
