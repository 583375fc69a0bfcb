package dev.servicedesk.workorder.signature;

/** What the customer signed: the approval of an estimate (CDC art. 40), or the acceptance of the work done. */
public enum SignaturePurpose {
    ESTIMATE_APPROVAL, COMPLETION_ACCEPTANCE
}
