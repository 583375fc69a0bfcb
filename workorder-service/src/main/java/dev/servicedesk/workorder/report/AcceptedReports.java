package dev.servicedesk.workorder.report;

import dev.servicedesk.workorder.signature.Signature;
import dev.servicedesk.workorder.signature.SignaturePurpose;
import dev.servicedesk.workorder.signature.SignedContent;
import dev.servicedesk.workorder.signature.SignedSubjects;
import jakarta.enterprise.context.ApplicationScoped;

/** What a completion acceptance signed: the service report, rebuilt from what is stored now. */
@ApplicationScoped
class AcceptedReports implements SignedSubjects {

    private final ServiceReportDesk reports;

    AcceptedReports(ServiceReportDesk reports) {
        this.reports = reports;
    }

    @Override
    public SignaturePurpose purpose() {
        return SignaturePurpose.COMPLETION_ACCEPTANCE;
    }

    @Override
    public SignedContent currentContent(Signature signature) {
        return reports.acceptedContent(signature.orderId());
    }
}
